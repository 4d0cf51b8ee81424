/**
 * styles.xml, appended to and never rewritten: the records already there keep their indices and bytes, so every
 * cell of the user's file keeps its look. Marks add a copy of a cell's own `xf` with a new fill; new sheets add
 * the fonts, fills, number formats and `xf`s their layout needs; conditional colours add `dxf`s.
 */
import { escapeAttr, getAttr, NS, rootPrefix, setAttr } from './xmlText';

/** The sections of a stylesheet, in the order the schema requires them. */
const ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
] as const;
type Section = (typeof ORDER)[number];
const ITEM: Partial<Record<Section, string>> = {
  numFmts: 'numFmt',
  fonts: 'font',
  fills: 'fill',
  borders: 'border',
  cellXfs: 'xf',
  dxfs: 'dxf',
};

const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '@': 49,
};

export const MINIMAL_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${NS.main}"><fonts count="1"><font><sz val="11"/><name val="等线"/><family val="2"/><charset val="134"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** What a layout cell asks of its style. */
export interface CellLook {
  numberFormat?: string;
  bold?: boolean;
  fontColor?: string; // #RRGGBB
  underline?: boolean;
  fill?: string; // #RRGGBB
  align?: 'left' | 'center' | 'right';
  wrap?: boolean;
}

interface Found {
  start: number; // of the open tag
  contentStart: number;
  contentEnd: number;
  end: number; // after the close tag
}

