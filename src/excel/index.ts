/** The Excel adapter's face: the workbook port on Office.js, plus what the pane needs to know about the host. */
export { ExcelWorkbook, type ExcelWorkbookOptions } from './ExcelWorkbook';
export {
  officeContextRunner,
  officeHost,
  officeRunner,
  type ContextRunner,
  type ExcelRunner,
  type OfficeHost,
} from './host';
export { MIN_EXCEL_API, OPTIONAL_SETS, missingFeatureNotes, type Capabilities } from './requirements';
export { onSheetActivated } from './navigate';
export { toWorkbookError } from './errors';
