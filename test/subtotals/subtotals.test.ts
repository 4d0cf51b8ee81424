/**
 * Subtotals in every form (#11.5), on generated ledgers (subtotalLedgers.ts): each subtotal is checked against
 * exactly the rows it covers (a section row its rows, 其中 the section it names, 合计 all rows), a mismatch is
 * reported at the subtotal cell that is wrong, explained by its real cause (a wrong section row, numbers stored
 * as text, rows outside the SUM range, a typed figure), and no subtotal row is ever counted in the totals.
 */
import { readLedger } from '../../src/core/ledger';
import { defaultPack } from '../../src/core/policy';
import { computeSummary } from '../../src/core/totals';
import { buildSummaryLayouts } from '../../src/core/report';
import { validateLedger } from '../../src/core/validate';
import { agrees, evaluateLayouts } from '../report/evaluate';
import { allCases, generate } from './subtotalLedgers';

const pack = defaultPack();

describe.each(allCases())('$name', (c) => {
  const g = generate(c);
  const ledger = readLedger(g.grid, { pack });

  test('the mismatches are the planted ones, at their cells, with their cause and the figure to type', () => {
    const got = validateLedger(ledger, pack).filter((i) => i.code === 'subtotal-mismatch' && i.field === 'total');
    expect(
      got.map((i) => ({
        cell: i.cell,
        advice: i.params.advice,
        ...(i.suggestion === undefined ? {} : { suggestion: i.suggestion }),
      })),
    ).toEqual(g.expected);
  });

  test('totals count the data rows only: no section, 小计, 合计 or 其中 row', () => {
    const s = computeSummary([{ source: 'x.xlsx', ledger }], pack);
    expect(ledger.rows.map((r) => r.row)).toEqual(g.dataRows);
    expect(s.totals.projects).toBe(g.dataRows.length);
    expect(s.totals.total).toBeCloseTo(
      g.totals.reduce((a, b) => a + b, 0),
      6,
    );
  });
});

test('the summary sheets agree with the totals on every generated layout: no subtotal row in any formula (HyperFormula)', () => {
  const bad: string[] = [];
  for (const c of allCases()) {
    const ledger = readLedger(generate(c).grid, { pack });
    const inputs = [{ source: 'x.xlsx', ledger }];
    const summary = computeSummary(inputs, pack, '2023-10-31');
    const wrong = evaluateLayouts([ledger.grid], buildSummaryLayouts(summary, inputs, pack)).filter((e) => !agrees(e));
    for (const e of wrong.slice(0, 2))
      bad.push(
        `${c.name}: ${e.sheet} ${e.cell.formula} → ${JSON.stringify(e.result)} ≠ ${JSON.stringify(e.cell.value)}`,
      );
  }
  expect(bad).toEqual([]);
});
