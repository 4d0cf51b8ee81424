/** Shared by the assignment tests: apply edits to a grid, read a cell's units back as canonical names. */
import type { AssignmentResult } from '../../src/core/assign';
import type { Grid } from '../../src/core/grid';
import type { PolicyPack } from '../../src/core/policy/types';
import { UnitDirectory } from '../../src/core/units';

/** Writes each edit's new value into a copy of the grid, the way the adapters apply a preview. */
export function applyEdits(grid: Grid, result: AssignmentResult): Grid {
  const values = grid.values.map((r) => [...r]);
  for (const e of result.edits) {
    const row = values[e.row - 1];
    while (row.length <= e.col) row.push(null);
    row[e.col] = e.new;
  }
  return { ...grid, values };
}

/** A cell's units as canonical names, in the cell's order ('' → []). */
export function unitsOf(pack: PolicyPack, value: unknown): string[] {
  if (value === null || value === undefined || String(value).trim() === '') return [];
  const dir = new UnitDirectory(pack.units);
  return dir.split(String(value)).map((n) => dir.resolve(n).canonical ?? n.trim());
}

/** The document's names, canonicalised through the pack's directory (aliases like 沙澧高新技术开发区 → canonical). */
export function canonical(pack: PolicyPack, names: string[]): string[] {
  const dir = new UnitDirectory(pack.units);
  const out: string[] = [];
  for (const n of names) {
    const c = dir.resolve(n).canonical ?? n;
    if (!out.includes(c)) out.push(c);
  }
  return out;
}
