/**
 * Unit names against the directory: unknown names (with the nearest known name), other names of a known unit,
 * and collective names (各乡镇办园区) where one lead unit is expected.
 */
import type { FieldId } from '../../schema/types';
import type { UnitDirectory, UnitResolution } from '../../units';
import { perSheet } from './perSheet';
import { cellAt, type RowRule } from './types';

/** What a unit cell's text holds, worked out once per distinct text and field. */
interface UnitFindings {
  unknown?: { names: string[]; near: string[]; suggestion?: string };
  alias?: { names: string[]; suggestion: string };
  collective?: { names: string[] };
}

const MEMO_LIMIT = 10_000;

/** Per field, per distinct cell text (no per-cell key strings: this runs for every row). */
const memoOf = perSheet(() => new Map<FieldId, Map<string, UnitFindings>>());

export const UNIT_NAMES: RowRule = {
  codes: ['unknown-unit', 'unit-alias', 'unit-collective'],
  appliesTo: ({ columns }) => columns.some((c) => c.def.type === 'unit' || c.def.type === 'units'),
  check(view, sheet) {
    for (let i = 0; i < view.count; i++) {
      const c = view.cells[i];
      const type = c.column.def.type;
      if (c.cell.empty || (type !== 'units' && type !== 'unit') || typeof c.cell.raw !== 'string') continue;
      const f = findings(memoOf(sheet), sheet.units, c.column.field, c.cell.raw);
      const at = cellAt(view, c);
      const sink = sheet.sink;
      if (f.unknown)
        sink.add('unknown-unit', at, {
          value: f.unknown.names,
          hint: f.unknown.near.length ? 'near' : 'none',
          near: f.unknown.near,
          suggestion: f.unknown.suggestion,
        });
      if (f.alias) sink.add('unit-alias', at, { value: f.alias.names, suggestion: f.alias.suggestion });
      if (f.collective) sink.add('unit-collective', at, { value: f.collective.names });
    }
  },
};

function findings(
  memo: Map<FieldId, Map<string, UnitFindings>>,
  units: UnitDirectory,
  field: FieldId,
  text: string,
): UnitFindings {
  let byText = memo.get(field);
  if (!byText) memo.set(field, (byText = new Map()));
  let f = byText.get(text);
  if (!f) {
    f = analyse(units, field, text);
    if (byText.size < MEMO_LIMIT) byText.set(text, f);
  }
  return f;
}

function analyse(units: UnitDirectory, field: FieldId, text: string): UnitFindings {
  const unknown: UnitResolution[] = [];
  const aliases: UnitResolution[] = [];
  const collectives: string[] = [];
  for (const n of units.split(text)) {
    const r = units.resolve(n);
    if (r.status === 'unknown') unknown.push(r);
    else if (r.status === 'alias') aliases.push(r);
    else if (r.status === 'collective' && field === 'lead') collectives.push(n);
  }
  const out: UnitFindings = {};
  if (unknown.length) {
    const near = unknown.flatMap((u) => u.suggestions.slice(0, 1));
    const suggestion = unknown.every((u) => u.suggestions.length)
      ? replaceNames(
          text,
          unknown.map((u) => [u.input, u.suggestions[0]]),
        )
      : undefined;
    out.unknown = { names: unknown.map((u) => u.input), near, suggestion };
  }
  if (aliases.length) {
    out.alias = {
      names: aliases.map((a) => a.input),
      suggestion: replaceNames(
        text,
        aliases.map((a) => [a.input, a.canonical as string]),
      ),
    };
  }
  if (collectives.length) out.collective = { names: collectives };
  return out;
}

/** The cell text with each wrong name replaced by the right one, as a suggested value. */
function replaceNames(text: string, pairs: [string, string][]): string {
  let out = text;
  for (const [from, to] of pairs) out = out.split(from).join(to);
  return out;
}
