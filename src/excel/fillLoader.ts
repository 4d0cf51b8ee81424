/**
 * Reading the fills of many cells within the payload caps. With Range.getCellProperties (ExcelApi 1.9) one call
 * covers a run of consecutive cells in a column (about 140 bytes a cell back, one path out); below 1.9 each cell
 * costs its own fill proxy (about 220 bytes out). Either way the work goes in ~1.5 MB syncs (payload.ts), and a run
 * Excel refuses for its size is halved.
 */
import { toA1 } from '../core/grid';
import { cellsToAreas } from './addresses';
import { forEachPaced, type Pacing } from './bulk';
import { BYTES, runSliced } from './payload';
import { parseArea } from './readGrid';
import type { Capabilities } from './requirements';

/** A fill as loaded: the RangeFill properties we save (colour alone below ExcelApi 1.9). */
export interface LoadedFill {
  color: string | null | undefined;
  pattern?: string;
  patternColor?: string | null;
  tintAndShade?: number | null;
  patternTintAndShade?: number | null;
}

/** Rows [top, top + n) of one column of one sheet. */
interface Run {
  sheet: string;
  col: number;
  top: number;
  n: number;
}

const FILL_PROPS = {
  format: { fill: { color: true, pattern: true, patternColor: true, tintAndShade: true, patternTintAndShade: true } },
};

function runsOf(cells: { sheet: string; row: number; col: number }[]): Run[] {
  const bySheet = new Map<string, { row: number; col: number }[]>();
  for (const c of cells) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), { row: c.row, col: c.col }]);
  const runs: Run[] = [];
  for (const [sheet, list] of bySheet) {
    for (const a of cellsToAreas(list).map(parseArea))
      if (a) runs.push({ sheet, col: a.left, top: a.top, n: a.bottom - a.top + 1 });
  }
  return runs;
}

const halve = (r: Run): [Run, Run] | null =>
  r.n < 2
    ? null
    : [
        { ...r, n: r.n >> 1 },
        { ...r, top: r.top + (r.n >> 1), n: r.n - (r.n >> 1) },
      ];

/** The fills of the cells, keyed `Sheet!A1`. Costs ⌈bytes / 1.5 MB⌉ syncs (none for no cells). */
export async function loadFills(
  context: Excel.RequestContext,
  sheets: Map<string, Excel.Worksheet>,
  cells: { sheet: string; row: number; col: number }[],
  caps: Capabilities,
  pacing: Pacing,
): Promise<Map<string, LoadedFill>> {
  const out = new Map<string, LoadedFill>();
  const put = (r: Run, i: number, f: LoadedFill): void => void out.set(`${r.sheet}!${toA1(r.top + i, r.col)}`, f);
  if (caps.cellProperties) {
    await runSliced(
      runsOf(cells),
      (r) => Math.max(BYTES.proxy + BYTES.action, r.n * BYTES.fill),
      async (slice) => {
        const asked = slice.map((r) => ({
          r,
          props: sheets.get(r.sheet)!.getRangeByIndexes(r.top, r.col, r.n, 1).getCellProperties(FILL_PROPS),
        }));
        await context.sync();
        for (const { r, props } of asked)
          props.value.forEach((row, i) => put(r, i, (row[0].format?.fill ?? { color: null }) as LoadedFill));
      },
      { split: halve },
    );
    return out;
  }
  const one = cells.map((c) => ({ sheet: c.sheet, col: c.col, top: c.row, n: 1 }));
  await runSliced(
    one,
    () => BYTES.proxy + BYTES.action,
    async (slice) => {
      const asked: { r: Run; fill: Excel.RangeFill }[] = [];
      await forEachPaced(slice, pacing, (r) => {
        const fill = sheets.get(r.sheet)!.getCell(r.top, r.col).format.fill;
        fill.load(caps.fillDetails ? 'color,pattern,patternColor,tintAndShade,patternTintAndShade' : 'color');
        asked.push({ r, fill });
      });
      await context.sync();
      for (const { r, fill } of asked) put(r, 0, fill);
    },
  );
  return out;
}
