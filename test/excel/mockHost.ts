/**
 * The Office common API (requirements, document settings) as Microsoft's office-addin-mock object, so the
 * adapter's host calls run against the official mock. Requirement sets supported up to `maxExcelApi`.
 *
 * Document settings as Excel keeps them: `set`/`remove` change an in-memory bag (`store`), `saveAsync` writes the
 * whole bag into the document (`saved`). Excel holds about 2 MB of settings in all (office-js #621, "We only support
 * 2MB maximum for settings"); a save of a bag past `limitBytes` fails for every key with the error #3957 reports
 * ("The argument is invalid or missing or has an incorrect format"), the document keeps what it had, and the bag
 * keeps the unsaved values (so the next save fails again). Size counted as the settings part holds it: each name
 * and JSON-encoded value in UTF-8.
 */
import { OfficeMockObject } from 'office-addin-mock';
import type { OfficeHost } from '../../src/excel/host';

export const EXCEL_SETTINGS_LIMIT = 2_000_000;

/** Bytes of the whole settings bag as the document stores it (JSON, UTF-8). */
export function bagBytes(store: Map<string, unknown>): number {
  return Buffer.byteLength(JSON.stringify(Object.fromEntries(store)));
}

export function mockHost(
  maxExcelApi = '1.18',
  failSave = false,
  limitBytes = EXCEL_SETTINGS_LIMIT,
  documentSettings: Map<string, unknown> = new Map(),
): {
  host: OfficeHost;
  store: Map<string, unknown>;
  saved: Map<string, unknown>;
  saves: { ok: boolean; bytes: number }[];
  mock: OfficeMockObject;
} {
  const saved = documentSettings;
  const store = new Map(saved);
  const saves: { ok: boolean; bytes: number }[] = [];
  const minor = (v: string): number => parseInt(v.split('.')[1] ?? '0', 10);
  const save = (cb: (r: { status: string; error?: { message: string } }) => void) => {
    const bytes = bagBytes(store);
    const ok = !failSave && bytes <= limitBytes;
    saves.push({ ok, bytes });
    if (ok) {
      saved.clear();
      for (const [k, v] of store) saved.set(k, v);
      return cb({ status: 'succeeded' });
    }
    const message = failSave ? '磁盘已满' : 'The argument is invalid or missing or has an incorrect format.';
    cb({ status: 'failed', error: { message } });
  };
  const data = {
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) => name === 'ExcelApi' && minor(version) <= minor(maxExcelApi),
      },
      document: {
        settings: {
          get: (name: string) => (store.has(name) ? store.get(name) : null),
          set: (name: string, value: unknown) => void store.set(name, value),
          remove: (name: string) => void store.delete(name),
          saveAsync: save,
        },
      },
    },
    host: 'Excel', // tells office-addin-mock which host's semantics to mock
  };
  const mock = new OfficeMockObject(data);
  // The mock model keeps functions as plain members, so the adapter's OfficeHost is a view over it.
  const office = mock as unknown as {
    context: {
      requirements: { isSetSupported(n: string, v: string): boolean };
      document: { settings: OfficeHost['settings'] };
    };
  };
  const host: OfficeHost = {
    isSetSupported: (n, v) => office.context.requirements.isSetSupported(n, v),
    settings: office.context.document.settings,
  };
  return { host, store, saved, saves, mock };
}
