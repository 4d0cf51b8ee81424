/**
 * The workbook state behind the fake Excel object model (fakeExcel.ts): plain data the tests set up and inspect.
 * Entry rules follow Excel's typed input, which is what Office.js `values` and `formulas` follow (`typeIn`): a leading
 * apostrophe stores the rest as text, a leading = + - @ makes a formula, and in a cell not formatted as text
 * `2023-05-01`, `0123`, `50%`, `3-1`, `2023年12月`, `TRUE` become dates, numbers and booleans, with the number format
 * Excel gives them (office-js #229: `values = '2018-12-31'` turns a General cell into `m/d/yyyy`). A cell formatted
 * `@` takes the string as it is. Changing a number format never re-parses what a cell holds (Excel keeps text that
 * was entered as text: "numbers stored as text").
 */
import { columnIndex, toA1 } from '../../src/core/grid';

export interface FakeCell {
  value: string | number | boolean | null;
  formula: string | null;
  /** Set when the cell holds an Excel error value (#REF!...). */
  error?: string;
  numberFormat: string;
  /** null = no fill. */
  fill: string | null;
  /**
   * The rest of a fill (RangeFill, ExcelApi 1.9): pattern ("Solid" when unset; "LinearGradient" for a gradient,
   * which Office.js can report but not write), pattern colour and the two tints. Setting `color` makes a plain
   * solid fill again, as in Excel.
   */
  fillDetail?: { pattern?: string; patternColor?: string; tintAndShade?: number; patternTintAndShade?: number };
  bold?: boolean;
  fontColor?: string;
  align?: string;
  wrap?: boolean;
  hyperlink?: string;
  /** Format → Protection → Locked; Excel's default for every cell is locked (true). */
  locked?: boolean;
}

/** Excel's date serial of a calendar day (1900 system, as Excel counts it for dates after 1 March 1900). */
export function dateSerial(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** What Excel makes of a typed string in a cell not formatted as text: a number, a boolean or a date, or null (text). */
export function parseTyped(input: string): { value: number | boolean; format?: string } | null {
  let m: RegExpExecArray | null;
  if (/^[+-]?\d+(\.\d+)?$/.test(input)) return { value: Number(input) }; // "0123" → 123
  if ((m = /^([+-]?\d+(?:\.\d+)?)%$/.exec(input))) return { value: Number(m[1]) / 100, format: '0%' };
  if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(input)))
    return { value: dateSerial(+m[1], +m[2], +m[3]), format: 'm/d/yyyy' };
  if ((m = /^(\d{1,2})-(\d{1,2})$/.exec(input)))
    return { value: dateSerial(new Date().getFullYear(), +m[1], +m[2]), format: 'd-mmm' };
  if ((m = /^(\d{4})年(\d{1,2})月$/.exec(input)))
    return { value: dateSerial(+m[1], +m[2], 1), format: 'yyyy"年"m"月"' };
  if (/^(TRUE|FALSE)$/i.test(input)) return { value: input.toUpperCase() === 'TRUE' };
  return null;
}

export interface FakeChart {
  type: string;
  title?: string;
  series: { name?: string; values?: string; categories?: string }[];
  position?: [string, string?];
}

let nextSheetId = 1;

export class FakeSheet {
  /** Like Excel's worksheet id: stable across renames; what onActivated events carry. */
  readonly id = `{FAKE-SHEET-${nextSheetId++}}`;
  cells = new Map<string, FakeCell>();
  hiddenRows = new Set<number>();
  hiddenCols = new Set<number>();
  merges: string[] = [];
  notes = new Map<string, string>();
  charts: FakeChart[] = [];
  conditional: { range: string; type: string; fill?: string; fontColor?: string; rule?: unknown }[] = [];
  freeze: { rows: number; cols: number } | null = null;
  columnWidths = new Map<number, number>();
  protected = false;
  /** WorksheetProtectionOptions.allowFormatCells: formats (fills, number formats) allowed on a protected sheet. */
  allowFormatCells = false;
  visibility = 'Visible';
  constructor(public name: string) {}

