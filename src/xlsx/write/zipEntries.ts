/**
 * The package as raw zip entries (fflate; no Node APIs). Entries keep their order; an entry we did not replace is
 * written back with its original compressed bytes (not even recompressed), so it is byte for byte the input's and
 * costs nothing to write. Only the parts we change are deflated again.
 */
import { deflateSync, strFromU8, strToU8, unzipSync } from 'fflate';

export type Entries = Map<string, Uint8Array>;

/** An entry as it sat in the input zip: its compressed bytes and the header fields that describe them. */
interface RawEntry {
  method: number;
  crc: number;
  compressed: Uint8Array;
  size: number;
  time: number;
  date: number;
}

/** Originals by package, in the input's order, so `zipEntries` can copy what was not replaced. */
const originals = new WeakMap<Entries, Map<string, RawEntry>>();
/** Every array the writer put into a package: an entry holding anything else still holds the input's bytes. */
const ours = new WeakSet<Uint8Array>();
/** Names the writer added, per package, in the order it added them. */
const added = new WeakMap<Entries, Set<string>>();

/** The streaming reader's entries inflate a part only when asked; a part never asked for is certainly unchanged. */
function isPending(entries: Entries, name: string): boolean {
  const lazy = entries as Entries & { isPending?: (n: string) => boolean };
  return typeof lazy.isPending === 'function' && lazy.isPending(name);
}

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;

/** The central directory's records (ZIP64 archives fall back to plain re-zipping: no raw copies). */
function rawEntries(bytes: Uint8Array, has: (name: string) => boolean): Map<string, RawEntry> {
  const raw = new Map<string, RawEntry>();
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return raw;
  const count = u16(bytes, eocd + 10);
  let p = u32(bytes, eocd + 16);
  if (count === 0xffff || p === 0xffffffff) return raw;
  const decoder = new TextDecoder();
  for (let n = 0; n < count && u32(bytes, p) === 0x02014b50; n++) {
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    const local = u32(bytes, p + 42);
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    const compSize = u32(bytes, p + 20);
    const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
    // Encrypted entries (flag bit 0) are never copied raw; neither are names the unzipper read differently.
    if (has(name) && (flags & 1) === 0 && (method === 0 || method === 8)) {
      raw.set(name, {
        method,
        crc: u32(bytes, p + 16),
        compressed: bytes.subarray(start, start + compSize),
        size: u32(bytes, p + 24),
        time: u16(bytes, p + 12),
        date: u16(bytes, p + 14),
      });
    }
    p += 46 + nameLen + extraLen + commentLen;
  }
  return raw;
}

export function unzipEntries(bytes: Uint8Array): Entries {
  const files = unzipSync(bytes);
  const entries: Entries = new Map(Object.entries(files));
  originals.set(
    entries,
    rawEntries(bytes, (n) => n in files),
  );
  return entries;
}

/**
 * Remembers the compressed form of entries another reader unzipped (the streaming reader's map), so that
 * zipEntries copies them instead of compressing them again. Reads only the zip's directory.
 */
