/**
 * Parse problems turned into issues: what the cell parsers found (parse/), one handler per problem code. A
 * problem code with no handler is a programming error and throws, so a new parser finding cannot vanish.
 */
import { TO_WAN } from '../../parse/amount';
import { displayValue } from '../../parse';
import type { FieldType } from '../../schema/types';
import type { IssueCode, IssueParams } from '../catalogue';
import type { IssueSink } from '../IssueSink';
import { cellAt, type CellAt, type CheckedCell, type RowRule } from './types';

type Expected = IssueParams<'type-error'>['expected'];
type Handler = (sink: IssueSink, at: CellAt, c: CheckedCell, params: Record<string, string | number>) => void;

const EXPECTED: Partial<Record<FieldType, Expected>> = {
  amount: 'amount',
  percent: 'percent',
  date: 'date',
  integer: 'integer',
  measure: 'measure',
};

const HANDLERS = {
  'type-error': (sink, at, c) => {
    sink.add('type-error', at, { value: displayValue(c.cell.raw), expected: EXPECTED[c.column.def.type] ?? 'other' });
  },
  'number-as-text': (sink, at, c) => {
    // Read in 万元; the value to store is the same number in the column's own unit (3.9 in a 亿元 column).
    const wan = c.cell.value;
    if (typeof wan !== 'number') return;
    const inColumn = Math.round((wan / TO_WAN[c.column.unit ?? '万元']) * 1e6) / 1e6;
    sink.add('number-as-text', at, { value: displayValue(c.cell.raw), wan, suggestion: inColumn });
  },
  'unit-suspect': (sink, at, c, p) => {
    sink.add('unit-suspect', at, {
      value: displayValue(c.cell.raw),
      unit: String(p.unit),
      wan: p.converted,
      suggestion: p.inColumn,
    });
  },
  'enum-error': (sink, at, c, p) => {
    const near = p.suggestion;
    const allowed = c.column.def.enumValues ?? [];
    sink.add('enum-error', at, {
      value: displayValue(c.cell.raw),
      allowed,
      hint: near === undefined ? 'none' : 'near',
      near: near ?? '',
      suggestion: near,
    });
  },
  'formula-no-value': (sink, at, _c, p) => {
    sink.add('formula-no-value', at, { formula: String(p.formula) });
  },
  'formula-error': (sink, at, _c, p) => {
    sink.add('formula-error', at, { value: String(p.error) });
  },
  'negative-amount': (sink, at, c) => {
    sink.add('negative-amount', at, { value: displayValue(c.cell.raw) });
  },
} satisfies Partial<Record<IssueCode, Handler>>;

const handlers: Record<string, Handler | undefined> = HANDLERS;

export const PARSE_PROBLEMS: RowRule = {
  codes: Object.keys(HANDLERS) as IssueCode[],
  subtotals: true,
  check(view, { sink }) {
    for (let i = 0; i < view.count; i++) {
      const c = view.cells[i];
      const problems = c.cell.problems;
      for (let j = 0; j < problems.length; j++) {
        const p = problems[j];
        const handle = handlers[p.code];
        if (!handle) throw new Error(`parse problem with no rule: ${p.code}`);
        handle(sink, cellAt(view, c), c, p.params ?? {});
      }
    }
  },
};
