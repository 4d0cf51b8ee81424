/** QA pass (issue 3): the forms clerks write for deadlines and as-of notes, and 建设地点 in a reserve library. */
import { gridFromRows } from '../../src/core/grid';
import { detectHeader } from '../../src/core/header';
import { asOfFromNote } from '../../src/core/header/asOf';
import { parseCell } from '../../src/core/parse';
import { fieldDef } from '../../src/core/schema';
import type { FieldDef } from '../../src/core/schema/types';

const deadline = fieldDef('measure', 'deadline') as FieldDef;
const end = fieldDef('project', 'end') as FieldDef;
const codes = (c: { problems: { code: string }[] }) => c.problems.map((p) => p.code);

describe('完成时限 accepts the forms clerks write', () => {
  test.each([
    ['2023年底', { year: 2023, month: 12, day: 31 }],
    ['2023年年底前', { year: 2023, month: 12, day: 31 }],
    ['2023年6月底', { year: 2023, month: 6, day: 30 }],
    ['2024年2月底', { year: 2024, month: 2, day: 29 }], // leap year
    ['2023年12月', { year: 2023, month: 12 }],
  ])('%s reads as a date', (text, date) => {
    const c = parseCell(deadline, text);
    expect(codes(c)).toEqual([]);
    expect(c.value).toEqual(date);
  });

  test.each(['长期坚持', '持续推进', '每季度', '每月', '年底前', '3月份', ' 长期坚持 '])(
    '%p is an accepted term, kept as written',
    (text) => {
      const c = parseCell(deadline, text);
      expect(codes(c)).toEqual([]);
      expect(c.value).toBe(text.trim());
    },
  );

  test.each(['尽快吧', '2023年13月底', '13月份', '每'])('%p is still no deadline', (text) => {
    expect(codes(parseCell(deadline, text))).toEqual(['type-error']);
  });

  test('a project end date is a date: the deadline terms are not accepted there', () => {
    expect(codes(parseCell(end, '长期坚持'))).toEqual(['type-error']);
  });
});

describe('as-of from note rows', () => {
  test.each([
    ['更新时间：2023年9月30日', { year: 2023, month: 9, day: 30 }],
    ['统计时间：2023-09-30', { year: 2023, month: 9, day: 30 }],
    ['数据截至2023年9月', { year: 2023, month: 9 }],
    ['截止时间：2023年10月31日', { year: 2023, month: 10, day: 31 }],
  ])('%s', (text, date) => {
    expect(asOfFromNote(text, 'A2')).toEqual({ ...date, source: 'A2' });
  });

  test('a title with a year is no as-of note', () => {
    expect(asOfFromNote('2023年源汇区重点项目台账', 'A1')).toBeNull();
  });

  test('the reserve library note row (单位：亿元　　更新时间：2023年9月30日) gives the as-of date; 建设地点 maps to location', () => {
    const g = gridFromRows('储备', [
      ['源汇区重大项目储备库（2023年）'],
      ['单位：亿元　　更新时间：2023年9月30日'],
      ['序号', '项目名称', '所属领域', '建设地点', '总投资（亿元）', '资金渠道', '前期工作进展'],
      [1, '甲项目', '新基建', '源汇新区', 4.04, '专项债券', '已完成项目建议书'],
    ]);
    const h = detectHeader(g);
    expect(h.kind).toBe('reserve');
    expect(h.asOf).toEqual({ year: 2023, month: 9, day: 30, source: 'A2' });
    expect(h.columns.find((c) => c.field === 'location')?.letter).toBe('D');
    expect(h.unmapped).toEqual([]);
  });
});
