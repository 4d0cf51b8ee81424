import type { ContextRunner, ExcelRunner } from './host';
import { guardSheets } from './sheetGuard';

/** Activates the sheet and selects the cell (Excel scrolls it into view). Syncs: 2 (check, then select). */
export async function selectCell(context: Excel.RequestContext, sheet: string, a1: string): Promise<void> {
  const guard = guardSheets(context, [sheet]);
  await context.sync();
  guard.check('none');
  const ws = guard.sheets.get(sheet)!.sheet;
  ws.activate();
  ws.getRange(a1).select();
  await context.sync();
}

/**
 * Calls back with the sheet's name whenever the active sheet changes (worksheets.onActivated, ExcelApi 1.7), so
 * the pane can show it as the current sheet. The event gives only the worksheet's id, so each event costs one
 * small batch (run) to look its name up; a sheet deleted meanwhile is skipped. Returns a function that removes
 * the handler in the context it was added in (runIn). Syncs: 1 to add, 1 per event, 1 to remove.
 */
export async function onSheetActivated(
  context: Excel.RequestContext,
  callback: (sheetName: string) => void,
  run: ExcelRunner,
  runIn: ContextRunner,
): Promise<() => Promise<void>> {
  const handler = context.workbook.worksheets.onActivated.add(async (event) => {
    const name = await run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItemOrNullObject(event.worksheetId);
      ws.load('name');
      await ctx.sync();
      return ws.isNullObject ? null : ws.name;
    });
    if (name !== null) callback(name);
  });
  await context.sync();
  return async () => {
    await runIn(handler.context as Excel.RequestContext, async (ctx) => {
      handler.remove();
      await ctx.sync();
    });
  };
}
