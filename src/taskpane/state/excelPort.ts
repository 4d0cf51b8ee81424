/** Inside Office: the workbook port over Excel (src/excel), loaded only when the pane runs in Excel. */
import type { WorkbookPort } from '../../core/port/WorkbookPort';
import { ExcelWorkbook, officeHost, officeRunner } from '../../excel';

export function excelPort(): WorkbookPort {
  return new ExcelWorkbook(officeRunner(), officeHost());
}
