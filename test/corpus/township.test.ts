/**
 * Issue #11's case: the township's own ledger (亿元 note, three header rows, 2023年 › 1-9月完成) summarised with
 * the district's sample ledger. Its completed investment must be counted, and the summary must say what it left out.
 */
import { readLedger } from '../../src/core/ledger';
import { defaultPack } from '../../src/core/policy';
import { buildSummaryLayouts } from '../../src/core/report';
import { computeSummary } from '../../src/core/totals';
import { readFixtureGrids } from '../fixtures/readGrids';
import { makeCorpus } from './makeCorpus';
import { FIRST_STYLES } from './styles';

const pack = defaultPack();
const SAMPLE = `${__dirname}/../../samples/项目台账-源汇区2023.xlsx`;

async function ledgerOf(file: string) {
  const grids = await readFixtureGrids(file);
  return grids.map((g) => readLedger(g, { pack })).find((l) => l.kind === 'project')!;
}

test('the township ledger counts its completed investment next to the district sample', async () => {
  const [township, missing] = await makeCorpus(
    undefined,
    FIRST_STYLES.filter((s) => ['02-乡镇亿元三行表头', '10-缺完成投资列'].includes(s.id)),
  );
  const district = await ledgerOf(SAMPLE);
  const alone = computeSummary([{ source: 'district.xlsx', ledger: district }], pack);
  const both = computeSummary(
    [
      { source: 'district.xlsx', ledger: district },
      { source: 'township.xlsx', ledger: await ledgerOf(township.file) },
    ],
    pack,
  );
  expect(both.totals.completed - alone.totals.completed).toBeCloseTo(township.totals.completed, 2);
  expect(both.coverage?.find((c) => c.file === 'township.xlsx')).toMatchObject({
    rows: township.totals.rows,
    figuresMissing: [],
    cellsWithoutValue: 0,
  });

  // A ledger without a completed column: the gap is in the coverage and on the target sheet's note.
  const gap = computeSummary(
    [
      { source: 'district.xlsx', ledger: district },
      { source: 'missing.xlsx', ledger: await ledgerOf(missing.file) },
    ],
    pack,
  );
  expect(gap.coverage?.find((c) => c.file === 'missing.xlsx')?.figuresMissing).toEqual(['completed']);
  const inputs = [
    { source: 'district.xlsx', ledger: district },
    { source: 'missing.xlsx', ledger: await ledgerOf(missing.file) },
  ];
  const [targets] = buildSummaryLayouts(gap, inputs, pack);
  const note = targets.cells.map((c) => String(c.value ?? '')).find((v) => v.includes('未计入'));
  expect(note).toContain('missing.xlsx（10-缺完成投资列）没有识别出“累计完成投资”列');
}, 60_000);
