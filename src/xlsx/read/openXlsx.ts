/**
 * `openXlsx(bytes)`: the package checked and unzipped, the workbook, shared strings and styles read; each sheet
 * parsed only when asked for. Runs in Node and in the browser (no Node APIs).
 */
import type { Grid } from '../../core/grid';
import type { StoredSettings } from '../../core/port/WorkbookPort';
import type { LoadedSettings } from '../../core/port/settingsJson';
import { SETTINGS_SHEET, settingsAndNotesFromGrid } from '../settingsSheet';
import { chooseSettings } from '../storedSettings';
import { readDocumentSettings } from '../webExtension';
import { withDefaults } from './limits';
import { readSharedStrings } from './sharedStrings';
import { readSheet, readSheetChunks } from './sheetReader';
import { readStyles } from './styles';
import type { LazyEntries } from './LazyEntries';
import type { PackageSheet, ReadLimits, XlsxPackage } from './types';
import { readWorkbookPart, workbookPartPath, type Relationship } from './workbookPart';
import { XlsxReadError } from './XlsxReadError';
import { checkKind, unzipChecked } from './zip';
import type { InflateRaw } from './zipStream';

export interface OpenOptions {
  /** The file's name, for messages ("“台账.xlsx”已损坏…"). */
  fileName?: string;
  /**
   * A faster raw-DEFLATE inflater the host has (the CLI passes Node's zlib); it must refuse output past the
   * declared size. Without it, fflate does the work (the browser).
   */
  inflateRaw?: InflateRaw;
}

function partOf(rels: Relationship[], type: string): string | undefined {
  return rels.find((r) => r.type.endsWith(`/${type}`) && !r.external)?.target;
}

export function openXlsx(bytes: Uint8Array, limits?: Partial<ReadLimits>, options: OpenOptions = {}): XlsxPackage {
  const lim = withDefaults(limits);
  const fileName = options.fileName ?? '工作簿';
  const { entries, names, stream } = unzipChecked(bytes, fileName, lim, options.inflateRaw);
  // Part names are case-insensitive in OPC (ECMA-376 Part 2): a rels target "worksheets/sheet1.xml" names the
  // entry "xl/Worksheets/Sheet1.xml" too. Paths are mapped to the entry's own spelling.
  const byLower = new Map(names.map((n) => [n.toLowerCase(), n]));
  const actual = (p: string) => (entries.has(p) ? p : (byLower.get(p.toLowerCase()) ?? p));
  const wbPart = actual(workbookPartPath(entries));
  checkKind(entries, fileName, wbPart);
  const wb = readWorkbookPart(entries, wbPart, fileName);
  if (wb.sheets.length === 0) {
    throw new XlsxReadError(`“${fileName}”中没有工作表。`, `"${fileName}" has no worksheets.`, 'no-sheets');
  }
  for (const s of wb.sheets) s.path = actual(s.path);
  const sstPart = actual(partOf(wb.rels, 'sharedStrings') ?? 'xl/sharedStrings.xml');
  const stylesPart = actual(partOf(wb.rels, 'styles') ?? 'xl/styles.xml');
  const sharedStrings = readSharedStrings(entries.get(sstPart), sstPart, lim);
  const styles = readStyles(entries.get(stylesPart), stylesPart);
  return new Package(entries, stream, wb.sheets, sharedStrings, styles, wb.activeTab, lim, wb.date1904 ? 1462 : 0);
}

class Package implements XlsxPackage {
  private readonly grids = new Map<string, Grid>();
  private cells = 0;

  constructor(
    readonly entries: LazyEntries,
    private readonly stream: (entry: string, onChunk: (chunk: Uint8Array) => void) => void,
    readonly sheets: PackageSheet[],
    readonly sharedStrings: readonly string[],
    readonly styles: readonly string[],
    readonly activeTab: number,
    private readonly limits: ReadLimits,
    private readonly dateShift: number,
  ) {}

  readGrid(name: string): Grid {
    const cached = this.grids.get(name);
    if (cached) return cached;
    const sheet = this.sheets.find((s) => s.name === name);
    if (!sheet) throw new XlsxReadError(`找不到工作表“${name}”。`, `Sheet "${name}" not found.`, 'sheet-missing');
    const grid = this.parse(sheet);
    this.grids.set(name, grid);
    return grid;
  }

  private parse(sheet: PackageSheet): Grid {
    if (sheet.kind !== 'worksheet')
      return {
        name: sheet.name,
        values: [],
        numberFormats: [],
        formulas: [],
        merges: [],
        hiddenRows: [],
        hiddenCols: [],
        rowCount: 0,
        colCount: 0,
      };
    const ctx = {
      name: sheet.name,
      part: sheet.path,
      sharedStrings: this.sharedStrings,
      styles: this.styles,
      limits: this.limits,
      cellsSoFar: this.cells,
      dateShift: this.dateShift,
    };
    const kept = this.entries.kept(sheet.path);
    let grid: Grid;
    if (kept) grid = readSheet(kept, ctx);
    else if (this.entries.isPending(sheet.path))
      grid = readSheetChunks((onChunk) => this.stream(sheet.path, onChunk), ctx);
    else {
      throw new XlsxReadError(
        `工作表“${sheet.name}”的部件（${sheet.path}）不在文件中，文件可能已损坏。`,
        `Sheet "${sheet.name}" has no part (${sheet.path}); the file may be damaged.`,
        'corrupt',
      );
    }
    for (const row of grid.values) this.cells += row.length;
    return grid;
  }

  readSettings(): StoredSettings | null {
    return this.readSettingsAndNotes().settings;
  }

  readSettingsAndNotes(): LoadedSettings {
    const doc = readDocumentSettings(this.entries);
    // The sheet is read even when the document settings win: a note says when the two differ.
    const sheetThere = this.sheets.some((s) => s.name === SETTINGS_SHEET);
    return chooseSettings(doc, sheetThere ? settingsAndNotesFromGrid(this.readGrid(SETTINGS_SHEET)) : null);
  }
}
