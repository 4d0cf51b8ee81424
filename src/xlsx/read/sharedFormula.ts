/**
 * Shared formulas: Excel writes the text once, on the range's first cell (`<f t="shared" ref="H3:H5" si="0">`),
 * and an empty `<f t="shared" si="0"/>` on the others. Each other cell's text is the master's with its relative
 * references moved by the cell's offset, as Excel itself shows it.
 */
import { columnIndex, columnLetters } from '../../core/grid';

const TOKEN = /"(?:[^"]|"")*"|'(?:[^']|'')*'!|(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})(?![A-Za-z0-9_(])/g;

export function shiftFormula(text: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return text;
  return text.replace(
    TOKEN,
    (
      whole: string,
      colAbs: string | undefined,
      col: string | undefined,
      rowAbs: string | undefined,
      row: string | undefined,
      offset: number,
    ) => {
      if (col === undefined || row === undefined) return whole; // a string literal or a quoted sheet name
      const before = offset > 0 ? text[offset - 1] : '';
      if (/[A-Za-z0-9_.]/.test(before)) return whole; // part of a name (e.g. "Table1", "LOG10")
      const c = colAbs ? columnIndex(col.toUpperCase()) : columnIndex(col.toUpperCase()) + dCol;
      const r = rowAbs ? Number(row) : Number(row) + dRow;
      if (c < 0 || r < 1) return '#REF!';
      return `${colAbs}${columnLetters(c)}${rowAbs}${r}`;
    },
  );
}
