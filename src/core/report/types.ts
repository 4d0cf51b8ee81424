/** Host-independent sheet layouts: the Excel adapter and the .xlsx writer both render these. */

export interface LayoutCell {
  row: number; // 0-based
  col: number; // 0-based
  /** A constant. Strings are always written as text (never as a formula), whatever they start with. */
  value?: string | number | boolean | null;
  /** A live formula, starting with "=". When set, `value` holds the engine's own figure for the check. */
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  fill?: string; // #RRGGBB
  fontColor?: string;
  align?: 'left' | 'center' | 'right';
  wrap?: boolean;
  /** Internal link target, e.g. "'项目台账'!E12". */
  link?: string;
}

export interface ConditionalColour {
  /** A1 range on this sheet. */
  range: string;
  /** Cell text equal to `equals` gets the colours. */
  equals: string;
  fill: string;
  fontColor: string;
}

export interface ChartSpec {
  kind: 'bar' | 'column';
  title: string;
  /** A1 ranges of the categories (one column) and of each series (one column each): data cells only, no header. */
  categories: string;
  series: { name: string; values: string }[];
  /** Top-left anchor cell and size in cells. */
  anchor: string;
  width: number;
  height: number;
}

/** How a sheet prints: the hosts turn this into page setup (OOXML pageSetup / Office.js pageLayout). */
export interface PrintSetup {
  orientation: 'landscape' | 'portrait';
  paper: 'A4';
  /** Pages wide and tall to fit the sheet into; 0 = as many as it takes. */
  fitWidth: number;
  fitHeight: number;
  /** Rows repeated at the top of every page (0-based, inclusive): the header rows. */
  titleRows?: { first: number; last: number };
  /** Page margins in inches (Excel's unit in the file and in pageLayout). */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** Centred header and footer text; "&P" is the page number and "&N" the page count (Excel's codes). */
  header?: string;
  footer?: string;
}

export interface SheetLayout {
  name: string;
  cells: LayoutCell[];
  columnWidths: number[]; // in characters
  merges: string[]; // A1 ranges
  freeze?: { rows: number; cols: number };
  conditional: ConditionalColour[];
  charts: ChartSpec[];
  print?: PrintSetup;
  /** Row heights in points for rows whose wrapped text needs more than one line (0-based row → points). */
  rowHeights?: Record<number, number>;
}
