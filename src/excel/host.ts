/**
 * What the adapter needs from its surroundings, injected so tests can run without Office:
 * a way to run a batch (Excel.run in the add-in) and the common Office API (requirements, settings).
 */

/** Per-batch options the adapter sets (Excel.RunOptions). */
export interface RunFlags {
  /** ExcelApi 1.20: all syncs of the batch are one entry in Excel's own undo (Ctrl+Z). */
  mergeUndoGroup?: boolean;
}

/** Runs one batch against a request context; in Excel this is Excel.run({ delayForCellEdit: true, ... }, batch). */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>, flags?: RunFlags) => Promise<T>;

/**
 * Runs a batch on an existing context — Excel.run(context, batch) — as Microsoft's samples do to remove an event
 * handler with the context it was added in (handler.context).
 */
export type ContextRunner = <T>(
  context: Excel.RequestContext,
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

/** The slice of Office.context the adapter uses. */
export interface OfficeHost {
  isSetSupported(name: string, version: string): boolean;
  settings: {
    get(name: string): unknown;
    set(name: string, value: unknown): void;
    /** Office.Settings.remove (in-memory, like set); used to put a key back to "not set" after a failed save. */
    remove?(name: string): void;
    saveAsync(callback: (result: { status: string; error?: { message: string } }) => void): void;
  };
}

/**
 * The real runner. delayForCellEdit makes a batch wait while the user is editing a cell instead of failing at once
 * (Excel.RunOptions in @types/office-js lists no requirement set for it, unlike mergeUndoGroup's ExcelApi 1.20), so
 * it is always passed; it can wait until the user leaves the cell (office-js #806), which is why ExcelWorkbook
 * tells the pane after 2 s. A host that still fails in edit mode gives InvalidOperationInCellEditMode (errors.ts).
 */
export function officeRunner(): ExcelRunner {
  return <T>(batch: (context: Excel.RequestContext) => Promise<T>, flags: RunFlags = {}) =>
    Excel.run({ delayForCellEdit: true, ...(flags.mergeUndoGroup ? { mergeUndoGroup: true } : {}) }, batch);
}

export function officeContextRunner(): ContextRunner {
  return <T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>) =>
    Excel.run(context, batch);
}

/** The real host: Office.context. Only touched when the add-in runs inside Office. */
export function officeHost(): OfficeHost {
  return {
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    settings: {
      get: (name) => Office.context.document.settings.get(name),
      set: (name, value) => Office.context.document.settings.set(name, value),
      remove: (name) => Office.context.document.settings.remove(name),
      saveAsync: (cb) =>
        Office.context.document.settings.saveAsync((r) =>
          cb({ status: String(r.status), error: r.error ? { message: r.error.message } : undefined }),
        ),
    },
  };
}
