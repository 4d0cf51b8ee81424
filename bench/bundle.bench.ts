/**
 * Bundle size of the production task pane (from dist/, built by `npm run build`): the initial JavaScript the
 * task-pane page loads (the <script> tags of dist/taskpane.html, office.js excluded) gzipped, against the
 * 350 KB target, and each lazy chunk loaded with import() later.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = resolve(__dirname, '../dist');
const TARGET_KB = 350;

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function gz(file: string): { raw: number; gzip: number } {
  const buf = readFileSync(join(DIST, file));
  return { raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
}

export async function run(): Promise<void> {
  const html = join(DIST, 'taskpane.html');
  if (!existsSync(html)) {
    console.log('dist/taskpane.html not found: run `npm run build` first.');
    return;
  }
  const scripts = [...readFileSync(html, 'utf8').matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)]
    .map((m) => m[1])
    .filter((s) => !s.startsWith('office-js/'));
  const initial = scripts.map((f) => ({ f, ...gz(f) }));
  const initialGzip = initial.reduce((n, x) => n + x.gzip, 0);
  console.log('initial task-pane JS (office.js excluded):');
  for (const x of initial)
    console.log(`  ${x.f.padEnd(36)} ${kb(x.raw).padStart(10)} raw  ${kb(x.gzip).padStart(10)} gzip`);
  console.log(
    `  total gzip ${kb(initialGzip)} — target < ${TARGET_KB} KB: ${initialGzip < TARGET_KB * 1024 ? 'met' : 'NOT MET'}`,
  );

  const lazy = readdirSync(DIST)
    .filter((f) => f.endsWith('.js') && !scripts.includes(f) && !f.startsWith('commands.'))
    .map((f) => ({ f, ...gz(f) }))
    .sort((a, b) => b.gzip - a.gzip);
  console.log('lazy chunks (loaded with import() when needed):');
  for (const x of lazy)
    console.log(`  ${x.f.padEnd(36)} ${kb(x.raw).padStart(10)} raw  ${kb(x.gzip).padStart(10)} gzip`);
  console.log(`  total gzip ${kb(lazy.reduce((n, x) => n + x.gzip, 0))}`);
  const office = join(DIST, 'office-js/office.js');
  if (existsSync(office))
    console.log(`office.js (served locally, cached by the host): ${kb(gz('office-js/office.js').gzip)} gzip`);
}
