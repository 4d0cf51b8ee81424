/** compareLedgers / compareSeries on generated weekly versions: every match, figure and finding. */
import {
  compareLedgers,
  compareSeries,
  compareVersions,
  projectVersions,
  snapshotProjects,
  takeSnapshot,
} from '../../src/core/compare';
import { readLedger } from '../../src/core/ledger';
import { defaultPack } from '../../src/core/policy';
import { ledgerGrid, WEEK1, WEEK2, WEEK3, type P } from './versions';

const pack = defaultPack();
const version = (file: string, sheet: string, ps: P[], yi = false) => ({
  file,
  ledger: readLedger(ledgerGrid(sheet, ps, yi), { pack }),
});

const w1 = version('10月20日.xlsx', '台账', WEEK1);
const w2 = version('10月27日.xlsx', '台账', WEEK2);

test('every project of week 2 is matched, added or removed, and says how', () => {
  const c = compareLedgers(w1, w2, pack);
  const how = Object.fromEntries(c.matched.map((m) => [m.current.name, [m.previous.row, m.how, m.confidence]]));
  expect(how).toEqual({
    沙澧河生态修复: [6, 'name-owner', 1],
    智能制造谷一期: [4, 'name-owner', 1],
    医疗器械城标准化厂房: [3, 'name-owner', 1],
    老街改造: [5, 'name-owner', 1],
    '源汇区冷链物流园（一期）': [8, 'renamed', 0.6],
  });
  expect(c.added.map((a) => a.name)).toEqual(['城乡供水一体化']);
  expect(c.removed.map((r) => [r.name, r.row])).toEqual([['社区养老中心', 7]]);
});

test('figures of the period: per project and totals (matched + added; removed apart; net = Σ now − Σ before)', () => {
  const c = compareLedgers(w1, w2, pack);
  const delta = Object.fromEntries(c.matched.map((m) => [m.current.name, m.completedThisPeriod]));
  expect(delta).toEqual({
    沙澧河生态修复: 0,
    智能制造谷一期: 1500,
    医疗器械城标准化厂房: 2000,
    老街改造: -500,
    '源汇区冷链物流园（一期）': 600,
  });
  const sum = (ps: P[]) => ps.reduce((s, p) => s + (p.completed ?? 0), 0);
  expect(c.totals).toEqual({
    matched: 3600,
    added: 1200,
    removed: 300,
    net: sum(WEEK2) - sum(WEEK1),
    newThisPeriod: 4800,
  });
  expect(c.totals.net).toBeCloseTo(c.totals.matched + c.totals.added - c.totals.removed, 6);
  const byDomain = Object.fromEntries(c.byDomain.map((b) => [b.key, b.completedThisPeriod]));
  expect(byDomain).toEqual({ 工业: 3500, 城镇基础设施: -500, 生态环保: 0, 服务业: 600, 农林水利: 1200 });
  const byLocation = Object.fromEntries(c.byLocation.map((b) => [b.key, b.completedThisPeriod]));
  expect(byLocation['问十乡']).toBe(1200);
});

test('findings: the fallen cumulative figure (error), the plan change, the rename and the missing project', () => {
  const c = compareLedgers(w1, w2, pack);
  const found = c.findings.map((f) => [f.code, f.severity, f.sheet, f.cell ?? `row ${f.row}`]);
  expect(found).toEqual(
    expect.arrayContaining([
      ['cumulative-decreased', 'error', '台账', 'H6'],
      ['plan-changed', 'warning', '台账', 'G3'],
      ['project-renamed', 'info', '台账', 'row 7'],
      ['project-removed', 'warning', '台账', 'row 7'],
    ]),
  );
  expect(found).toHaveLength(4);
  const fell = c.findings.find((f) => f.code === 'cumulative-decreased')!;
  expect(fell.message).toBe(
    'H6“老街改造”的累计完成投资由 4,500 万元降为 4,000 万元：累计数不应减少，请核对本期或上期的填报。',
  );
  expect(c.findings.find((f) => f.code === 'project-removed')!.file).toBe('10月20日.xlsx');
});

