import type { Grid } from '../core/grid';
import type { SheetLayout } from '../core/report/types';
import type {
  ActionEntry,
  ActionKind,
  CellMark,
  CellWrite,
  PortNote,
  SheetInfo,
  StoredSettings,
  WorkbookPort,
} from '../core/port/WorkbookPort';
import { ActionHistory } from '../core/port/ActionHistory';
import { toWorkbookError } from './errors';
import { DEFAULT_PACING, suspendEvents, type Pacing } from './bulk';
import type { ContextRunner, ExcelRunner, OfficeHost, RunFlags } from './host';
import { officeContextRunner, officeHost, officeRunner } from './host';
import { clearMarks, emptyMarkState, hasMarks, markCells, type MarkOutcome, type MarkState } from './marks';
import { onSheetActivated, selectCell } from './navigate';
import { DEFAULT_READ, readGrid, type ReadOptions } from './readGrid';
import { detectCapabilities, missingFeatureNotes, requireMinimum, type Capabilities } from './requirements';
import { saveSettings, settingsFromJson, SETTINGS_KEY } from './settings';
import { footprintOf, type Snapshot } from './snapshots';
import { undoSnapshot } from './undo';
import {
  HISTORY_KEY,
  MARKS_KEY,
  historyFromJson,
  historyToJson,
  marksFromJson,
  marksToJson,
  saveKeys,
} from './persist';
import { writeCells } from './writeCells';
import { checkLayouts, writeSheets } from './writeSheets';

export interface ExcelWorkbookOptions {
  read?: Partial<ReadOptions>;
  /** Add a note with the message to each marked cell (ExcelApi 1.18; skipped where missing). */
  notes?: boolean;
  /** Pause between chunks of a bulk job (default: yield to the event loop every 2,000 items). Tests spy on it. */
  pacing?: Partial<Pacing>;
  /** Excel.run(context, batch) in Office; tests pass a fake. Used to remove the sheet-activation handler. */
  runIn?: ContextRunner;
  /**
   * Told when a batch has waited `waitNoticeMs` (default 2 s) — usually Excel holding it while the user edits a
   * cell — with the sentence to show, and with null once it has run.
   */
  onWaiting?: (message: { zh: string; en: string } | null) => void;
  waitNoticeMs?: number;
}

const WAITING = {
  zh: '等待退出单元格编辑……（请按 Enter 或 Esc 结束正在编辑的单元格）',
  en: 'Waiting for Excel to leave cell edit mode (press Enter or Esc).',
};

/** The workbook port on the Excel JavaScript API: the user's open workbook. */
export class ExcelWorkbook implements WorkbookPort {
  private readonly run: ExcelRunner;
  private readonly host: OfficeHost;
  private readonly readOptions: ReadOptions;
  private readonly withNotes: boolean;
  private readonly pacing: Pacing;
  private readonly runIn: ContextRunner;
  private readonly onWaiting?: (message: { zh: string; en: string } | null) => void;
  private readonly waitNoticeMs: number;
  readonly capabilities: Capabilities;
  private readonly marks: MarkState = emptyMarkState();
  private readonly history = new ActionHistory<Snapshot>();
  /** Remarks from the last read (e.g. merged areas not read on this host), for the pane to show. */
  lastReadNotes: string[] = [];
  /**
   * Remarks from the last mark or write for the pane: marked cells a conditional format hides, gradient cells left
   * unmarked, state that could not be saved in the workbook.
   */
  lastMarkNotes: string[] = [];
  /** Remarks from the last loadSettings / saveSettings: snapshots damaged or dropped to fit the settings' size. */
  lastSettingsNotes: PortNote[] = [];

  /** Inside Office: new ExcelWorkbook(). Tests pass a fake runner and host. */
  constructor(run: ExcelRunner = officeRunner(), host: OfficeHost = officeHost(), options: ExcelWorkbookOptions = {}) {
    this.run = run;
    this.host = host;
    this.readOptions = { ...DEFAULT_READ, ...options.read };
    this.withNotes = options.notes ?? false;
    this.runIn = options.runIn ?? officeContextRunner();
    this.onWaiting = options.onWaiting;
    this.waitNoticeMs = options.waitNoticeMs ?? 2000;
    requireMinimum((n, v) => this.host.isSetSupported(n, v));
    this.capabilities = detectCapabilities((n, v) => this.host.isSetSupported(n, v));
    this.pacing = { ...DEFAULT_PACING, ...options.pacing, screenUpdating: this.capabilities.screenUpdating };
    this.restoreSaved();
  }

