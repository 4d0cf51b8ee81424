/**
 * Binding and non-binding policy sources (DESIGN.md): only a row the policy binds — it cites a measure, or a rule
 * marked binding applies — can conflict; the pack's defaults (domain, measure 6's catch-all, channel → measure 12)
 * fill blanks and never conflict. Ledgers are generated (generatedLedgers.ts) the way units keep them.
 */
import { assignLeadUnits, type AssignmentResult } from '../../src/core/assign';
import { readLedger } from '../../src/core/ledger';
import type { Ledger } from '../../src/core/ledger/types';
import { defaultPack, loadPolicyPack, PolicyPackError } from '../../src/core/policy';
import { canonical, unitsOf } from './helpers';
import {
  districtLedger,
  PROJECT_COLS,
  reserveLibrary,
  setCell,
  townshipLedger,
  type GeneratedLedger,
} from './generatedLedgers';
import { DOCUMENT_UNITS as DOC } from './policyUnits';

const pack = defaultPack();
const fill = (l: Ledger): AssignmentResult => assignLeadUnits(l, pack, { overwrite: false, normalise: false });

function blankCells(g: GeneratedLedger, l: Ledger, field: 'lead' | 'coop'): string[] {
  const col = l.header.columns.find((c) => c.field === field)!;
  return l.rows
    .filter((r) => {
      const v = g.grid.values[r.index][col.col];
      return v === null || v === undefined || String(v).trim() === '';
    })
    .map((r) => `${col.letter}${r.row}`);
}

describe.each([
  ['a 54-row district project ledger', () => districtLedger(), 'project', 54],
  ['a 12-row township ledger', () => townshipLedger(), 'project', 12],
  ['a 30-row reserve library', () => reserveLibrary(), 'reserve', 30],
] as const)('%s whose rows cite no measure', (_label, make, kind, count) => {
  const g = make();
  const ledger = readLedger(g.grid, { pack });
  const result = fill(ledger);

  test('is read as the right kind with every row', () => {
    expect(ledger.kind).toBe(kind);
    expect(ledger.rows).toHaveLength(count);
  });

  test('has zero conflicts', () => {
    expect(result.conflicts.map((c) => `${c.cell} ${c.existing}: ${c.reason}`)).toEqual([]);
  });

  test('fills every blank lead cell and touches no filled cell', () => {
    const blanks = blankCells(g, ledger, 'lead');
    expect(blanks.length).toBeGreaterThan(0);
    const filled = result.edits.filter((e) => e.field === 'lead' && e.kind === 'fill').map((e) => e.cell);
    expect(filled.sort()).toEqual(blanks.sort());
    const blankSet = new Set([...blanks, ...blankCells(g, ledger, 'coop')]);
    expect(result.edits.filter((e) => !blankSet.has(e.cell))).toEqual([]);
  });

  test("says a default fill is the pack's default, in one short reason", () => {
    for (const e of result.edits) {
      expect(e.binding).toBe(false);
      expect(e.reason).toMatch(/^措施\d+ · \S+$/);
      expect(e.reason.length).toBeLessThanOrEqual(24);
    }
  });
});

