/**
 * A cell's fill as Taizhang saves it before marking and puts back on clear. With ExcelApi 1.9 a fill is more than a
 * colour: pattern, pattern colour and the two tints (RangeFill.pattern / patternColor / tintAndShade /
 * patternTintAndShade). Below 1.9 only the colour can be read; "no fill" then reads as white (#FFFFFF), so white is
 * restored as "no fill" there (the pane says so via missingFeatures).
 */
import type { LoadedFill } from './fillLoader';

export interface SavedFill {
  /** null = no fill (restored with fill.clear()). */
  color: string | null;
  pattern?: string;
  patternColor?: string | null;
  tintAndShade?: number | null;
  patternTintAndShade?: number | null;
}

/** Gradient fills cannot be written back through Office.js (RangeFill has no gradient stops): we do not mark over them. */
export function isGradient(f: SavedFill): boolean {
  return f.pattern === 'LinearGradient' || f.pattern === 'RectangularGradient';
}

/** A loaded fill → what to restore. */
export function savedFill(fill: LoadedFill, details: boolean): SavedFill {
  if (!details) return { color: fill.color == null || fill.color.toUpperCase() === '#FFFFFF' ? null : fill.color };
  if (fill.pattern === 'None' || fill.color == null) return { color: null };
  return {
    color: fill.color,
    pattern: fill.pattern,
    patternColor: fill.patternColor ?? null,
    tintAndShade: fill.tintAndShade ?? null,
    patternTintAndShade: fill.patternTintAndShade ?? null,
  };
}

/** Whether the cell's fill now is exactly the mark Taizhang put there (so clearing may touch it). */
export function stillOurMark(fill: LoadedFill, mark: string, details: boolean): boolean {
  if (fill.color == null || fill.color.toUpperCase() !== mark.toUpperCase()) return false;
  return !details || fill.pattern === 'Solid' || fill.pattern === undefined;
}

/** Queues the restore of one saved fill on a range or range areas. */
export function applyFill(fill: Excel.RangeFill, f: SavedFill): void {
  if (f.color === null) {
    fill.clear();
    return;
  }
  fill.color = f.color;
  if (f.pattern && f.pattern !== 'Solid') fill.pattern = f.pattern as Excel.FillPattern;
  if (f.patternColor) fill.patternColor = f.patternColor;
  if (typeof f.tintAndShade === 'number' && f.tintAndShade !== 0) fill.tintAndShade = f.tintAndShade;
  if (typeof f.patternTintAndShade === 'number' && f.patternTintAndShade !== 0)
    fill.patternTintAndShade = f.patternTintAndShade;
}

/** A stable key to group cells that get the same fill back (one call per distinct fill). */
export function fillKey(f: SavedFill): string {
  return JSON.stringify([
    f.color,
    f.pattern ?? null,
    f.patternColor ?? null,
    f.tintAndShade ?? null,
    f.patternTintAndShade ?? null,
  ]);
}