  /** Mark state and history saved in the workbook by an earlier pane (document settings are read synchronously). */
  private restoreSaved(): void {
    marksFromJson(this.host.settings.get(MARKS_KEY), this.marks);
    for (const { entry, payload } of historyFromJson(this.host.settings.get(HISTORY_KEY))) {
      this.history.push(entry.kind, entry.label, entry.size, payload, footprintOf(payload), new Date(entry.at));
    }
  }

  /** Saves mark state and history into the workbook; a failure is told to the pane, the action itself stands. */
  private async persist(): Promise<void> {
    const ok = await saveKeys(this.host, {
      [MARKS_KEY]: marksToJson(this.marks),
      [HISTORY_KEY]: historyToJson(this.history.entries()),
    }).catch(() => false);
    if (!ok)
      this.lastMarkNotes = [
        ...this.lastMarkNotes,
        '标注和撤销记录未能保存到工作簿：重新打开任务窗格后将无法清除这些标注或撤销。',
      ];
  }

  /** Messages for optional features this host lacks (shown once in the pane). */
  missingFeatures(): { zh: string; en: string }[] {
    return missingFeatureNotes(this.capabilities);
  }

  /** The port's notes: lastReadNotes or lastMarkNotes (Chinese only). */
  notes(after: 'read' | 'mark' | 'settings'): PortNote[] {
    if (after === 'settings') return this.lastSettingsNotes;
    return (after === 'read' ? this.lastReadNotes : this.lastMarkNotes).map((zh) => ({ zh }));
  }

  /**
   * Runs a batch; an Office error that reaches here came from a check or load sync (write syncs report their own
   * outcome through syncWrite), so nothing was changed.
   */
  private async batch<T>(
    place: { sheet?: string; cell?: string; action?: string },
    fn: (ctx: Excel.RequestContext) => Promise<T>,
    flags?: RunFlags,
  ): Promise<T> {
    let waited = false;
    const timer = this.onWaiting
      ? setTimeout(() => {
          waited = true;
          this.onWaiting?.(WAITING);
        }, this.waitNoticeMs)
      : undefined;
    try {
      return await this.run(fn, flags);
    } catch (e) {
      throw toWorkbookError(e, { ...place, outcome: 'unchanged' });
    } finally {
      clearTimeout(timer);
      if (waited) this.onWaiting?.(null);
    }
  }

  /**
   * A batch that writes: our own events are off from its first sync until one extra sync after it (also when it
   * fails), so e.g. a summary sheet replaced under the user's cursor does not fire onActivated into the pane.
   * Callers return early when there is nothing to write, so an empty action costs no sync at all.
   */
  private write<T>(
    place: { sheet?: string; cell?: string; action?: string },
    fn: (ctx: Excel.RequestContext) => Promise<T>,
    deletesSheets = false,
  ): Promise<T> {
    // On ExcelApi 1.20 Excel records add-in changes in its own undo, one entry per sync unless grouped: one action,
    // one Ctrl+Z. Not for a batch that deletes sheets (Worksheet.delete cannot be undone in Excel).
    const flags: RunFlags = { mergeUndoGroup: this.capabilities.undoGroups && !deletesSheets };
    return this.batch(
      place,
      async (ctx) => {
        const events = suspendEvents(ctx, this.capabilities.events);
        try {
          return await fn(ctx);
        } finally {
          await events.restore();
        }
      },
      flags,
    );
  }

