import { protectedSheetError, sheetNotFoundError } from './errors';

/** A sheet proxy whose existence and protection are loaded in the caller's validation sync. */
export interface GuardedSheet {
  name: string;
  sheet: Excel.Worksheet;
}

/** Queues the loads; call check() after the sync. Used so every write validates BEFORE its first write sync. */
export function guardSheets(context: Excel.RequestContext, names: string[]): { sheets: Map<string, GuardedSheet>; check(needWrite: boolean): void } {
  const sheets = new Map<string, GuardedSheet>();
  for (const name of new Set(names)) {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    sheet.load('name');
    sheet.protection.load('protected');
    sheets.set(name, { name, sheet });
  }
  return {
    sheets,
    check(needWrite: boolean) {
      for (const g of sheets.values()) {
        if (g.sheet.isNullObject) throw sheetNotFoundError(g.name);
        if (needWrite && g.sheet.protection.protected) throw protectedSheetError(g.name);
      }
    },
  };
}
