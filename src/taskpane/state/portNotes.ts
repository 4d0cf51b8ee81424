/**
 * What the workbook port says after an action, for the pane to show beside that action's result (JobState.notes).
 * The port keeps one list per kind; reading it right after the call gives this call's notes.
 */
import type { PortNote, WorkbookPort } from '../../core/port/WorkbookPort';

/**
 * After a write, mark, clear or undo: what the port could not do or keep as asked (Excel: cells a conditional
 * format hides, a gradient left unmarked, the marks and history not saved in the workbook).
 */
export function writeNotes(port: WorkbookPort): PortNote[] {
  return port.notes?.('mark') ?? [];
}

/** After loading or saving the settings: what was left out (damaged snapshots, older ones dropped to fit). */
export function settingsNotes(port: WorkbookPort): PortNote[] {
  return port.notes?.('settings') ?? [];
}
