/**
 * 牵头责任单位 / 配合责任单位 from the policy pack, as a preview of cell edits.
 * Every row's measure is decided by the core's one measureOfRow (src/core/measure), as validate and the totals do.
 * Measure task ledgers: each task gets its measure's units, and is bound by it.
 * Project ledgers and reserve libraries: the row's 对应措施, then the pack's rules (sources.ts); only a row the
 * policy binds can conflict (cellProposal.ts).
 */
import { toA1 } from '../grid';
import type { Ledger, LedgerRow } from '../ledger/types';
import { fieldColumn } from '../ledger/types';
import { RowMeasureReader, type RowMeasure } from '../measure';
import type { PolicyPack } from '../policy/types';
import type { FieldId } from '../schema/types';
import { isAssignable } from './assignable';
import { UnitDirectory } from '../units';
import type { ProposalContext, UnitField } from './cellProposal';
import { normaliseInPlace, propose } from './cellProposal';
import type { RowForRules, UnitSource } from './sources';
import { measureSource, sourceOf } from './sources';
import type { AssignmentResult, AssignOptions, AssignUnmatched } from './types';
import type { UnitNamer } from './unitNames';

export * from './types';
export { DEFAULT_THRESHOLD, MeasureMatcher, measureLabel, measureTitle } from '../measure';
export { conflictReason } from './cellProposal';
export { ASSIGNABLE_KINDS, isAssignable } from './assignable';

const UNIT_FIELDS: UnitField[] = ['lead', 'coop'];
const COLUMN_TITLE: Record<UnitField, string> = { lead: '牵头责任单位', coop: '配合责任单位' };

export function assignLeadUnits(
  ledger: Ledger,
  pack: PolicyPack,
  options: AssignOptions,
  namer?: UnitNamer,
): AssignmentResult {
  const ctx: ProposalContext = {
    ledger,
    namer: namer ?? new UnitDirectory(pack.units),
    options,
    edits: [],
    conflicts: [],
  };
  const result: AssignmentResult = {
    edits: ctx.edits,
    conflicts: ctx.conflicts,
    unmatched: sheetNotes(ledger),
    matches: [],
    counts: { fill: 0, normalise: 0, overwrite: 0, conflicts: 0, unmatched: 0 },
  };
  if (!isAssignable(ledger)) return finish(result);

  const measures = new RowMeasureReader(ledger, pack.measures, { threshold: options.threshold });
  for (const row of ledger.rows) {
    const found = measures.of(row);
    const src =
      ledger.kind === 'measure'
        ? taskSource(found)
        : projectSource(pack, ledger.kind as 'project' | 'reserve', row, found);
    if (typeof src === 'string') {
      if (src) result.unmatched.push(unmatchedRow(ledger, row, src, found)); // '' for a row with nothing to go by
      for (const f of UNIT_FIELDS) normaliseInPlace(ctx, row, f, '');
      continue;
    }
    result.matches.push({ sheet: ledger.sheet, row: row.row, source: src.id, score: src.score, method: src.method });
    for (const f of UNIT_FIELDS) propose(ctx, row, f, src);
  }
  return finish(result);
}

/** What is said once for the sheet, at its first header cell: a kind fill cannot work on; missing unit columns. */
function sheetNotes(ledger: Ledger): AssignUnmatched[] {
  const row = Math.max(ledger.header.firstRow, 1); // 0 when no header was found
  const note = { sheet: ledger.sheet, cell: toA1(row - 1, ledger.header.columns[0]?.col ?? 0), row };
  if (!isAssignable(ledger))
    return [{ ...note, text: '', reason: '无法识别台账类型（项目台账、储备项目库或措施任务台账），未填写责任单位' }];
  // Never invent columns: say which are missing.
  const missing = UNIT_FIELDS.filter((f) => fieldColumn(ledger, f) === undefined).map((f) => COLUMN_TITLE[f]);
  if (missing.length === 0) return [];
  return [
    {
      ...note,
      text: missing.join('、'),
      reason: `表中没有${missing.map((t) => `“${t}”`).join('')}列，未新增列；请先在表头加上该列`,
    },
  ];
}

function finish(r: AssignmentResult): AssignmentResult {
  for (const e of r.edits) r.counts[e.kind] += 1;
  r.counts.conflicts = r.conflicts.length;
  r.counts.unmatched = r.unmatched.length;
  return r;
}

/** A project or reserve row's source, or why there is none. */
function projectSource(
  pack: PolicyPack,
  kind: 'project' | 'reserve',
  row: LedgerRow,
  found: RowMeasure,
): UnitSource | string {
  if (found.kind === 'several')
    return `对应措施列了多条措施（${found.measures.map((m) => m.number).join('、')}），未按措施填写`;
  const src = sourceOf(pack, kind, factsOf(row, found));
  if (src) return src;
  return pack.rules.length
    ? '没有适用的分配规则（对应措施、建设地点、关键词、资金渠道、所属领域均未命中），未填写'
    : '政策包没有分配规则，且本行没有有效的对应措施，未填写';
}

function text(row: LedgerRow, field: FieldId): string {
  const c = row.cells[field];
  if (!c || c.empty) return '';
  const v = typeof c.value === 'string' ? c.value : c.raw;
  return v === null || typeof v === 'object' ? '' : String(v).trim();
}

/** A task row's source, or why there is none ('' for a row with nothing to go by). */
function taskSource(found: RowMeasure): UnitSource | string {
  switch (found.kind) {
    case 'match': {
      const note =
        found.method === 'seq' ? ' · 按序号' : found.method === 'text' ? ` · 内容相似 ${found.score.toFixed(2)}` : '';
      return measureSource(found.measure, found.method === 'text' ? 'text' : 'number', found.score, note);
    }
    case 'several':
      return `措施编号列了多条措施（${found.measures.map((m) => m.number).join('、')}），无法确定按哪一条填写`;
    case 'miss':
      return found.reason;
    case 'none':
      return '';
  }
}

function factsOf(row: LedgerRow, found: RowMeasure): RowForRules {
  return {
    measure: found.kind === 'match' ? found.measure : undefined,
    domain: text(row, 'domain'),
    location: text(row, 'location'),
    name: text(row, 'name'),
    content: text(row, 'content'),
    channel: text(row, 'channel'),
  };
}

function unmatchedRow(ledger: Ledger, row: LedgerRow, reason: string, found: RowMeasure): AssignUnmatched {
  const col = fieldColumn(ledger, 'lead') ?? fieldColumn(ledger, 'name') ?? 0;
  return {
    sheet: ledger.sheet,
    cell: toA1(row.index, col),
    row: row.row,
    text: text(row, 'name') || text(row, 'content'),
    reason,
    best: found.kind === 'miss' ? found.best : undefined,
  };
}
