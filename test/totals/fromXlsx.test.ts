import { rmSync } from 'node:fs';
import { columnIndex } from '../../src/core/grid';
import { defaultPack } from '../../src/core/policy';
import { computeSummary, type Summary } from '../../src/core/totals';
import { RESERVE_SHEET } from '../fixtures/makeLedgers';
import { readFixtures, type ReadFixtures } from './xlsxFixtures';

/**
 * Figures from the shared .xlsx fixtures, against sums worked out here from what the fixture says it wrote
 * (true 万元 amounts per data row) and the sheet's own domain column, not from the engine.
 */
describe('computeSummary over the .xlsx fixtures', () => {
  let r: ReadFixtures;
  let s: Summary;
  beforeAll(async () => {
    r = await readFixtures();
    s = computeSummary(r.inputs, defaultPack());
  });
  afterAll(() => rmSync(r.fx.dir, { recursive: true, force: true }));

  /**
   * The project sheets with their data rows, less the rows planted as duplicate-row: the fixture writes them as
   * the same project again (same name and 建设单位), which the totals count once (#11.6).
   */
  const projectSheets = () =>
    r.fx.sheets
      .filter((x) => x.kind === 'project')
      .map((x) => {
        const again = new Set(
          r.fx.planted
            .filter((p) => p.sheet === x.sheet && p.code === 'duplicate-row')
            .map((p) => Number(p.cell?.replace(/^[A-Z]+/, ''))),
        );
        return { ...x, dataRows: x.dataRows.filter((row) => !again.has(row)) };
      });

  test('grand totals: every data row of every project sheet, subtotals and the 其中 row never', () => {
    const rows = projectSheets().flatMap((x) => x.dataRows.map((row) => x.amounts[row]));
    const add = (f: 'total' | 'planned' | 'completed') => rows.reduce((n, a) => n + (a[f] ?? 0), 0);
    expect(s.totals.projects).toBe(rows.length);
    expect(s.totals.projects1e8).toBe(rows.filter((a) => (a.total ?? 0) >= 10000).length);
    expect(s.totals.total).toBeCloseTo(add('total'), 6);
    expect(s.totals.planned).toBeCloseTo(add('planned'), 6);
    expect(s.totals.completed).toBeCloseTo(add('completed'), 6);
  });

  test("by domain, reading each project sheet's 所属领域 column (none: 未填/其他)", () => {
    const named: Record<string, string> = { 工业项目: '工业', 文化旅游: '未填/其他' }; // what the sheet means by them
    const rows: { domain: string; completed: number }[] = [];
    for (const x of projectSheets()) {
      const grid = r.inputs.find((i) => i.ledger.sheet === x.sheet)?.ledger.grid;
      if (!grid) throw new Error(`sheet not read: ${x.sheet}`);
      const col = x.columns.domain ? columnIndex(x.columns.domain) : -1;
      for (const row of x.dataRows) {
        const v = col < 0 ? '' : String(grid.values[row - 1][col] ?? '');
        rows.push({ domain: named[v] ?? (v || '未填/其他'), completed: x.amounts[row].completed ?? 0 });
      }
    }
    for (const b of s.byDomain) {
      const mine = rows.filter((x) => x.domain === b.key);
      expect([b.key, b.projects]).toEqual([b.key, mine.length]);
      expect(b.completed).toBeCloseTo(
        mine.reduce((n, x) => n + x.completed, 0),
        6,
      );
    }
    expect(s.byDomain.find((b) => b.key === '工业')?.projects).toBe(6);
  });

  test('reserve targets from the reserve library in 亿元', () => {
    const x = r.fx.sheets.find((e) => e.sheet === RESERVE_SHEET);
    const totals = Object.values(x?.amounts ?? {}).map((a) => a.total ?? 0);
    const byId = Object.fromEntries(s.targets.map((t) => [t.id, t]));
    expect(byId['reserve-1e8'].actual).toBe(totals.filter((t) => t >= 10000).length);
    expect(byId['library-special-bonds'].actual).toBeCloseTo(4.2, 9); // 1.2 + 3: the parser reads "专项债" (row 8) as 专项债券
    expect(byId['library-equipment-renewal'].actual).toBeCloseTo(-0.5, 9);
  });

  test('as-of from the ledger header, and measure tasks', () => {
    expect(s.asOf).toBe('2023-10-31');
    expect(s.measureTasks?.map((t) => t.measure)).toEqual([1, 2, 3, 5, 6, 27]);
  });
});
