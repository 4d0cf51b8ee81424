/**
 * A measure task ledger as a district office keeps it (generated: the 26 measures in shuffled order, the measure
 * written the ways clerks write it, 序号 only counting rows, some cells already filled): every blank lead and
 * cooperating cell gets exactly the document's units, no filled cell is touched, and only a cell that names none
 * of the policy's units conflicts. Then the `1 | （十二）…` row: validate, fill and totals all read it as measure 12.
 */
import { assignLeadUnits } from '../../src/core/assign';
import type { CellValue } from '../../src/core/grid';
import { gridFromRows } from '../../src/core/grid';
import { readLedger } from '../../src/core/ledger';
import { defaultPack } from '../../src/core/policy';
import { computeSummary } from '../../src/core/totals';
import { validateLedger } from '../../src/core/validate';
import { applyEdits, canonical, unitsOf } from './helpers';
import { seeded } from './generatedLedgers';
import { DOCUMENT_UNITS as DOC } from './policyUnits';

const pack = defaultPack();
const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const cn = (n: number): string =>
  n <= 10 ? CN[n] : n < 20 ? `十${CN[n - 10]}` : `${CN[Math.floor(n / 10)]}十${CN[n % 10]}`;
/** The ways a clerk writes measure n in front of its task. */
const FORMS = [
  (n: number) => `${n}. `,
  (n: number) => `（${cn(n)}）`,
  (n: number) => `第${n}条 `,
  (n: number) => `措施${n}：`,
  (n: number) => `${n}、`,
];

interface Row {
  measure: number;
  lead: string | null;
  coop: string | null;
  conflict?: 'lead' | 'coop';
}

function taskLedger(): { cells: CellValue[][]; rows: Row[] } {
  const rnd = seeded(26);
  const order = pack.measures.map((m) => m.number).sort((a, b) => ((a * 7) % 26) - ((b * 7) % 26));
  const head = ['序号', '政策措施', '牵头责任单位', '配合责任单位', '完成时限', '进展情况', '完成状态'];
  const cells: CellValue[][] = [['源汇区扩大有效投资政策措施任务分解台账'], head];
  const rows: Row[] = [];
  order.forEach((n, i) => {
    const doc = DOC[n];
    const text = pack.measures.find((m) => m.number === n)!.text.slice(0, 40);
    // Already filled by the clerk: the policy's lead by alias, part of a joint lead, one more unit, another unit.
    let lead: string | null = null;
    let conflict: Row['conflict'];
    if (i % 5 === 1) lead = doc.lead[0];
    if (i % 5 === 3 && doc.lead.length > 1) lead = doc.lead[1];
    if (i % 7 === 4) lead = `${doc.lead[0]}、区统计局`;
    if (n === 10) [lead, conflict] = ['区统计局', 'lead'];
    let coop = i % 4 === 2 && doc.coop.length ? doc.coop.slice(0, 2).join('、') : null;
    if (n === 17) [coop, conflict] = ['区统计局', 'coop']; // measure 17: 配合 区财政局、区住建局
    cells.push([i + 1, FORMS[Math.floor(rnd() * FORMS.length)](n) + text, lead, coop, '2023年底', '推进中', '推进中']);
    rows.push({ measure: n, lead, coop, conflict });
  });
  return { cells, rows };
}

describe('a generated measure task ledger', () => {
  const { cells, rows } = taskLedger();
  const ledger = readLedger(gridFromRows('措施任务台账', cells), { pack });
  const result = assignLeadUnits(ledger, pack, { overwrite: false, normalise: false });
  const after = applyEdits(ledger.grid, result);

  test('is read as a measure task ledger of 26 tasks', () => {
    expect(ledger.kind).toBe('measure');
    expect(ledger.rows).toHaveLength(26);
  });

  test("every blank lead and coop cell gets exactly the document's units", () => {
    rows.forEach((r, i) => {
      const sheetRow = after.values[i + 2];
      if (r.lead === null)
        expect({ m: r.measure, lead: unitsOf(pack, sheetRow[2]) }).toEqual({
          m: r.measure,
          lead: canonical(pack, DOC[r.measure].lead),
        });
      if (r.coop === null)
        expect({ m: r.measure, coop: unitsOf(pack, sheetRow[3]) }).toEqual({
          m: r.measure,
          coop: canonical(pack, DOC[r.measure].coop),
        });
    });
  });

  test('no filled cell is changed', () => {
    for (const e of result.edits) expect({ cell: e.cell, old: e.old }).toEqual({ cell: e.cell, old: null });
  });

  test("only a cell naming none of the policy's units conflicts", () => {
    const want = rows.flatMap((r, i) => (r.conflict ? [`${r.conflict === 'lead' ? 'C' : 'D'}${i + 3}`] : []));
    expect(result.conflicts.map((c) => c.cell)).toEqual(want);
    expect(want).toHaveLength(2);
    expect(result.conflicts.find((c) => c.field === 'lead')?.reason).toBe(
      '现为区统计局；措施10 规定牵头为区发展改革委',
    );
    expect(result.conflicts.find((c) => c.field === 'coop')?.reason).toBe(
      '现为区统计局；措施17 规定配合为区财政局、区住建局',
    );
    expect(result.unmatched).toEqual([]);
  });

  test('validate agrees with what fill wrote', () => {
    const again = readLedger(after, { pack });
    const written = new Set(result.edits.map((e) => e.cell));
    const onWritten = validateLedger(again, pack).filter(
      (i) => (i.code === 'lead-unit-mismatch' || i.code === 'coop-unit-mismatch') && written.has(i.cell ?? ''),
    );
    expect(onWritten.map((i) => i.message)).toEqual([]);
  });
});

describe('the row `1 | （十二）积极争取…`', () => {
  const grid = gridFromRows('措施任务台账', [
    ['序号', '政策措施', '牵头责任单位', '配合责任单位', '完成时限', '进展情况', '完成状态'],
    [1, '（十二）积极争取上级政策资金，谋划中央预算内投资和专项债券项目', null, null, '2023年底', '推进中', '推进中'],
  ]);
  const ledger = readLedger(grid, { pack });
  const result = assignLeadUnits(ledger, pack, { overwrite: false, normalise: false });

  test('fill reads it as measure 12', () => {
    expect(result.matches.map((m) => m.source)).toEqual(['measure-12']);
    expect(result.edits.find((e) => e.field === 'lead')?.new).toBe('区发展改革委、区财政局');
  });

  test('validate reads it as measure 12: no mismatch once filled', () => {
    const filled = readLedger(applyEdits(grid, result), { pack });
    expect(validateLedger(filled, pack).filter((i) => i.code === 'lead-unit-mismatch')).toEqual([]);
    // and a wrong lead is judged against measure 12, not measure 1
    const wrong = readLedger(
      gridFromRows('措施任务台账', [
        grid.values[0],
        [1, grid.values[1][1], '区工信局', null, '2023年底', '推进中', '推进中'],
      ]),
      { pack },
    );
    const issue = validateLedger(wrong, pack).find((i) => i.code === 'lead-unit-mismatch');
    expect(issue?.message).toContain('12');
  });

  test('totals read it as measure 12', () => {
    const s = computeSummary([{ source: 'x.xlsx', ledger }], pack);
    expect(s.measureTasks?.map((t) => t.measure)).toEqual([12]);
  });
});
