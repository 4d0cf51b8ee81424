import { rangeA1 } from '../grid';
import type { LayoutCell, SheetLayout } from './types';

/** 2023-10-31 → 2023年10月31日, the way a district report is dated; anything else is shown as given. */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}

/** Number formats and colours the summary sheets share. */
export const FORMAT = { wan: '#,##0.00', yi: '#,##0.00', count: '0', percent: '0.0%' } as const;
export const COLOUR = {
  header: '#DDEBF7',
  total: '#F2F2F2',
  check: '#FFF2CC',
  good: '#C6EFCE',
  goodText: '#006100',
  bad: '#FFC7CE',
  badText: '#9C0006',
  mid: '#FFEB9C',
  midText: '#9C5700',
  none: '#EDEDED',
  noneText: '#595959',
} as const;

/** Builds one sheet's cells; rows and columns 0-based. */
export class LayoutBuilder {
  readonly layout: SheetLayout;

  constructor(name: string) {
    this.layout = { name, cells: [], columnWidths: [], merges: [], conditional: [], charts: [] };
  }

  set(row: number, col: number, cell: Omit<LayoutCell, 'row' | 'col'>): void {
    this.layout.cells.push({ row, col, ...cell });
  }

  /** A title across `cols` columns. */
  title(row: number, text: string, cols: number, bold = true): void {
    // A note (not bold) wraps inside its merged row, so printing shows all of it rather than cutting it off.
    this.set(row, 0, { value: text, bold, align: bold ? 'center' : 'left', ...(bold ? {} : { wrap: true }) });
    if (cols > 1) this.layout.merges.push(rangeA1(row, 0, row, cols - 1));
  }

  header(row: number, labels: string[]): void {
    labels.forEach((label, col) =>
      this.set(row, col, { value: label, bold: true, fill: COLOUR.header, align: 'center', wrap: true }),
    );
  }

  widths(w: number[]): void {
    this.layout.columnWidths = w;
  }
}
