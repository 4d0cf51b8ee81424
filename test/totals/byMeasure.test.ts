/**
 * The by-measure breakdown reads a row's 对应措施 with the core's one measureOfRow, as validate and fill do: a
 * cell citing several measures is not counted under the first number it holds.
 */
import { gridFromRows, type CellValue } from '../../src/core/grid';
import { readLedger } from '../../src/core/ledger';
import { defaultPack } from '../../src/core/policy';
import { computeSummary, SEVERAL_MEASURES, UNMATCHED_MEASURE } from '../../src/core/totals';
import { validateLedger } from '../../src/core/validate';

const pack = defaultPack();
const HEAD = ['项目名称', '总投资', '年度计划投资', '完成投资', '对应措施'];

test('a row citing 6、7 is counted as several measures, not as measure 6; an unknown number as unmatched', () => {
  const cited: CellValue[] = [6, '措施6', '6、7', '第7条', 99, '见附件', null];
  const rows = cited.map((m, i): CellValue[] => [`项目${i + 1}`, 20000, 10000, 1000 * (i + 1), m]);
  const ledger = readLedger(gridFromRows('台账', [HEAD, ...rows]), { pack });
  const s = computeSummary([{ source: 'a.xlsx', ledger }], pack);
  const by = Object.fromEntries(s.byMeasure.map((b) => [b.key, [b.projects, b.completed]]));
  expect(by).toEqual({
    措施6: [2, 3000],
    措施7: [1, 4000],
    [SEVERAL_MEASURES]: [1, 3000],
    [UNMATCHED_MEASURE]: [2, 5000 + 6000],
    未填: [1, 7000],
  });
  expect(s.byMeasure.map((b) => b.key)).toEqual(['措施6', '措施7', SEVERAL_MEASURES, UNMATCHED_MEASURE, '未填']);
  // nothing is lost: the breakdown adds up to the total
  expect(s.byMeasure.reduce((n, b) => n + b.completed, 0)).toBe(s.totals.completed);
  // validate says the same of the cells the totals could not put under one measure
  const unknown = validateLedger(ledger, pack).filter((i) => i.field === 'measure');
  expect(unknown.map((i) => i.cell)).toEqual(expect.arrayContaining(['E6', 'E7']));
});
