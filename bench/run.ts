/**
 * `npm run bench`: runs every bench/*.bench.ts in turn. Each prints its own figures; nothing here asserts timing.
 * Pass names to run only some: `npm run bench -- validate totals`.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
    .sort();
  console.log(`台账助手 benchmarks — node ${process.version}, ${new Date().toISOString()}`);
  for (const f of files) {
    console.log(`\n== ${f} ==`);
    const mod = (await import(join(__dirname, f))) as { run: () => Promise<void> };
    await mod.run();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
