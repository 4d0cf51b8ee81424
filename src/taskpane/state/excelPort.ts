/** Inside Office: the workbook port over Excel (src/excel), loaded only when the pane runs in Excel. */
import { ExcelWorkbook, officeHost, officeRunner } from '../../excel';
import type { PaneHost } from './host';

/** The Excel host: its port, what this Excel lacks, and when Excel waits for the user to leave cell-edit mode. */
export function excelHost(): PaneHost {
  const listeners = new Set<(waiting: boolean) => void>();
  const port = new ExcelWorkbook(officeRunner(), officeHost(), {
    onWaiting: (message) => listeners.forEach((l) => l(message !== null)),
  });
  return {
    kind: 'excel',
    port,
    notices: port.missingFeatures(),
    onWaiting(handler) {
      listeners.add(handler);
      return () => void listeners.delete(handler);
    },
  };
}
