/** One sheet against the catalogue: header rules, then each data row (cells, relations, policy), then rows. */
import type { Ledger } from '../ledger/types';
import type { PolicyPack } from '../policy/types';
import { kindDef } from '../schema';
import { UnitDirectory } from '../units';
import { CellReader } from './CellReader';
import { IssueSink } from './IssueSink';
import { CellChecker, type CellColumn } from './rules/cellRules';
import { checkHeader } from './rules/headerRules';
import { PolicyChecker } from './rules/policyRules';
import { checkBlankRows, checkDuplicates } from './rules/rowRules';
import { checkSubtotals } from './rules/subtotals';
import type { Issue, Severity, ValidationSettings } from './types';

export const DEFAULT_SETTINGS: ValidationSettings = { lang: 'zh', rules: {} };

/** Directories are built once per pack (packs are plain data, so identity is the cache key). */
const directories = new WeakMap<PolicyPack, UnitDirectory>();

function directoryOf(pack: PolicyPack): UnitDirectory {
  let d = directories.get(pack);
  if (!d) directories.set(pack, (d = new UnitDirectory(pack.units)));
  return d;
}

export function validateLedger(ledger: Ledger, pack: PolicyPack, settings: Partial<ValidationSettings> = {}): Issue[] {
  if (ledger.kind === 'unknown') return [];
  const s: ValidationSettings = { lang: settings.lang ?? 'zh', rules: settings.rules ?? {} };
  const sink = new IssueSink(ledger.sheet, ledger.kind, s);
  const units = directoryOf(pack);
  const def = kindDef(ledger.kind);
  const columns: CellColumn[] = ledger.header.columns.map((c) => ({ field: c.field, col: c.col, unit: c.unit, def: def.fields.find((f) => f.id === c.field)! })); // every mapped field comes from this kind's defs
  const colOf = (f: string) => ledger.header.columns.find((c) => c.field === f)?.col;

  checkHeader(ledger, sink);
  const reader = new CellReader(ledger);
  const cells = new CellChecker(sink, columns, units, reader);
  const policy = new PolicyChecker(sink, pack, units, colOf('measure'), colOf('lead'), reader, ledger.kind, colOf('coop'));
  for (const row of ledger.rows) {
    cells.check(row);
    policy.check(row);
  }
  for (const sub of ledger.subtotals) cells.checkProblemsOnly(sub);
  checkBlankRows(ledger, sink);
  checkDuplicates(ledger, sink, reader);
  checkSubtotals(ledger, sink, reader);
  return sink.issues();
}

export function countBySeverity(issues: { severity: Severity }[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const i of issues) c[i.severity]++;
  return c;
}
