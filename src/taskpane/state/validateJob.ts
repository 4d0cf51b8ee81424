/** 校验台账 as a job: read the ledgers, describe what was recognised, validate each. No rules live here. */
import type { LedgerKind } from '../../core/schema/types';
import type { Issue, ValidationSettings } from '../../core/validate/types';
import type { PolicyPack } from '../../core/policy/types';
import type { WorkbookPort } from '../../core/port/WorkbookPort';
import type { CoreApi } from './coreApi';
import { asOfText, readLedgers } from './ledgers';
import { forEachStep, type StepContext } from './steps';

export interface SheetRecognition {
  sheet: string;
  kind: LedgerKind | 'unknown';
  headerFirst: number;
  headerLast: number;
  columns: { field: string; letter: string; header: string; unit?: string }[];
  asOf: string | null;
  rowCount: number;
}

export interface ValidateResult {
  sheets: SheetRecognition[];
  issues: Issue[];
}

export async function runValidate(
  core: CoreApi,
  port: WorkbookPort,
  pack: PolicyPack,
  settings: Partial<ValidationSettings>,
  ctx: StepContext,
): Promise<ValidateResult> {
  const ledgers = await readLedgers(core, port, pack, ctx);
  const perSheet = await forEachStep(ledgers, (l) => l.sheet, (l) => core.validateLedger(l, pack, settings), ctx);
  return {
    sheets: ledgers.map((l) => ({
      sheet: l.sheet,
      kind: l.kind,
      headerFirst: l.header.firstRow,
      headerLast: l.header.lastRow,
      columns: l.header.columns.map((c) => ({ field: c.field, letter: c.letter, header: c.header, unit: c.unit })),
      asOf: asOfText(l),
      rowCount: l.rows.length,
    })),
    issues: perSheet.flat(),
  };
}