export function argbOf(hex: string): string {
  const h = hex.replace(/^#/, '').toUpperCase();
  return h.length === 8 ? h : `FF${h.padStart(6, '0')}`;
}

/** The child elements named `name` in xml[from, to), as strings (self-closing or with content). */
function items(xml: string, from: number, to: number, name: string): string[] {
  const out: string[] = [];
  const open = new RegExp(`<${name}[\\s/>]`, 'g');
  open.lastIndex = from;
  for (let m = open.exec(xml); m && m.index < to; m = open.exec(xml)) {
    const tagEnd = xml.indexOf('>', m.index);
    const end = xml[tagEnd - 1] === '/' ? tagEnd + 1 : xml.indexOf(`</${name}>`, tagEnd) + name.length + 3;
    out.push(xml.slice(m.index, end));
    open.lastIndex = end;
  }
  return out;
}

export class StyleBook {
  private readonly p: string;
  private readonly found = new Map<Section, Found>();
  private readonly added = new Map<Section, string[]>();
  private readonly counts = new Map<Section, number>();
  private readonly cache = new Map<string, number>();
  private readonly xfs: string[];
  private readonly baseFont: { sz: string; name: string };
  private nextFormatId = 164;
  private readonly formats = new Map<string, number>();

  constructor(private readonly xml: string) {
    this.p = rootPrefix(xml, 'styleSheet');
    for (const s of ORDER) this.locate(s);
    for (const s of ORDER) {
      const f = this.found.get(s);
      const item = ITEM[s];
      this.counts.set(s, f && item ? items(xml, f.contentStart, f.contentEnd, this.p + item).length : 0);
    }
    const xf = this.found.get('cellXfs');
    this.xfs = xf ? items(xml, xf.contentStart, xf.contentEnd, `${this.p}xf`) : [];
    const fonts = this.found.get('fonts');
    const font0 = fonts ? (items(xml, fonts.contentStart, fonts.contentEnd, `${this.p}font`)[0] ?? '') : '';
    this.baseFont = {
      sz: /<(?:\w+:)?sz\s+val="([^"]*)"/.exec(font0)?.[1] ?? '11',
      name: /<(?:\w+:)?name\s+val="([^"]*)"/.exec(font0)?.[1] ?? '等线',
    };
    const nf = this.found.get('numFmts');
    if (nf) {
      for (const n of items(xml, nf.contentStart, nf.contentEnd, `${this.p}numFmt`)) {
        const id = Number(getAttr(n, 'numFmtId'));
        const code = getAttr(n, 'formatCode');
        if (code !== null) this.formats.set(code, id);
        this.nextFormatId = Math.max(this.nextFormatId, id + 1);
      }
    }
  }

  private locate(s: Section): void {
    const m = new RegExp(`<${this.p}${s}(\\s[^>]*?)?(/?)>`).exec(this.xml);
    if (!m) return;
    const start = m.index;
    const openEnd = start + m[0].length;
    if (m[2] === '/') {
      this.found.set(s, { start, contentStart: openEnd, contentEnd: openEnd, end: openEnd });
      return;
    }
    const close = `</${this.p}${s}>`;
    const contentEnd = this.xml.indexOf(close, openEnd);
    this.found.set(s, { start, contentStart: openEnd, contentEnd, end: contentEnd + close.length });
  }

  private append(s: Section, itemXml: string): number {
    const list = this.added.get(s) ?? [];
    list.push(itemXml);
    this.added.set(s, list);
    return (this.counts.get(s) ?? 0) + list.length - 1;
  }

  private once(key: string, make: () => number): number {
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    const id = make();
    this.cache.set(key, id);
    return id;
  }

  /** Number of cell formats (xf records) now, including the ones added. */
  get xfCount(): number {
    return this.xfs.length + (this.added.get('cellXfs')?.length ?? 0);
  }

  fill(hex: string): number {
    const p = this.p;
    return this.once(`fill:${hex}`, () =>
      this.append(
        'fills',
        `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argbOf(hex)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`,
      ),
    );
  }

  private font(look: CellLook): number {
    if (!look.bold && !look.fontColor && !look.underline) return 0;
    const p = this.p;
    const key = `font:${look.bold ? 1 : 0}:${look.underline ? 1 : 0}:${look.fontColor ?? ''}`;
    return this.once(key, () =>
      this.append(
        'fonts',
        `<${p}font>${look.bold ? `<${p}b/>` : ''}${look.underline ? `<${p}u/>` : ''}<${p}sz val="${this.baseFont.sz}"/>${look.fontColor ? `<${p}color rgb="${argbOf(look.fontColor)}"/>` : ''}<${p}name val="${this.baseFont.name}"/></${p}font>`,
      ),
    );
  }

  numberFormat(code: string | undefined): number {
    if (!code) return 0;
    if (code in BUILTIN_FORMATS) return BUILTIN_FORMATS[code];
    const known = this.formats.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.formats.set(code, id);
    this.append('numFmts', `<${this.p}numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    return id;
  }

  /** A copy of cell format `xf` with a solid fill of `hex` (a mark): number format, font, borders kept. */
  markXf(xf: number, hex: string): number {
    return this.once(`mark:${xf}:${hex}`, () => {
      const fillId = this.fill(hex);
      const base =
        this.xfs[xf] ?? this.xfs[0] ?? `<${this.p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
      const end = base.indexOf('>') + 1;
      let tag = base.slice(0, end);
      tag = setAttr(setAttr(tag, 'fillId', String(fillId)), 'applyFill', '1');
      return this.append('cellXfs', tag + base.slice(end));
    });
  }

  /** The cell format of a layout cell. */
  layoutXf(look: CellLook): number {
    const key = `look:${JSON.stringify(look)}`;
    return this.once(key, () => {
      const p = this.p;
      const numFmtId = this.numberFormat(look.numberFormat);
      const fontId = this.font(look);
      const fillId = look.fill ? this.fill(look.fill) : 0;
      const attrs = [`numFmtId="${numFmtId}"`, `fontId="${fontId}"`, `fillId="${fillId}"`, 'borderId="0"', 'xfId="0"'];
      if (numFmtId) attrs.push('applyNumberFormat="1"');
      if (fontId) attrs.push('applyFont="1"');
      if (fillId) attrs.push('applyFill="1"');
      const align =
        look.align || look.wrap
          ? `<${p}alignment${look.align ? ` horizontal="${look.align}"` : ''}${look.wrap ? ' vertical="center" wrapText="1"' : ''}/>`
          : '';
      if (align) attrs.push('applyAlignment="1"');
      return this.append(
        'cellXfs',
        align ? `<${p}xf ${attrs.join(' ')}>${align}</${p}xf>` : `<${p}xf ${attrs.join(' ')}/>`,
      );
    });
  }

  /** A differential format for a conditional colour. */
  dxf(fill: string, fontColor: string): number {
    const p = this.p;
    return this.once(`dxf:${fill}:${fontColor}`, () =>
      this.append(
        'dxfs',
        `<${p}dxf><${p}font><${p}color rgb="${argbOf(fontColor)}"/></${p}font><${p}fill><${p}patternFill patternType="solid"><${p}bgColor rgb="${argbOf(fill)}"/></${p}patternFill></${p}fill></${p}dxf>`,
      ),
    );
  }

  get changed(): boolean {
    return this.added.size > 0;
  }

  /** The stylesheet with the added records; the original text when nothing was added. */
  toXml(): string {
    if (!this.changed) return this.xml;
    let xml = this.xml;
    // Last section first, so earlier offsets stay valid.
    for (const s of [...ORDER].reverse()) {
      const list = this.added.get(s);
      if (!list) continue;
      const count = (this.counts.get(s) ?? 0) + list.length;
      const f = this.found.get(s);
      if (f) {
        const openTag = xml.slice(f.start, f.contentStart).replace(/\s*\/>$/, '>');
        const newOpen = setAttr(openTag, 'count', String(count));
        const content = xml.slice(f.contentStart, f.contentEnd) + list.join('');
        xml = xml.slice(0, f.start) + newOpen + content + `</${this.p}${s}>` + xml.slice(f.end);
      } else {
        const at = this.insertionPoint(xml, s);
        xml = xml.slice(0, at) + `<${this.p}${s} count="${count}">${list.join('')}</${this.p}${s}>` + xml.slice(at);
      }
    }
    return xml;
  }

  /** Where a missing section goes: before the first later section present, else before `</styleSheet>`. */
  private insertionPoint(xml: string, s: Section): number {
    for (const later of ORDER.slice(ORDER.indexOf(s) + 1)) {
      const f = this.found.get(later);
      if (f) return f.start;
    }
    return xml.lastIndexOf(`</${this.p}styleSheet>`);
  }
}
