/** The shared .xlsx fixtures (test/fixtures/makeLedgers) read back through readFixtureGrids (the streaming reader) and readLedger. */
import { readLedger } from '../../src/core/ledger';
import type { Ledger } from '../../src/core/ledger/types';
import { defaultPack } from '../../src/core/policy';
import { readFixtureGrids } from '../fixtures/readGrids';
import { makeLedgers, type LedgerFixtures } from '../fixtures/makeLedgers';

export interface ReadFixtures {
  fx: LedgerFixtures;
  inputs: { source: string; ledger: Ledger }[];
}

export async function readFixtures(): Promise<ReadFixtures> {
  const fx = await makeLedgers();
  const pack = defaultPack();
  const inputs: ReadFixtures['inputs'] = [];
  for (const file of [fx.files.projects, fx.files.measures]) {
    for (const grid of await readFixtureGrids(file)) {
      const ledger = readLedger(grid, { pack });
      if (ledger.kind !== 'unknown') inputs.push({ source: file, ledger });
    }
  }
  return { fx, inputs };
}
