/**
 * A sheet of the package as the core's Grid, through the streaming reader (src/xlsx/read). A sheet we have not
 * changed is the reader's own (parsed once); one we wrote, or added, is parsed again from its current part with
 * the current styles (marks and new sheets append number formats).
 */
import type { Grid } from '../core/grid';
import { DEFAULT_LIMITS, type XlsxPackage } from './read';
import { readSheet } from './read/sheetReader';
import { readStyles } from './read/styles';
import type { PackageEditor } from './write/PackageEditor';

export function readPackageGrid(pkg: XlsxPackage, editor: PackageEditor, name: string, changed: boolean): Grid {
  const own = pkg.sheets.find((s) => s.name === name);
  if (!changed && own) return pkg.readGrid(name);
  const sheet = editor.sheet(name);
  const stylesPath = editor.stylesPartPath();
  return readSheet(editor.entries.get(sheet.path)!, {
    name,
    part: sheet.path,
    sharedStrings: pkg.sharedStrings,
    styles: readStyles(editor.entries.get(stylesPath), stylesPath),
    limits: DEFAULT_LIMITS,
    cellsSoFar: 0,
  });
}
