/** The 台账周报 sheet: every formula evaluated by a real engine (HyperFormula) agrees with the comparison. */
import { compareLedgers, compareSeries } from '../../src/core/compare';
import { readLedger } from '../../src/core/ledger';
import { defaultPack } from '../../src/core/policy';
import { buildWeeklyLayout, WEEKLY_SHEET } from '../../src/core/report/weeklySheet';
import { agrees, evaluateLayouts } from '../report/evaluate';
import { ledgerGrid, WEEK1, WEEK2, WEEK3 } from './versions';

const pack = defaultPack();

function check(currentGrid: ReturnType<typeof ledgerGrid>, comparison: ReturnType<typeof compareLedgers>) {
  const layout = buildWeeklyLayout(comparison, { previousLabel: '2023-10-20', currentLabel: '2023-10-27' });
  const evaluated = evaluateLayouts([currentGrid], [layout]);
  const wrong = evaluated
    .filter((e) => !agrees(e))
    .map(
      (e) =>
        `R${e.cell.row + 1}C${e.cell.col + 1} ${e.cell.formula} → ${JSON.stringify(e.result)} ≠ ${JSON.stringify(e.cell.value)}`,
    );
  return { layout, evaluated, wrong };
}

test('the 周报 of week 1 → week 2: live formulas give the engine figures', () => {
  const g2 = ledgerGrid('台账', WEEK2);
  const c = compareLedgers(
    { file: 'a.xlsx', ledger: readLedger(ledgerGrid('台账', WEEK1), { pack }) },
    { file: 'b.xlsx', ledger: readLedger(g2, { pack }) },
    pack,
  );
  const { layout, evaluated, wrong } = check(g2, c);
  expect(wrong).toEqual([]);
  expect(layout.name).toBe(WEEKLY_SHEET);
  // The totals, the three breakdowns and the list: at least one formula per project row plus the blocks.
  expect(evaluated.length).toBeGreaterThan(2 * (c.matched.length + c.added.length) + 4);
  const total = layout.cells.find((x) => x.row === 4 && x.col === 1)!;
  expect([total.formula, total.value]).toEqual(['=B6+B7', 4800]);
  // 本期累计 reads the ledger: change the ledger, the 周报 moves.
  const moved = ledgerGrid(
    '台账',
    WEEK2.map((p, i) => (i === 2 ? { ...p, completed: 18000 } : p)),
  );
  const after = evaluateLayouts([moved], [layout]).find((e) => e.cell.row === 4 && e.cell.col === 1)!;
  expect(after.result).toBe(5800);
});

test('a 亿元 ledger is read in 万元 by the formulas; a blank figure stays a tinted constant', () => {
  const g3 = ledgerGrid('台账', WEEK3, true);
  const versions = [WEEK1, WEEK2].map((w, i) => ({
    file: `${i}.xlsx`,
    ledger: readLedger(ledgerGrid('台账', w), { pack }),
  }));
  const c = compareSeries([...versions, { file: '3.xlsx', ledger: readLedger(g3, { pack }) }], pack);
  const { wrong, layout } = check(g3, c);
  expect(wrong).toEqual([]);
  const viaYi = layout.cells.filter((x) => x.formula?.endsWith('*10000'));
  expect(viaYi.length).toBe(5);
  expect(
    layout.cells.some((x) => typeof x.value === 'string' && x.value.includes('1 个项目的累计完成投资在上期或本期为空')),
  ).toBe(true);
});
