import { guardSheets } from './sheetGuard';

/** Activates the sheet and selects the cell (Excel scrolls it into view). Syncs: 2 (check, then select). */
export async function selectCell(context: Excel.RequestContext, sheet: string, a1: string): Promise<void> {
  const guard = guardSheets(context, [sheet]);
  await context.sync();
  guard.check(false);
  const ws = guard.sheets.get(sheet)!.sheet;
  ws.activate();
  ws.getRange(a1).select();
  await context.sync();
}

/**
 * Calls back with the sheet's name whenever the user activates another sheet (ExcelApi 1.7), so the pane can
 * offer to check it. Returns a function that removes the handler.
 */
export async function onSheetActivated(
  context: Excel.RequestContext,
  callback: (sheetName: string) => void,
): Promise<() => Promise<void>> {
  const handler = context.workbook.worksheets.onActivated.add(async (event) => {
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(event.worksheetId);
      ws.load('name');
      await ctx.sync();
      callback(ws.name);
    });
  });
  await context.sync();
  return async () => {
    await Excel.run(handler.context, async (ctx) => {
      handler.remove();
      await ctx.sync();
    });
  };
}
