/** The 台账周报 view-model: choose the versions, compare (in the core), show, write the 周报 sheet (ask, undo). */
import { useMemo, useState } from 'react';
import { useI18n } from '../i18n';
import { findingItems, planCompare, writeWeekly, type ComparePlan } from './compareJob';
import { writeNotes } from './portNotes';
import { usePane } from './PaneContext';
import { lastActionOf } from './useActionHistory';
import { useCompareSources } from './useCompareSources';
import { useFindingList } from './useFindingList';
import { useJob } from './useJob';
import { useUndo } from './useUndo';

export function useCompare(today?: string) {
  const { core, port, settings, workbookChanged, actions } = usePane();
  const { t, lang } = useI18n();
  const job = useJob();
  const undoEntry = useUndo(job, 'write');
  const sources = useCompareSources(job, today);
  const [plan, setPlan] = useState<ComparePlan | null>(null);
  const [asking, setAsking] = useState(false);
  const [validation, setValidation] = useState<string | null>(null);
  const items = useMemo(() => (plan ? findingItems(plan) : []), [plan]);
  const findings = useFindingList(items, job);
  const lastWeekly = lastActionOf(actions, ['compare']);
  // The history when compared: a fill, a summary or an undo since makes the result stale (the 周报's own write not).
  const historyKey = actions
    .filter((a) => a.kind !== 'compare')
    .map((a) => a.id)
    .join(',');
  const [comparedAt, setComparedAt] = useState<string | null>(null);
  const stale = plan !== null && comparedAt !== historyKey;

  async function run() {
    const previous = sources.choice();
    if (!previous || !sources.current) return setValidation(t('compareNeedPrevious'));
    setValidation(null);
    setAsking(false);
    const request = { current: sources.current, previous, lang };
    const p = await job.run((ctx) => planCompare(core, port, settings.pack, request, ctx, settings.mappings));
    if (!p) return;
    setPlan(p);
    setComparedAt(historyKey);
    findings.reset();
  }

  async function write(replace: boolean) {
    setAsking(false);
    if (!plan) return;
    if (plan.existing && !replace) return;
    const name = await job.run((ctx) => writeWeekly(port, plan, replace, ctx), 'write');
    if (!name) return;
    setPlan({ ...plan, existing: true }); // a second write asks before replacing this one
    job.setNotes(writeNotes(port));
    job.setNotice(t('compareWritten', { sheet: name }));
    workbookChanged();
  }

  return {
    job,
    sources,
    plan,
    findings,
    validation,
    asking,
    lastWeekly,
    /** True when the workbook was written or undone since the comparison: 写入周报表 waits for a new one. */
    stale,
    run,
    /** 写入周报表: asks first when the sheet exists (the answer comes back through confirmReplace). */
    write: () => (plan?.existing ? setAsking(true) : write(false)),
    confirmReplace: write,
    async undo() {
      if (!lastWeekly || !(await undoEntry(lastWeekly)) || !plan) return;
      // Undoing a replace brings the old sheet back: ask the workbook rather than assume it is gone.
      const left = await port.existingSheets([plan.layout.name]).catch(() => [plan.layout.name]);
      setPlan({ ...plan, existing: left.length > 0 });
    },
  };
}

export type CompareModel = ReturnType<typeof useCompare>;
