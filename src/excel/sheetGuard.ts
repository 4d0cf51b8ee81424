import { protectedSheetError, sheetNotFoundError, structureProtectedError } from './errors';

/** A sheet proxy whose existence and protection are loaded in the caller's validation sync. */
export interface GuardedSheet {
  name: string;
  sheet: Excel.Worksheet;
}

/** What a write may do on a sheet, after the validation sync. */
export interface SheetAccess {
  /** Review → Protect Sheet is on: only unlocked cells take values (check `format.protection.locked`). */
  protected: boolean;
  /** Formats (fills, number formats) may change: unprotected, or protected with "Format cells" allowed. */
  canFormat: boolean;
}

/**
 * Queues the loads; call check() after the sync. Used so every write validates BEFORE its first write sync.
 * Protection is per sheet and, when on, per cell (Excel lets an add-in write unlocked cells) and per kind of change
 * (WorksheetProtectionOptions.allowFormatCells, ExcelApi 1.2), so check() only refuses what can never work:
 * `need: 'format'` refuses a protected sheet that forbids formatting; `'content'` leaves the per-cell check to the
 * caller (`access`).
 */
export function guardSheets(
  context: Excel.RequestContext,
  names: string[],
): {
  sheets: Map<string, GuardedSheet>;
  check(need: 'none' | 'content' | 'format'): void;
  access(name: string): SheetAccess;
} {
  const sheets = new Map<string, GuardedSheet>();
  for (const name of new Set(names)) {
    const sheet = context.workbook.worksheets.getItemOrNullObject(name);
    sheet.load('name');
    sheet.protection.load('protected,options');
    sheets.set(name, { name, sheet });
  }
  const access = (name: string): SheetAccess => {
    const p = sheets.get(name)!.sheet.protection;
    const isProtected = p.protected === true;
    return { protected: isProtected, canFormat: !isProtected || p.options?.allowFormatCells === true };
  };
  return {
    sheets,
    access,
    check(need) {
      for (const g of sheets.values()) {
        if (g.sheet.isNullObject) throw sheetNotFoundError(g.name);
        if (need === 'format' && !access(g.name).canFormat) throw protectedSheetError(g.name);
      }
    },
  };
}

/**
 * Workbook structure protection (Review → Protect Workbook, Workbook.protection, ExcelApi 1.7): no sheet can be added,
 * deleted, moved or renamed. Queue it with the validation sync of any action that adds or deletes sheets.
 */
export function guardStructure(context: Excel.RequestContext): { check(): void } {
  const p = context.workbook.protection;
  p.load('protected');
  return {
    check() {
      if (p.protected) throw structureProtectedError();
    },
  };
}
