/**
 * 牵头责任单位 / 配合责任单位 from the policy pack, as a preview of cell edits.
 * Measure task ledgers: each task is matched to its measure (measureMatcher.ts).
 * Project ledgers and reserve libraries: the row's 对应措施, then the pack's rules (rules.ts).
 */
import type { Ledger, LedgerRow } from '../ledger/types';
import { fieldColumn } from '../ledger/types';
import type { PolicyPack } from '../policy/types';
import { UnitDirectory } from '../units';
import type { FieldId } from '../schema/types';
import type { ProposalContext, UnitField } from './cellProposal';
import { FIELD_LABEL, normaliseInPlace, propose } from './cellProposal';
import { measureNumberFromCell } from './measureNumber';
import { MeasureMatcher } from './measureMatcher';
import { measureLabel } from './measureTitle';
import type { RowFacts } from './rules';
import { findRule } from './rules';
import type { AssignmentResult, AssignOptions } from './types';
import type { UnitNamer } from './unitNames';

export * from './types';
export { DEFAULT_THRESHOLD, MeasureMatcher } from './measureMatcher';
export { measureLabel, measureTitle } from './measureTitle';

const UNIT_FIELDS: UnitField[] = ['lead', 'coop'];
const COLUMN_TITLE: Record<UnitField, string> = { lead: '牵头责任单位', coop: '配合责任单位' };

export function assignLeadUnits(ledger: Ledger, pack: PolicyPack, options: AssignOptions, namer?: UnitNamer): AssignmentResult {
  const ctx: ProposalContext = { ledger, namer: namer ?? new UnitDirectory(pack.units), options, edits: [], conflicts: [] };
  const result: AssignmentResult = {
    edits: ctx.edits,
    conflicts: ctx.conflicts,
    unmatched: [],
    matches: [],
    counts: { fill: 0, normalise: 0, overwrite: 0, conflicts: 0, unmatched: 0 },
  };

  if (ledger.kind === 'unknown') {
    result.unmatched.push({ sheet: ledger.sheet, row: ledger.header.firstRow, text: '', reason: '无法识别台账类型（项目台账、储备项目库或措施任务台账），未填写责任单位' });
    return finish(result);
  }
  // Never invent columns: say which are missing, once for the sheet.
  const missing = UNIT_FIELDS.filter((f) => fieldColumn(ledger, f) === undefined);
  if (missing.length > 0) {
    result.unmatched.push({
      sheet: ledger.sheet,
      row: ledger.header.firstRow,
      text: missing.map((f) => COLUMN_TITLE[f]).join('、'),
      reason: `表中没有「${missing.map((f) => COLUMN_TITLE[f]).join('」「')}」列，未新增列，该列不填写；请先在表头加上该列`,
    });
  }

  if (ledger.kind === 'measure') assignMeasureLedger(ctx, result, pack, options);
  else assignByRules(ctx, result, pack, ledger.kind);
  return finish(result);
}

function finish(r: AssignmentResult): AssignmentResult {
  for (const e of r.edits) r.counts[e.kind] += 1;
  r.counts.conflicts = r.conflicts.length;
  r.counts.unmatched = r.unmatched.length;
  return r;
}

function text(row: LedgerRow, field: FieldId): string {
  const c = row.cells[field];
  if (!c || c.empty) return '';
  const v = typeof c.value === 'string' ? c.value : c.raw;
  return v === null || typeof v === 'object' ? '' : String(v).trim();
}

function numberIn(row: LedgerRow, field: FieldId): number | undefined {
  const c = row.cells[field];
  if (!c || c.empty) return undefined;
  return measureNumberFromCell(c.value) ?? measureNumberFromCell(c.raw);
}

function assignMeasureLedger(ctx: ProposalContext, result: AssignmentResult, pack: PolicyPack, options: AssignOptions): void {
  const matcher = new MeasureMatcher(pack.measures, options.threshold);
  for (const row of ctx.ledger.rows) {
    const task = text(row, 'name') || text(row, 'content');
    const byMeasure = numberIn(row, 'measure');
    const bySeq = numberIn(row, 'seq');
    if (!task && byMeasure === undefined && bySeq === undefined) continue;
    const m = matcher.match(
      byMeasure !== undefined ? { text: task, number: byMeasure, numberSource: 'measure' } : { text: task, number: bySeq, numberSource: 'seq' },
    );
    if (m.kind === 'miss') {
      result.unmatched.push({ sheet: ctx.ledger.sheet, row: row.row, text: task, reason: m.reason, best: m.best });
      for (const f of UNIT_FIELDS) normaliseInPlace(ctx, row, f, '规范单位名称');
      continue;
    }
    const source = `measure-${m.measure.number}`;
    result.matches.push({ sheet: ctx.ledger.sheet, row: row.row, source, score: m.score, method: m.method });
    for (const f of UNIT_FIELDS) propose(ctx, row, f, f === 'lead' ? m.measure.lead : m.measure.coop, m.explain, source);
  }
}

function assignByRules(ctx: ProposalContext, result: AssignmentResult, pack: PolicyPack, kind: 'project' | 'reserve'): void {
  // The pack's rules are the only rules: a pack without any assigns by 对应措施 alone (policy is data, not code).
  const rules = pack.rules;
  for (const row of ctx.ledger.rows) {
    const facts: RowFacts = {
      measure: numberIn(row, 'measure'),
      domain: text(row, 'domain'),
      location: text(row, 'location'),
      name: text(row, 'name'),
      content: text(row, 'content'),
      channel: text(row, 'channel'),
    };
    const hit = findRule(rules, pack, kind, facts);
    if (!hit) {
      result.unmatched.push({ sheet: ctx.ledger.sheet, row: row.row, text: facts.name ?? '', reason: rules.length
          ? '没有适用的分配规则（对应措施、建设地点、关键词、资金渠道、所属领域均未命中），未填写'
          : '政策包没有分配规则，且本行没有有效的对应措施，未填写' });
      for (const f of UNIT_FIELDS) normaliseInPlace(ctx, row, f, '规范单位名称');
      continue;
    }
    result.matches.push({ sheet: ctx.ledger.sheet, row: row.row, source: hit.source, score: 1, method: hit.rule ? 'rule' : 'number' });
    const why = hit.rule
      ? `按规则「${hit.rule.description}」${hit.measure ? `（来源${measureLabel(hit.measure)}）` : ''}`
      : `按${hit.measure ? measureLabel(hit.measure) : hit.source}`;
    for (const f of UNIT_FIELDS) propose(ctx, row, f, f === 'lead' ? hit.lead : hit.coop, why, hit.source);
  }
}

/** For callers that show a field's Chinese name next to an edit. */
export const UNIT_FIELD_LABEL = FIELD_LABEL;
