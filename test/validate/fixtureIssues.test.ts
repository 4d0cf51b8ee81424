/** Validating the generated .xlsx ledgers: exactly the planted issues, at exactly their cells; nothing else. */
import { readLedger } from '../../src/core/ledger';
import type { Ledger } from '../../src/core/ledger/types';
import { defaultPack } from '../../src/core/policy';
import type { PolicyPack } from '../../src/core/policy/types';
import { countBySeverity, ISSUE_CATALOGUE, validateLedger } from '../../src/core/validate';
import type { Issue } from '../../src/core/validate/types';
import { readFixtureGrids } from '../fixtures/readGrids';
import { makeLedgers, type LedgerFixtures } from '../fixtures/makeLedgers';

let fx: LedgerFixtures;
let pack: PolicyPack;
const ledgers: Ledger[] = [];

beforeAll(async () => {
  fx = await makeLedgers();
  pack = defaultPack();
  for (const file of [fx.files.projects, fx.files.measures]) {
    for (const grid of await readFixtureGrids(file)) ledgers.push(readLedger(grid, { pack }));
  }
});

const key = (i: { sheet: string; code: string; cell?: string }) => `${i.sheet}!${i.cell}:${i.code}`;
const all = (settings = {}) => ledgers.flatMap((l) => validateLedger(l, pack, settings));

test('every planted issue is found at its cell, and no other cell raises anything', () => {
  const got = all().map(key).sort();
  const want = fx.planted.map(key).sort();
  expect(got).toEqual(want);
});

test('suggested values are the ones worked out when the fixture was written', () => {
  const issues = all();
  for (const p of fx.planted.filter((x) => x.suggestion !== undefined)) {
    const i = issues.find((x) => key(x) === key(p));
    expect([key(p), i?.suggestion]).toEqual([key(p), p.suggestion]);
  }
});

test('each issue names its cell in a Chinese message, carries its row and field, and a catalogue severity', () => {
  for (const i of all()) {
    const type = ISSUE_CATALOGUE.find((t) => t.code === i.code);
    expect(type).toBeDefined();
    expect(i.severity).toBe(type?.severity);
    expect(i.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(i.message).not.toMatch(/\{\w+\}/);
    const named =
      i.code === 'blank-row' ? `第${i.row}行` : i.code.endsWith('header') ? `${i.cell?.replace(/\d+$/, '')}列` : i.cell;
    expect(i.message).toContain(named);
    if (i.cell) expect(Number(i.cell.replace(/^[A-Z]+/, ''))).toBe(i.row);
  }
});

test('English messages when asked', () => {
  const en = all({ lang: 'en' });
  expect(en.length).toBe(fx.planted.length);
  for (const i of en) {
    expect(i.message).not.toMatch(/\{\w+\}/);
    expect(i.message).toMatch(/[A-Za-z]{3}/);
  }
  expect(en.find((i) => i.code === 'over-total')?.message).toBe(
    'J11: completed 3500 (万元) is above the total investment 3000; correct one of them.',
  );
});

test('settings switch a rule off and change a severity', () => {
  const base = all();
  const changed = all({ rules: { 'formula-error': { enabled: false }, 'over-plan': { severity: 'error' } } });
  expect(changed.filter((i) => i.code === 'formula-error')).toEqual([]);
  expect(changed.length).toBe(base.length - base.filter((i) => i.code === 'formula-error').length);
  expect(changed.find((i) => i.code === 'over-plan')?.severity).toBe('error');
  expect(base.find((i) => i.code === 'over-plan')?.severity).toBe('warning');
});

test('counts by severity add up to the planted issues by catalogue severity', () => {
  const want = { error: 0, warning: 0, info: 0 };
  for (const p of fx.planted) want[ISSUE_CATALOGUE.find((t) => t.code === p.code)?.severity ?? 'info']++;
  expect(countBySeverity(all())).toEqual(want);
});

test('issues come in sheet order: by row, then column', () => {
  const sheet = all().filter((i: Issue) => i.sheet === '重点项目台账');
  const rows = sheet.map((i) => i.row ?? 0);
  expect(rows).toEqual([...rows].sort((a, b) => a - b));
});
