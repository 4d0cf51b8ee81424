/**
 * Project ledgers and reserve libraries (.xlsx): the row's 对应措施 first, then the pack's rules by priority,
 * each edit naming its rule or measure; conflicts and filled cells are left alone unless asked.
 * Expectations are written by hand: units from the document (policyUnits.ts) or, for rules that are the
 * pack's own decision (工业 → 区工信局 alone), spelled out here.
 */
import { assignLeadUnits, type AssignmentResult } from '../../src/core/assign';
import type { Ledger } from '../../src/core/ledger/types';
import type { PolicyPack } from '../../src/core/policy/types';
import { applyEdits, canonical, unitsOf } from './helpers';
import { loadLedger } from './loadLedger';
import { fixtureDir, makeProjectLedger, makeReserveLibrary, PROJECT_HEADER_ROW } from './makeAssignFixtures';
import { DOCUMENT_UNITS as DOC } from './policyUnits';
import { packWithoutRules, testPack } from './testPack';

interface Want {
  source: string;
  lead: string[];
  coop: string[];
}
const doc = (source: string, m: number): Want => ({ source, ...DOC[m] });

/** By project name: what the built-in pack's rules give. */
const WANT: Record<string, { pack: Want }> = {
  漯河市源汇区光电产业园项目: { pack: doc('measure-3', 3) },
  奥昌迈得设备生产项目: { pack: doc('medical-device-city', 2) },
  '裕鑫电子集成电路（新型显示）产业园项目': { pack: doc('smart-manufacturing-valley', 3) },
  蓝硕再生资源项目: { pack: doc('eod-park', 4) },
  长申玉商业综合体项目: { pack: doc('culture-tourism-area', 5) },
  某小区问题楼盘保交楼续建项目: { pack: doc('real-estate', 20) },
  城中村改造安置房代建项目: { pack: doc('real-estate', 20) },
  年产5万吨休闲食品加工项目: { pack: { source: 'industry-domain', lead: ['区工信局'], coop: [] } },
  源汇区干线公路提升改造项目: { pack: { source: 'default-project', lead: ['区发展改革委'], coop: [] } },
  智能装备零部件生产项目: { pack: { source: 'industry-domain', lead: ['区工信局'], coop: [] } },
  冷链物流园项目: { pack: { source: 'default-project', lead: ['区发展改革委'], coop: [] } },
  项目前期工作经费统筹项目: { pack: doc('measure-13', 13) },
  精密模具制造项目: { pack: { source: 'industry-domain', lead: ['区工信局'], coop: [] } },
};

let dir: string;
let ledger: Ledger;
const nameCol = (l: Ledger): number => l.header.columns.find((c) => c.field === 'name')!.col;
const colOf = (l: Ledger, f: 'lead' | 'coop'): number => l.header.columns.find((c) => c.field === f)!.col;

beforeAll(async () => {
  dir = fixtureDir();
  ledger = await loadLedger((await makeProjectLedger(dir)).path, PROJECT_HEADER_ROW, testPack());
});

describe.each([["the built-in pack's rules", 'pack' as const, testPack]])(
  'project ledger with %s',
  (_label, which, makePack) => {
    let pack: PolicyPack;
    let result: AssignmentResult;
    beforeAll(() => {
      pack = makePack();
      result = assignLeadUnits(ledger, pack, { overwrite: false, normalise: false });
    });

    test('every row is assigned by the expected rule, and ends up with the expected units', () => {
      const after = applyEdits(ledger.grid, result);
      for (const row of ledger.rows) {
        const name = String(ledger.grid.values[row.index][nameCol(ledger)]);
        const want = WANT[name][which];
        expect({ name, source: result.matches.find((m) => m.row === row.row)?.source }).toEqual({
          name,
          source: want.source,
        });
        // A lead the clerk filled is kept: the domain rule that matches it is the pack's default, not the policy's word.
        const typed = ledger.grid.values[row.index][colOf(ledger, 'lead')];
        const lead = typed ? [String(typed)] : want.lead;
        expect({ name, lead: unitsOf(pack, after.values[row.index][colOf(ledger, 'lead')]) }).toEqual({
          name,
          lead: canonical(pack, lead),
        });
        expect({ name, coop: unitsOf(pack, after.values[row.index][colOf(ledger, 'coop')]) }).toEqual({
          name,
          coop: canonical(pack, want.coop),
        });
      }
    });

    test('each edit names its rule or measure in one glance', () => {
      for (const e of result.edits) {
        expect(e.reason).toMatch(/^(措施\d+ · )?[^·\s]+$/);
        if (e.source.startsWith('measure-')) expect(e.reason).toContain(`措施${e.source.slice(8)}`);
      }
      const smart = result.edits.find((e) => e.source === 'measure-3' && e.field === 'lead')!;
      expect(smart.reason).toBe('措施3 · 智能制造谷建设');
      expect(result.edits.find((e) => e.source === 'medical-device-city')?.reason).toBe('措施2 · 医疗器械城项目');
    });

    test('a filled lead that differs from a default rule is no conflict, and left alone; one that agrees by alias is left alone', () => {
      const conflictRow = ledger.rows.find(
        (r) => ledger.grid.values[r.index][nameCol(ledger)] === '智能装备零部件生产项目',
      )!;
      expect(result.edits.filter((e) => e.row === conflictRow.row && e.field === 'lead')).toEqual([]);
      expect(result.conflicts).toEqual([]);
      const aliasRow = ledger.rows.find((r) => ledger.grid.values[r.index][nameCol(ledger)] === '冷链物流园项目')!;
      expect(result.edits.filter((e) => e.row === aliasRow.row && e.field === 'lead')).toEqual([]);
      expect(result.counts).toMatchObject({ conflicts: 0, unmatched: 0, normalise: 0, overwrite: 0 });
    });
  },
);

