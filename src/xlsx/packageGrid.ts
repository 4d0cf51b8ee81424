/**
 * A sheet of the package as the core's Grid. Bridge until the streaming reader (src/xlsx/read) lands: the
 * current package bytes are loaded with ExcelJS and the sheet converted by readWorkbook.ts.
 */
import ExcelJS from 'exceljs';
import type { Grid } from '../core/grid';
import { gridFromWorksheet } from './readWorkbook';
import type { PackageEditor } from './write/PackageEditor';

export async function readPackageGrid(editor: PackageEditor, name: string): Promise<Grid> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(editor.toBytes() as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`sheet ${name} not readable`);
  return gridFromWorksheet(ws);
}
