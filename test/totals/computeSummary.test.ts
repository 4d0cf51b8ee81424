import { defaultPack } from '../../src/core/policy';
import { computeSummary } from '../../src/core/totals';
import { NINE_DOMAINS } from '../fixtures/nineDomains';
import { sampleInputs } from './fixtures';
import { DISTRICT_A, DISTRICT_A_SERVICES, DISTRICT_B, type Project, RESERVES } from './sampleLedgers';

/** Expected figures worked out from the plain project objects, not by the engine. */
const counted: Project[] = [...DISTRICT_A, ...DISTRICT_A_SERVICES, ...DISTRICT_B.slice(1)]; // B's first is A's second
const ALIASES: Record<string, string> = { 区发改委: '区发展改革委' };

function expectFigures(
  actual: { projects: number; projects1e8: number; total: number; planned: number; completed: number },
  ps: Project[],
) {
  expect(actual.projects).toBe(ps.length);
  expect(actual.projects1e8).toBe(ps.filter((p) => p.total >= 10000).length);
  expect(actual.total).toBeCloseTo(
    ps.reduce((s, p) => s + p.total, 0),
    6,
  );
  expect(actual.planned).toBeCloseTo(
    ps.reduce((s, p) => s + p.planned, 0),
    6,
  );
  expect(actual.completed).toBeCloseTo(
    ps.reduce((s, p) => s + p.completed, 0),
    6,
  );
}

describe('computeSummary over the sample ledgers', () => {
  const pack = defaultPack();
  const s = computeSummary(sampleInputs(), pack);

  test('grand totals count each project once, subtotal rows never', () => {
    expectFigures(s.totals, counted);
    expect(s.totals.projects).toBe(9);
    expect(s.totals.rate).toBeCloseTo(s.totals.completed / s.totals.planned, 12);
  });

  test('the same project in two files is listed once as a duplicate', () => {
    expect(s.duplicates).toHaveLength(1);
    expect(s.duplicates[0].occurrences.map((o) => [o.source, o.row])).toEqual([
      ['A区.xlsx', 8],
      ['B镇.xlsx', 6],
    ]);
  });

  test('by domain: the nine in the policy order, then 未填/其他', () => {
    expect(s.byDomain.map((b) => b.key)).toEqual([...NINE_DOMAINS, '未填/其他']);
    for (const b of s.byDomain)
      expectFigures(
        b,
        counted.filter((p) => (p.domain || '未填/其他') === b.key),
      );
  });

  test('by lead unit: a project with two lead units counts under each; aliases are merged', () => {
    const leadsOf = (p: Project) => (p.lead ? p.lead.split('、').map((n) => ALIASES[n] ?? n) : ['未填']);
    const keys = new Set(counted.flatMap(leadsOf));
    expect(new Set(s.byLeadUnit.map((b) => b.key))).toEqual(keys);
    for (const b of s.byLeadUnit)
      expectFigures(
        b,
        counted.filter((p) => leadsOf(p).includes(b.key)),
      );
    expect(s.multiLeadProjects).toBe(2);
    expect(s.byLeadUnit.reduce((n, b) => n + b.projects, 0)).toBe(counted.length + 2);
  });

  test('by location and by 三个一批 stage', () => {
    for (const b of s.byLocation)
      expectFigures(
        b,
        counted.filter((p) => p.location === b.key),
      );
    expect(s.byLocation.reduce((n, b) => n + b.projects, 0)).toBe(counted.length);
    expect(s.byStage.map((b) => b.key)).toEqual(['签约一批', '开工一批', '投产一批', '未填']);
    for (const b of s.byStage)
      expectFigures(
        b,
        counted.filter((p) => (p.stage || '未填') === b.key),
      );
  });

  test('by measure', () => {
    for (const b of s.byMeasure)
      expectFigures(
        b,
        counted.filter((p) => `措施${p.measure}` === b.key),
      );
    expect(s.byMeasure.map((b) => b.key)).toEqual(['措施2', '措施3', '措施6', '措施7']);
  });

  test('targets: actual in the target unit, 序时进度 from the ledgers as-of month, status by the pack thresholds', () => {
    expect(s.asOf).toBe('2023-10-31');
    const byId = Object.fromEntries(s.targets.map((t) => [t.id, t]));
    const completedYi = counted.reduce((n, p) => n + p.completed, 0) / 1e4;
    const inv = byId['investment-2023'];
    expect(inv.actual).toBeCloseTo(completedYi, 9);
    expect(inv.pace).toBeCloseTo(10 / 12, 12);
    expect(inv.ratio).toBeCloseTo(completedYi / 270, 12);
    expect(inv.gap).toBeCloseTo(completedYi - 270 * (10 / 12), 9);
    expect(inv.status).toBe('behind'); // 6.8亿 of 270亿 by October
    const industry = counted.filter((p) => p.domain === '工业').reduce((n, p) => n + p.completed, 0) / 1e4;
    expect(byId['industrial-investment-2023'].actual).toBeCloseTo(industry, 9);
    expect(byId['projects-1e8-2023'].actual).toBe(counted.filter((p) => p.total >= 10000).length);
    expect(byId['projects-1e8-2023'].pace).toBe(1);
    expect(byId['major-projects-2023'].actual).toBe(9);
    expect(byId['reserve-1e8'].actual).toBe(RESERVES.filter((r) => r.total >= 10000).length);
    const lib = (ch: string) => RESERVES.filter((r) => r.channel.includes(ch)).reduce((n, r) => n + r.total, 0) / 1e4;
    expect(byId['library-special-bonds'].actual).toBeCloseTo(lib('专项债券'), 9);
    expect(byId['library-policy-finance'].actual).toBeCloseTo(lib('政策性开发性金融工具'), 9);
    expect(byId['library-central-budget'].actual).toBeCloseTo(4.5, 9);
    expect(byId['prep-fund']).toMatchObject({ actual: null, status: 'no-data', ratio: null, gap: null });
  });

  test('measure task ledgers produce measureTasks', () => {
    expect(s.measureTasks?.map((t) => [t.measure, t.status])).toEqual([
      [1, '推进中'],
      [2, '推进中'],
      [13, '已完成'],
      [10, '未启动'],
      [19, ''],
    ]);
  });
});

