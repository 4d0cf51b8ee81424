/** 校验台账 as a job: read the ledgers, describe what was recognised, validate each. No rules live here. */
import type { LedgerKind } from '../../core/schema/types';
import type { Issue, ValidationSettings } from '../../core/validate/types';
import type { PolicyPack } from '../../core/policy/types';
import type { WorkbookPort } from '../../core/port/WorkbookPort';
import type { CoreApi } from './coreApi';
import { asOfText, readWorkbookLedgers, type SheetNote } from './ledgers';
import type { Unrecognised } from './recognition';
import type { SheetMappings } from './mappings';
import { forEachStep, phase, type StepContext } from './steps';

export interface SheetRecognition {
  sheet: string;
  kind: LedgerKind | 'unknown';
  headerFirst: number;
  headerLast: number;
  columns: {
    field: string;
    letter: string;
    header: string;
    unit?: string;
    how?: 'exact' | 'scored' | 'user';
    confidence?: number;
  }[];
  /** Header columns not used for any field (the clerk can assign them on the card). */
  unmapped: { letter: string; header: string }[];
  asOf: string | null;
  /** The as-of names a day (截止日期), not only a month (截止月份). */
  asOfHasDay: boolean;
  rowCount: number;
}

export interface ValidateResult {
  sheets: SheetRecognition[];
  issues: Issue[];
  /** When no sheet is a ledger: what each sheet lacks (the pane says so instead of "没有发现问题"). */
  unrecognised: Unrecognised[];
  /** What the workbook port could not read as asked (e.g. merged areas on an older Excel), shown beside the results. */
  readNotes: SheetNote[];
}

export async function runValidate(
  core: CoreApi,
  port: WorkbookPort,
  pack: PolicyPack,
  settings: Partial<ValidationSettings>,
  ctx: StepContext,
  mappings: SheetMappings = {},
): Promise<ValidateResult> {
  const n = (await port.listSheets()).length;
  const {
    known: ledgers,
    unrecognised,
    notes,
  } = await readWorkbookLedgers(core, port, pack, phase(ctx, 0, 2 * n), mappings);
  const perSheet = await forEachStep(
    ledgers,
    (l) => l.sheet,
    (l) => core.validateLedger(l, pack, settings),
    phase(ctx, n, n + ledgers.length),
  );
  return {
    sheets: ledgers.map((l) => ({
      sheet: l.sheet,
      kind: l.kind,
      headerFirst: l.header.firstRow,
      headerLast: l.header.lastRow,
      columns: l.header.columns.map((c) => ({
        ...howOf(c),
        field: c.field,
        letter: c.letter,
        header: c.header,
        unit: c.unit,
      })),
      unmapped: l.header.unmapped.map((c) => ({ letter: c.letter, header: c.header })),
      asOf: asOfText(l, settings.lang),
      asOfHasDay: !!l.header.asOf?.day,
      rowCount: l.rows.length,
    })),
    issues: perSheet.flat(),
    unrecognised,
    readNotes: notes,
  };
}

/** How a column was mapped, when the core says (header mapping by words records it; older cores do not). */
function howOf(c: object): { how?: 'exact' | 'scored' | 'user'; confidence?: number } {
  const m = c as { how?: 'exact' | 'scored' | 'user'; confidence?: number };
  return { how: m.how, confidence: m.confidence };
}
