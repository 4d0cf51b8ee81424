import type { Ledger } from '../ledger/types';
import { cellText } from './rowFacts';
import type { Summary } from './types';

/** The rows of measure task ledgers, as the 措施落实情况 sheet lists them. */
export function measureTasks(ledgers: Ledger[]): NonNullable<Summary['measureTasks']> {
  const out: NonNullable<Summary['measureTasks']> = [];
  for (const l of ledgers) {
    for (const r of l.rows) {
      const numCell = r.cells.measure ?? r.cells.seq;
      const n = typeof numCell?.value === 'number' ? numCell.value : parseInt(/\d+/.exec(cellText(numCell).normalize('NFKC'))?.[0] ?? '', 10);
      out.push({
        measure: Number.isFinite(n) ? n : 0,
        text: cellText(r.cells.name) || cellText(r.cells.content),
        lead: cellText(r.cells.lead),
        status: cellText(r.cells.status),
        progress: cellText(r.cells.progress),
      });
    }
  }
  return out;
}
