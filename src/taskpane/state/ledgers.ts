/** Reads the workbook's ledger sheets through the port, one sheet per step. */
import type { Ledger } from '../../core/ledger/types';
import type { PolicyPack } from '../../core/policy/types';
import type { PortNote, WorkbookPort } from '../../core/port/WorkbookPort';
import type { CoreApi } from './coreApi';
import type { SheetMappings } from './mappings';
import { describeUnrecognised, type Unrecognised } from './recognition';
import { forEachStep, type StepContext } from './steps';

/**
 * Every visible sheet read as a ledger; sheets that are not ledgers are dropped, except the active sheet when
 * nothing else is a ledger (so the pane can say what it saw there). Taizhang's own sheets (summaries, issues
 * list) are never read, even when named in `only`: a second summary would otherwise count the first again.
 */
export async function readLedgers(
  core: CoreApi,
  port: WorkbookPort,
  pack: PolicyPack,
  ctx: StepContext,
  only?: readonly string[],
  mappings: SheetMappings = {},
): Promise<Ledger[]> {
  const sheets = (await port.listSheets()).filter(
    (s) => s.visible && !core.ownSheets.includes(s.name) && (!only || only.includes(s.name)),
  );
  const ledgers = await forEachStep(
    sheets,
    (s) => s.name,
    async (s) => core.readLedger(await port.readSheet(s.name), { pack, overrides: mappings[s.name] }),
    ctx,
  );
  const known = ledgers.filter((l) => l.kind !== 'unknown');
  if (known.length > 0 || only) return only ? ledgers : known;
  const active = await port.activeSheet();
  return ledgers.filter((l) => l.sheet === active).slice(0, 1);
}

/** "2023年10月" (English: "2023-10") from a ledger's as-of, or null. */
export function asOfText(ledger: Ledger, lang: 'zh' | 'en' = 'zh'): string | null {
  const a = ledger.header.asOf;
  if (!a) return null;
  if (lang === 'en')
    return [a.year, String(a.month).padStart(2, '0'), a.day ? String(a.day).padStart(2, '0') : null]
      .filter((x) => x !== null && x !== undefined)
      .join('-');
  return `${a.year ? `${a.year}年` : ''}${a.month}月${a.day ? `${a.day}日` : ''}`;
}

/** The workbook's sheets read as ledgers: the recognised ones, and for the others what they lack (honest states). */
export interface WorkbookLedgers {
  known: Ledger[];
  /** Every visible sheet that is not a ledger (empty when some sheet is one and only ledgers matter). */
  unrecognised: Unrecognised[];
  /** What the port could not read as asked, per sheet (port.notes('read'), when the port has notes). */
  notes: SheetNote[];
}

export type SheetNote = PortNote & { sheet: string };

export async function readWorkbookLedgers(
  core: CoreApi,
  port: WorkbookPort,
  pack: PolicyPack,
  ctx: StepContext,
  mappings: SheetMappings = {},
): Promise<WorkbookLedgers> {
  const sheets = (await port.listSheets()).filter((s) => s.visible && !core.ownSheets.includes(s.name));
  const notes: SheetNote[] = [];
  const read = async (name: string) => {
    const grid = await port.readSheet(name);
    for (const n of port.notes?.('read') ?? []) notes.push({ ...n, sheet: name });
    return core.readLedger(grid, { pack, overrides: mappings[name] });
  };
  const all = await forEachStep(
    sheets,
    (s) => s.name,
    (s) => read(s.name),
    ctx,
  );
  const known = all.filter((l) => l.kind !== 'unknown');
  const unrecognised = known.length > 0 ? [] : all.map((l) => describeUnrecognised(l, core.ledgerKinds));
  return { known, unrecognised, notes };
}