test('a unit that switched from 万元 to 亿元 between weeks compares in 万元, with no false changes', () => {
  const yi = version('10月27日.xlsx', '台账', WEEK2, true);
  const c = compareLedgers(w1, yi, pack);
  expect(c.totals.newThisPeriod).toBeCloseTo(4800, 6);
  const changed = c.matched.find((m) => m.current.name === '医疗器械城标准化厂房')!.changes.map((x) => x.field);
  expect(changed).toEqual(['completed']);
});

test('reordered rows and a row inserted at the top still match by identity', () => {
  const shuffled = [WEEK1[5], { ...WEEK2[5] }, WEEK1[0], WEEK1[4], WEEK1[2], WEEK1[1], WEEK1[3]];
  const c = compareLedgers(w1, version('b.xlsx', '台账', shuffled), pack);
  expect(c.matched).toHaveLength(6);
  expect(c.matched.every((m) => m.completedThisPeriod === 0)).toBe(true);
  expect(c.added.map((a) => a.name)).toEqual(['城乡供水一体化']);
  expect(c.findings).toEqual([]);
});

test('two same-named projects told apart by owner; an ambiguous pair is not guessed', () => {
  const a: P = { ...WEEK1[2], owner: '甲公司', completed: 100 };
  const b: P = { ...WEEK1[2], owner: '乙公司', completed: 200 };
  const c = compareLedgers(
    version('a', 'x', [a, b]),
    version('b', 'x', [
      { ...b, completed: 260 },
      { ...a, completed: 150 },
    ]),
    pack,
  );
  expect(c.matched.map((m) => [m.current.owner, m.completedThisPeriod])).toEqual([
    ['乙公司', 60],
    ['甲公司', 50],
  ]);
  const noOwner = (p: P): P => ({ ...p, owner: '', total: 1000 });
  const d = compareLedgers(
    version('a', 'x', [noOwner(a), noOwner(b)]),
    version('b', 'x', [noOwner(a), noOwner(b)]),
    pack,
  );
  expect(d.matched).toHaveLength(2); // same name and same total: paired in sheet order
  const e = compareLedgers(
    version('a', 'x', [
      { ...noOwner(a), total: 1 },
      { ...noOwner(b), total: 2 },
    ]),
    version('b', 'x', [
      { ...noOwner(a), total: 3 },
      { ...noOwner(b), total: 4 },
    ]),
    pack,
  );
  expect(e.matched).toHaveLength(0); // nothing tells them apart: both reported, none guessed
  expect(e.removed).toHaveLength(2);
});

test('a series: stalled for two periods, past the plan left, and a figure gone blank', () => {
  const w3 = version('11月3日.xlsx', '台账', WEEK3);
  const c = compareSeries([w1, w2, w3], pack);
  const codes = c.findings.map((f) => [f.code, f.name]);
  expect(codes).toEqual(
    expect.arrayContaining([
      ['stalled', '沙澧河生态修复'],
      ['period-over-plan-left', '智能制造谷一期'],
      ['figure-missing', '城乡供水一体化'],
    ]),
  );
  expect(codes.filter(([code]) => code === 'stalled')).toHaveLength(1);
  expect(c.figuresMissing).toBe(1);
  const stalled = c.findings.find((f) => f.code === 'stalled')!;
  expect(stalled.message).toContain('已连续 2 期');
  // Two versions only: one period without progress is not yet "stalled".
  expect(compareSeries([w1, w2], pack).findings.some((f) => f.code === 'stalled')).toBe(false);
});

test('a snapshot kept in the workbook compares like last week’s file, and survives JSON', () => {
  const snap = JSON.parse(JSON.stringify(takeSnapshot(w1.ledger, w1.file, pack, '2023-10-20')));
  const restored = snapshotProjects(snap)!;
  const viaSnapshot = compareVersions(restored, {
    source: { file: w2.file, sheet: '台账' },
    projects: projectVersions(w2.ledger, w2.file, pack),
  });
  const direct = compareLedgers(w1, w2, pack);
  expect(viaSnapshot.totals).toEqual(direct.totals);
  expect(viaSnapshot.findings.map((f) => [f.code, f.row])).toEqual(direct.findings.map((f) => [f.code, f.row]));
  expect(JSON.stringify(snap).length).toBeLessThan(2000);
  expect(snapshotProjects({ v: 99, rows: [] })).toBeNull();
  expect(snapshotProjects('nonsense')).toBeNull();
});
