/** The zip layer: entries we did not replace keep their compressed bytes; the archive is a valid zip for others. */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { putBytes, putText, unzipEntries, zipEntries } from '../../src/xlsx/write/zipEntries';
import { tempDir } from '../cli/fixtures';

test('unchanged entries are copied compressed as they were; changed ones are rewritten; order kept', () => {
  const big = strToU8('<sheetData>'.padEnd(200_000, 'x') + '</sheetData>');
  const input = zipSync(
    { 'a.xml': strToU8('<a/>'.repeat(100)), 'xl/中文.xml': big, 'z.bin': new Uint8Array([1, 2, 3]) },
    { level: 9 },
  );
  const entries = unzipEntries(input);
  putText(entries, 'a.xml', '<b/>');
  putBytes(entries, 'new.xml', strToU8('<new/>'.repeat(50)));
  const out = zipEntries(entries);
  const back = unzipSync(out);
  expect(Object.keys(back)).toEqual(['a.xml', 'xl/中文.xml', 'z.bin', 'new.xml']);
  expect(Buffer.from(back['a.xml']).toString()).toBe('<b/>');
  expect(Buffer.compare(Buffer.from(back['xl/中文.xml']), Buffer.from(big))).toBe(0);
  // The level-9 compressed bytes of the untouched entry are in the output as they were in the input.
  const compressed = Buffer.from(input).subarray(
    Buffer.from(input).indexOf('xl/中文.xml') + Buffer.byteLength('xl/中文.xml'),
  );
  expect(Buffer.from(out).indexOf(compressed.subarray(0, 200))).toBeGreaterThan(0);
  // Info-ZIP's own test of the archive (CRCs, sizes, directory).
  const dir = tempDir('taizhang-zip-');
  writeFileSync(join(dir, 'o.zip'), out);
  expect(execFileSync('unzip', ['-t', join(dir, 'o.zip')]).toString()).toMatch(/No errors detected/);
});
