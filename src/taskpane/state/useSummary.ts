/** The 生成汇总 view-model: sheets and as-of date (prefilled from the ledgers), plan, ask before replacing, write. */
import { useState } from 'react';
import type { Figures, Summary } from '../../core/totals/types';
import { useI18n } from '../i18n';
import { usePane } from './PaneContext';
import { planSummary, writeSummary, type SummaryPlan } from './summaryJob';
import { lastActionOf } from './useActionHistory';
import { useJob } from './useJob';
import { useSummarySheets } from './useSummarySheets';
import { useUndo } from './useUndo';

export function useSummary() {
  const { core, port, settings, workbookChanged, actions } = usePane();
  const { t, lang } = useI18n();
  const job = useJob();
  const undoEntry = useUndo(job);
  const lastSummary = lastActionOf(actions, ['summary']);
  const { sheets, toggleSheet, unrecognised, asOf, setAsOf } = useSummarySheets(job);
  const [summary, setSummary] = useState<Summary | null>(null);
  const [reserves, setReserves] = useState<Figures | null>(null);
  const [kinds, setKinds] = useState<string[]>([]);
  const [pending, setPending] = useState<SummaryPlan | null>(null);
  const [validation, setValidation] = useState<string | null>(null);

  async function write(plan: SummaryPlan, replace: boolean) {
    setPending(null);
    const done = await job.run((ctx) => writeSummary(port, plan, replace, ctx));
    if (done) {
      // "已保存本期快照，供下周台账周报比较" (or why not) after the sheets written.
      const kept = done.snapshotNotes.map((n) => (lang === 'en' ? (n.en ?? n.zh) : n.zh));
      job.setNotes(done.portNotes); // what the write could not keep, snapshots dropped or not saved
      job.setNotice([t('written', { names: done.names.join(t('listSeparator')) }), ...kept].join(' '));
      workbookChanged();
    }
  }

  return {
    job,
    sheets,
    asOf,
    setAsOf,
    unrecognised,
    summary,
    reserves,
    kinds,
    pending,
    validation,
    lastSummary,
    async undo() {
      // The cards were of the sheets just removed: they go with them (they used to stay, looking current).
      if (lastSummary && (await undoEntry(lastSummary))) {
        setSummary(null);
        setReserves(null);
        setPending(null);
      }
    },
    toggleSheet,
    async run() {
      const chosen = sheets.filter((s) => s.chosen).map((s) => s.name);
      if (chosen.length === 0) {
        setValidation(t('summaryNoSheets'));
        return;
      }
      setValidation(null);
      const plan = await job.run((ctx) => planSummary(core, port, settings.pack, chosen, asOf, ctx, settings.mappings));
      if (!plan) return;
      setSummary(plan.summary);
      setReserves(plan.reserves);
      setKinds(plan.kinds);
      if (plan.existing.length > 0) setPending(plan);
      else await write(plan, false);
    },
    confirmReplace: (replace: boolean) => (pending ? write(pending, replace) : Promise.resolve()),
  };
}

export type SummaryModel = ReturnType<typeof useSummary>;
