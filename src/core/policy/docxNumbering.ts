/**
 * Word's automatic list numbers (一、 / （一） / 1. made by the list feature, not typed) are not in the text
 * runs; they come from word/numbering.xml. This rebuilds the label Word shows, so the parser sees the numbers.
 */
interface Level {
  start: number;
  format: string;
  text: string;
  /** false when the level does not restart after a higher level (w:lvlRestart w:val="0"). */
  restarts: boolean;
}

const CHINESE_FORMATS = new Set([
  'chineseCounting',
  'chineseCountingThousand',
  'chineseLegalSimplified',
  'japaneseCounting',
  'koreanCounting',
  'ideographTraditional',
]);
const DIGITS = '〇一二三四五六七八九';

function chinese(n: number): string {
  if (n < 10) return DIGITS[n];
  if (n < 20) return `十${n % 10 ? DIGITS[n % 10] : ''}`;
  if (n < 100) return `${DIGITS[Math.floor(n / 10)]}十${n % 10 ? DIGITS[n % 10] : ''}`;
  return String(n);
}

function formatNumber(n: number, format: string): string {
  if (CHINESE_FORMATS.has(format)) return chinese(n);
  if (format === 'decimalFullWidth') return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
  return String(n);
}

const attr = (xml: string, tag: string): string | undefined =>
  new RegExp(`<w:${tag}\\s+w:val="([^"]*)"`).exec(xml)?.[1];

/** numId → its abstract list's levels, from word/numbering.xml. */
export function readNumbering(xml: string): Map<string, { key: string; levels: Level[] }> {
  const abstract = new Map<string, Level[]>();
  for (const a of xml.matchAll(/<w:abstractNum\s[^>]*w:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels: Level[] = [];
    for (const l of a[2].matchAll(/<w:lvl\s[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      levels[Number(l[1])] = {
        start: Number(attr(l[2], 'start') ?? 1),
        format: attr(l[2], 'numFmt') ?? 'decimal',
        text: attr(l[2], 'lvlText') ?? '',
        restarts: attr(l[2], 'lvlRestart') !== '0',
      };
    }
    abstract.set(a[1], levels);
  }
  const nums = new Map<string, { key: string; levels: Level[] }>();
  for (const n of xml.matchAll(/<w:num\s[^>]*w:numId="(\d+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const id = attr(n[2], 'abstractNumId');
    if (id !== undefined) nums.set(n[1], { key: id, levels: abstract.get(id) ?? [] });
  }
  return nums;
}

/** Counts list paragraphs as Word does and gives each its label (一、, （二）, 3.). */
export class ListCounter {
  private readonly counts = new Map<string, (number | undefined)[]>();

  constructor(private readonly numbering: Map<string, { key: string; levels: Level[] }>) {}

  /** The label of a paragraph with this <w:pPr>, or '' when it is not in a numbered list. */
  labelOf(pPr: string): string {
    const numId = attr(pPr, 'numId');
    const list = numId !== undefined && numId !== '0' ? this.numbering.get(numId) : undefined;
    if (!list) return '';
    const ilvl = Number(attr(pPr, 'ilvl') ?? 0);
    const level = list.levels[ilvl];
    if (!level || level.format === 'bullet' || level.format === 'none') return '';
    const counts = this.counts.get(list.key) ?? [];
    counts[ilvl] = (counts[ilvl] ?? level.start - 1) + 1;
    // A higher level moving on restarts the deeper ones (unless they say w:lvlRestart="0").
    for (let deeper = ilvl + 1; deeper < counts.length; deeper++)
      if (list.levels[deeper]?.restarts !== false) counts[deeper] = undefined;
    this.counts.set(list.key, counts);
    return level.text.replace(/%(\d)/g, (_m, k: string) => {
      const i = Number(k) - 1;
      return formatNumber(counts[i] ?? list.levels[i]?.start ?? 1, list.levels[i]?.format ?? 'decimal');
    });
  }
}
