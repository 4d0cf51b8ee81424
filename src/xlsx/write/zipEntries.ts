/**
 * The package as raw zip entries (fflate; no Node APIs). Entries keep their order and their bytes: the writer
 * replaces only the parts it changes, and every other entry goes back into the zip exactly as it came out.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

export type Entries = Map<string, Uint8Array>;

export function unzipEntries(bytes: Uint8Array): Entries {
  const files = unzipSync(bytes);
  return new Map(Object.entries(files));
}

/** Zips the entries in their order; compression level 6 (what Excel's own files are close to). */
export function zipEntries(entries: Entries): Uint8Array {
  const z: Zippable = {};
  for (const [name, data] of entries) z[name] = [data, { level: data.length < 64 ? 0 : 6 }];
  return zipSync(z);
}

export function textOf(entries: Entries, name: string): string | null {
  const b = entries.get(name);
  return b ? strFromU8(b) : null;
}

export function putText(entries: Entries, name: string, text: string): void {
  entries.set(name, strToU8(text));
}
