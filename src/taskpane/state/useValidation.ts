/** The 校验台账 view-model: run, filter, page, select, mark, clear, export. */
import { useEffect, useMemo, useRef, useState } from 'react';
import { parseA1 } from '../../core/grid';
import type { Issue } from '../../core/validate/types';
import { useI18n } from '../i18n';
import { countByType, countSeverities, filterIssues, pageOf } from './issueGroups';
import { usePane } from './PaneContext';
import { useJob } from './useJob';
import { runValidate, type ValidateResult } from './validateJob';
import { sheetSwitchNotice } from './sheetSwitch';

export function useValidation() {
  const { core, port, settings, selectCell, workbookChanged, activeSheet = null } = usePane();
  const i18n = useI18n();
  const { lang, t } = i18n;
  const job = useJob();
  const [result, setResult] = useState<ValidateResult | null>(null);
  const [filter, setFilter] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<Issue | null>(null);

  const types = useMemo(() => (result ? countByType(result.issues, core.issueCatalogue, lang) : []), [result, core, lang]);
  const severities = useMemo(() => countSeverities(result?.issues ?? []), [result]);
  const filtered = useMemo(() => filterIssues(result?.issues ?? [], filter), [result, filter]);
  const paged = pageOf(filtered, page);
  // Results about other sheets than the active one stay (switching back makes them current again) but are marked.
  const resultsElsewhere = !!result && activeSheet !== null && sheetSwitchNotice(activeSheet, result.sheets.map((x) => x.sheet), i18n) !== null;

  // When the user activates another sheet: say whose results these are, and drop a selection on the old sheet.
  const { setNotice } = job;
  const lastActive = useRef(activeSheet);
  useEffect(() => {
    const was = lastActive.current;
    lastActive.current = activeSheet;
    if (was === activeSheet || was === null || activeSheet === null || !result) return;
    setSelected((sel) => (sel && sel.sheet !== activeSheet ? null : sel));
    setNotice(sheetSwitchNotice(activeSheet, result.sheets.map((x) => x.sheet), i18n));
  }, [activeSheet, result, i18n, setNotice]);

  return {
    job,
    result,
    types,
    severities,
    filter,
    paged,
    total: filtered.length,
    selected,
    /** The sheet active in the workbook now (null until the port says). */
    activeSheet,
    /** True when the shown results are about other sheets than the active one. */
    resultsElsewhere,
    async run() {
      const r = await job.run((ctx) => runValidate(core, port, settings.pack, { lang, rules: settings.rules }, ctx));
      if (r) {
        setResult(r);
        setFilter(null);
        setPage(1);
        setSelected(null);
        if (r.sheets.length === 0) job.setNotice(t('noLedger'));
      }
    },
    setFilter(code: string | null) {
      setFilter(code);
      setPage(1);
    },
    setPage,
    async select(issue: Issue) {
      setSelected(issue);
      const cell = issue.cell ?? (issue.row ? `A${issue.row}` : undefined);
      if (cell) await job.run(() => selectCell(issue.sheet, cell));
    },
    async mark() {
      const issues = result?.issues ?? [];
      const marks = issues.flatMap((i) => {
        const at = i.cell ? parseA1(i.cell) : null;
        return at ? [{ sheet: i.sheet, row: at.row, col: at.col, severity: i.severity, note: i.message }] : [];
      });
      const done = await job.run(async () => {
        await port.markCells(marks);
        return true;
      });
      if (done) {
        job.setNotice(t('marked', { count: marks.length }));
        workbookChanged();
      }
    },
    async clearMarks() {
      const done = await job.run(async () => {
        await port.clearMarks();
        return true;
      });
      if (done) {
        job.setNotice(t('marksCleared'));
        workbookChanged();
      }
    },
    async exportIssues() {
      const layout = core.buildIssuesLayout(result?.issues ?? [], lang);
      const done = await job.run(async () => {
        await port.writeSheets([layout], { replace: true, kind: 'issues', label: '导出问题清单' });
        return true;
      });
      if (done) {
        job.setNotice(t('exported', { sheet: layout.name }));
        workbookChanged();
      }
    },
  };
}

export type ValidationModel = ReturnType<typeof useValidation>;
