/**
 * What `taizhang summary` adds for the 台账周报: the snapshot of each project ledger kept in the output workbook's
 * settings (next week's `compare` uses it), and with `--previous OLD.xlsx` the 台账周报 sheet against last week's
 * file, in the same output.
 */
import { basename } from 'node:path';
import { compareLedgers, keepSnapshots, snapshotsAtSummary, type Comparison } from '../core/compare';
import type { Ledger } from '../core/ledger/types';
import type { PolicyPack } from '../core/policy/types';
import type { PortNote } from '../core/port/WorkbookPort';
import { buildWeeklyLayout } from '../core/report';
import type { SheetLayout } from '../core/report/types';
import type { XlsxWorkbook } from '../xlsx/XlsxWorkbook';
import { projectLedger } from './compare';
import { UsageError } from './errors';
import { openWorkbook, readLedgers } from './workbooks';

/** Puts this summary's snapshots on the output workbook's shelf (within the settings budget); the notes to print. */
export async function keepSummarySnapshots(
  target: XlsxWorkbook,
  inputs: { source: string; ledger: Ledger }[],
  pack: PolicyPack,
  now: Date,
): Promise<PortNote[]> {
  const snapshots = snapshotsAtSummary(inputs, pack, now);
  if (snapshots.length === 0) return [];
  const stored = await target.loadSettings();
  // What reading them said (the pane's document settings used over a different settings sheet, a damaged snapshot
  // dropped) is said too: the save below writes the settings as read.
  const read = target.notes('settings') ?? [];
  const kept = keepSnapshots(stored, snapshots);
  await target.saveSettings(kept.settings);
  return [...read, ...(target.notes('settings') ?? []), ...kept.notes];
}

/** This summary's one project ledger: --previous compares one ledger with its last week. */
function currentLedger(inputs: { source: string; ledger: Ledger }[]): { source: string; ledger: Ledger } {
  const projects = inputs.filter((i) => i.ledger.kind === 'project');
  if (projects.length !== 1)
    throw new UsageError(
      projects.length === 0
        ? '--previous 比较项目台账，但要汇总的文件中没有项目台账。'
        : `--previous 只能比较一个项目台账，而要汇总的文件中有 ${projects.length} 个（${projects.map((p) => `“${p.ledger.sheet}”`).join('、')}）；请用 --sheet 指定，或用 taizhang compare 逐个比较。`,
      projects.length === 0
        ? '--previous compares project ledgers; the inputs have none.'
        : `--previous compares one project ledger; the inputs have ${projects.length}. Use --sheet, or taizhang compare.`,
    );
  return projects[0];
}

/** The comparison with last week's file and its 台账周报 sheet, whose formulas read this week's ledger. */
export async function weeklyAgainst(
  previousPath: string,
  inputs: { source: string; ledger: Ledger }[],
  pack: PolicyPack,
): Promise<{ comparison: Comparison; layout: SheetLayout }> {
  const current = currentLedger(inputs);
  const opened = readLedgers(previousPath, await openWorkbook(previousPath), pack);
  // Last week's sheet of the same name when there is one (a workbook of weekly tabs), else its one project ledger.
  const same = opened.ledgers.some((l) => l.name === current.ledger.sheet && l.ledger.kind === 'project');
  const previous = projectLedger(opened, same ? current.ledger.sheet : undefined);
  const comparison = compareLedgers(
    { ...previous, file: basename(previousPath) },
    { file: current.source, ledger: current.ledger },
    pack,
  );
  return { comparison, layout: buildWeeklyLayout(comparison) };
}
