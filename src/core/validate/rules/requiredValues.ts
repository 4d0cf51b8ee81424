/** Required values: a required field's cell is empty (项目名称, 总投资...). */
import type { RowRule } from './types';

export const REQUIRED_VALUES: RowRule = {
  codes: ['required-missing'],
  check(view, { sink }) {
    for (let i = 0; i < view.count; i++) {
      const c = view.cells[i];
      if (c.cell.empty && c.column.def.required)
        sink.add('required-missing', { row: view.row.row, col: c.column.col, field: c.column.field });
    }
  },
};
