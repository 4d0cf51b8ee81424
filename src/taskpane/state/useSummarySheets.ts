/** 生成汇总's inputs: the ledger sheets (all chosen at first) and the as-of date, prefilled from the ledgers. */
import { useEffect, useState } from 'react';
import { readWorkbookLedgers } from './ledgers';
import type { Unrecognised } from './recognition';
import { usePane } from './PaneContext';
import type { JobState } from './useJob';

/** Reads through the view's job, so its progress and a sheet that cannot be read show where the summary's do. */
export function useSummarySheets({ run }: Pick<JobState, 'run'>) {
  const { core, port, settings } = usePane();
  const [sheets, setSheets] = useState<{ name: string; chosen: boolean }[]>([]);
  /** Set once the sheets were read: null before, [] when some sheet is a ledger. */
  const [unrecognised, setUnrecognised] = useState<Unrecognised[] | null>(null);
  const [asOf, setAsOf] = useState('');

  useEffect(() => {
    let live = true;
    void run(async (ctx) => {
      const { known: ledgers, unrecognised: none } = await readWorkbookLedgers(
        core,
        port,
        settings.pack,
        ctx,
        settings.mappings,
      );
      if (!live) return;
      setSheets(ledgers.map((l) => ({ name: l.sheet, chosen: true })));
      setUnrecognised(none);
      setAsOf((prev) => prev || core.statedAsOf(ledgers, settings.pack) || '');
    });
    return () => {
      live = false;
    };
  }, [core, port, settings.pack, settings.mappings, run]);

  const toggleSheet = (name: string) =>
    setSheets(sheets.map((s) => (s.name === name ? { ...s, chosen: !s.chosen } : s)));
  return { sheets, toggleSheet, unrecognised, asOf, setAsOf };
}