test("a reserve library: funding channels go to measure 12's leads, others to measure 9 by domain", async () => {
  const made = await makeReserveLibrary(dir);
  const reserve = await loadLedger(made.path, 2, testPack());
  const pack = testPack();
  const r = assignLeadUnits(reserve, pack, { overwrite: false, normalise: false });
  const lead = (row: number): string[] => unitsOf(pack, r.edits.find((e) => e.row === row && e.field === 'lead')?.new);
  expect(r.matches.map((m) => m.source)).toEqual([
    'funding-channel-library',
    'funding-channel-library',
    'reserve-industry',
  ]);
  expect(lead(3)).toEqual(canonical(pack, DOC[12].lead));
  expect(lead(4)).toEqual(canonical(pack, DOC[12].lead));
  // Measure 9 (重大项目谋划储备): 区发展改革委 leads, 区工信局 (one of its cooperating units) for an industrial project.
  expect(lead(5)).toEqual(canonical(pack, DOC[9].lead));
  expect(unitsOf(pack, r.edits.find((e) => e.row === 5 && e.field === 'coop')?.new)).toEqual(['区工信局']);
  // The channel rule carries measure 12's cooperating units as the document lists them.
  expect(unitsOf(pack, r.edits.find((e) => e.row === 3 && e.field === 'coop')?.new)).toEqual(
    canonical(pack, DOC[12].coop),
  );
});

test('a pack without rules assigns by 对应措施 alone and says why the other rows are left blank', () => {
  const pack = packWithoutRules();
  const r = assignLeadUnits(ledger, pack, { overwrite: false, normalise: false });
  const byMeasure = ledger.rows.filter((row) =>
    WANT[String(ledger.grid.values[row.index][nameCol(ledger)])].pack.source.startsWith('measure-'),
  );
  expect(byMeasure.length).toBeGreaterThan(0);
  expect(r.matches.map((m) => m.row).sort()).toEqual(byMeasure.map((row) => row.row).sort());
  expect(r.unmatched).toHaveLength(ledger.rows.length - byMeasure.length);
  for (const u of r.unmatched) expect(u.reason).toBe('政策包没有分配规则，且本行没有有效的对应措施，未填写');
});

test('a ledger without the 配合责任单位 column: lead filled, the missing column reported, no column invented', async () => {
  const made = await makeProjectLedger(dir, false);
  const l = await loadLedger(made.path, PROJECT_HEADER_ROW, testPack());
  const r = assignLeadUnits(l, testPack(), { overwrite: false, normalise: false });
  expect(r.edits.every((e) => e.field === 'lead')).toBe(true);
  expect(r.edits.length).toBeGreaterThan(0);
  expect(r.unmatched).toHaveLength(1);
  expect(r.unmatched[0].reason).toContain('配合责任单位');
  const widest = Math.max(...l.grid.values.map((v) => v.length));
  expect(r.edits.every((e) => e.col < widest)).toBe(true);
});

test('normalise and overwrite on a project ledger: overwrite never replaces what only a default rule disagrees with', () => {
  const pack = testPack();
  const r = assignLeadUnits(ledger, pack, { overwrite: true, normalise: true });
  expect(r.edits.find((e) => e.old === '区发改委')).toMatchObject({ kind: 'normalise', new: '区发展改革委' });
  expect(r.edits.find((e) => e.old === '区商务局')).toBeUndefined();
  expect(r.counts).toMatchObject({ normalise: 1, overwrite: 0, conflicts: 0 });
});
