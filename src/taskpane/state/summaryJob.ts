/** 生成汇总 as a job: read the chosen ledgers, compute the summary, lay out and write the summary sheets. */
import type { PolicyPack } from '../../core/policy/types';
import type { WorkbookPort } from '../../core/port/WorkbookPort';
import type { SheetLayout } from '../../core/report/types';
import type { Summary } from '../../core/totals/types';
import type { CoreApi, LedgerInput } from './coreApi';
import { readLedgers } from './ledgers';
import { checkCancelled, type StepContext } from './steps';

export interface SummaryPlan {
  summary: Summary;
  layouts: SheetLayout[];
  /** Sheets the layouts would replace; the pane asks before writing over them. */
  existing: string[];
}

export async function planSummary(
  core: CoreApi,
  port: WorkbookPort,
  pack: PolicyPack,
  sheets: readonly string[],
  asOf: string | undefined,
  ctx: StepContext,
): Promise<SummaryPlan> {
  const ledgers = await readLedgers(core, port, pack, ctx, sheets);
  const inputs: LedgerInput[] = ledgers.map((ledger) => ({ source: ledger.sheet, ledger }));
  checkCancelled(ctx.signal);
  const summary = core.computeSummary(inputs, pack, asOf || undefined);
  const layouts = core.buildSummaryLayouts(summary, inputs, pack);
  const existing = await port.existingSheets(layouts.map((l) => l.name));
  return { summary, layouts, existing };
}

/** The history label of a summary write (Chinese: it is stored with the workbook's history). */
export const SUMMARY_ACTION_LABEL = '生成汇总';

export async function writeSummary(port: WorkbookPort, plan: SummaryPlan, replace: boolean): Promise<string[]> {
  const layouts = replace ? plan.layouts : plan.layouts.filter((l) => !plan.existing.includes(l.name));
  await port.writeSheets(layouts, { replace, kind: 'summary', label: SUMMARY_ACTION_LABEL });
  return layouts.map((l) => l.name);
}