  key(row: number, col: number): string {
    return `${row},${col}`;
  }
  get(row: number, col: number): FakeCell | undefined {
    return this.cells.get(this.key(row, col));
  }
  cell(row: number, col: number): FakeCell {
    const k = this.key(row, col);
    let c = this.cells.get(k);
    if (!c) {
      c = { value: null, formula: null, numberFormat: 'General', fill: null };
      this.cells.set(k, c);
    }
    return c;
  }
  /** Sets a cell the way a user types: "'=x" → text "=x"; "=x" → formula (value left as given by `computed`). */
  enter(row: number, col: number, input: unknown, computed: string | number | null = null): void {
    const c = this.cell(row, col);
    c.error = undefined;
    if (typeof input === 'string' && input.startsWith("'")) {
      c.value = input.slice(1);
      c.formula = null;
    } else if (typeof input === 'string' && /^[=+\-@]/.test(input) && input.length > 1) {
      c.formula = input.startsWith('=') ? input : `=${input}`;
      c.value = computed;
    } else {
      c.formula = null;
      c.value = input === '' || input === undefined ? null : (input as string | number | boolean | null);
    }
  }
  /**
   * Sets a cell the way Office.js `values` / `formulas` do (Excel's entry rules): see the file comment. A lone
   * "-" or "+" stays text, as when typed.
   */
  typeIn(row: number, col: number, input: unknown): void {
    const c = this.cell(row, col);
    // A Text ("@") cell takes what is entered as text — a number too, as when typed (unconfirmed for a JS number
    // through Office.js; the adapter enters numbers under General there either way).
    if ((typeof input === 'string' || typeof input === 'number') && c.numberFormat === '@') {
      c.error = undefined;
      c.formula = null;
      c.value = input === '' ? null : String(input);
      return;
    }
    const parsed = typeof input === 'string' ? parseTyped(input) : null;
    if (!parsed) return this.enter(row, col, input);
    c.error = undefined;
    c.formula = null;
    c.value = parsed.value;
    if (parsed.format && c.numberFormat === 'General') c.numberFormat = parsed.format;
  }
  /** Extent of cells holding a value or formula (what getUsedRange(valuesOnly) covers), or null. */
  usedExtent(): { top: number; left: number; bottom: number; right: number } | null {
    let top = Infinity,
      left = Infinity,
      bottom = -1,
      right = -1;
    for (const [k, c] of this.cells) {
      if (c.value === null && c.formula === null && !c.error) continue;
      const [r, col] = k.split(',').map(Number);
      top = Math.min(top, r);
      left = Math.min(left, col);
      bottom = Math.max(bottom, r);
      right = Math.max(right, col);
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }
  /** Swaps two rows, cells and fills alike, as Data → Sort does to the rows it reorders. */
  swapRows(a: number, b: number): void {
    const moved = new Map<string, FakeCell>();
    for (const [k, c] of this.cells) {
      const [r, col] = k.split(',').map(Number);
      moved.set(r === a ? this.key(b, col) : r === b ? this.key(a, col) : k, c);
    }
    this.cells = moved;
  }
  /** Fill rows from a plain 2-D array starting at A1 (tests). */
  fillRows(rows: (string | number | null)[][]): void {
    rows.forEach((row, r) => row.forEach((v, c) => v !== null && this.enter(r, c, v)));
  }
  display(a1: string): FakeCell | undefined {
    const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
    return this.get(parseInt(m[2], 10) - 1, columnIndex(m[1]));
  }
}

export class FakeModel {
  sheets: FakeSheet[] = [];
  active = 0;
  selected: string | null = null;
  /** Every context.sync() across all runs. */
  syncs = 0;
  /**
   * Excel on the web's cap on each request and each response (5 MB, office-js docs "resource limits"); null = none
   * (desktop has no such cap). Estimated bytes of each sync are kept below.
   */
  payloadLimit: number | null = 5_000_000;
  requestBytesPerSync: number[] = [];
  responseBytesPerSync: number[] = [];
  /** Cells whose values were fetched in each sync (to check the payload budget). */
  cellsLoadedPerSync: number[] = [];
  /** A readable log of the writes the adapter queued, e.g. "Ledger!getRanges(A1,C5:C9).fill=#FFC7CE". */
  calls: string[] = [];
  /**
   * The highest ExcelApi minor version this host has (mockHost says the same to isSetSupported): calling an API
   * above it fails with ApiNotFound, as Office.js does for members the host lacks. Tests switch sets off one by one.
   */
  apiMinor = 20;
  requireApi(version: string, what: string): void {
    if (parseInt(version.split('.')[1], 10) > this.apiMinor)
      throw Object.assign(new Error(`${what} needs ExcelApi ${version}`), { code: 'ApiNotFound' });
  }
  /** Workbook → Protect Workbook (structure): sheets cannot be added, deleted, moved or renamed. */
  structureProtected = false;
  /** The user acting between two syncs: called with the number of the sync about to run (1-based, all runs). */
  beforeSync: ((sync: number) => void) | null = null;
  /** Fail the n-th sync from now (1 = the next one) with this error, after running its first `afterOps` ops. */
  failAt: { sync: number; error: { code: string; message: string }; afterOps?: number } | null = null;

  addSheet(name: string): FakeSheet {
    const s = new FakeSheet(name);
    this.sheets.push(s);
    return s;
  }
  /** By name or by id (Excel's getItem takes either). */
  /** By name (case-insensitively, as Excel compares sheet names) or by id (Excel's getItem takes either). */
  sheet(key: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === key.toLowerCase() || s.id === key);
  }
  /** The options each Excel.run was given (mergeUndoGroup...). */
  runOptions: { mergeUndoGroup?: boolean }[] = [];

  /** Runtime.enableEvents as the add-in last set it. */
  eventsEnabled = true;
  /** eventsEnabled after each sync, in order (to see that a batch ran with events off). */
  eventsPerSync: boolean[] = [];
  /** Handlers registered with worksheets.onActivated (live after the registering sync). */
  activationHandlers = new Set<(e: { worksheetId: string; type: string; source: string }) => Promise<unknown>>();
  private pendingEvents: Promise<unknown>[] = [];

  /** The sheet becomes active (by the user or by activate()); handlers fire if events are on, as in Excel. */
  activate(name: string): void {
    const s = this.sheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    this.active = this.sheets.indexOf(s);
    if (!this.eventsEnabled) return;
    for (const h of this.activationHandlers) {
      this.pendingEvents.push(
        Promise.resolve().then(() => h({ worksheetId: s.id, type: 'WorksheetActivated', source: 'Local' })),
      );
    }
  }
  /** Waits for the event handlers fired so far. */
  async settle(): Promise<void> {
    while (this.pendingEvents.length > 0) {
      const batch = this.pendingEvents;
      this.pendingEvents = [];
      await Promise.all(batch);
    }
  }
  /** A deep copy of the state, to compare "unchanged". */
  dump(): string {
    return JSON.stringify(
      this.sheets.map((s) => ({
        name: s.name,
        cells: [...s.cells]
          .sort(([a], [b]) => a.localeCompare(b))
          .filter(([, c]) => c.value !== null || c.formula !== null || c.fill !== null || c.numberFormat !== 'General'),
        notes: [...s.notes],
        charts: s.charts,
        merges: s.merges,
      })),
    );
  }
}

export { toA1 };
