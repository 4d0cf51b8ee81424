/** 其中 rows: checked against the rows they name (a section, 亿元以上, a 建设性质/所属领域 value), else not at all. */
import { gridFromRows, type CellValue } from '../../src/core/grid';
import { readLedger } from '../../src/core/ledger';
import { defaultPack } from '../../src/core/policy';
import { validateLedger } from '../../src/core/validate';

const pack = defaultPack();
const H: CellValue[] = ['序号', '项目名称', '建设性质', '所属领域', '总投资（万元）'];
const ROWS: CellValue[][] = [
  [1, '甲', '新建', '工业', 20000],
  [2, '乙', '续建', '工业', 3000],
  [3, '丙', '续建', '服务业', 15000],
  [4, '丁', '新建', '交通', 800],
];
const mismatches = (label: string, value: number) =>
  validateLedger(
    readLedger(gridFromRows('q', [H, ...ROWS, ['合计', null, null, null, 38800], [label, null, null, null, value]]), {
      pack,
    }),
    pack,
  )
    .filter((i) => i.code === 'subtotal-mismatch')
    .map((i) => [i.cell, i.suggestion]);

test.each([
  ['其中：亿元以上项目', 35000],
  ['其中：续建项目', 18000],
  ['其中：工业项目', 23000],
])('%s: right when it is %d, reported at its cell when not', (label, right) => {
  expect(mismatches(label, right)).toEqual([]);
  expect(mismatches(label, right + 100)).toEqual([['E7', right]]);
});

test('a 其中 row naming nothing the sheet has is not checked (its subset cannot be told)', () => {
  expect(mismatches('其中：省重点项目', 1)).toEqual([]);
});
