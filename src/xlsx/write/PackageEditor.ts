/**
 * The surgical writer: the input package as raw zip entries plus our changes. It edits single cells in a sheet's
 * XML, appends style records, and adds or replaces whole sheets (with their drawings and charts); every entry it
 * does not change is written back byte for byte. No Node APIs: the task pane uses it in the browser.
 * Each change returns what it replaced, so the caller (XlsxWorkbook) can undo exactly that change.
 */
import type { SheetLayout } from '../../core/report/types';
import { WorkbookError } from '../../core/port/WorkbookPort';
import { writeCharts } from './charts';
import { layoutSheetXml } from './layoutSheetXml';
import { addContentType, addRel, readRels, relsPathOf, removeContentType, resolveTarget } from './relationships';
import { patchSheetCells, readCellXml, type CellPatch } from './sheetCells';
import { MINIMAL_STYLES, StyleBook } from './styles';
import {
  addSheet,
  listSheets,
  printTitlesOf,
  removeSheet,
  setPrintTitles,
  workbookPath,
  type SheetState,
  type WorkbookSheet,
} from './workbookXml';
import { CONTENT_TYPE, REL_TYPE, sheetNameProblem } from './xmlText';
import { strToU8 } from 'fflate';
import { putText, textOf, unzipEntries, zipEntries, type Entries } from './zipEntries';

/** What writing a sheet replaced, to put it back. */
export interface SheetUndo {
  name: string;
  /** The sheet did not exist before (undo removes it). */
  added: boolean;
  /** For a replaced sheet: its part, rels part and print titles as they were. */
  before?: { xml: Uint8Array | undefined; rels: Uint8Array | undefined; titles: string | null };
  /** Parts this write created (drawings, charts), removed again on undo. */
  created: string[];
}

export class PackageEditor {
  private book: StyleBook | null = null;
  private stylesPath: string | null = null;
  /** Drawing and chart parts of sheets we replaced: no sheet refers to them, unless an undo brings the sheet back. */
  private readonly orphans = new Map<SheetUndo, string[]>();

  constructor(readonly entries: Entries) {}

  static fromBytes(bytes: Uint8Array): PackageEditor {
    return new PackageEditor(unzipEntries(bytes));
  }

  sheets(): WorkbookSheet[] {
    return listSheets(this.entries);
  }

  sheet(name: string): WorkbookSheet {
    const s = this.sheets().find((x) => x.name === name);
    if (!s || !s.path || !this.entries.has(s.path))
      throw new WorkbookError(`找不到工作表“${name}”。`, `Sheet "${name}" not found.`, 'sheet-missing');
    return s;
  }

  sheetXml(name: string): string {
    return textOf(this.entries, this.sheet(name).path) ?? '';
  }

  /** The current `<c>` elements at the places (null where no cell is). */
  cellsXml(name: string, places: { row: number; col: number }[]): (string | null)[] {
    return readCellXml(this.sheetXml(name), places);
  }

  /** Replaces cells; returns the patches that put back what was there. */
  patchCells(name: string, patches: CellPatch[]): CellPatch[] {
    const s = this.sheet(name);
    const { xml, before } = patchSheetCells(textOf(this.entries, s.path) ?? '', patches);
    putText(this.entries, s.path, xml);
    return before;
  }

  /** Where styles.xml lives (after styles() has run, created if the package had none). */
  stylesPartPath(): string {
    this.styles();
    this.flushStyles();
    return this.stylesPath!;
  }

  /** The stylesheet, created with the workbook's relationship when the package has none. */
  styles(): StyleBook {
    if (this.book) return this.book;
    const wb = workbookPath(this.entries);
    const rel = readRels(textOf(this.entries, relsPathOf(wb))).find((r) => r.type === REL_TYPE.styles);
    this.stylesPath = rel ? resolveTarget(wb, rel.target) : 'xl/styles.xml';
    let xml = textOf(this.entries, this.stylesPath);
    if (xml === null) {
      xml = MINIMAL_STYLES;
      putText(this.entries, this.stylesPath, xml);
      addContentType(this.entries, this.stylesPath, CONTENT_TYPE.styles);
      if (!rel) addRel(this.entries, wb, REL_TYPE.styles, this.stylesPath);
    }
    this.book = new StyleBook(xml);
    return this.book;
  }

  /** Writes the appended style records into styles.xml (the original bytes when nothing was appended). */
  private flushStyles(): void {
    if (this.book?.changed && this.stylesPath) putText(this.entries, this.stylesPath, this.book.toXml());
  }

