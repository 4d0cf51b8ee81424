/** The 生成汇总 view-model: sheets and as-of date (prefilled from the ledgers), plan, ask before replacing, write. */
import { useEffect, useState } from 'react';
import type { Summary } from '../../core/totals/types';
import { useI18n } from '../i18n';
import { readLedgers } from './ledgers';
import { usePane } from './PaneContext';
import { planSummary, writeSummary, type SummaryPlan } from './summaryJob';
import { lastActionOf } from './useActionHistory';
import { useJob } from './useJob';
import { useUndo } from './useUndo';

export function useSummary() {
  const { core, port, settings, workbookChanged, actions } = usePane();
  const { t } = useI18n();
  const job = useJob();
  const undoEntry = useUndo(job);
  const lastSummary = lastActionOf(actions, ['summary']);
  const [sheets, setSheets] = useState<{ name: string; chosen: boolean }[]>([]);
  const [asOf, setAsOf] = useState('');
  const [summary, setSummary] = useState<Summary | null>(null);
  const [pending, setPending] = useState<SummaryPlan | null>(null);
  const [validation, setValidation] = useState<string | null>(null);
  const { run } = job;

  useEffect(() => {
    let live = true;
    void run(async (ctx) => {
      const ledgers = await readLedgers(core, port, settings.pack, ctx);
      if (!live) return;
      setSheets(ledgers.filter((l) => l.kind !== 'unknown').map((l) => ({ name: l.sheet, chosen: true })));
      setAsOf((prev) => prev || core.statedAsOf(ledgers, settings.pack) || '');
    });
    return () => {
      live = false;
    };
  }, [core, port, settings.pack, run]);

  async function write(plan: SummaryPlan, replace: boolean) {
    setPending(null);
    const names = await job.run(() => writeSummary(port, plan, replace));
    if (names) {
      job.setNotice(t('written', { names: names.join('、') }));
      workbookChanged();
    }
  }

  return {
    job,
    sheets,
    asOf,
    setAsOf,
    summary,
    pending,
    validation,
    lastSummary,
    async undo() {
      if (lastSummary) await undoEntry(lastSummary);
    },
    toggleSheet(name: string) {
      setSheets(sheets.map((s) => (s.name === name ? { ...s, chosen: !s.chosen } : s)));
    },
    async run() {
      const chosen = sheets.filter((s) => s.chosen).map((s) => s.name);
      if (chosen.length === 0) {
        setValidation(t('summaryNoSheets'));
        return;
      }
      setValidation(null);
      const plan = await job.run((ctx) => planSummary(core, port, settings.pack, chosen, asOf, ctx));
      if (!plan) return;
      setSummary(plan.summary);
      if (plan.existing.length > 0) setPending(plan);
      else await write(plan, false);
    },
    confirmReplace: (replace: boolean) => (pending ? write(pending, replace) : Promise.resolve()),
  };
}

export type SummaryModel = ReturnType<typeof useSummary>;
