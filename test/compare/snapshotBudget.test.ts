/**
 * The snapshot shelf inside the settings' size budget (Excel's document settings hold about 2 MB in all): damaged
 * snapshots dropped with a note, older days dropped first, a snapshot too big refused with a Chinese note while
 * the other settings still save — and the sizes of snapshots of 5,000- and 50,000-row ledgers.
 */
import {
  type LedgerSnapshotV1,
  fitSettings,
  keepSnapshots,
  localDay,
  localIsoTime,
  previousSnapshot,
  projectVersions,
  snapshotProjects,
  readShelf,
  SETTINGS_BUDGET_BYTES,
  snapshotsAtSummary,
  utf8Bytes,
} from '../../src/core/compare';
import { gridFromRows, type CellValue } from '../../src/core/grid';
import { readLedger } from '../../src/core/ledger';
import { defaultPack } from '../../src/core/policy';
import type { StoredSettings } from '../../src/core/port/WorkbookPort';

const row = (i: number): LedgerSnapshotV1['rows'][number] => [
  i + 4,
  `源汇区第${i}号标准化厂房建设项目`,
  '漯河市城发投资有限公司',
  '沙澧高新技术产业开发区',
  '工业',
  '开工一批',
  '区工信局',
  52000,
  20000,
  15000,
];
const snap = (sheet: string, takenAt: string, rows = 10): LedgerSnapshotV1 => ({
  v: 1,
  source: { file: 'a.xlsx', sheet },
  takenAt,
  rows: Array.from({ length: rows }, (_, i) => row(i)),
});
const BASE: StoredSettings = {
  policyPack: '{"x":1}',
  rules: { 'blank-row': { enabled: false } },
  mappings: { 台账: { H: 'completed' } },
};
const jsonBytes = (s: StoredSettings) => Buffer.byteLength(JSON.stringify(s), 'utf8');

test('utf8Bytes counts as Node does (Chinese 3 bytes, an astral character 4)', () => {
  for (const t of ['abc', '源汇区', '〔2023〕5号', '𠀀x', JSON.stringify(snap('台账', '2026-12-01T00:00:00Z'))])
    expect(utf8Bytes(t)).toBe(Buffer.byteLength(t, 'utf8'));
});

describe('readShelf: what cannot be read is dropped with a note, the rest kept', () => {
  test('damaged and foreign snapshots', () => {
    const good = snap('台账', '2026-11-24T09:00:00Z');
    const r = readShelf({
      台账: [good, { ...good, v: 99 }, { ...good, rows: [[1, 'x']] }, { ...good, takenAt: 'yesterday' }, null],
      其他: 'not a list',
    });
    expect(r.shelf).toEqual({ 台账: [good] });
    expect(r.dropped).toBe(5);
    expect(r.notes[0].zh).toBe(
      '工作簿中保存的台账快照有 5 份无法读取（已损坏或来自其他版本），已忽略；其他设置不受影响。',
    );
  });
  test('a shelf that is not an object; none stored', () => {
    expect(readShelf([1, 2])).toMatchObject({ dropped: 1 });
    expect(readShelf([1, 2]).shelf).toBeUndefined();
    expect(readShelf('x').notes).toHaveLength(1);
    expect(readShelf(undefined)).toEqual({ dropped: 0, notes: [] });
  });
});

