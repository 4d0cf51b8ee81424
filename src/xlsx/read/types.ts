/**
 * The reader's face: what `openXlsx` gives the CLI, the pane and the surgical writer. No Node APIs anywhere in
 * src/xlsx/read: the pane runs it in the browser on a user-chosen file.
 */
import type { Grid } from '../../core/grid';
import type { PortNote, StoredSettings } from '../../core/port/WorkbookPort';

export type SheetState = 'visible' | 'hidden' | 'veryHidden';

export interface PackageSheet {
  /** The tab name, as Excel shows it. */
  name: string;
  state: SheetState;
  /** Zip path of the part, e.g. `xl/worksheets/sheet1.xml`; for a chart sheet `xl/chartsheets/sheet1.xml`. */
  path: string;
  /** The relationship id in xl/workbook.xml (`r:id`). */
  rId: string;
  /** 'chart' for a chart sheet (no cells: readGrid gives an empty grid). */
  kind: 'worksheet' | 'chart';
}

/** Hard limits, checked before memory is spent. Every refusal is an XlsxReadError naming the number and the limit. */
export interface ReadLimits {
  /** The zip file itself. */
  maxFileBytes: number;
  /** Uncompressed size of any one part, from the zip directory. */
  maxPartBytes: number;
  /** Uncompressed size of all parts together. */
  maxTotalBytes: number;
  /** Uncompressed / compressed size of one part (a zip bomb packs far tighter than any spreadsheet XML). */
  maxRatio: number;
  /** Rows of one sheet (Excel's own maximum is 1,048,576). */
  maxRows: number;
  /** Cells of one sheet. */
  maxCellsPerSheet: number;
  /** Cells of the whole workbook (all sheets read so far). */
  maxTotalCells: number;
  /** Characters of one string (Excel's own maximum is 32,767). */
  maxStringLength: number;
  /** Entries in the shared string table. */
  maxSharedStrings: number;
}

export interface XlsxPackage {
  /** Every zip entry, uncompressed, byte for byte as in the file (the writer copies what it does not change). */
  entries: Map<string, Uint8Array>;
  /** Sheets in tab order (the settings sheet among them; chart sheets too, as kind 'chart'). */
  sheets: PackageSheet[];
  /** The shared string table, rich text flattened, `_xHHHH_` decoded (control characters kept visible). */
  sharedStrings: readonly string[];
  /** Number format code per cell style index (`s` attribute); 'General' where the style sets none. */
  styles: readonly string[];
  /** The tab Excel opens on (workbookView activeTab), 0-based. */
  activeTab: number;
  /** Reads one sheet as the core's Grid (parsed on first call, then kept). Throws XlsxReadError. */
  readGrid(name: string): Grid;
  /**
   * The stored settings: Excel's document settings in the web-extension part when the pane saved some, else the
   * `_taizhang_settings` sheet's; null when neither is there or readable (src/xlsx/storedSettings.ts).
   */
  readSettings(): StoredSettings | null;
  /** The same, with what was left out or which store won, Chinese first. */
  readSettingsAndNotes(): { settings: StoredSettings | null; notes: PortNote[] };
}
