/**
 * A pull scanner over the bytes of one XML part, for the parts that are big (sheets, shared strings). It knows
 * exactly what those parts use: elements, attributes, text, CDATA, comments, processing instructions. A DOCTYPE is
 * refused (no spreadsheet part has one, and it is how entity bombs get in). Names are local (`x:c` → `c`).
 */
import { decodeUtf8, unescapeXml } from './xmlText';
import { XlsxReadError } from './XlsxReadError';

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QMARK = 0x3f;
const COLON = 0x3a;
const EQ = 0x3d;

export const OPEN = 1;
export const CLOSE = 2;
export const END = 0;

export class XmlScanner {
  pos = 0;
  /** Local name of the last tag. */
  name = '';
  /** True when the last open tag was `<x/>`. */
  selfClosing = false;
  private attrStart = 0;
  private attrEnd = 0;

  constructor(
    private readonly b: Uint8Array,
    private readonly part: string,
  ) {}

  /** Moves to the next open or close tag, skipping text, comments, PIs and CDATA. */
  next(): number {
    const b = this.b;
    const n = b.length;
    for (;;) {
      let i = b.indexOf(LT, this.pos);
      if (i < 0) {
        this.pos = n;
        return END;
      }
      const c = b[i + 1];
      if (c === BANG || c === QMARK) {
        this.pos = this.skipSpecial(i);
        continue;
      }
      const close = c === SLASH;
      if (close) i++;
      const nameStart = i + 1;
      let j = nameStart;
      let colon = -1;
      for (; j < n; j++) {
        const d = b[j];
        if (d === GT || d === SLASH || d <= 0x20) break;
        if (d === COLON) colon = j;
      }
      this.name = decodeUtf8(b, colon >= 0 ? colon + 1 : nameStart, j);
      const gt = this.tagEnd(j);
      this.selfClosing = !close && b[gt - 1] === SLASH;
      this.attrStart = j;
      this.attrEnd = this.selfClosing ? gt - 1 : gt;
      this.pos = gt + 1;
      return close ? CLOSE : OPEN;
    }
  }

  /** The end of a tag: the `>` not inside a quoted attribute value. */
  private tagEnd(from: number): number {
    const b = this.b;
    let quote = 0;
    for (let k = from; k < b.length; k++) {
      const d = b[k];
      if (quote) {
        if (d === quote) quote = 0;
      } else if (d === 0x22 || d === 0x27) quote = d;
      else if (d === GT) return k;
    }
    throw this.broken();
  }

  private skipSpecial(i: number): number {
    const b = this.b;
    if (b[i + 1] === QMARK) return this.after(i, '?>');
    if (b[i + 2] === 0x2d && b[i + 3] === 0x2d) return this.after(i + 4, '-->');
    if (this.startsWith(i, '<![CDATA[')) return this.after(i, ']]>');
    if (this.startsWith(i, '<!DOCTYPE')) {
      throw new XlsxReadError(`工作簿的“${this.part}”含有文档类型定义（DOCTYPE），.xlsx 不会有它，已拒绝读取。`, `Part "${this.part}" has a DOCTYPE, which no .xlsx part has; refused.`, 'xml-doctype');
    }
    return this.after(i, '>');
  }

  private startsWith(i: number, s: string): boolean {
    for (let k = 0; k < s.length; k++) if (this.b[i + k] !== s.charCodeAt(k)) return false;
    return true;
  }

  private after(from: number, s: string): number {
    const b = this.b;
    const first = s.charCodeAt(0);
    for (let k = b.indexOf(first, from); k >= 0; k = b.indexOf(first, k + 1)) {
      if (this.startsWith(k, s)) return k + s.length;
    }
    throw this.broken();
  }

  broken(): XlsxReadError {
    return new XlsxReadError(`工作簿的“${this.part}”不是完整的 XML（文件可能已损坏）。`, `Part "${this.part}" is not well-formed XML (the file may be damaged).`, 'corrupt');
  }

  /** The attributes of the last open tag, by local name, entities decoded. */
  attrs(): Record<string, string> {
    const out: Record<string, string> = {};
    const b = this.b;
    let k = this.attrStart;
    const end = this.attrEnd;
    while (k < end) {
      while (k < end && b[k] <= 0x20) k++;
      if (k >= end) break;
      let colon = -1;
      const ns = k;
      while (k < end && b[k] !== EQ && b[k] > 0x20) {
        if (b[k] === COLON) colon = k;
        k++;
      }
      const nameEnd = k;
      while (k < end && b[k] !== 0x22 && b[k] !== 0x27) k++;
      const quote = b[k];
      const vs = k + 1;
      const ve = b.indexOf(quote, vs);
      if (ve < 0 || ve > end) throw this.broken();
      out[decodeUtf8(b, colon >= 0 ? colon + 1 : ns, nameEnd)] = unescapeXml(decodeUtf8(b, vs, ve));
      k = ve + 1;
    }
    return out;
  }

  /**
   * The text content from here to the next element tag: text (entities decoded) and CDATA (as is) joined,
   * comments skipped.
   */
  text(): string {
    const b = this.b;
    let out = '';
    for (;;) {
      const i = b.indexOf(LT, this.pos);
      if (i < 0) throw this.broken();
      if (i > this.pos) out += unescapeXml(decodeUtf8(b, this.pos, i));
      if (this.startsWith(i, '<![CDATA[')) {
        const end = this.after(i, ']]>');
        out += decodeUtf8(b, i + 9, end - 3);
        this.pos = end;
        continue;
      }
      if (this.startsWith(i, '<!--')) {
        this.pos = this.after(i + 4, '-->');
        continue;
      }
      this.pos = i;
      return out;
    }
  }
}