describe('as-of date and status', () => {
  const pack = defaultPack();
  test("the caller's date wins; pace is month/12", () => {
    const s = computeSummary(sampleInputs(), pack, '2023-03-15');
    expect(s.asOf).toBe('2023-03-15');
    expect(s.targets.find((t) => t.id === 'investment-2023')?.pace).toBeCloseTo(0.25, 12);
  });
  test('without any project ledger, project targets have no data', () => {
    const s = computeSummary(sampleInputs().slice(2), pack, '2023-06-30');
    expect(s.targets.find((t) => t.id === 'investment-2023')?.status).toBe('no-data');
    expect(s.targets.find((t) => t.id === 'reserve-1e8')?.status).not.toBe('no-data');
    expect(s.totals.projects).toBe(0);
  });
  test('status thresholds: done, ahead, on pace, behind', () => {
    const small = { ...pack, targets: pack.targets.filter((t) => t.id === 'investment-2023').map((t) => ({ ...t })) };
    const completedYi = counted.reduce((n, p) => n + p.completed, 0) / 1e4; // about 6.81亿
    const at = (value: number) => {
      small.targets[0].value = value;
      return computeSummary(sampleInputs(), small, '2023-06-30').targets[0].status; // pace 0.5
    };
    expect(at(completedYi)).toBe('done');
    expect(at(completedYi / 0.5 / 1.2)).toBe('ahead'); // ratio/pace = 1.2
    expect(at(completedYi / 0.5 / 1.0)).toBe('on-pace');
    expect(at(completedYi / 0.5 / 0.9)).toBe('behind');
  });
  test('Dec 31 of the ledger year when no date is given anywhere', () => {
    const inputs = sampleInputs().slice(2); // reserve + measure: no as-of in their headers
    expect(computeSummary(inputs, pack).asOf).toBe('2023-12-31');
  });
});