describe('a district ledger where some rows cite a measure or sit in a place a measure names', () => {
  const g = districtLedger();
  const { lead, coop, measure, location } = PROJECT_COLS;
  // [sheet row, 对应措施, 牵头, 配合, conflicts?]
  const cases: [number, string | number, string, string | null, ('lead' | 'coop')[]][] = [
    [4, 9, '区工信局', null, ['lead']], // measure 9: 区发展改革委 leads
    [5, 12, '区财政局', null, []], // one of the two units measure 12 lists jointly
    [6, '措施12', '区发展改革委、区交通局', null, []], // measure 12's unit plus one more
    [7, '第6条', '区交通局', null, ['lead']],
    [8, '措施6', '区发改委', null, []], // alias of the policy's own unit
    [9, '（十二）', '区水利局', null, ['lead']],
    [10, 9, '区发展改革委', '区财政局', []], // a project's coop adds helpers to measure 9's list: no conflict
    [11, 1, '区工信局', '空冢郭镇', []], // measure 1's coop is 各乡镇、街道…: a township is one of them
    [12, 13, '区财政局', '区住建局', []], // measure 13 names no cooperating unit
  ];
  for (const [row, m, l, c] of cases) {
    setCell(g, row, measure, m);
    setCell(g, row, lead, l);
    setCell(g, row, coop, c);
  }
  // Binding places (measures 2 and 3): one cell names part of the joint leads, one names another unit.
  for (const [row, place, l] of [
    [13, '医疗器械城', '空冢郭镇'],
    [14, '智能制造谷', '区商务局'],
  ] as const) {
    setCell(g, row, location, place);
    setCell(g, row, lead, l);
    setCell(g, row, coop, null);
  }
  const ledger = readLedger(g.grid, { pack });
  const result = fill(ledger);
  const want = [...cases.flatMap(([row, , , , fields]) => fields.map((f) => `${f}${row}`)), 'lead14'].sort();

  test('exactly the bound rows that name other units conflict', () => {
    expect(result.conflicts.map((x) => `${x.field}${x.row}`).sort()).toEqual(want);
  });

  test('a conflict is one sentence: what the cell says, then what the policy says', () => {
    const c = (row: number, field: string) => result.conflicts.find((x) => x.row === row && x.field === field)!;
    expect(c(4, 'lead').reason).toBe('现为区工信局；措施9 规定牵头为区发展改革委');
    expect(c(9, 'lead').reason).toBe('现为区水利局；措施12 规定牵头为区发展改革委、区财政局');
    expect(c(14, 'lead').reason).toBe('现为区商务局；措施3（智能制造谷项目）规定牵头为沙澧高新技术产业开发区');
    for (const x of result.conflicts) {
      expect(x.reason).not.toMatch(/[「」]/);
      expect(x.cell).toMatch(/^[A-Z]+\d+$/);
    }
  });

  test("bound fills say so; the coop of a cited measure is the document's", () => {
    const e = result.edits.find((x) => x.row === 4 && x.field === 'coop')!;
    expect(e.binding).toBe(true);
    expect(e.reason).toMatch(/^措施9 · /);
    expect(unitsOf(pack, e.new)).toEqual(canonical(pack, DOC[9].coop));
    const place = result.edits.find((x) => x.row === 13 && x.field === 'coop')!;
    expect(place).toMatchObject({ binding: true });
    expect(unitsOf(pack, place.new)).toEqual(canonical(pack, DOC[2].coop));
  });

  test('overwrite replaces only the conflicting cells', () => {
    const r = assignLeadUnits(ledger, pack, { overwrite: true, normalise: false });
    expect(
      r.edits
        .filter((e) => e.kind === 'overwrite')
        .map((e) => `${e.field}${e.row}`)
        .sort(),
    ).toEqual(want);
    expect(r.conflicts).toEqual([]);
  });
});

// Before binding sources these ledgers gave 30, 10 and 53 conflicts (every lead a default rule disagreed with).
describe('conflict counts on the generated ledgers', () => {
  test.each([
    ['district', districtLedger, 16],
    ['township', townshipLedger, 2],
    ['reserve', reserveLibrary, 7],
  ] as const)('%s: zero conflicts, every blank lead filled', (_n, make, fills) => {
    const r = fill(readLedger(make().grid, { pack }));
    expect(r.counts).toMatchObject({ conflicts: 0, unmatched: 0, fill: fills });
  });
});

test('the pack binds exactly the places measures 2–5 name; every rule has a short, distinct label', () => {
  expect(
    pack.rules
      .filter((r) => r.binding)
      .map((r) => r.id)
      .sort(),
  ).toEqual(['culture-tourism-area', 'eod-park', 'medical-device-city', 'smart-manufacturing-valley']);
  const labels = pack.rules.map((r) => r.label);
  expect(new Set(labels).size).toBe(labels.length);
  for (const l of labels) expect(Array.from(l).length).toBeLessThanOrEqual(12);
});

test('a pack rule must say whether it binds, and give its label: a hand-edited pack without them is refused by name', () => {
  const [first, ...rest] = pack.rules;
  const { binding: _b, label: _l, ...bare } = first;
  expect(() => loadPolicyPack({ ...pack, rules: [bare, ...rest] })).toThrow(PolicyPackError);
  try {
    loadPolicyPack({ ...pack, rules: [bare, ...rest] });
  } catch (e) {
    expect((e as PolicyPackError).problems.map((p) => p.path).sort()).toEqual(['rules[0].binding', 'rules[0].label']);
    expect((e as Error).message).toContain('缺少该字段');
  }
});
