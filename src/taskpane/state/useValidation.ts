/** The 校验台账 view-model: run, filter, page, select (previous / next), mark, clear, export — all on the filtered list. */
import { useEffect, useMemo, useRef, useState } from 'react';
import { parseA1 } from '../../core/grid';
import type { PortNote } from '../../core/port/WorkbookPort';
import type { Issue } from '../../core/validate/types';
import { useI18n } from '../i18n';
import { countByType, countSeverities, filterIssues, pageOf, PAGE_SIZE } from './issueGroups';
import { usePane } from './PaneContext';
import { lastActionOf } from './useActionHistory';
import { useJob } from './useJob';
import { useUndo } from './useUndo';
import { withChoice, type ColumnChoice, type SheetMappings } from './mappings';
import { storedFromSettings } from './packChoice';
import { runValidate, type ValidateResult } from './validateJob';
import { sheetSwitchNotice } from './sheetSwitch';

/** The history label of an issue export (Chinese: stored with the workbook's history). */
export const ISSUES_ACTION_LABEL = '导出问题清单';

// eslint-disable-next-line max-lines-per-function -- being rewritten (issue #12)
export function useValidation() {
  const { core, port, settings, setSettings, selectCell, workbookChanged, actions, activeSheet = null } = usePane();
  const i18n = useI18n();
  const { lang, t } = i18n;
  const job = useJob();
  const undoEntry = useUndo(job, 'marks');
  const [result, setResult] = useState<ValidateResult | null>(null);
  const [filter, setFilter] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<Issue | null>(null);
  /** What the port could not do as asked in the last mark or clear (port.notes('mark')), shown beside the buttons. */
  const [markNotes, setMarkNotes] = useState<PortNote[]>([]);
  /** The history when the results were made: a write since (a fill, a summary, an undo) makes them stale. */
  const [checkedAt, setCheckedAt] = useState<string | null>(null);
  // (the issue export is this tab's own sheet, not a change to the ledgers)
  const historyKey = actions
    .filter((a) => a.kind !== 'issues')
    .map((a) => a.id)
    .join(',');

  const types = useMemo(
    () => (result ? countByType(result.issues, core.issueCatalogue, lang) : []),
    [result, core, lang],
  );
  const severities = useMemo(() => countSeverities(result?.issues ?? []), [result]);
  const filtered = useMemo(() => filterIssues(result?.issues ?? [], filter), [result, filter]);
  const paged = pageOf(filtered, page);
  const at = selected ? filtered.indexOf(selected) : -1;
  // Results about other sheets than the active one stay (switching back makes them current again) but are marked.
  const resultsElsewhere =
    !!result &&
    activeSheet !== null &&
    sheetSwitchNotice(
      activeSheet,
      result.sheets.map((x) => x.sheet),
      i18n,
    ) !== null;

  // When the user activates another sheet: say whose results these are, and drop a selection on the old sheet.
  const { setNotice } = job;
  const lastActive = useRef(activeSheet);
  useEffect(() => {
    const was = lastActive.current;
    lastActive.current = activeSheet;
    if (was === activeSheet || was === null || activeSheet === null || !result) return;
    setSelected((sel) => (sel && sel.sheet !== activeSheet ? null : sel));
    setNotice(
      sheetSwitchNotice(
        activeSheet,
        result.sheets.map((x) => x.sheet),
        i18n,
      ),
    );
  }, [activeSheet, result, i18n, setNotice]);

  async function check(mappings: SheetMappings, notice?: string) {
    const r = await job.run(
      (ctx) => runValidate(core, port, settings.pack, { lang, rules: settings.rules }, ctx, mappings),
      notice ? 'mapping' : 'main',
    );
    if (!r) return;
    setCheckedAt(historyKey);
    setResult(r);
    setFilter(null);
    setPage(1);
    setSelected(null);
    if (notice) job.setNotice(notice);
  }

  async function select(issue: Issue) {
    setSelected(issue);
    const cell = issue.cell ?? (issue.row ? `A${issue.row}` : undefined);
    if (cell) await job.run(() => selectCell(issue.sheet, cell), 'select');
  }

  /** Writes through the port from the marks / export buttons; the result shows beside them. */
  async function act(fn: () => Promise<unknown>, notice: string, marking = false) {
    setMarkNotes([]);
    const done = await job.run(async () => {
      await fn();
      return true;
    }, 'marks');
    if (done) {
      if (marking) setMarkNotes(port.notes?.('mark') ?? []);
      job.setNotice(notice);
      workbookChanged();
    }
  }

  return {
    job,
    result,
    types,
    severities,
    filter,
    paged,
    /** Issues shown (after the type filter) and in all. */
    shown: filtered.length,
    total: result?.issues.length ?? 0,
    selected,
    /** 1-based position of the selected issue in the filtered list, 0 when none. */
    position: at + 1,
    lastExport: lastActionOf(actions, ['issues']),
    /** The port's notes on the last mark or clear (shown with its result, gone when another job starts there). */
    markNotes: job.origin === 'marks' && !job.running ? markNotes : [],
    /** True when the workbook was written or undone since these results were made. */
    stale: result !== null && checkedAt !== null && checkedAt !== historyKey,
    /** The sheet active in the workbook now (null until the port says). */
    activeSheet,
    /** True when the shown results are about other sheets than the active one. */
    resultsElsewhere,
    async run() {
      await check(settings.mappings);
    },
    /** The clerk assigns a column to a field or 不使用: stored with the workbook, then the sheets are read again. */
    async chooseColumn(sheet: string, letter: string, choice: ColumnChoice) {
      const next = { ...settings, mappings: withChoice(settings.mappings, sheet, letter, choice) };
      const saved = await job.run(() => port.saveSettings(storedFromSettings(next, lang)).then(() => true), 'mapping');
      if (!saved) return;
      setSettings(next);
      await check(next.mappings, t('mappingSaved', { sheet }));
    },
    setFilter(code: string | null) {
      setFilter(code);
      setPage(1);
      setSelected(null);
    },
    setPage,
    select,
    /** The previous (-1) or next (+1) issue of the filtered list; turns the page when it is on another. */
    async step(delta: -1 | 1) {
      const next = filtered[Math.min(filtered.length - 1, Math.max(0, at + delta))];
      if (!next) return;
      setPage(Math.floor(filtered.indexOf(next) / PAGE_SIZE) + 1);
      await select(next);
    },
    /** Marks the cells of the issues shown (the type filter applies, as the count beside the button says). */
    async mark() {
      const marks = filtered.flatMap((i) => {
        const cell = i.cell ? parseA1(i.cell) : null;
        return cell ? [{ sheet: i.sheet, row: cell.row, col: cell.col, severity: i.severity, note: i.message }] : [];
      });
      await act(() => port.markCells(marks), t('marked', { count: marks.length }), true);
    },
    clearMarks: () => act(() => port.clearMarks(), t('marksCleared'), true),
    async exportIssues() {
      const layout = core.buildIssuesLayout(filtered, lang);
      await act(
        () => port.writeSheets([layout], { replace: true, kind: 'issues', label: ISSUES_ACTION_LABEL }),
        t('exported', { sheet: layout.name, count: filtered.length }),
      );
    },
    async undoExport() {
      const entry = lastActionOf(actions, ['issues']);
      if (entry) await undoEntry(entry);
    },
  };
}

export type ValidationModel = ReturnType<typeof useValidation>;