describe('fitSettings / keepSnapshots: the settings stay under the budget', () => {
  const old = [1, 2, 3].map((d) => snap('台账', `2026-11-0${d}T08:00:00Z`, 200));
  const shelf = { 台账: old };
  const one = utf8Bytes(JSON.stringify(old[0]));

  test('under the budget nothing is dropped and the JSON is what the size says', () => {
    const f = fitSettings({ ...BASE, snapshots: shelf });
    expect(f.dropped).toEqual([]);
    expect(f.settings).toEqual({ ...BASE, snapshots: shelf });
    expect(Math.abs(f.bytes - jsonBytes(f.settings))).toBeLessThan(20);
  });

  test('over it, the oldest days go first and the new snapshot is kept; other settings untouched', () => {
    const now = snap('台账', '2026-11-08T08:00:00Z', 200);
    const budget = utf8Bytes(JSON.stringify(BASE)) + 2.5 * one; // room for two snapshots
    const k = keepSnapshots({ ...BASE, snapshots: shelf }, [now], budget);
    expect(k.settings.snapshots!['台账'].map((s) => s.takenAt.slice(0, 10))).toEqual(['2026-11-03', '2026-11-08']);
    expect(k.dropped.map((s) => s.takenAt.slice(0, 10))).toEqual(['2026-11-01', '2026-11-02']);
    expect(k.kept).toEqual([now]);
    expect(jsonBytes(k.settings)).toBeLessThanOrEqual(budget);
    expect(k.settings.policyPack).toBe(BASE.policyPack);
    expect(k.settings.mappings).toEqual(BASE.mappings);
    expect(k.notes.map((n) => n.zh)).toEqual([
      '已保存本期快照，供下周台账周报比较（“台账”200 个项目）。',
      expect.stringContaining('删去了较早的快照：“台账”2026-11-01、“台账”2026-11-02'),
    ]);
  });

  test('a snapshot too big on its own is refused with a note; the rest of the settings still save', () => {
    const huge = snap('台账', '2026-11-08T08:00:00Z', 2000);
    const budget = utf8Bytes(JSON.stringify(BASE)) + one * 3.5;
    const k = keepSnapshots({ ...BASE, snapshots: shelf }, [huge], budget);
    expect(k.refused).toEqual([huge]);
    expect(k.kept).toEqual([]);
    expect(k.settings.snapshots).toEqual(shelf); // last weeks' stay: the refusal costs them nothing
    expect(k.notes[0].zh).toMatch(
      /^“台账”的快照太大（约 0\.\d MB，工作簿设置上限约 0\.\d MB），未保存；下周请用本周的文件比较/,
    );
    expect(k.notes[0].zh).toContain('其他设置已照常保存');
  });
});

/** A ledger of `n` rows shaped like the sample's (names of 15-20 characters, company owners, parks). */
function bigLedger(n: number) {
  const places = ['空冢郭镇', '问十乡', '沙澧高新技术产业开发区', '马路街街道', '老街街道'];
  const domains = ['工业', '服务业', '城镇基础设施', '社会事业', '交通', '能源', '生态环保', '农林水利', '新基建'];
  const rows: CellValue[][] = [
    ['2023年源汇区重点项目台账'],
    [
      '序号',
      '项目名称',
      '建设单位',
      '建设地点',
      '所属领域',
      '项目阶段',
      '总投资（万元）',
      '年度计划投资（万元）',
      '累计完成投资（万元）',
      '牵头责任单位',
    ],
  ];
  for (let i = 0; i < n; i++)
    rows.push([
      i + 1,
      `源汇区第${i + 1}号智能装备制造产业园建设项目`,
      `漯河市第${i % 300}建设发展有限公司`,
      places[i % places.length],
      domains[i % domains.length],
      ['签约一批', '开工一批', '投产一批'][i % 3],
      10000 + (i % 997) * 37,
      4000 + (i % 13) * 100,
      1000 + (i % 29) * 50,
      ['区工信局', '区发展改革委', '区住建局'][i % 3],
    ]);
  return readLedger(gridFromRows('项目台账', rows), { pack: defaultPack() });
}

