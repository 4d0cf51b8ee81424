/** One sheet against the rules: header rules, then each data row (cell and policy rules), then row rules. */
import { columnParsersOf } from '../ledger/columnParsers';
import type { Ledger } from '../ledger/types';
import type { PolicyPack } from '../policy/types';
import { kindDefFor } from '../schema';
import type { FieldId } from '../schema/types';
import { UnitDirectory } from '../units';
import { CellReader } from './CellReader';
import { IssueSink } from './IssueSink';
import { CELL_RULES, HEADER_RULES, POLICY_RULES, ROW_RULES, SUPPRESSIONS } from './rules';
import { RowViews } from './rules/RowViews';
import type { CellColumn, SheetContext } from './rules/types';
import type { Issue, ValidationSettings } from './types';

export const DEFAULT_SETTINGS: ValidationSettings = { lang: 'zh', rules: {} };

/** Directories are built once per pack (packs are plain data, so identity is the cache key). */
const directories = new WeakMap<PolicyPack, UnitDirectory>();

function directoryOf(pack: PolicyPack): UnitDirectory {
  let d = directories.get(pack);
  if (!d) directories.set(pack, (d = new UnitDirectory(pack.units)));
  return d;
}

const ROW_LEVEL = [...CELL_RULES, ...POLICY_RULES];
const ON_SUBTOTALS = ROW_LEVEL.filter((r) => r.subtotals);

export function validateLedger(ledger: Ledger, pack: PolicyPack, settings: Partial<ValidationSettings> = {}): Issue[] {
  if (ledger.kind === 'unknown') return [];
  const s: ValidationSettings = { lang: settings.lang ?? 'zh', rules: settings.rules ?? {} };
  const sink = new IssueSink(ledger.sheet, ledger.kind, s, SUPPRESSIONS);
  // The defs the cells were parsed with (so an enum message lists the values the parse accepted), else the pack's.
  const parsedWith = new Map(columnParsersOf(ledger)?.map((p) => [p.field, p.def]));
  const def = kindDefFor(ledger.kind, pack);
  const columns: CellColumn[] = ledger.header.columns.map((c) => ({
    field: c.field,
    col: c.col,
    unit: c.unit,
    def: parsedWith.get(c.field) ?? def.fields.find((f) => f.id === c.field)!,
  })); // every mapped field comes from this kind's defs
  const col: Partial<Record<FieldId, number>> = {};
  for (const c of columns) col[c.field] ??= c.col;
  const reader = new CellReader(ledger);
  const sheet: SheetContext = { ledger, sink, reader, units: directoryOf(pack), pack, columns, col };

  for (const rule of HEADER_RULES) rule.check(sheet);
  const views = new RowViews(columns, reader);
  const rules = ROW_LEVEL.filter((r) => r.codes.some((c) => sink.on(c)) && (r.appliesTo?.(sheet) ?? true));
  for (const row of ledger.rows) {
    const view = views.of(row);
    for (let i = 0; i < rules.length; i++) rules[i].check(view, sheet);
  }
  for (const sub of ledger.subtotals) {
    const view = views.ofSubtotal(sub);
    for (const rule of ON_SUBTOTALS) rule.check(view, sheet);
  }
  for (const rule of ROW_RULES) rule.check(sheet);
  return sink.issues();
}
