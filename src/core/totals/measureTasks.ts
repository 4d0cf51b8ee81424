import type { Ledger } from '../ledger/types';
import { RowMeasureReader } from '../measure';
import type { Measure } from '../policy/types';
import { cellText } from './rowFacts';
import type { Summary } from './types';

/**
 * The rows of measure task ledgers, as the 措施落实情况 sheet lists them; each row's measure as validate and fill
 * read it (0: none).
 */
export function measureTasks(ledgers: Ledger[], measures: Measure[]): NonNullable<Summary['measureTasks']> {
  const out: NonNullable<Summary['measureTasks']> = [];
  for (const l of ledgers) {
    const reader = new RowMeasureReader(l, measures);
    for (const r of l.rows) {
      const found = reader.of(r);
      out.push({
        // A number the policy lacks is still the clerk's: listed as written, not dropped.
        measure: found.kind === 'match' ? found.measure.number : found.kind === 'miss' ? (found.unknown ?? 0) : 0,
        text: cellText(r.cells.name) || cellText(r.cells.content),
        lead: cellText(r.cells.lead),
        status: cellText(r.cells.status),
        progress: cellText(r.cells.progress),
      });
    }
  }
  return out;
}
