import { leadingMeasureNumber, measureNumberFromCell } from '../../src/core/measure';
import { chineseNumber as chineseNumeral } from '../../src/core/parse/chineseNumber';

test('Chinese numerals up to the twenties', () => {
  expect([
    chineseNumeral('三'),
    chineseNumeral('十'),
    chineseNumeral('十二'),
    chineseNumeral('二十六'),
    chineseNumeral('二十'),
  ]).toEqual([3, 10, 12, 26, 20]);
  expect(chineseNumeral('十二三')).toBeUndefined();
  expect(chineseNumeral('项目')).toBeUndefined();
  // the same parser reads years digit by digit and counts with 百, for the policy text
  expect([
    chineseNumeral('二〇二三'),
    chineseNumeral('一百二十'),
    chineseNumeral('一百零五'),
    chineseNumeral('１２'),
  ]).toEqual([2023, 120, 105, 12]);
  expect([chineseNumeral('十十'), chineseNumeral('二百百'), chineseNumeral('')]).toEqual([
    undefined,
    undefined,
    undefined,
  ]);
});

test('measure cells as clerks type them', () => {
  expect([3, '3', '措施3', '第13条', '（十二）', '12.', ' １２ '].map(measureNumberFromCell)).toEqual([
    3, 3, 3, 13, 12, 12, 12,
  ]);
  expect([0, 2.5, '', '工业', null].map(measureNumberFromCell)).toEqual([
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
  ]);
});

test('a number leading the task text, but not a quantity', () => {
  expect(leadingMeasureNumber('12. 积极争取上级政策资金')).toEqual({ number: 12, rest: '积极争取上级政策资金' });
  expect(leadingMeasureNumber('（十二）积极争取')?.number).toBe(12);
  expect(leadingMeasureNumber('第12条 积极争取')?.number).toBe(12);
  expect(leadingMeasureNumber('第十二条 积极争取')?.number).toBe(12);
  expect(leadingMeasureNumber('措施12：积极争取')?.number).toBe(12);
  expect(leadingMeasureNumber('（１２）积极争取')?.number).toBe(12);
  expect(leadingMeasureNumber('12、积极争取')?.number).toBe(12);
  expect(leadingMeasureNumber('33个亿元以上项目')).toBeUndefined();
  expect(leadingMeasureNumber('2023年计划')).toBeUndefined();
  expect(leadingMeasureNumber('1.5亿元')).toBeUndefined();
});
