import { criterionText, escapeWildcards, isPredictable, matches } from '../../src/core/report/criteria';

describe('SUMIFS criteria as data', () => {
  test('wildcards in typed names are escaped so a name matches only itself', () => {
    expect(escapeWildcards('区工信局*')).toBe('区工信局~*');
    expect(escapeWildcards('a?b~c')).toBe('a~?b~~c');
    expect(criterionText({ col: 0, op: 'contains', text: '区工信局' })).toBe('*区工信局*');
    expect(criterionText({ col: 0, op: 'gte', num: 10000 })).toBe('>=10000');
    expect(criterionText({ col: 0, op: 'blank' })).toBe('');
  });

  test('texts Excel would read as numbers or operators are not predicted', () => {
    expect(isPredictable({ col: 0, op: 'eq', text: '1' })).toBe(false);
    expect(isPredictable({ col: 0, op: 'eq', text: '=工业' })).toBe(false);
    expect(isPredictable({ col: 0, op: 'eq', text: ' 工业' })).toBe(false);
    expect(isPredictable({ col: 0, op: 'eq', text: 'x'.repeat(300) })).toBe(false);
    expect(isPredictable({ col: 0, op: 'eq', text: '工业' })).toBe(true);
  });

  test('matching is case-insensitive text; numbers only meet numeric criteria', () => {
    expect(matches({ col: 0, op: 'eq', text: 'ABC' }, 'abc')).toBe(true);
    expect(matches({ col: 0, op: 'eq', text: '200' }, 200)).toBe(false);
    expect(matches({ col: 0, op: 'contains', text: '区工信局' }, '区发展改革委、区工信局')).toBe(true);
    expect(matches({ col: 0, op: 'gte', num: 1 }, '2')).toBe(false);
    expect(matches({ col: 0, op: 'blank' }, null)).toBe(true);
  });
});
