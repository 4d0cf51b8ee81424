/**
 * A pull scanner over the bytes of one XML part, for the parts that are big (sheets, shared strings). It knows
 * exactly what those parts use: elements, attributes, text, CDATA, comments, processing instructions. A DOCTYPE is
 * refused (no spreadsheet part has one, and it is how entity bombs get in). Names are local (`x:c` → `c`).
 */
import { decodeUtf8, unescapeXml } from './xmlText';
import { XlsxReadError } from './XlsxReadError';

// Local bindings: under tsx's CommonJS output every use of an imported name is a getter call, in the hottest loop.
const decode = decodeUtf8;
const unescapeText = unescapeXml;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QMARK = 0x3f;
const COLON = 0x3a;
const EQ = 0x3d;

const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);

/** Short names by their folded bytes (shared by all scanners: the names of OOXML are few). */
const NAMES = new Map<number, string>();

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
      let j = i + 1;
      let localStart = j;
      // The name's bytes folded into one number: a cache key, so the hot tags (c, v, row) cost no decoding.
      let key = 0;
      let ascii = true;
      for (; j < n; j++) {
        const d = b[j];
        if (d === GT || d === SLASH || d <= 0x20) break;
        if (d === COLON) {
          localStart = j + 1;
          key = 0;
        } else {
          key = key * 131 + d;
          if (d >= 0x80) ascii = false;
        }
      }
      // Base 131 over ASCII bytes (all > 0x20): distinct names give distinct keys up to 7 bytes.
      this.name = ascii && j - localStart <= 7 ? this.cachedName(key, localStart, j) : decode(b, localStart, j);
      const gt = this.tagEnd(j);
      this.selfClosing = !close && b[gt - 1] === SLASH;
      this.attrStart = j;
      this.attrEnd = this.selfClosing ? gt - 1 : gt;
      this.pos = gt + 1;
      return close ? CLOSE : OPEN;
    }
  }

  private cachedName(key: number, start: number, end: number): string {
    let name = NAMES.get(key);
    if (name === undefined) {
      name = decode(this.b, start, end);
      if (NAMES.size < 4096) NAMES.set(key, name);
    }
    return name;
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
      throw new XlsxReadError(
        `工作簿的“${this.part}”含有文档类型定义（DOCTYPE），.xlsx 不会有它，已拒绝读取。`,
        `Part "${this.part}" has a DOCTYPE, which no .xlsx part has; refused.`,
        'xml-doctype',
      );
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
    return new XlsxReadError(
      `工作簿的“${this.part}”不是完整的 XML（文件可能已损坏）。`,
      `Part "${this.part}" is not well-formed XML (the file may be damaged).`,
      'corrupt',
    );
  }

  /**
   * The attributes of a `<c>` in one pass, straight from the bytes: r as row/col (-1 when absent), s as a
   * number, t as a string ('n' when absent). The sheet grammar's hottest tag, so no strings for r and s.
   */
  cellAttrs(out: { row: number; col: number; style: number; type: string }): void {
    const b = this.b;
    const end = this.attrEnd;
    out.row = -1;
    out.col = -1;
    out.style = 0;
    out.type = 'n';
    let k = this.attrStart;
    while (k < end) {
      while (k < end && b[k] <= 0x20) k++;
      if (k >= end) return;
      const ns = k;
      while (k < end && b[k] !== EQ && b[k] > 0x20) k++;
      const one = k - ns === 1 ? b[ns] : 0;
      while (k < end && b[k] !== 0x22 && b[k] !== 0x27) k++;
      const quote = b[k];
      const vs = k + 1;
      const ve = b.indexOf(quote, vs);
      if (ve < 0 || ve > end) throw this.broken();
      if (one === 0x72)
        this.refInto(vs, ve, out); // r
      else if (one === 0x73)
        out.style = this.uint(vs, ve); // s
      else if (one === 0x74) out.type = ve - vs === 1 && b[vs] === 0x73 ? 's' : decode(b, vs, ve); // t
      k = ve + 1;
    }
  }

  private uint(start: number, end: number): number {
    let n = 0;
    for (let i = start; i < end; i++) {
      const d = this.b[i] - 48;
      if (d < 0 || d > 9) return Number(decode(this.b, start, end)) || 0;
      n = n * 10 + d;
    }
    return n;
  }

  /** "AB12" (or "$AB$12") → 0-based row and col; left at -1 when it is not a cell reference. */
  private refInto(start: number, end: number, out: { row: number; col: number }): void {
    const b = this.b;
    let col = 0;
    let i = start;
    for (; i < end; i++) {
      const c = b[i] | 0x20; // lower case
      if (c >= 0x61 && c <= 0x7a) col = col * 26 + (c - 0x60);
      else if (b[i] !== 0x24) break;
    }
    let row = 0;
    for (; i < end; i++) {
      const d = b[i] - 48;
      if (d < 0 || d > 9) {
        if (b[i] === 0x24) continue;
        return;
      }
      row = row * 10 + d;
    }
    if (col > 0 && row > 0) {
      out.row = row - 1;
      out.col = col - 1;
    }
  }

  /** One attribute of the last open tag by local name (ASCII), entities decoded; no object built. */
  attr(name: string): string | undefined {
    const b = this.b;
    const end = this.attrEnd;
    const len = name.length;
    let k = this.attrStart;
    while (k < end) {
      while (k < end && b[k] <= 0x20) k++;
      if (k >= end) return undefined;
      let ns = k;
      while (k < end && b[k] !== EQ && b[k] > 0x20) {
        if (b[k] === COLON) ns = k + 1;
        k++;
      }
      let match = k - ns === len;
      for (let q = 0; match && q < len; q++) match = b[ns + q] === name.charCodeAt(q);
      while (k < end && b[k] !== 0x22 && b[k] !== 0x27) k++;
      const quote = b[k];
      const vs = k + 1;
      const ve = b.indexOf(quote, vs);
      if (ve < 0 || ve > end) throw this.broken();
      if (match) return unescapeText(decode(b, vs, ve));
      k = ve + 1;
    }
    return undefined;
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
      out[decode(b, colon >= 0 ? colon + 1 : ns, nameEnd)] = unescapeText(decode(b, vs, ve));
      k = ve + 1;
    }
    return out;
  }

  /** Steps over `</x>` for a one-letter, unprefixed name if it is right here (the `</v></c>` of most cells). */
  skipClose(letter: number): boolean {
    const b = this.b;
    const p = this.pos;
    if (b[p] !== LT || b[p + 1] !== SLASH || b[p + 2] !== letter || b[p + 3] !== GT) return false;
    this.pos = p + 4;
    return true;
  }

  /**
   * The text content read as a plain decimal number ("123", "-4.5") straight from the bytes, moving past it;
   * NaN (and nothing moved) when it is anything else — an exponent, entities, spaces, more than 15 digits —
   * for `text()` to read. Integer ÷ power of ten is exact-rounded below 2^53, so it equals Number(text).
   */
  plainNumber(): number {
    const b = this.b;
    let i = this.pos;
    const neg = b[i] === 0x2d;
    if (neg) i++;
    let int = 0;
    let digits = 0;
    let frac = -1;
    for (; i < b.length; i++) {
      const c = b[i];
      if (c >= 0x30 && c <= 0x39) {
        int = int * 10 + (c - 0x30);
        digits++;
        if (frac >= 0) frac++;
      } else if (c === 0x2e && frac < 0) frac = 0;
      else break;
    }
    if (b[i] !== LT || digits === 0 || digits > 15 || frac === 0) return NaN;
    this.pos = i;
    const v = frac > 0 ? int / POW10[frac] : int;
    return neg ? -v : v;
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
      if (i > this.pos) out += unescapeText(decode(b, this.pos, i));
      if (this.startsWith(i, '<![CDATA[')) {
        const end = this.after(i, ']]>');
        out += decode(b, i + 9, end - 3);
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