export function rememberOriginal(entries: Entries, bytes: Uint8Array): void {
  originals.set(
    entries,
    rawEntries(bytes, (n) => entries.has(n)),
  );
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** DOS time and date of now, for the parts we write. */
function dosNow(): { time: number; date: number } {
  const d = new Date();
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

function header(sig: number, size: number): { bytes: Uint8Array; view: DataView } {
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, sig, true);
  return { bytes, view };
}

/** The entry names in the input's order, then the ones we added; without inflating any pending part. */
function namesInOrder(entries: Entries, raw: Map<string, RawEntry>): string[] {
  if (raw.size === 0) return [...entries.keys()];
  const names = [...raw.keys()].filter((n) => entries.has(n));
  const seen = new Set(names);
  // A plain map lists its keys cheaply; the reader's lazy map would inflate every part to list them.
  const lazy = typeof (entries as Entries & { isPending?: unknown }).isPending === 'function';
  for (const n of lazy ? (added.get(entries) ?? []) : entries.keys()) {
    if (!seen.has(n) && entries.has(n)) {
      names.push(n);
      seen.add(n);
    }
  }
  return names;
}

/**
 * Zips the entries in their order: unchanged ones as their original compressed bytes, changed ones deflated.
 * `omit` names parts left out of this zip (parts no sheet refers to any more); `override` gives other bytes for a
 * part in this zip only.
 */
export function zipEntries(
  entries: Entries,
  omit: ReadonlySet<string> = new Set(),
  override: ReadonlyMap<string, Uint8Array> = new Map(),
): Uint8Array {
  const raw = originals.get(entries) ?? new Map<string, RawEntry>();
  const encoder = new TextEncoder();
  const now = dosNow();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  let count = 0;
  for (const name of namesInOrder(entries, raw)) {
    if (omit.has(name)) continue;
    const entry = storedEntry(entries, name, raw.get(name), override.get(name), now);
    const nameBytes = encoder.encode(name);
    const local = localHeader(entry, nameBytes.length);
    chunks.push(local, nameBytes, entry.compressed);
    const dir = header(0x02014b50, 46);
    dir.view.setUint16(4, 20, true);
    dir.view.setUint16(6, 20, true);
    dir.bytes.set(local.subarray(6, 30), 8);
    dir.view.setUint32(42, offset, true);
    central.push(dir.bytes, nameBytes);
    count++;
    offset += 30 + nameBytes.length + entry.compressed.length;
  }
  const dirSize = central.reduce((n, c) => n + c.length, 0);
  const end = header(0x06054b50, 22);
  end.view.setUint16(8, count, true);
  end.view.setUint16(10, count, true);
  end.view.setUint32(12, dirSize, true);
  end.view.setUint32(16, offset, true);
  const out = new Uint8Array(offset + dirSize + 22);
  let p = 0;
  for (const c of [...chunks, ...central, end.bytes]) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}

/** One entry as the zip stores it. */
interface StoredEntry {
  compressed: Uint8Array;
  size: number;
  method: number;
  crc: number;
  time: number;
  date: number;
}

/** An unchanged entry keeps its original compressed bytes; a changed one is deflated (under 64 bytes: stored). */
function storedEntry(
  entries: Entries,
  name: string,
  orig: RawEntry | undefined,
  replaced: Uint8Array | undefined,
  now: { time: number; date: number },
): StoredEntry {
  // Unchanged: never inflated, or still holding an array the writer did not make (the input's own, or one an
  // undo put back).
  const same = !replaced && orig !== undefined && (isPending(entries, name) || !ours.has(entries.get(name)!));
  if (same) return orig;
  const data = replaced ?? entries.get(name)!;
  const compressed = data.length < 64 ? data : deflateSync(data, { level: data.length > 1 << 20 ? 1 : 6 });
  return { compressed, size: data.length, method: compressed === data ? 0 : 8, crc: crc32(data), ...now };
}

function localHeader(e: StoredEntry, nameLength: number): Uint8Array {
  const local = header(0x04034b50, 30);
  local.view.setUint16(4, 20, true);
  local.view.setUint16(6, 0x0800, true); // UTF-8 names
  local.view.setUint16(8, e.method, true);
  local.view.setUint16(10, e.time, true);
  local.view.setUint16(12, e.date, true);
  local.view.setUint32(14, e.crc, true);
  local.view.setUint32(18, e.compressed.length, true);
  local.view.setUint32(22, e.size, true);
  local.view.setUint16(26, nameLength, true);
  return local.bytes;
}

/** Decoded text of parts, by their bytes: a big sheet is decoded once however many edits read it. */
const decoded = new WeakMap<Uint8Array, string>();

export function textOf(entries: Entries, name: string): string | null {
  const b = entries.get(name);
  if (!b) return null;
  let text = decoded.get(b);
  if (text === undefined) {
    text = strFromU8(b);
    decoded.set(b, text);
  }
  return text;
}

/** Puts a part the writer made (new or changed) into the package. */
export function putText(entries: Entries, name: string, text: string): void {
  const bytes = strToU8(text);
  decoded.set(bytes, text);
  putBytes(entries, name, bytes);
}

export function putBytes(entries: Entries, name: string, bytes: Uint8Array): void {
  ours.add(bytes);
  let names = added.get(entries);
  if (!names) added.set(entries, (names = new Set()));
  names.add(name);
  entries.set(name, bytes);
}
