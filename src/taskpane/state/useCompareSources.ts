/**
 * The 台账周报 tab's choice of versions: the current ledger (the active sheet by default) and where the previous one
 * comes from — another sheet, a second workbook file (read by the streaming reader, inside Excel too: it needs only
 * the bytes) or a snapshot kept at 生成汇总 (the newest from an earlier day by default).
 */
import { useEffect, useState } from 'react';
import type { LedgerSnapshot } from '../../core/compare';
import type { WorkbookPort } from '../../core/port/WorkbookPort';
import {
  defaultPreviousSheet,
  earlierTabs,
  listSources,
  readPreviousFile,
  type CompareSources,
  type PreviousChoice,
} from './compareJob';
import { usePane } from './PaneContext';
import { settingsNotes } from './portNotes';
import type { JobState } from './useJob';

export interface PreviousFile {
  name: string;
  port: WorkbookPort;
  /** Its project ledgers. */
  sheets: string[];
}

/** Today as YYYY-MM-DD in the clerk's time zone (a snapshot of today is not "last week"). */
export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

export function useCompareSources(job: JobState, today = localToday()) {
  const { core, port, settings, activeSheet = null } = usePane();
  const [sources, setSources] = useState<CompareSources | null>(null);
  const [current, setCurrent] = useState('');
  const [kind, setKind] = useState<PreviousChoice['kind']>('sheet');
  const [sheet, setSheet] = useState('');
  const [file, setFile] = useState<PreviousFile | null>(null);
  const [fileSheet, setFileSheet] = useState('');
  const [takenAt, setTakenAt] = useState('');
  /** Read the older tabs too (连续无进展): on by default when there are any. */
  const [series, setSeries] = useState(true);
  const { run } = job;
  const snapshots: LedgerSnapshot[] = sources ? core.snapshotsOf(sources.shelf, current) : [];

  /** The defaults that follow the current sheet: the tab before it, and the newest snapshot of an earlier day. */
  const follow = (s: CompareSources, cur: string, keepKind: boolean) => {
    const prev = defaultPreviousSheet(s.ledgers, cur) ?? '';
    const snap = core.previousSnapshot(s.shelf, cur, today)?.takenAt ?? '';
    setCurrent(cur);
    setSheet(prev);
    setTakenAt(snap);
    if (!keepKind) setKind(prev ? 'sheet' : snap ? 'snapshot' : 'file');
  };

  useEffect(() => {
    void run(async (ctx) => {
      const s = await listSources(core, port, settings.pack, ctx, settings.mappings, activeSheet);
      setSources(s);
      follow(s, s.current ?? '', false);
    });
    // The active sheet picks the default once; switching tabs later must not undo the clerk's choice.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [core, port, settings.pack, settings.mappings, run]);

  useFreshShelf(setSources);
  // Excel: the clerk activates another ledger tab — it becomes 本期 until the clerk picks one in the list.
  const [picked, setPicked] = useState(false);
  useEffect(() => {
    if (!picked && sources && activeSheet && sources.ledgers.includes(activeSheet) && activeSheet !== current)
      follow(sources, activeSheet, true);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [activeSheet]);

  async function chooseFile(f: File) {
    const loaded = await run(
      async (ctx) => readPreviousFile(core, await f.arrayBuffer(), f.name, settings.pack, ctx),
      'file',
    );
    if (!loaded) return;
    setFile(loaded);
    setFileSheet(loaded.sheets.includes(current) ? current : loaded.sheets[0]);
  }

  const earlier = sources ? earlierTabs(sources.ledgers, sheet, current) : [];
  const state = { kind, sheet, file, fileSheet, takenAt, earlier: series ? earlier : [] };
  return {
    ...state,
    ...{ sources, current, snapshots, setKind, setSheet, setFileSheet, setTakenAt, chooseFile },
    /** The older tabs that can be read too, and whether they are. */
    ...{ older: earlier, series, setSeries },
    setCurrent: (cur: string) => {
      setPicked(true);
      if (sources) follow(sources, cur, true);
    },
    choice: () => previousChoice(state, snapshots),
  };
}

/** A 生成汇总 since (on the summary tab) may have kept a new snapshot: the shelf is read again after every write. */
function useFreshShelf(setSources: (f: (s: CompareSources | null) => CompareSources | null) => void) {
  const { port, actions } = usePane();
  useEffect(() => {
    let live = true;
    void port
      .loadSettings()
      // the port's notes are of this read (a damaged snapshot a summary since has saved over is no more)
      .then(
        (stored) => live && setSources((s) => (s ? { ...s, shelf: stored?.snapshots, notes: settingsNotes(port) } : s)),
      )
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [port, actions, setSources]);
}

/** The previous version the clerk chose, or null while the choice is incomplete (no sheet, no file yet). */
export function previousChoice(
  c: {
    kind: PreviousChoice['kind'];
    sheet: string;
    file: PreviousFile | null;
    fileSheet: string;
    takenAt: string;
    earlier?: string[];
  },
  snapshots: readonly LedgerSnapshot[],
): PreviousChoice | null {
  if (c.kind === 'sheet')
    return c.sheet ? { kind: 'sheet', sheet: c.sheet, ...(c.earlier?.length ? { earlier: c.earlier } : {}) } : null;
  if (c.kind === 'file')
    return c.file && c.fileSheet ? { kind: 'file', name: c.file.name, port: c.file.port, sheet: c.fileSheet } : null;
  const snapshot = snapshots.find((s) => s.takenAt === c.takenAt);
  return snapshot ? { kind: 'snapshot', snapshot } : null;
}

export type CompareSourcesModel = ReturnType<typeof useCompareSources>;
