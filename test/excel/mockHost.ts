/**
 * The Office common API (requirements, document settings) as Microsoft's office-addin-mock object, so the
 * adapter's host calls run against the official mock. Requirement sets supported up to `maxExcelApi`.
 */
import { OfficeMockObject } from 'office-addin-mock';
import type { OfficeHost } from '../../src/excel/host';

export function mockHost(
  maxExcelApi = '1.18',
  failSave = false,
): { host: OfficeHost; store: Map<string, unknown>; mock: OfficeMockObject } {
  const store = new Map<string, unknown>();
  const minor = (v: string): number => parseInt(v.split('.')[1] ?? '0', 10);
  const data = {
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) => name === 'ExcelApi' && minor(version) <= minor(maxExcelApi),
      },
      document: {
        settings: {
          get: (name: string) => (store.has(name) ? store.get(name) : null),
          set: (name: string, value: unknown) => void store.set(name, value),
          saveAsync: (cb: (r: { status: string; error?: { message: string } }) => void) =>
            cb(failSave ? { status: 'failed', error: { message: '磁盘已满' } } : { status: 'succeeded' }),
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
  return { host, store, mock };
}
