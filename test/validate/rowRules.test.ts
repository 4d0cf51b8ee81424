/** Row rules on hand-built grids: duplicate projects and subtotals, with the rows worked out by hand. */
import { gridFromRows, type CellValue } from '../../src/core/grid';
import { readLedger } from '../../src/core/ledger';
import { defaultPack } from '../../src/core/policy';
import { validateLedger } from '../../src/core/validate';

const H: CellValue[] = ['序号', '项目名称', '建设单位', '总投资', '年度计划投资', '完成投资'];
const pack = defaultPack();

test('a name seen again is a duplicate whatever the owner; it names the row it is the same project as', () => {
  const g = gridFromRows('d', [
    H,
    [1, '甲项目', '甲公司', 10, 1, 1], // row 2
    [2, '乙项目', null, 10, 1, 1], // row 3
    [3, '甲项目', '乙公司', 20, 1, 1], // row 4: same name, other owner and total: another project of the same name
    [4, '甲 项目', '甲公司', 30, 1, 1], // row 5: row 2's project once spaces go (same owner)
    [5, '乙项目', '', 10, 1, 1], // row 6: no owners to compare, the same total as row 3
    [6, '甲项目', '丙公司', 20, 1, 1], // row 7: row 4's project (same total)
    [7, '丙项目', '甲公司', 10, 1, 1], // row 8: unique
    [8, '甲项目（一期）', '甲公司', 10, 1, 1], // row 9: unique (another name)
    [9, '甲项目(一期)', '丁公司', 40, 1, 1], // row 10: the same name as row 9 in other brackets, another project
  ]);
  const dups = validateLedger(readLedger(g, { pack }), pack).filter((i) => i.code === 'duplicate-row');
  expect(dups.map((i) => [i.cell, i.params.first, i.params.relation])).toEqual([
    ['B4', 2, 'different'],
    ['B5', 2, 'owner'],
    ['B6', 3, 'total'],
    ['B7', 4, 'total'],
    ['B10', 9, 'different'],
  ]);
  expect(dups[0].message).toBe(
    'B4的项目“甲项目”与第2行重名，但建设单位和总投资都不同，汇总时两行都计入；如是同一项目请合并，如是不同项目请改名以便区分。',
  );
  expect(dups[1].message).toBe(
    'B5的项目“甲 项目”与第2行重名，建设单位也相同，汇总时按同一项目只计一次；请核实后删除或合并其中一行。',
  );
});

test('a 合计 row that disagrees with the rows it covers is reported with the right sum', () => {
  const g = gridFromRows('s', [
    H,
    [1, '甲', null, 10, 1, 0.5],
    [2, '乙', null, 20.25, 2, 1],
    ['合计', null, null, 30.25, 4, 1.5],
  ]);
  const subs = validateLedger(readLedger(g, { pack }), pack).filter((i) => i.code === 'subtotal-mismatch');
  expect(subs.map((i) => [i.cell, i.suggestion])).toEqual([['E4', 3]]);
});
