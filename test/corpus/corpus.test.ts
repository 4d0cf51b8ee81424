/**
 * The ledger corpus read with the real readers (the CLI's streaming reader, and ExcelJS): header rows, mapping,
 * rows, 万元 totals to 0.01, every planted finding and nothing else (clean cells raise nothing). The truth comes
 * from the generator, not the engine.
 */
import { readLedger } from '../../src/core/ledger';
import type { Ledger } from '../../src/core/ledger/types';
import { defaultPack } from '../../src/core/policy';
import { computeSummary, factContext, rowFacts } from '../../src/core/totals';
import { validateLedger } from '../../src/core/validate';
import type { Issue } from '../../src/core/validate/types';
import { openXlsxFile } from '../../src/xlsx/files';
import { readFixtureGrids } from '../fixtures/readGrids';
import { ALL_STYLES, makeCorpus } from './makeCorpus';
import type { StyleTruth } from './spec';

const pack = defaultPack();
let truths: StyleTruth[] = [];
const ledgers = new Map<string, Ledger>();
const READERS = ['streaming', 'exceljs'] as const;

beforeAll(async () => {
  truths = await makeCorpus();
  for (const t of truths) {
    const streamed = (await openXlsxFile(t.file)).pkg.readGrid(t.id);
    ledgers.set(`streaming:${t.id}`, readLedger(streamed, { pack }));
    const [grid] = await readFixtureGrids(t.file);
    ledgers.set(`exceljs:${t.id}`, readLedger(grid, { pack }));
  }
}, 60_000);

export function issueKey(i: Pick<Issue, 'code' | 'cell' | 'row'>): string {
  return i.cell ? `${i.code}@${i.cell}` : i.row !== undefined ? `${i.code}@row ${i.row}` : `${i.code}@header`;
}

const cases = READERS.flatMap((reader) => ALL_STYLES.map((s) => [reader, s.id] as const));

describe.each(cases)('%s: %s', (reader, id) => {
  const truth = () => truths.find((t) => t.id === id) as StyleTruth;
  const led = () => ledgers.get(`${reader}:${id}`) as Ledger;

  test('kind and header rows', () => {
    expect({ kind: led().kind, firstRow: led().header.firstRow, lastRow: led().header.lastRow }).toEqual({
      kind: truth().kind,
      ...truth().header,
    });
  });

  test('every column maps to its field', () => {
    expect(Object.fromEntries(led().header.columns.map((c) => [c.field, c.letter]))).toEqual(truth().columns);
  });

  test('data rows and subtotal rows', () => {
    expect(led().rows.map((r) => r.row)).toEqual(truth().dataRows);
    expect(led().subtotals.map((s) => s.row)).toEqual(truth().subtotalRows);
  });

  test('totals in 万元 to 0.01', () => {
    const ctx = factContext(pack);
    const sum = { rows: 0, total: 0, planned: 0, completed: 0 };
    for (const r of led().rows) {
      const f = rowFacts(r, ctx, led());
      sum.rows++;
      sum.total += f.total;
      sum.planned += f.planned;
      sum.completed += f.completed;
    }
    const t = truth().totals;
    expect(sum.rows).toBe(t.rows);
    expect(sum.total).toBeCloseTo(t.total, 2);
    expect(sum.planned).toBeCloseTo(t.planned, 2);
    expect(sum.completed).toBeCloseTo(t.completed, 2);
  });

  test('coverage names the figures and cells the totals could not count', () => {
    const [c] = computeSummary([{ source: `${id}.xlsx`, ledger: led() }], pack).coverage ?? [];
    expect({ rows: c.rows, figuresMissing: c.figuresMissing, cellsWithoutValue: c.cellsWithoutValue }).toEqual({
      rows: truth().totals.rows,
      figuresMissing: truth().figuresMissing,
      cellsWithoutValue: truth().cellsWithoutValue,
    });
  });

  test('every planted finding is reported, and nothing else', () => {
    const got = validateLedger(led(), pack).map(issueKey).sort();
    expect(got).toEqual([...truth().planted].sort());
  });
});
