/** Issues → marks, the one function both ports' callers use (CLI --out, the pane's 在表中标记). */
import { issueMarks } from '../../src/core/port/issueMarks';
import type { Issue } from '../../src/core/validate/types';

const issue = (over: Partial<Issue>): Issue => ({
  code: 'over-total',
  severity: 'error',
  sheet: '项目台账',
  message: 'm',
  params: {},
  ...over,
});

test('one mark per issue with a cell: 0-based row and column, its severity, the message as the note', () => {
  const marks = issueMarks([
    issue({ cell: 'K10', message: 'K10的完成投资超过总投资' }),
    issue({ cell: 'AB3', severity: 'info', sheet: '储备', message: 'n' }),
  ]);
  expect(marks).toEqual([
    { sheet: '项目台账', row: 9, col: 10, severity: 'error', note: 'K10的完成投资超过总投资' },
    { sheet: '储备', row: 2, col: 27, severity: 'info', note: 'n' },
  ]);
});

test('an issue about a row or the header (no cell) is not marked', () => {
  expect(issueMarks([issue({ row: 7 }), issue({ code: 'missing-field', severity: 'warning' })])).toEqual([]);
});
