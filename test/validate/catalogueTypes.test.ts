/**
 * The catalogue's codes and slots are types: IssueSink.add takes only known codes with every parameter. The
 * `@ts-expect-error` lines are checked by `tsc -p tsconfig.json` (an error that stops happening fails the
 * typecheck); the runtime half checks that what the types allow fills every slot.
 */
import { ISSUE_CATALOGUE, ISSUE_CODES, IssueSink } from '../../src/core/validate';

const sink = () => new IssueSink('表', 'project', { lang: 'zh', rules: {} });

test('unknown codes, missing parameters and a cell without its column do not compile', () => {
  const s = sink();
  // @ts-expect-error an unknown code (a typo) is a compile error, not a silently dropped finding
  s.add('over-plna', { row: 5, col: 9 }, { value: 1, planned: 2 });
  // @ts-expect-error {planned} would stay in the user's message
  s.add('over-plan', { row: 5, col: 9 }, { value: 1 });
  // @ts-expect-error a message naming {cell} needs the column
  s.add('over-plan', { row: 5 }, { value: 1, planned: 2 });
  // @ts-expect-error a phrase slot takes one of its phrase keys
  s.add('type-error', { row: 5, col: 9, field: 'total' }, { value: 'x', expected: 'amout' });
  // @ts-expect-error a message naming {suggestion} needs it
  s.add('unit-alias', { row: 5, col: 9, field: 'lead' }, { value: ['发改委'] });
  // What the types stop: at run time those calls leave slots unfilled in the user's message.
  expect(s.issues().filter((i) => /\{\w+\}/.test(i.message)).length).toBe(4);
  const ok = sink();
  ok.add('over-plan', { row: 5, col: 9 }, { value: 3, planned: 2 });
  expect(ok.issues().map((i) => i.message)).toEqual(['J5的完成投资3万元超过年度计划投资2万元，请核实或调整年度计划。']);
});

test('every code has a title, message and help in both languages, and the same slots in each language', () => {
  const slots = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  expect(ISSUE_CODES.length).toBe(ISSUE_CATALOGUE.length);
  for (const t of ISSUE_CATALOGUE) {
    for (const part of [t.title, t.message, t.help]) {
      expect(part.zh).toMatch(/[\u4e00-\u9fa5]/);
      expect(part.en).toMatch(/[A-Za-z]{3}/);
    }
    expect([t.code, [...new Set(slots(t.message.en))]]).toEqual([t.code, [...new Set(slots(t.message.zh))]]);
  }
});
