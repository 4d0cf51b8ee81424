import type { Ledger } from '../ledger/types';
import type { Summary } from '../totals';
import { chineseDate, COLOUR, FORMAT, LayoutBuilder } from './layout';
import { LedgerSheet } from './ledgerSheet';
import type { Criterion } from './criteria';
import { alt, emptySelection, formulaFor, pick, type Selection } from './planBuilder';
import type { SheetLayout } from './types';

/** The three states of a measure task, as data; other texts are counted under 其他/未填. */
export const TASK_STATES = ['已完成', '推进中', '未启动'];
const OTHER = '其他/未填';

function stateOf(text: string): string {
  const t = text.replace(/\s+/g, '');
  return TASK_STATES.includes(t) ? t : OTHER;
}

/** 措施落实情况: counts of tasks by state (COUNTIFS over the measure ledgers), then every task as text. */
export function measureSheet(summary: Summary, ledgers: Ledger[]): SheetLayout {
  const tasks = summary.measureTasks ?? [];
  const b = new LayoutBuilder('措施落实情况');
  b.title(0, `政策措施落实情况（截至${chineseDate(summary.asOf)}）`, 6);
  b.title(1, '完成状态个数为引用措施任务台账的实时公式；黄色底纹为无法用公式复现的引擎计算值。', 6, false);
  b.header(3, ['完成状态', '任务个数', '核对（引擎计算值）']);
  const sheets = ledgers.map((l) => new LedgerSheet(l));
  const states = [...TASK_STATES, OTHER];
  states.forEach((state, i) => {
    const row = 4 + i;
    const engine = tasks.filter((t) => stateOf(t.status) === state).length;
    const selections: Selection[] = sheets.map((sheet) => {
      const col = sheet.column('status');
      const sel = emptySelection(sheet);
      for (const r of sheet.ledger.rows) {
        const v = col === undefined ? null : sheet.raw(r.row, col);
        const text = typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : '';
        if (stateOf(text) !== state) continue;
        const criteria: Criterion[] =
          col === undefined ? [] : text === '' ? [{ col, op: 'blank' }] : [{ col, op: 'eq', text }];
        pick(sel, r.row, true, [alt(criteria)]);
      }
      if (col !== undefined && state !== OTHER) sel.always = [alt([{ col, op: 'eq', text: state }])];
      return sel;
    });
    const formula = formulaFor({ selections }, engine);
    b.set(row, 0, { value: state });
    b.set(
      row,
      1,
      formula
        ? { formula, value: engine, numberFormat: FORMAT.count }
        : { value: engine, numberFormat: FORMAT.count, fill: COLOUR.check },
    );
    b.set(row, 2, { value: engine, numberFormat: FORMAT.count, fontColor: COLOUR.noneText });
  });
  const listTop = 4 + states.length + 2;
  b.header(listTop, ['措施编号', '政策措施/工作任务', '牵头责任单位', '完成状态', '进展情况']);
  tasks.forEach((t, i) => {
    const row = listTop + 1 + i;
    b.set(row, 0, { value: t.measure || '' });
    b.set(row, 1, { value: t.text, wrap: true }); // ledger text: always a value, never a formula
    b.set(row, 2, { value: t.lead, wrap: true });
    b.set(row, 3, { value: t.status, align: 'center' });
    b.set(row, 4, { value: t.progress, wrap: true });
  });
  const colours = [
    { equals: '已完成', fill: COLOUR.good, fontColor: COLOUR.goodText },
    { equals: '推进中', fill: COLOUR.mid, fontColor: COLOUR.midText },
    { equals: '未启动', fill: COLOUR.bad, fontColor: COLOUR.badText },
  ];
  const range = `D${listTop + 2}:D${Math.max(listTop + 2, listTop + 1 + tasks.length)}`;
  for (const c of colours) b.layout.conditional.push({ range, ...c });
  b.layout.freeze = { rows: 4, cols: 0 };
  b.widths([12, 48, 24, 10, 48]);
  return b.layout;
}
