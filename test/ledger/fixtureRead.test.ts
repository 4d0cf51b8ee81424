/** Reading the generated .xlsx ledgers through the real reader: header block, mapping, rows, units, as-of. */
import { readLedger } from '../../src/core/ledger';
import type { Ledger } from '../../src/core/ledger/types';
import { defaultPack } from '../../src/core/policy';
import { readFixtureGrids } from '../fixtures/readGrids';
import { makeLedgers, type LedgerFixtures } from '../fixtures/makeLedgers';

let fx: LedgerFixtures;
const ledgers = new Map<string, Ledger>();

beforeAll(async () => {
  fx = await makeLedgers();
  const pack = defaultPack();
  for (const file of [fx.files.projects, fx.files.measures]) {
    for (const grid of await readFixtureGrids(file)) ledgers.set(grid.name, readLedger(grid, { pack }));
  }
});

describe.each(['重点项目台账', '三行表头', '储备项目库', '措施任务台账'])('sheet %s', (sheet) => {
  const exp = () => {
    const e = fx.sheets.find((s) => s.sheet === sheet);
    if (!e) throw new Error(`no expectation for ${sheet}`);
    return e;
  };
  const led = () => ledgers.get(sheet) as Ledger;

  test('kind and header rows', () => {
    expect(led().kind).toBe(exp().kind);
    expect(led().header.confidence).toBeGreaterThan(0.4);
    expect({ firstRow: led().header.firstRow, lastRow: led().header.lastRow }).toEqual(exp().header);
  });

  test('column mapping', () => {
    const got = Object.fromEntries(led().header.columns.map((c) => [c.field, c.letter]));
    expect(got).toEqual(exp().columns);
    expect(led().header.duplicates).toEqual([]);
  });

  test('amount units and where they came from', () => {
    const got = Object.fromEntries(
      led()
        .header.columns.filter((c) => c.unit)
        .map((c) => [c.field, { unit: c.unit, source: c.unitSource }]),
    );
    expect(got).toEqual(exp().units);
  });

  test('data rows, hidden rows, subtotals, sections, blank rows', () => {
    const l = led();
    expect(l.rows.map((r) => r.row)).toEqual(exp().dataRows);
    expect(l.rows.filter((r) => r.hidden).map((r) => r.row)).toEqual(exp().hiddenRows);
    expect(l.subtotals.map((s) => ({ row: s.row, kind: s.kind, covers: s.covers }))).toEqual(exp().subtotals);
    expect(l.sections.map((s) => s.row)).toEqual(exp().sections);
    expect(l.blankRows).toEqual(exp().blankRows);
  });

  test('as-of date', () => {
    expect(led().header.asOf).toEqual(exp().asOf);
  });

  test('amounts are read in 万元 whatever the column unit or the way they were typed', () => {
    for (const [row, want] of Object.entries(exp().amounts)) {
      const r = led().rows.find((x) => x.row === Number(row));
      for (const [field, value] of Object.entries(want)) {
        expect([row, field, r?.cells[field as 'total']?.value ?? null]).toEqual([row, field, value]);
      }
    }
  });
});

test('the project ledger: sections, title rows and text dates', () => {
  const l = ledgers.get('重点项目台账') as Ledger;
  expect(l.header.titleRows.map((t) => t.row)).toEqual([1, 2, 3]);
  expect(l.rows.find((r) => r.row === 9)?.section).toBe('一、工业项目（5个）');
  expect(l.rows.find((r) => r.row === 15)?.section).toBe('二、服务业及其他项目（14个）');
  const row9 = l.rows.find((r) => r.row === 9);
  expect(row9?.cells.start?.value).toEqual({ year: 2023, month: 3 });
  expect(row9?.cells.end?.value).toEqual({ year: 2024, month: 6, day: 30 });
  const row8 = l.rows.find((r) => r.row === 8);
  expect(row8?.cells.start?.value).toEqual({ year: 2023, month: 3, day: 15 });
  expect(row8?.cells.rate?.value).toBeCloseTo(25000 / 30000, 10);
  // Collectives stay whole when the pack's directory splits the cell.
  expect(l.rows.find((r) => r.row === 15)?.cells.coop?.value).toEqual(['各乡镇、街道']);
  expect(l.rows.find((r) => r.row === 10)?.cells.domain?.value).toBe('工业');
});