  listSheets(): Promise<SheetInfo[]> {
    return this.batch({ action: '读取工作表列表' }, async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name,items/visibility');
      await ctx.sync();
      return sheets.items.map((s) => ({ name: s.name, visible: s.visibility === 'Visible' }));
    });
  }

  activeSheet(): Promise<string> {
    return this.batch({ action: '读取当前工作表' }, async (ctx) => {
      const ws = ctx.workbook.worksheets.getActiveWorksheet();
      ws.load('name');
      await ctx.sync();
      return ws.name;
    });
  }

  readSheet(name: string): Promise<Grid> {
    return this.batch({ sheet: name, action: '读取' }, async (ctx) => {
      const { grid, notes } = await readGrid(ctx, name, this.capabilities, this.readOptions, this.pacing.pause);
      this.lastReadNotes = notes;
      return grid;
    });
  }

  async writeCells(writes: CellWrite[], label: string, kind: ActionKind = 'write'): Promise<ActionEntry | null> {
    if (writes.length === 0) return null;
    const snap = await this.write({ sheet: writes[0].sheet, action: '写入' }, (ctx) =>
      writeCells(ctx, writes, label, this.pacing),
    );
    if (!snap) return null;
    const entry = this.history.push(kind, label, writes.length, snap, footprintOf(snap));
    this.lastMarkNotes = [];
    await this.persist();
    return entry;
  }

  async markCells(marks: CellMark[]): Promise<void> {
    if (marks.length === 0) return;
    const outcome = await this.write({ sheet: marks[0].sheet, action: '标注' }, (ctx) =>
      markCells(ctx, marks, this.marks, this.capabilities, this.withNotes, this.pacing),
    );
    this.lastMarkNotes = markNotes(outcome);
    await this.persist();
  }

  async clearMarks(): Promise<void> {
    if (!hasMarks(this.marks)) return;
    await this.write({ action: '清除标注' }, (ctx) => clearMarks(ctx, this.marks, this.capabilities, this.pacing));
    this.lastMarkNotes = [];
    await this.persist();
  }

  async writeSheets(
    layouts: SheetLayout[],
    options: { replace: boolean; kind?: ActionKind; label?: string },
  ): Promise<ActionEntry | null> {
    if (layouts.length === 0) return null;
    checkLayouts(layouts); // bad names are refused before any request to Excel
    const snap = await this.write({ sheet: layouts[0].name, action: '写入汇总表' }, (ctx) =>
      writeSheets(ctx, layouts, options.replace, this.pacing),
    );
    const label = options.label ?? snap.label;
    const entry = this.history.push(options.kind ?? 'summary', label, layouts.length, snap, footprintOf(snap));
    this.lastMarkNotes = []; // the pane shows these beside this write: an earlier mark's notes are not about it
    await this.persist();
    return entry;
  }

  existingSheets(names: string[]): Promise<string[]> {
    return this.batch({ action: '读取工作表列表' }, async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name');
      await ctx.sync();
      const have = new Set(sheets.items.map((s) => s.name.toLowerCase())); // Excel compares names case-insensitively
      return names.filter((n) => have.has(n.toLowerCase()));
    });
  }

  selectCell(sheet: string, a1: string): Promise<void> {
    return this.batch({ sheet, cell: a1, action: '定位' }, (ctx) => selectCell(ctx, sheet, a1));
  }

  async listActions(): Promise<ActionEntry[]> {
    return this.history.list();
  }

  async undoAction(id: string): Promise<boolean> {
    const snap = this.history.payloadToUndo(id);
    if (!snap) return false;
    await this.write(
      { action: `撤销“${snap.label}”` },
      (ctx) => undoSnapshot(ctx, snap, this.pacing),
      snap.addedSheets.length > 0,
    );
    this.history.remove(id); // only once restored: a failed undo can be retried
    this.lastMarkNotes = []; // as after a write: only what this undo could not keep
    await this.persist();
    return true;
  }

  async undoLast(): Promise<boolean> {
    const last = this.history.last();
    return last ? this.undoAction(last.id) : false;
  }

  /**
   * Calls back with the new active sheet's name when the user (or Excel) activates another sheet. Returns the
   * unsubscribe function at once; registration finishes in the background. If the host refuses the event the
   * pane simply keeps the sheet it read last (nothing else depends on it).
   */
  onActiveSheetChanged(handler: (sheet: string) => void): () => void {
    let removed = false;
    let remove: (() => Promise<void>) | null = null;
    const ignore = (): void => undefined;
    this.run((ctx) => onSheetActivated(ctx, (name) => !removed && handler(name), this.run, this.runIn))
      .then((r) => {
        if (removed) void r().catch(ignore);
        else remove = r;
      })
      .catch(ignore);
    return () => {
      if (removed) return;
      removed = true;
      if (remove) void remove().catch(ignore);
    };
  }

  canUndo(): boolean {
    return this.history.size > 0;
  }

  async loadSettings(): Promise<StoredSettings | null> {
    const { settings, notes } = settingsFromJson(this.host.settings.get(SETTINGS_KEY));
    this.lastSettingsNotes = notes;
    return settings;
  }

  async saveSettings(settings: StoredSettings): Promise<void> {
    this.lastSettingsNotes = await saveSettings(this.host, settings);
  }
}

/** The pane's sentences for what a mark call could not do as asked (cells named, at most 10). */
function markNotes(o: MarkOutcome): string[] {
  const list = (keys: string[]): string =>
    keys.slice(0, 10).join('、') + (keys.length > 10 ? ` 等 ${keys.length} 个` : '');
  const out: string[] = [];
  if (o.underConditional.length > 0)
    out.push(`${list(o.underConditional)} 有条件格式，条件格式会盖住标注颜色：请在“问题”列表中查看这些单元格。`);
  if (o.gradient.length > 0)
    out.push(`${list(o.gradient)} 是渐变填充，Excel 加载项无法还原渐变，这些单元格未标注颜色。`);
  return out;
}
