/**
 * The rows a subtotal's formula adds up, when it is a plain sum of cells of its own column: =SUM(D5:D9),
 * =D4+D10+D15, =SUM(D5:D8,D10:D12), =SUBTOTAL(9,D5:D9). Anything else (other columns, other operations) is not
 * modelled: null, and the message falls back to "check the formula's range".
 */
import { columnIndex } from '../../grid';

const REF_RE = /\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/g;
/** What may remain once the references are taken out: the sum's own words and punctuation. */
const PLAIN_SUM_RE = /^=\s*(?:(?:SUM|SUBTOTAL)\s*\(|\s|\+|,|\)|\b(?:9|109)\b)*$/i;

/** 1-based sheet rows the formula adds (a row named twice counts twice), or null when it is not a plain sum. */
export function summedRows(formula: string, col: number): number[] | null {
  const rows: number[] = [];
  let ok = true;
  const rest = formula
    .toUpperCase()
    .replace(REF_RE, (_m, c1: string, r1: string, c2: string | undefined, r2: string | undefined) => {
      if (columnIndex(c1) !== col || (c2 !== undefined && columnIndex(c2) !== col)) ok = false;
      const a = Number(r1);
      const b = r2 === undefined ? a : Number(r2);
      for (let r = Math.min(a, b); r <= Math.max(a, b) && rows.length < 100_000; r++) rows.push(r);
      return ' ';
    });
  return ok && rows.length > 0 && PLAIN_SUM_RE.test(rest) ? rows : null;
}
