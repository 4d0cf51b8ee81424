/** State a rule keeps for one sheet (memos of repeated values), without putting it on the shared context. */
import type { SheetContext } from './types';

export function perSheet<T>(init: (sheet: SheetContext) => T): (sheet: SheetContext) => T {
  const states = new WeakMap<SheetContext, T>();
  // Row rules ask once per row, always for the same sheet in a run: one comparison instead of a lookup.
  let last: SheetContext | undefined;
  let lastState: T | undefined;
  return (sheet) => {
    if (sheet === last) return lastState as T;
    let s = states.get(sheet);
    if (s === undefined) states.set(sheet, (s = init(sheet)));
    last = sheet;
    lastState = s;
    return s;
  };
}
