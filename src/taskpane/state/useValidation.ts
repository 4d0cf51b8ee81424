/** The 校验台账 view-model: run, filter, page, select, mark, clear, export. */
import { useMemo, useState } from 'react';
import { parseA1 } from '../../core/grid';
import type { Issue } from '../../core/validate/types';
import { useI18n } from '../i18n';
import { countByType, countSeverities, filterIssues, pageOf } from './issueGroups';
import { usePane } from './PaneContext';
import { useJob } from './useJob';
import { runValidate, type ValidateResult } from './validateJob';

export function useValidation() {
  const { core, port, settings, selectCell, workbookChanged } = usePane();
  const { lang, t } = useI18n();
  const job = useJob();
  const [result, setResult] = useState<ValidateResult | null>(null);
  const [filter, setFilter] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<Issue | null>(null);

  const types = useMemo(() => (result ? countByType(result.issues, core.issueCatalogue, lang) : []), [result, core, lang]);
  const severities = useMemo(() => countSeverities(result?.issues ?? []), [result]);
  const filtered = useMemo(() => filterIssues(result?.issues ?? [], filter), [result, filter]);
  const paged = pageOf(filtered, page);

  return {
    job,
    result,
    types,
    severities,
    filter,
    paged,
    total: filtered.length,
    selected,
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
        await port.writeSheets([layout], { replace: true });
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
