/** Row rules on hand-built grids: duplicate projects and subtotals, with the rows worked out by hand. */
import { gridFromRows, type CellValue } from '../../src/core/grid';
import { readLedger } from '../../src/core/ledger';
import { defaultPack } from '../../src/core/policy';
import { validateLedger } from '../../src/core/validate';

const H: CellValue[] = ['序号', '项目名称', '建设单位', '总投资', '年度计划投资', '完成投资'];
const pack = defaultPack();

test('a name seen again with the same owner is a duplicate of its first row; another owner is not', () => {
  const g = gridFromRows('d', [
    H,
    [1, '甲项目', '甲公司', 10, 1, 1], // row 2
    [2, '乙项目', null, 10, 1, 1], // row 3
    [3, '甲项目', '乙公司', 10, 1, 1], // row 4: same name, other owner
    [4, '甲 项目', '甲公司', 10, 1, 1], // row 5: same as row 2 once spaces go
    [5, '乙项目', '', 10, 1, 1], // row 6: absent owner matches absent owner (row 3)
    [6, '甲项目', '乙公司', 10, 1, 1], // row 7: same as row 4
    [7, '丙项目', '甲公司', 10, 1, 1], // row 8: unique
    [8, '甲项目', '甲公司', 10, 1, 1], // row 9: same as row 2 again
  ]);
  const dups = validateLedger(readLedger(g, { pack }), pack).filter((i) => i.code === 'duplicate-row');
  expect(dups.map((i) => [i.cell, i.params.first])).toEqual([['B5', 2], ['B6', 3], ['B7', 4], ['B9', 2]]);
});

test('a 合计 row that disagrees with the rows it covers is reported with the right sum', () => {
  const g = gridFromRows('s', [H, [1, '甲', null, 10, 1, 0.5], [2, '乙', null, 20.25, 2, 1], ['合计', null, null, 30.25, 4, 1.5]]);
  const subs = validateLedger(readLedger(g, { pack }), pack).filter((i) => i.code === 'subtotal-mismatch');
  expect(subs.map((i) => [i.cell, i.suggestion])).toEqual([['E4', 3]]);
});
