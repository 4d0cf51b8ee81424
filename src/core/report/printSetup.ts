/**
 * Print-ready summary sheets, as data both hosts render: A4 landscape, one page wide, the header rows repeated on
 * every page, the policy's title as the page header and the as-of date with page numbers as the footer; column
 * widths wide enough for the Chinese text they hold.
 */
import { columnIndex, columnLetters } from '../grid';
import { chineseDate } from './layout';
import type { PrintSetup, SheetLayout } from './types';

/** Inches: narrow sides so a twelve-column table fits one page wide at a readable scale. */
const MARGINS = { left: 0.4, right: 0.4, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };

export function summaryPrint(
  documentTitle: string,
  sheetName: string,
  asOf: string,
  titleRows: { first: number; last: number },
): PrintSetup {
  return {
    orientation: 'landscape',
    paper: 'A4',
    fitWidth: 1,
    fitHeight: 0,
    titleRows,
    margins: MARGINS,
    // e.g. 源汇区促进经济稳定持续向好扩大有效投资政策措施目标完成情况
    header: `${documentTitle}${sheetName}`,
    footer: `截至${chineseDate(asOf)} · 第 &P 页 共 &N 页`,
  };
}

/** Display width of text in Excel's width unit (one "0"): CJK and full-width characters count two. */
export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s)
    w +=
      /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\uD840-\uD87F]/.test(
        ch,
      )
        ? 2
        : 1;
  return w;
}

function shownText(v: unknown, format: string | undefined): string {
  if (typeof v === 'number') {
    if (format?.includes('%')) return `${(v * 100).toFixed(1)}%`;
    const digits = format?.includes('.00') ? 2 : 0;
    return v.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  }
  return v === null || v === undefined ? '' : String(v);
}

/**
 * Widens columns to their longest unwrapped, unmerged text (titles and notes span merged cells and wrap),
 * never narrower than the layout asked for and never wider than `max`.
 */
export function fitColumnWidths(layout: SheetLayout, max = 50): void {
  const merged = new Set<string>();
  for (const m of layout.merges) {
    const [a] = m.split(':');
    merged.add(a);
  }
  const widths = [...layout.columnWidths];
  for (const c of layout.cells) {
    if (c.wrap) continue;
    const ref = `${columnLetters(c.col)}${c.row + 1}`;
    if (merged.has(ref)) continue;
    const want = Math.min(max, textWidth(shownText(c.value, c.numberFormat)) + 2);
    if (want > (widths[c.col] ?? 0)) widths[c.col] = want;
  }
  for (let i = 0; i < widths.length; i++) widths[i] ??= 0;
  layout.columnWidths = widths;
}

const LINE_POINTS = 14.5;

/** The merged area a cell starts, as [first col, last col], keyed "row,col". */
function mergeSpans(layout: SheetLayout): Map<string, [number, number]> {
  const spans = new Map<string, [number, number]>();
  for (const m of layout.merges) {
    const [a, b] = m.split(':');
    const ma = /^([A-Z]+)(\d+)$/.exec(a);
    const mb = /^([A-Z]+)(\d+)$/.exec(b ?? a);
    if (!ma || !mb) continue;
    spans.set(`${Number(ma[2]) - 1},${columnIndex(ma[1])}`, [columnIndex(ma[1]), columnIndex(mb[1])]);
  }
  return spans;
}

/**
 * Heights for rows holding wrapped text: lines = text width over the cell's width (its merged area's, for a
 * note across the sheet). Excel does not grow a merged row by itself, and files are opened without re-fitting.
 */
export function fitRowHeights(layout: SheetLayout): void {
  const spans = mergeSpans(layout);
  const heights: Record<number, number> = { ...(layout.rowHeights ?? {}) };
  for (const c of layout.cells) {
    if (!c.wrap || typeof c.value !== 'string' || c.value === '') continue;
    const [from, to] = spans.get(`${c.row},${c.col}`) ?? [c.col, c.col];
    let width = 0;
    for (let i = from; i <= to; i++) width += layout.columnWidths[i] || 8.43;
    const lines = c.value
      .split('\n')
      .reduce((n, part) => n + Math.max(1, Math.ceil(textWidth(part) / Math.max(1, width - 1))), 0);
    if (lines > 1) heights[c.row] = Math.max(heights[c.row] ?? 0, Math.ceil(lines * LINE_POINTS + 3));
  }
  layout.rowHeights = heights;
}
