/** Row classification on hand-built grids: sections, subtotals and what they cover, footers, blanks. */
import { gridFromRows, type CellValue } from '../../src/core/grid';
import { readLedger } from '../../src/core/ledger';

const H: CellValue[] = ['序号', '项目名称', '总投资', '年度计划投资', '牵头单位'];

test('a 小计 heading its section covers the rows below it; 总计 covers all; numbers beside a section label keep it a section', () => {
  const g = gridFromRows('s', [
    H,
    ['总计', null, 60, 6, null], // row 2
    ['一、工业项目（2个）', null, 30, 3, null], // row 3: a section with its sums beside it
    ['小计', null, 30, 3, null], // row 4: heads its section
    [1, '甲', 10, 1, '区工信局'],
    [2, '乙', 20, 2, '区工信局'],
    ['（二）服务业', null, null, null, null], // row 7
    [3, '丙', 30, 3, '区商务局'],
    ['小计', null, 30, 3, null], // row 9: closes its section
    [],
    ['填报人：李四'],
  ]);
  const l = readLedger(g);
  expect(l.rows.map((r) => [r.row, r.section])).toEqual([
    [5, '一、工业项目（2个）'],
    [6, '一、工业项目（2个）'],
    [8, '（二）服务业'],
  ]);
  expect(l.sections.map((s) => s.row)).toEqual([3, 7]);
  expect(l.subtotals.map((s) => [s.row, s.kind, s.covers])).toEqual([
    [2, '总计', [5, 6, 8]],
    [4, '小计', [5, 6]],
    [9, '小计', [8]],
  ]);
  expect(l.blankRows).toEqual([]); // the blank before the footer ends the table
});

test('a task whose text starts with （十四） is a task, not a section', () => {
  const g = gridFromRows('m', [
    ['措施编号', '政策措施', '牵头责任单位', '完成时限', '完成状态'],
    [14, '（十四）发挥国有平台公司融资撬动作用', '区城发投', '2023年12月', '推进中'],
    ['二、扩大政府投资', null, null, null, null],
  ]);
  const l = readLedger(g);
  expect(l.kind).toBe('measure');
  expect(l.rows.map((r) => r.row)).toEqual([2]);
  expect(l.sections.map((s) => s.row)).toEqual([3]);
});

test('blank rows inside the data are recorded; trailing ones are not', () => {
  const g = gridFromRows('s', [H, [1, '甲', 1, 1, null], [null, '  '], [2, '乙', 1, 1, null], [], []]);
  expect(readLedger(g).blankRows).toEqual([3]);
});
