/** Reads a fixture's first sheet into a Ledger the way the CLI does: the streaming reader, then readLedger. */
import { readLedger } from '../../src/core/ledger';
import type { Ledger } from '../../src/core/ledger/types';
import type { PolicyPack } from '../../src/core/policy/types';
import { readFixtureGrids } from '../fixtures/readGrids';

/**
 * `headerRow` is where the fixture wrote its header: readLedger must find it there itself, so a fixture read with
 * its header elsewhere fails here rather than assigning against the wrong columns.
 */
export async function loadLedger(path: string, headerRow: number, pack?: PolicyPack): Promise<Ledger> {
  const [grid] = await readFixtureGrids(path);
  const ledger = readLedger(grid, { pack });
  if (ledger.header.lastRow !== headerRow)
    throw new Error(`${path}: header read at row ${ledger.header.lastRow}, the fixture wrote it at row ${headerRow}`);
  return ledger;
}