  /** Adds the layout as a new sheet (at `index`, default last) or replaces the sheet of that name. */
  writeSheet(layout: SheetLayout, options: { index?: number; state?: SheetState } = {}): SheetUndo {
    const problem = sheetNameProblem(layout.name);
    if (problem) throw new WorkbookError(problem.zh, problem.en, 'bad-sheet-name');
    const existing = this.sheets().find((s) => s.name.toLowerCase() === layout.name.toLowerCase());
    if (existing && existing.name !== layout.name) {
      throw new WorkbookError(
        `已有工作表“${existing.name}”（Excel 不区分大小写），不能再建“${layout.name}”。`,
        `Sheet "${existing.name}" exists (names ignore case).`,
        'sheet-exists',
      );
    }
    const book = this.styles();
    const undo: SheetUndo = { name: layout.name, added: !existing, created: [] };
    let path: string;
    if (existing) {
      path = existing.path;
      const index = this.sheets().findIndex((s) => s.name === layout.name);
      undo.before = {
        xml: this.entries.get(path),
        rels: this.entries.get(relsPathOf(path)),
        titles: printTitlesOf(this.entries, index),
      };
      this.orphans.set(undo, drawingParts(this.entries, path));
      this.entries.delete(relsPathOf(path));
    } else {
      path = freeSheetPath(this.entries);
      addSheet(this.entries, { name: layout.name, xml: '', state: options.state, index: options.index }, path);
    }
    const drawingRel = layout.charts.length ? writeCharts(this.entries, path, layout, undo.created) : undefined;
    putText(this.entries, path, layoutSheetXml(layout, book, drawingRel));
    const index = this.sheets().findIndex((s) => s.name === layout.name);
    const titles = layout.print?.titleRows;
    if (titles || undo.before?.titles) setPrintTitles(this.entries, index, layout.name, titles ?? null);
    this.flushStyles();
    return undo;
  }

  /** Puts back what writeSheet replaced (or removes the sheet it added). */
  undoSheet(undo: SheetUndo): void {
    for (const part of undo.created) {
      this.entries.delete(part);
      this.entries.delete(relsPathOf(part));
      removeContentType(this.entries, part);
    }
    if (undo.added) {
      removeSheet(this.entries, undo.name);
      return;
    }
    this.orphans.delete(undo);
    const s = this.sheet(undo.name);
    const b = undo.before!;
    if (b.xml) this.entries.set(s.path, b.xml);
    if (b.rels) this.entries.set(relsPathOf(s.path), b.rels);
    else this.entries.delete(relsPathOf(s.path));
    const index = this.sheets().findIndex((x) => x.name === undo.name);
    setPrintTitlesText(this.entries, index, undo.name, b.titles);
  }

  removeSheet(name: string): void {
    removeSheet(this.entries, name);
  }

  /** The package as a zip; drawings and charts of replaced sheets are left out (with their content types). */
  toBytes(): Uint8Array {
    this.flushStyles();
    const omit = new Set([...this.orphans.values()].flat());
    if (omit.size === 0) return zipEntries(this.entries);
    const ct = textOf(this.entries, '[Content_Types].xml') ?? '';
    const cleaned = [...omit].reduce(
      (x, part) =>
        x.replace(new RegExp(`<(?:\\w+:)?Override\\s[^>]*PartName="/${part.replace(/[.[\]]/g, '\\$&')}"[^>]*/>`), ''),
      ct,
    );
    return zipEntries(this.entries, omit, new Map([['[Content_Types].xml', strToU8(cleaned)]]));
  }
}

/** The drawing part a sheet refers to, its charts, and their rels parts (what goes with the sheet). */
function drawingParts(entries: Entries, sheetPath: string): string[] {
  const out: string[] = [];
  for (const rel of readRels(textOf(entries, relsPathOf(sheetPath)))) {
    if (rel.type !== REL_TYPE.drawing || rel.external) continue;
    const drawing = resolveTarget(sheetPath, rel.target);
    out.push(drawing, relsPathOf(drawing));
    for (const c of readRels(textOf(entries, relsPathOf(drawing)))) {
      if (c.type === REL_TYPE.chart && !c.external) {
        const chart = resolveTarget(drawing, c.target);
        out.push(chart, relsPathOf(chart));
      }
    }
  }
  return out.filter((p) => entries.has(p));
}

function freeSheetPath(entries: Entries): string {
  for (let n = 1; ; n++) {
    const p = `xl/worksheets/sheet${n}.xml`;
    if (!entries.has(p)) return p;
  }
}

/** Restores a print-titles text exactly as it was read (or removes it). */
function setPrintTitlesText(entries: Entries, index: number, name: string, text: string | null): void {
  setPrintTitles(entries, index, name, null);
  if (text === null) return;
  const m = /\$(\d+):\$(\d+)$/.exec(text);
  if (m) setPrintTitles(entries, index, name, { first: Number(m[1]) - 1, last: Number(m[2]) - 1 });
}
