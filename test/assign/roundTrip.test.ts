/**
 * Apply the edits, read the sheet back, validate: no lead-unit issues (lead-unit-mismatch, coop-unit-mismatch, or unknown / alias /
 * collective names in the lead and coop columns) on the rows assignment filled.
 */
import { assignLeadUnits } from '../../src/core/assign';
import { readLedger } from '../../src/core/ledger';
import { validateLedger } from '../../src/core/validate';
import type { Issue } from '../../src/core/validate/types';
import { applyEdits } from './helpers';
import { loadLedger } from './loadLedger';
import {
  fixtureDir,
  makeMeasureLedger,
  makeProjectLedger,
  MEASURE_HEADER_ROW,
  PROJECT_HEADER_ROW,
} from './makeAssignFixtures';
import { testPack } from './testPack';

// Lead-unit findings: a mismatch with the pack, or a unit name that is unknown / an alias / a collective in the
// lead or coop columns. (measure-unknown is about the 对应措施 cell, which filling does not touch.)
const LEAD_ISSUE = /^(lead-unit-mismatch|coop-unit-mismatch|unknown-unit|unit-alias|unit-collective)$/;
const LEAD_FIELDS = new Set(['lead', 'coop']);

async function leadIssuesAfterFill(path: string, headerRow: number): Promise<{ after: Issue[]; filledRows: number[] }> {
  const pack = testPack();
  const ledger = await loadLedger(path, headerRow, pack);
  const result = assignLeadUnits(ledger, pack, { overwrite: true, normalise: true });
  const again = readLedger(applyEdits(ledger.grid, result), { pack });
  const filledRows = [...new Set(result.edits.map((e) => e.row))];
  const onFilled = (i: Issue): boolean =>
    LEAD_ISSUE.test(i.code) &&
    (i.code === 'lead-unit-mismatch' || i.code === 'coop-unit-mismatch' || LEAD_FIELDS.has(i.field ?? '')) &&
    i.row !== undefined &&
    filledRows.includes(i.row);
  return { after: validateLedger(again, pack).filter(onFilled), filledRows };
}

describe('round trip: fill, read back, validate', () => {
  let dir: string;
  beforeAll(() => {
    dir = fixtureDir();
  });

  test('measure task ledger', async () => {
    const { after, filledRows } = await leadIssuesAfterFill((await makeMeasureLedger(dir)).path, MEASURE_HEADER_ROW);
    expect(filledRows.length).toBeGreaterThan(20);
    expect(after.map((i) => `${i.code} ${i.cell ?? i.row}: ${i.message}`)).toEqual([]);
  });

  test('project ledger', async () => {
    const { after } = await leadIssuesAfterFill((await makeProjectLedger(dir)).path, PROJECT_HEADER_ROW);
    expect(after.map((i) => `${i.code} ${i.cell ?? i.row}: ${i.message}`)).toEqual([]);
  });
});
