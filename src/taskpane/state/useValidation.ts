/**
 * The 校验台账 view-model: run (and re-run after a column choice), then browse the issues (useIssueBrowser) and
 * write from them (useMarkActions). Whether the results are stale or about another sheet is said here.
 */
import { useEffect, useRef, useState } from 'react';
import type { ActionEntry, PortNote } from '../../core/port/WorkbookPort';
import type { Issue } from '../../core/validate/types';
import { useI18n, type I18n } from '../i18n';
import { usePane } from './PaneContext';
import { useIssueBrowser } from './useIssueBrowser';
import { useJob, type JobState } from './useJob';
import { useMarkActions } from './useMarkActions';
import { withChoice, type ColumnChoice, type SheetMappings } from './mappings';
import { storedFromSettings } from './packChoice';
import { settingsNotes } from './portNotes';
import { runValidate, type ValidateResult } from './validateJob';
import { sheetSwitchNotice } from './sheetSwitch';

export { ISSUES_ACTION_LABEL } from './useMarkActions';

const NO_ISSUES: readonly Issue[] = [];

/** The ledger writes so far (the issue export is this tab's own sheet, not a change to the ledgers). */
function ledgerHistoryKey(actions: readonly ActionEntry[]): string {
  return actions
    .filter((a) => a.kind !== 'issues')
    .map((a) => a.id)
    .join(',');
}

/** The notice when results are about other sheets than `active`, or null. */
function elsewhereNotice(result: ValidateResult | null, active: string | null, i18n: I18n): string | null {
  if (!result || active === null) return null;
  return sheetSwitchNotice(
    active,
    result.sheets.map((x) => x.sheet),
    i18n,
  );
}

/**
 * When the user activates another sheet, the results stay (switching back makes them current again) and a
 * notice says whose they are; `onSwitch` (stable) drops a selection on the old sheet.
 */
function useSheetSwitch(result: ValidateResult | null, job: JobState, onSwitch: (sheet: string) => void) {
  const { activeSheet = null } = usePane();
  const i18n = useI18n();
  const lastActive = useRef(activeSheet);
  const { setNotice } = job;
  useEffect(() => {
    const was = lastActive.current;
    lastActive.current = activeSheet;
    if (was === activeSheet || was === null || activeSheet === null || !result) return;
    onSwitch(activeSheet);
    setNotice(elsewhereNotice(result, activeSheet, i18n));
  }, [activeSheet, result, i18n, setNotice, onSwitch]);
  return { activeSheet, resultsElsewhere: elsewhereNotice(result, activeSheet, i18n) !== null };
}

export function useValidation() {
  const { core, port, settings, setSettings, selectCell, actions } = usePane();
  const { lang, t } = useI18n();
  const job = useJob();
  const [result, setResult] = useState<ValidateResult | null>(null);
  /** The history when the results were made: a write since (a fill, a summary, an undo) makes them stale. */
  const [checkedAt, setCheckedAt] = useState<string | null>(null);
  const historyKey = ledgerHistoryKey(actions);
  const browser = useIssueBrowser(result?.issues ?? NO_ISSUES, async (issue) => {
    const cell = issue.cell ?? (issue.row ? `A${issue.row}` : undefined);
    if (cell) await job.run(() => selectCell(issue.sheet, cell), 'select');
  });
  const filterType = browser.types.find((ty) => ty.code === browser.filter);
  const shownFilter = filterType ? { code: filterType.code, title: filterType.title } : null;
  const writes = useMarkActions(job, browser.filtered, shownFilter, result?.issues.length ?? 0);
  const where = useSheetSwitch(result, job, browser.keepSelectionOn);

  /** `saved`: the port's notes on the column choice just saved (the check after it clears the job's notes). */
  async function check(mappings: SheetMappings, notice?: string, saved: PortNote[] = []) {
    const options = { lang, rules: settings.rules };
    const from = notice ? 'mapping' : 'main';
    const r = await job.run((ctx) => runValidate(core, port, settings.pack, options, ctx, mappings), from);
    if (!r) return;
    setCheckedAt(historyKey);
    setResult(r);
    browser.reset();
    if (notice) job.setNotice(notice);
    job.setNotes(saved);
  }

  return {
    job,
    result,
    ...browser,
    ...writes,
    ...where,
    /** Issues shown (after the type filter) and in all. */
    shown: browser.filtered.length,
    total: result?.issues.length ?? 0,
    /** True when the workbook was written or undone since these results were made. */
    stale: result !== null && checkedAt !== null && checkedAt !== historyKey,
    run: () => check(settings.mappings),
    /** The clerk assigns a column to a field or 不使用: stored with the workbook, then the sheets are read again. */
    async chooseColumn(sheet: string, letter: string, choice: ColumnChoice) {
      const next = { ...settings, mappings: withChoice(settings.mappings, sheet, letter, choice) };
      const save = () => port.saveSettings(storedFromSettings(next, lang)).then(() => settingsNotes(port));
      const saved = await job.run(save, 'mapping');
      if (!saved) return;
      setSettings(next);
      await check(next.mappings, t('mappingSaved', { sheet }), saved);
    },
  };
}

export type ValidationModel = ReturnType<typeof useValidation>;
