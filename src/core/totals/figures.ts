import type { Breakdown, Figures } from './types';
import { isProject1e8 } from '../parse/amountUnits';
import type { RowFacts } from './rowFacts';

/** A running sum of Figures; rate is worked out at the end. */
export class FigureSum {
  projects = 0;
  projects1e8 = 0;
  total = 0;
  planned = 0;
  completed = 0;

  add(f: RowFacts): void {
    this.projects += 1;
    if (isProject1e8(f.total)) this.projects1e8 += 1;
    this.total += f.total;
    this.planned += f.planned;
    this.completed += f.completed;
  }

  figures(): Figures {
    const { projects, projects1e8, total, planned, completed } = this;
    return { projects, projects1e8, total, planned, completed, rate: planned === 0 ? null : completed / planned };
  }
}

/** Groups rows by one or more keys each, in the given key order (keys seen but not listed follow, sorted). */
export function breakdown(
  facts: RowFacts[],
  keysOf: (f: RowFacts) => string | string[],
  order: string[] = [],
): Breakdown[] {
  const sums = new Map<string, FigureSum>();
  for (const k of order) sums.set(k, new FigureSum());
  const extra: string[] = [];
  const addTo = (k: string, f: RowFacts) => {
    let s = sums.get(k);
    if (!s) {
      s = new FigureSum();
      sums.set(k, s);
      extra.push(k);
    }
    s.add(f);
  };
  for (const f of facts) {
    const keys = keysOf(f); // one key for most breakdowns: no array per row
    if (typeof keys === 'string') addTo(keys, f);
    else for (const k of keys) addTo(k, f);
  }
  const keys = [...order, ...extra.sort()];
  return keys.map((key) => ({ key, ...(sums.get(key) as FigureSum).figures() }));
}

export function totalFigures(facts: RowFacts[]): Figures {
  const s = new FigureSum();
  for (const f of facts) s.add(f);
  return s.figures();
}
