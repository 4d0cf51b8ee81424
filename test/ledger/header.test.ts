/** Header detection and mapping on hand-built grids. */
import { gridFromRows, type CellValue, type MergeArea } from '../../src/core/grid';
import { detectHeader, normaliseHeader } from '../../src/core/header';
import { readLedger } from '../../src/core/ledger';

test('header text normalisation', () => {
  expect(normaliseHeader('投资情况（万元）')).toEqual({ text: '投资情况', unit: '万元' });
  expect(normaliseHeader('2023年\n计划投资(亿元)')).toEqual({ text: '计划投资', unit: '亿元', year: 2023 });
  expect(normaliseHeader('1-10月完成投资')).toEqual({ text: '完成投资', month: 10 });
  expect(normaliseHeader('1—10月份完成投资')).toEqual({ text: '完成投资', month: 10 });
  expect(normaliseHeader('截至9月底累计完成投资')).toEqual({ text: '完成投资', month: 9 });
  expect(normaliseHeader('所属乡镇（街道、园区）')).toEqual({ text: '所属乡镇' });
  expect(normaliseHeader(' 项目 名称 *')).toEqual({ text: '项目名称' });
  expect(normaliseHeader('总投资亿元')).toEqual({ text: '总投资', unit: '亿元' });
});

const rows = (...r: CellValue[][]) => r;

test('a plain one-row header with the unit in a note and the month in a header', () => {
  const g = gridFromRows(
    's',
    rows(
      ['2023年重点项目推进表'],
      ['单位：亿元'],
      ['序号', '项目名称', '总投资', '年度计划投资', '1-8月完成投资', '所属领域'],
      [1, '甲项目', 1.2, 0.5, 0.3, '工业'],
    ),
  );
  const h = detectHeader(g);
  expect([h.kind, h.firstRow, h.lastRow]).toEqual(['project', 3, 3]);
  expect(h.columns.map((c) => [c.field, c.letter, c.unit, c.unitSource])).toEqual([
    ['seq', 'A', undefined, undefined],
    ['name', 'B', undefined, undefined],
    ['total', 'C', '亿元', 'note'],
    ['planned', 'D', '亿元', 'note'],
    ['completed', 'E', '亿元', 'note'],
    ['domain', 'F', undefined, undefined],
  ]);
  expect(h.asOf).toEqual({ year: 2023, month: 8, source: 'E3' });
});

test('duplicate headers keep the first column; unknown headers are listed; units default to 万元', () => {
  const g = gridFromRows('s', rows(['项目名称', '总投资', '计划总投资', '经办人'], ['甲', 1, 2, '李']));
  const h = detectHeader(g);
  expect(h.columns.map((c) => [c.field, c.letter, c.unit, c.unitSource])).toEqual([
    ['name', 'A', undefined, undefined],
    ['total', 'B', '万元', 'default'],
  ]);
  expect(h.duplicates.map((c) => [c.field, c.letter])).toEqual([['total', 'C']]);
  expect(h.unmapped).toEqual([{ col: 3, letter: 'D', header: '经办人' }]);
});

test('a sheet that is no ledger is unknown, and reading it yields no rows', () => {
  const g = gridFromRows('s', rows(['会议纪要'], ['时间', '2023-05-01'], ['地点', '区政府']));
  expect(detectHeader(g).kind).toBe('unknown');
  expect(readLedger(g).rows).toEqual([]);
});

test('the kind is told from the columns', () => {
  const reserve = gridFromRows(
    'r',
    rows(['项目名称', '总投资', '资金渠道', '前期工作进展'], ['甲', 1, '专项债券', '可研']),
  );
  const measure = gridFromRows(
    'm',
    rows(
      ['措施编号', '政策措施', '牵头责任单位', '完成时限', '完成状态'],
      [1, '任务', '区工信局', '2023年12月', '推进中'],
    ),
  );
  expect(detectHeader(reserve).kind).toBe('reserve');
  expect(detectHeader(measure).kind).toBe('measure');
});

test('merged two-row header without a merge on the group: columns under 投资情况 get its unit', () => {
  const merges: MergeArea[] = [
    { top: 0, left: 0, bottom: 1, right: 0 },
    { top: 0, left: 1, bottom: 0, right: 2 },
  ];
  const g = gridFromRows(
    's',
    rows(['项目名称', '投资情况（亿元）', null], [null, '总投资', '1-6月完成投资'], ['甲', 2, 1]),
    { merges },
  );
  const h = detectHeader(g);
  expect([h.firstRow, h.lastRow]).toEqual([1, 2]);
  expect(h.columns.map((c) => [c.field, c.header, c.unit])).toEqual([
    ['name', '项目名称', undefined],
    ['total', '投资情况（亿元）/总投资', '亿元'],
    ['completed', '投资情况（亿元）/1-6月完成投资', '亿元'],
  ]);
  expect(readLedger(g).rows[0].cells.total?.value).toBe(20000);
});
