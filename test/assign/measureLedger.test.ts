/**
 * A measure task ledger (.xlsx, 26 measures reworded and shuffled, numbers partly missing, texts cut short,
 * unrelated tasks) gets every lead and cooperating unit right, or says it cannot.
 */
import { assignLeadUnits, type AssignmentResult } from '../../src/core/assign';
import type { Ledger } from '../../src/core/ledger/types';
import type { PolicyPack } from '../../src/core/policy/types';
import { applyEdits, canonical, unitsOf } from './helpers';
import { loadLedger } from './loadLedger';
import { fixtureDir, makeMeasureLedger, MEASURE_HEADER_ROW, type Expectation } from './makeAssignFixtures';
import { DOCUMENT_UNITS } from './policyUnits';
import { testPack } from './testPack';

let pack: PolicyPack;
let ledger: Ledger;
let expect_: Expectation[];
let result: AssignmentResult;

beforeAll(async () => {
  pack = testPack();
  const made = await makeMeasureLedger(fixtureDir());
  expect_ = made.expect;
  ledger = await loadLedger(made.path, MEASURE_HEADER_ROW, pack);
  result = assignLeadUnits(ledger, pack, { overwrite: false, normalise: false });
});

const col = (field: 'lead' | 'coop'): number => ledger.header.columns.find((c) => c.field === field)!.col;

test('the fixture holds all 26 measures', () => {
  const numbers = new Set(expect_.flatMap((e) => (e.measure ? [e.measure] : [])));
  expect(numbers.size).toBe(26);
});

test("every matched row ends up with the document's lead and cooperating units, in the document's order", () => {
  const after = applyEdits(ledger.grid, result);
  for (const e of expect_.filter((x) => x.measure && !x.conflict)) {
    const doc = DOCUMENT_UNITS[e.measure!];
    const lead = after.values[e.row - 1][col('lead')];
    const coop = after.values[e.row - 1][col('coop')];
    expect({ row: e.row, lead: unitsOf(pack, lead) }).toEqual({ row: e.row, lead: canonical(pack, doc.lead) });
    expect({ row: e.row, coop: unitsOf(pack, coop) }).toEqual({ row: e.row, coop: canonical(pack, doc.coop) });
  }
});

test('each match names its measure and score', () => {
  for (const e of expect_.filter((x) => x.measure)) {
    const m = result.matches.find((x) => x.row === e.row);
    expect(m?.source).toBe(`measure-${e.measure}`);
    expect(m!.score).toBeGreaterThanOrEqual(0.3);
  }
  // Rows without a measure number are matched by text; the 序号 column (a row counter here) never decides.
  const textRow = expect_.find((e) => e.measure === 2)!;
  expect(result.matches.find((m) => m.row === textRow.row)?.method).toBe('text');
});

test('unrelated tasks and a number that contradicts its text are left unmatched, with a reason', () => {
  const rows = expect_.filter((e) => e.unmatched).map((e) => e.row);
  expect(rows).toHaveLength(3);
  for (const r of rows) {
    expect(result.edits.filter((e) => e.row === r)).toEqual([]);
    const u = result.unmatched.find((x) => x.row === r);
    expect(u?.reason).toMatch(/未填写|请核对/);
  }
  // The row numbered 13 whose text is measure 18's: both are shown.
  const contradicted = result.unmatched.find((u) => /编号与内容不符/.test(u.reason))!;
  expect(contradicted.reason).toContain('措施13');
  expect(contradicted.best?.measure).toBe(18);
  expect(result.counts.unmatched).toBe(3);
});

test('a filled cell that disagrees is left alone and reported with both values', () => {
  const e = expect_.find((x) => x.conflict)!; // measure 10, lead typed as 区统计局
  expect(result.edits.find((x) => x.row === e.row && x.field === 'lead')).toBeUndefined();
  const c = result.conflicts.find((x) => x.row === e.row && x.field === 'lead')!;
  expect(c.existing).toBe('区统计局');
  expect(c.proposed).toBe('区发展改革委');
  expect(c.reason).toContain('区统计局');
  // Its empty coop cell is still filled.
  expect(result.edits.find((x) => x.row === e.row && x.field === 'coop')?.kind).toBe('fill');
});

test('a filled cell that agrees by alias is left alone, or normalised when asked', () => {
  const e = expect_.find((x) => x.agrees)!; // measure 9, lead typed as 区发改委
  expect(result.edits.find((x) => x.row === e.row && x.field === 'lead')).toBeUndefined();
  expect(result.conflicts.find((x) => x.row === e.row)).toBeUndefined();
  const normalised = assignLeadUnits(ledger, pack, { overwrite: false, normalise: true });
  const n = normalised.edits.find((x) => x.row === e.row && x.field === 'lead')!;
  expect(n).toMatchObject({ kind: 'normalise', old: '区发改委', new: '区发展改革委' });
  expect(normalised.counts.normalise).toBeGreaterThanOrEqual(1);
});

test('overwrite replaces the disagreeing cell and says what it was', () => {
  const e = expect_.find((x) => x.conflict)!;
  const r = assignLeadUnits(ledger, pack, { overwrite: true, normalise: false });
  const o = r.edits.find((x) => x.row === e.row && x.field === 'lead')!;
  expect(o).toMatchObject({ kind: 'overwrite', old: '区统计局', new: '区发展改革委' });
  expect(o.reason).toContain('原为 区统计局');
  expect(r.counts.overwrite).toBe(1);
  expect(r.counts.conflicts).toBe(0);
});

test('exact cell text: units joined by 、 as the document writes them', () => {
  const at = (m: number, field: 'lead' | 'coop'): string | number | undefined => {
    const row = expect_.find((e) => e.measure === m)!.row;
    return result.edits.find((x) => x.row === row && x.field === field)?.new;
  };
  expect(at(12, 'lead')).toBe('区发展改革委、区财政局');
  expect(at(3, 'lead')).toBe('沙澧高新技术产业开发区');
  expect(at(8, 'coop')).toBe('区工信局、各乡镇办园区');
  expect(at(13, 'coop')).toBeUndefined(); // measure 13 names no cooperating unit
  expect(at(24, 'lead')).toBe('区住建局、区财政局');
});

test('counts add up and every edit explains itself in Chinese', () => {
  const fills = result.edits.filter((e) => e.kind === 'fill').length;
  expect(result.counts.fill).toBe(fills);
  // 26 rows matched: 52 cells, minus the conflict, the agreeing cell, and the empty coop of 13 and 14.
  expect(fills).toBe(52 - 4);
  for (const e of result.edits) {
    expect(e.reason).toMatch(/^措施\d+ · \S+/);
    expect(e.reason).toContain(`措施${e.source.replace('measure-', '')}`);
  }
});

test('a task matched by its text says so, with the score, in the same short style', () => {
  const textRow = expect_.find((e) => e.measure === 2)!;
  const e = result.edits.find((x) => x.row === textRow.row && x.field === 'lead')!;
  const score = result.matches.find((m) => m.row === textRow.row)!.score;
  expect(e.reason).toBe(`措施2 · 医疗器械城建设 · 内容相似 ${score.toFixed(2)}`);
});