test('sizes: two weeks of a 5,000-row ledger stay on the shelf (about 0.5 MB each); a 50,000-row one is refused', () => {
  const pack = defaultPack();
  const at = (n: number, takenAt: string) =>
    snapshotsAtSummary([{ source: '台账.xlsx', ledger: bigLedger(n) }], pack, takenAt)[0];
  const week1 = at(5000, '2026-11-24T08:00:00.000Z');
  const week2 = at(5000, '2026-12-01T08:00:00.000Z');
  const huge = at(50000, '2026-12-01T08:00:00.000Z');
  expect([week1.rows.length, huge.rows.length]).toEqual([5000, 50000]);
  const sizes = [week1, huge].map((s) => utf8Bytes(JSON.stringify(s)));
  // Measured: ~100 bytes a project in version 2 (owners, townships, domains, stages, lead units written once in
  // `words`; version 1 wrote them inline: 947,033 and 9,569,537 bytes): 499,535 and 4,979,239 bytes.
  expect(sizes[0]).toBeGreaterThan(400_000);
  expect(sizes[0]).toBeLessThan(SETTINGS_BUDGET_BYTES / 2.5);
  expect(sizes[1]).toBeGreaterThan(SETTINGS_BUDGET_BYTES * 3);
  process.stdout.write(`snapshot JSON bytes: 5,000 rows ${sizes[0]}, 50,000 rows ${sizes[1]}\n`);
  // Next week's 生成汇总 keeps last week's too, so the 台账周报 after it still has a "last week".
  const first = keepSnapshots(BASE, [week1]);
  const second = keepSnapshots(first.settings, [week2]);
  expect(second.dropped).toEqual([]);
  expect(previousSnapshot(second.settings.snapshots, '项目台账', '2026-12-01')).toBe(week1);
  expect(jsonBytes(second.settings)).toBeLessThanOrEqual(SETTINGS_BUDGET_BYTES);
  const refused = keepSnapshots(second.settings, [huge]);
  expect(refused.refused).toEqual([huge]);
  expect(refused.settings.snapshots).toEqual(second.settings.snapshots);
  expect(refused.notes[0].zh).toMatch(/^“项目台账”的快照太大（约 5\.0 MB，工作簿设置上限约 1\.5 MB），未保存/);
});

describe('snapshot versions', () => {
  const pack = defaultPack();
  const ledger = bigLedger(30);
  test('version 2 writes each owner, township, domain, stage and lead once and reads back the same projects', () => {
    const [s] = snapshotsAtSummary([{ source: '台账.xlsx', ledger }], pack, '2026-12-01T08:00:00.000Z');
    expect(s.v).toBe(2);
    const words = s.v === 2 ? s.words : [];
    expect(new Set(words).size).toBe(words.length);
    expect(words).toContain('沙澧高新技术产业开发区');
    const back = snapshotProjects(s)!.projects;
    expect(back.map((p) => [p.row, p.name, p.owner, p.location, p.domain, p.stage, p.lead, p.completed])).toEqual(
      projectVersions(ledger, '台账.xlsx', pack).map((p) => [
        p.row,
        p.name,
        p.owner,
        p.location,
        p.domain,
        p.stage,
        p.lead,
        p.completed,
      ]),
    );
  });
  test('version 1 (texts inline) is still read; a version 2 row pointing past `words` is damaged', () => {
    const v1 = snap('台账', '2026-11-24T09:00:00Z', 2);
    expect(readShelf({ 台账: [v1] }).dropped).toBe(0);
    expect(snapshotProjects(v1)!.projects[0]).toMatchObject({ owner: '漯河市城发投资有限公司', lead: '区工信局' });
    const [s] = snapshotsAtSummary([{ source: '台账.xlsx', ledger }], pack, '2026-12-01T08:00:00.000Z');
    const bad = JSON.parse(JSON.stringify(s));
    bad.rows[3][4] = 999;
    expect(readShelf({ 台账: [s, bad] }).dropped).toBe(1);
  });
});

describe('local days: the shelf and "last week" go by the clerk’s calendar, not UTC', () => {
  test('local ISO time with its offset: the same instant, the local calendar day first', () => {
    for (const iso of ['2026-12-07T23:30:00Z', '2026-06-30T16:05:09Z', '2026-01-01T00:00:00Z']) {
      const d = new Date(iso);
      const local = localIsoTime(d);
      expect(local).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
      expect(Date.parse(local)).toBe(d.getTime());
      const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      expect(localDay(d)).toBe(day);
    }
  });
  test('07:30 and 20:00 in 漯河 are one day (in UTC they were two): the later replaces the morning’s', () => {
    const ledger = bigLedger(3);
    const pack = defaultPack();
    const [a] = snapshotsAtSummary([{ source: 'x.xlsx', ledger }], pack, '2026-12-08T07:30:00+08:00');
    const [b] = snapshotsAtSummary([{ source: 'x.xlsx', ledger }], pack, '2026-12-08T20:00:00+08:00');
    const shelf = keepSnapshots(keepSnapshots(null, [a]).settings, [b]).settings.snapshots;
    expect(shelf!['项目台账']).toEqual([b]);
    expect(previousSnapshot(shelf, '项目台账', '2026-12-08')).toBeNull(); // not "last week"
    expect(previousSnapshot(shelf, '项目台账', '2026-12-15')).toBe(b);
  });
});
