/** 生成汇总 as a job: read the chosen ledgers, compute the summary, lay out and write the summary sheets. */
import type { PolicyPack } from '../../core/policy/types';
import type { LedgerSnapshot } from '../../core/compare';
import type { PortNote, WorkbookPort } from '../../core/port/WorkbookPort';
import type { SheetLayout } from '../../core/report/types';
import type { Figures, Summary } from '../../core/totals/types';
import type { CoreApi, LedgerInput } from './coreApi';
import { readLedgers } from './ledgers';
import type { SheetMappings } from './mappings';
import { settingsNotes, writeNotes } from './portNotes';
import { checkCancelled, phase, yieldToHost, type StepContext } from './steps';

export interface SummaryPlan {
  summary: Summary;
  /** Reserve libraries' figures, null when no reserve library was included. */
  reserves: Figures | null;
  /** Ledger kinds among the chosen sheets (a card with no data names the kind to load). */
  kinds: string[];
  layouts: SheetLayout[];
  /** Sheets the layouts would replace; the pane asks before writing over them. */
  existing: string[];
  /** Snapshots of the project ledgers, kept in the workbook settings once the summary is written. */
  snapshots: LedgerSnapshot[];
  keepSnapshots: CoreApi['keepSnapshots'];
}

export async function planSummary(
  core: CoreApi,
  port: WorkbookPort,
  pack: PolicyPack,
  sheets: readonly string[],
  asOf: string | undefined,
  ctx: StepContext,
  mappings: SheetMappings = {},
): Promise<SummaryPlan> {
  // Steps: read each sheet, then compute, lay out and check the names — progress moves and 取消 works between them.
  const total = sheets.length + 3;
  const ledgers = await readLedgers(core, port, pack, phase(ctx, 0, total), sheets, mappings);
  const inputs: LedgerInput[] = ledgers.map((ledger) => ({ source: ledger.sheet, ledger }));
  const kinds = [...new Set(ledgers.map((l) => l.kind).filter((k) => k !== 'unknown'))];
  const step = async (done: number, label: string) => {
    ctx.onProgress({ done: sheets.length + done, total, label });
    await yieldToHost();
    checkCancelled(ctx.signal);
  };
  await step(0, '计算汇总');
  const summary = core.computeSummary(inputs, pack, asOf || undefined);
  const reserves = kinds.includes('reserve') ? core.reserveTotals(inputs, pack) : null;
  await step(1, '排版汇总表');
  const layouts = sheetsForKinds(core, core.buildSummaryLayouts(summary, inputs, pack), kinds);
  await step(2, '检查已有工作表');
  const existing = await port.existingSheets(layouts.map((l) => l.name));
  const snapshots = core.snapshotsAtSummary(inputs, pack, new Date());
  return { summary, reserves, kinds, layouts, existing, snapshots, keepSnapshots: core.keepSnapshots };
}

/**
 * Only the sheets the chosen ledgers fill: the project breakdowns need a project ledger, the target sheet a project
 * ledger or reserve library (a measure task ledger alone got five empty project sheets).
 */
export function sheetsForKinds(core: CoreApi, layouts: SheetLayout[], kinds: readonly string[]): SheetLayout[] {
  const n = core.summarySheets;
  const projectOnly = [n.domain, n.lead, n.location, n.stage];
  const hasProject = kinds.includes('project');
  return layouts.filter((l) => {
    if (projectOnly.includes(l.name)) return hasProject;
    if (l.name === n.targets) return hasProject || kinds.includes('reserve');
    return true;
  });
}

/** The history label of a summary write (Chinese: it is stored with the workbook's history). */
export const SUMMARY_ACTION_LABEL = '生成汇总';

export async function writeSummary(
  port: WorkbookPort,
  plan: SummaryPlan,
  replace: boolean,
  ctx?: StepContext,
): Promise<{ names: string[]; snapshotNotes: PortNote[]; portNotes: PortNote[] }> {
  const layouts = replace ? plan.layouts : plan.layouts.filter((l) => !plan.existing.includes(l.name));
  ctx?.onProgress({ done: 0, total: 1, label: layouts.map((l) => l.name).join('、'), final: true });
  await yieldToHost(); // paint the step before the write holds the thread
  await port.writeSheets(layouts, { replace, kind: 'summary', label: SUMMARY_ACTION_LABEL });
  const written = writeNotes(port); // read before the settings save, which has notes of its own
  const { kept, dropped } = await saveSnapshots(port, plan);
  return { names: layouts.map((l) => l.name), snapshotNotes: kept, portNotes: [...written, ...dropped] };
}

/**
 * The snapshots go on the shelf in the workbook settings after the sheets are written. The summary stands if
 * this fails: the note says the snapshot was not kept. Undoing the summary leaves the snapshot on the shelf.
 */
async function saveSnapshots(
  port: WorkbookPort,
  plan: SummaryPlan,
): Promise<{ kept: PortNote[]; dropped: PortNote[] }> {
  if (plan.snapshots.length === 0) return { kept: [], dropped: [] };
  try {
    const stored = await port.loadSettings();
    const unread = settingsNotes(port); // a damaged snapshot on the shelf: left out of what is saved back
    const kept = plan.keepSnapshots(stored, plan.snapshots);
    await port.saveSettings(kept.settings);
    return { kept: kept.notes, dropped: [...unread, ...settingsNotes(port)] };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    const failed = {
      zh: `本期快照未能保存到工作簿（${why}），汇总表不受影响。`,
      en: `The snapshot could not be saved (${why}).`,
    };
    return { kept: [], dropped: [failed] };
  }
}
