/** Cell parsers against values worked out by hand. */
import { dateFromNumber, dateFromText, parseCell, parseMeasureNumbers, parseTextNumber } from '../../src/core/parse';
import { defaultPack } from '../../src/core/policy';
import { fieldDef, kindDefFor } from '../../src/core/schema';
import type { FieldDef, FieldId } from '../../src/core/schema/types';

const pack = defaultPack();
// 所属领域 and 资金渠道 take their values from a pack; the others are the schema's own.
const fd = (f: FieldId, kind: 'project' | 'reserve' | 'measure' = 'project') =>
  kindDefFor(kind, pack).fields.find((d) => d.id === f) as FieldDef;
const codes = (c: { problems: { code: string }[] }) => c.problems.map((p) => p.code);

describe('amounts', () => {
  test.each([
    [12000, '万元', 12000, []],
    [1.2, '亿元', 12000, []],
    ['1,234.5', '万元', 1234.5, ['number-as-text']],
    ['１２３', '万元', 123, ['number-as-text']],
    [' 45 ', '万元', 45, ['number-as-text']],
    ['1.5亿', '万元', 15000, ['unit-suspect']],
    ['1.5亿元', '万元', 15000, ['unit-suspect']],
    ['3000万', '亿元', 3000, ['unit-suspect']],
    ['300万元', '万元', 300, []],
    [-5, '万元', -5, ['negative-amount']],
    ['abc', '万元', null, ['type-error']],
    [true, '万元', null, ['type-error']],
  ] as const)('%p in a %s column → %p 万元', (raw, unit, value, problems) => {
    const c = parseCell(fd('total'), raw, { unit });
    expect(c.value).toBe(value);
    expect(codes(c)).toEqual(problems);
    expect(c.empty).toBe(false);
  });

  test('empty-looking cells are empty, not errors', () => {
    for (const raw of [null, '', '  ', '-', '/', '无', '—']) {
      const c = parseCell(fd('total'), raw, { unit: '万元' });
      expect([raw, c.empty, c.value, codes(c)]).toEqual([raw, true, null, []]);
    }
  });

  test('formula errors are typed data', () => {
    const c = parseCell(fd('total'), { error: '#REF!' }, { unit: '万元' });
    expect(c.problems).toEqual([{ code: 'formula-error', params: { error: '#REF!' } }]);
  });
});

describe('dates', () => {
  test.each([
    ['2023-03-15', { year: 2023, month: 3, day: 15 }],
    ['2023/3/15', { year: 2023, month: 3, day: 15 }],
    ['2023.3.15', { year: 2023, month: 3, day: 15 }],
    ['2023年3月15日', { year: 2023, month: 3, day: 15 }],
    ['2023年3月', { year: 2023, month: 3 }],
    ['2023.3', { year: 2023, month: 3 }],
    ['2023-12', { year: 2023, month: 12 }],
    ['２０２３年１０月', { year: 2023, month: 10 }],
    ['20230315', { year: 2023, month: 3, day: 15 }],
  ])('%s', (text, want) => expect(dateFromText(text)).toEqual(want));

  test.each(['2023-13-01', '2023-02-30', '明年', '2023', '23.3'])('%s is no date', (text) =>
    expect(dateFromText(text)).toBeNull(),
  );

  test('Excel serials and year.month numbers', () => {
    expect(dateFromNumber(45000)).toEqual({ year: 2023, month: 3, day: 15 }); // =DATE(2023,3,15) is 45000 (2023-01-01 is 44927)
    expect(dateFromNumber(45291)).toEqual({ year: 2023, month: 12, day: 31 });
    expect(dateFromNumber(2023.3)).toEqual({ year: 2023, month: 3 });
    expect(dateFromNumber(2023.12)).toEqual({ year: 2023, month: 12 });
    expect(dateFromNumber(2023.456)).toBeNull();
    expect(dateFromNumber(5)).toBeNull();
  });
});

describe('percent, enum, measure, units', () => {
  test('completion rates', () => {
    expect(parseCell(fd('rate'), 0.85, { format: '0.0%' }).value).toBe(0.85);
    expect(parseCell(fd('rate'), 1.2, { format: '0%' }).value).toBe(1.2);
    expect(parseCell(fd('rate'), 85, { format: 'General' }).value).toBe(0.85);
    expect(parseCell(fd('rate'), '85%', {}).value).toBe(0.85);
    expect(codes(parseCell(fd('rate'), '八成', {}))).toEqual(['type-error']);
  });

  test('enums: canonical, alias, wrong with a hint', () => {
    expect(parseCell(fd('domain'), '工业').value).toBe('工业');
    expect(parseCell(fd('domain'), ' 城建 ').value).toBe('城镇基础设施');
    expect(parseCell(fd('nature'), '续建').value).toBe('续建');
    const bad = parseCell(fd('domain'), '工业类');
    expect(bad.problems).toEqual([{ code: 'enum-error', params: { suggestion: '工业' } }]);
    expect(codes(parseCell(fd('status', 'measure'), '已结束'))).toEqual(['enum-error']);
    expect(parseCell(fd('status', 'measure'), '进行中').value).toBe('推进中');
  });

  test('a domain field without a pack cannot be parsed: an error, not every value wrong', () => {
    expect(() => parseCell(fieldDef('project', 'domain') as FieldDef, '工业')).toThrow(/kindDefFor/);
    expect(() => parseCell(fieldDef('reserve', 'channel') as FieldDef, '专项债券')).toThrow(/kindDefFor/);
  });

  test('measure numbers', () => {
    expect(parseMeasureNumbers('第6条')).toEqual([6]);
    expect(parseMeasureNumbers('6、7')).toEqual([6, 7]);
    expect(parseMeasureNumbers('十二')).toEqual([12]);
    expect(parseMeasureNumbers('二十六')).toEqual([26]);
    expect(parseMeasureNumbers('见附件')).toBeNull();
    expect(parseCell(fd('measure'), 6).value).toBe(6);
    expect(parseCell(fd('measure'), '6、7').value).toEqual(['6', '7']);
  });

  test('unit lists split on the usual separators by default', () => {
    expect(parseCell(fd('coop'), '区住建局、区财政局，区工信局').value).toEqual(['区住建局', '区财政局', '区工信局']);
  });

  test('text numbers', () => {
    expect(parseTextNumber('1，234')).toEqual({ value: 1234 });
    expect(parseTextNumber('1.5亿')).toEqual({ value: 1.5, unit: '亿元' });
    expect(parseTextNumber('1.2.3')).toBeNull();
  });
});
