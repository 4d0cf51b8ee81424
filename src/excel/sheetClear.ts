/**
 * Empties a sheet in place (contents, formats, merges, conditional formats, charts, frozen panes), so it keeps its
 * identity: formulas and names elsewhere that point at it stay valid. `charts` must have its items loaded.
 */
export function clearSheet(ws: Excel.Worksheet, charts: Excel.ChartCollection): void {
  const all = ws.getRange();
  all.conditionalFormats.clearAll();
  all.clear();
  for (const ch of charts.items) ch.delete();
  ws.freezePanes.unfreeze();
}
