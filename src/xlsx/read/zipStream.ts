/**
 * One zip entry inflated as a stream of chunks, so a worksheet's XML is never whole in memory: the central
 * directory gives the entry's place, fflate's streaming Inflate does the rest. Returns false when this zip is
 * one the stream cannot place (zip64, an unknown method): the caller then inflates the entry whole.
 */
import { Inflate } from 'fflate';
import { tooBig } from './limits';

const IN_CHUNK = 64 * 1024;

export interface Located {
  method: number;
  dataStart: number;
  compressedSize: number;
  declaredSize: number;
}

function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}

function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;
}

/** Where the entry's data lies, from the central directory; null when this zip cannot be placed so simply. */
export function locate(b: Uint8Array, entry: string): Located | null {
  let eocd = b.length - 22;
  while (eocd >= 0 && u32(b, eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) return null;
  const count = u16(b, eocd + 10);
  let p = u32(b, eocd + 16);
  if (p === 0xffffffff || count === 0xffff) return null; // zip64: leave it to the whole-entry path
  const want = new TextEncoder().encode(entry);
  for (let i = 0; i < count && p + 46 <= b.length; i++) {
    if (u32(b, p) !== 0x02014b50) return null;
    const nameLen = u16(b, p + 28);
    const next = p + 46 + nameLen + u16(b, p + 30) + u16(b, p + 32);
    if (nameLen === want.length && want.every((c, k) => b[p + 46 + k] === c)) {
      const local = u32(b, p + 42);
      if (u32(b, local) !== 0x04034b50) return null;
      const dataStart = local + 30 + u16(b, local + 26) + u16(b, local + 28);
      return { method: u16(b, p + 10), dataStart, compressedSize: u32(b, p + 20), declaredSize: u32(b, p + 24) };
    }
    p = next;
  }
  return null;
}

/**
 * Feeds the entry's bytes to `onChunk` in pieces. More bytes than the directory declared (a directory that lies,
 * or a bomb) or than `maxBytes` stop it with the limit's one-line refusal.
 */
/** An inflater of raw DEFLATE data the host may offer (Node: zlib's, several times faster than fflate's). */
export type InflateRaw = (compressed: Uint8Array, declaredSize: number) => Uint8Array;

/** The whole entry through the host's inflater; null when the entry cannot be placed (fflate then does it). */
export function inflateEntry(b: Uint8Array, entry: string, inflateRaw: InflateRaw): Uint8Array | null {
  const at = locate(b, entry);
  if (!at) return null;
  const data = b.subarray(at.dataStart, at.dataStart + at.compressedSize);
  if (at.method === 0) return data.slice(0, at.declaredSize);
  if (at.method !== 8) return null;
  return inflateRaw(data, at.declaredSize);
}

export function streamEntry(
  b: Uint8Array,
  entry: string,
  maxBytes: number,
  onChunk: (chunk: Uint8Array) => void,
): boolean {
  const at = locate(b, entry);
  if (!at || (at.method !== 0 && at.method !== 8)) return false;
  const end = Math.min(b.length, at.dataStart + at.compressedSize);
  const limit = Math.min(maxBytes, at.declaredSize);
  let total = 0;
  const take = (chunk: Uint8Array) => {
    total += chunk.length;
    if (total > limit)
      throw tooBig(
        {
          zh: `部件“${entry}”解压后的大小（超过 zip 目录所写）`,
          en: `Part "${entry}" uncompressed (more than its zip directory says)`,
        },
        total,
        limit,
        'bytes',
      );
    if (chunk.length) onChunk(chunk);
  };
  if (at.method === 0) {
    for (let i = at.dataStart; i < end; i += IN_CHUNK) take(b.subarray(i, Math.min(end, i + IN_CHUNK)));
    return true;
  }
  const inflate = new Inflate((chunk) => take(chunk));
  for (let i = at.dataStart; i < end; i += IN_CHUNK)
    inflate.push(b.subarray(i, Math.min(end, i + IN_CHUNK)), i + IN_CHUNK >= end);
  if (end <= at.dataStart) inflate.push(new Uint8Array(0), true);
  return true;
}
