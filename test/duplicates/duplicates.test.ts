/**
 * Duplicates, one rule (#11.6), on generated ledgers whose truth is worked out from the plan
 * (duplicateLedgers.ts): the same normalised name twice in one ledger is a warning whatever the owner; rows that
 * are the same project (same name, and same owner or same total) count once, inside one ledger and across files;
 * the summary lists each merged row with the row it kept and why.
 */
import { printSummary, summaryJson, type SummaryResult } from '../../src/cli/summary';
import { gridFromRows } from '../../src/core/grid';
import { readLedger } from '../../src/core/ledger';
import { defaultPack } from '../../src/core/policy';
import { computeSummary } from '../../src/core/totals';
import { buildSummaryLayouts } from '../../src/core/report';
import { validateLedger } from '../../src/core/validate';
import { agrees, evaluateLayouts } from '../report/evaluate';
import { countedInTruth, FIRST_DATA_ROW, plan, projectGrid, reserveGrid, type PlannedRow } from './duplicateLedgers';

const pack = defaultPack();
const SEEDS = [1, 2, 3, 4, 5];
const sheetRow = (rows: PlannedRow[], p: PlannedRow) => rows.indexOf(p) + FIRST_DATA_ROW;
const sum = (ps: PlannedRow[], f: 'total' | 'planned' | 'completed') => ps.reduce((s, p) => s + p[f], 0);
const reason = (p: PlannedRow, hasOwner = true) =>
  hasOwner && (p.relation === 'owner' || p.relation === 'exact') ? 'same-name-owner' : 'same-name-total';

describe.each(SEEDS)('seed %i', (seed) => {
  const rows = plan(seed);
  const repeats = rows.filter((p) => p.first);
  const counted = countedInTruth(rows);
  const kept = rows.filter((_, i) => counted[i]);

  test('validate: every repeat of a name is a warning at its name cell, naming the first row, whatever the owner', () => {
    const ledger = readLedger(projectGrid('项目台账', rows), { pack });
    const dups = validateLedger(ledger, pack).filter((i) => i.code === 'duplicate-row');
    expect(dups.map((i) => [i.cell, i.severity, i.params.first])).toEqual(
      repeats.map((p) => [`B${sheetRow(rows, p)}`, 'warning', sheetRow(rows, p.first!)]),
    );
  });

  test('totals of one ledger count each project once; distinct projects with the same name both count', () => {
    const s = computeSummary(
      [{ source: '甲.xlsx', ledger: readLedger(projectGrid('项目台账', rows), { pack }) }],
      pack,
    );
    expect(s.totals.projects).toBe(kept.length);
    expect(s.totals.projects1e8).toBe(kept.filter((p) => p.total >= 10000).length);
    expect(s.totals.total).toBeCloseTo(sum(kept, 'total'), 6);
    expect(s.totals.completed).toBeCloseTo(sum(kept, 'completed'), 6);
  });

  test('the summary lists each merged row, the row it kept and why', () => {
    const s = computeSummary(
      [{ source: '甲.xlsx', ledger: readLedger(projectGrid('项目台账', rows), { pack }) }],
      pack,
    );
    const merged = rows.filter((_, i) => !counted[i]);
    expect(s.merged).toEqual(
      merged.map((p) => ({
        file: '甲.xlsx',
        sheet: '项目台账',
        row: sheetRow(rows, p),
        keptFile: '甲.xlsx',
        keptSheet: '项目台账',
        keptRow: sheetRow(rows, p.first!),
        reason: reason(p),
      })),
    );
  });

  test('a reserve library (no 建设单位): a repeated row counts once by its total; 亿元以上 and channel totals', () => {
    const ledger = readLedger(reserveGrid('储备项目库', rows), { pack });
    const inReserve = countedInTruth(rows, false);
    const keptR = rows.filter((_, i) => inReserve[i]);
    const s = computeSummary([{ source: '储备.xlsx', ledger }], pack);
    const target = (id: string) => s.targets.find((t) => t.id === id)?.actual;
    expect(target('reserve-1e8')).toBe(keptR.filter((p) => p.total >= 10000).length);
    expect(target('library-special-bonds')).toBeCloseTo(
      sum(
        keptR.filter((p) => p.channel === '专项债券'),
        'total',
      ) / 10000,
      9,
    );
    expect(s.merged.map((m) => [m.row, m.keptRow, m.reason])).toEqual(
      rows.filter((_, i) => !inReserve[i]).map((p) => [sheetRow(rows, p), sheetRow(rows, p.first!), reason(p, false)]),
    );
  });

  test('across files the same rule: first rows in one file, repeats in another', () => {
    const firsts = rows.filter((p) => !p.first);
    const a = readLedger(projectGrid('项目台账', firsts), { pack });
    const b = readLedger(projectGrid('项目台账', repeats), { pack });
    const s = computeSummary(
      [
        { source: '甲.xlsx', ledger: a },
        { source: '乙.xlsx', ledger: b },
      ],
      pack,
    );
    expect(s.totals.projects).toBe(kept.length);
    expect(s.totals.total).toBeCloseTo(sum(kept, 'total'), 6);
    const merged = repeats.filter((p) => p.relation !== 'distinct');
    expect(s.merged).toEqual(
      merged.map((p) => ({
        file: '乙.xlsx',
        sheet: '项目台账',
        row: sheetRow(repeats, p),
        keptFile: '甲.xlsx',
        keptSheet: '项目台账',
        keptRow: sheetRow(firsts, p.first!),
        reason: reason(p),
      })),
    );
  });
});

test('the summary JSON carries merged, and the CLI text says in Chinese which rows were merged and why', () => {
  const rows = plan(7);
  const s = computeSummary([{ source: '甲.xlsx', ledger: readLedger(projectGrid('项目台账', rows), { pack }) }], pack);
  expect(s.merged.length).toBeGreaterThan(0);
  const json = summaryJson(s);
  expect(json.merged).toEqual(s.merged);
  const lines: string[] = [];
  const io = {
    lang: 'zh' as const,
    out: (l: string) => void lines.push(l),
    err: () => undefined,
    errIsTTY: false,
    writeErrRaw: () => undefined,
  };
  printSummary({ summary: s, json, out: 'x.xlsx', sources: [] } as SummaryResult, io);
  const m = s.merged[0];
  expect(lines.join('\n')).toContain(`甲.xlsx 项目台账 第${m.row}行 与 甲.xlsx 项目台账 第${m.keptRow}行`);
  expect(lines.join('\n')).toMatch(/合并重复项目 \d+ 行（只计一次）/);
  expect(lines.join('\n')).toMatch(/名称与建设单位相同|名称与总投资相同/);
});

test('the summary sheets agree: their formulas leave out the merged rows too (HyperFormula)', () => {
  const rows = plan(11);
  const firsts = rows.filter((p) => !p.first);
  const repeats = rows.filter((p) => p.first);
  for (const inputs of [
    [{ source: '甲.xlsx', ledger: readLedger(projectGrid('项目台账', rows), { pack }) }],
    [
      { source: '甲.xlsx', ledger: readLedger(projectGrid('甲台账', firsts), { pack }) },
      { source: '乙.xlsx', ledger: readLedger(projectGrid('乙台账', repeats), { pack }) },
    ],
  ]) {
    const summary = computeSummary(inputs, pack, '2023-10-31');
    expect(summary.merged.length).toBeGreaterThan(0);
    const wrong = evaluateLayouts(
      inputs.map((i) => i.ledger.grid),
      buildSummaryLayouts(summary, inputs, pack),
    ).filter((e) => !agrees(e));
    expect(
      wrong
        .map((e) => `${e.sheet} ${e.cell.formula} → ${JSON.stringify(e.result)} ≠ ${JSON.stringify(e.cell.value)}`)
        .slice(0, 3),
    ).toEqual([]);
  }
});

test('a 亿元 ledger against a 万元 one: the same total in other units is the same total; owners compared normalised', () => {
  const head = ['序号', '项目名称', '建设单位', '总投资（亿元）', '2023年计划投资（亿元）', '1-10月完成投资（亿元）'];
  const a = readLedger(
    projectGrid('项目台账', [
      {
        name: '甲项目（一期）',
        owner: '甲公司',
        domain: '工业',
        total: 12345,
        planned: 3000,
        completed: 1000,
        channel: '',
      },
      { name: '乙项目', owner: 'ＡＢ 公司', domain: '工业', total: 5000, planned: 1000, completed: 10, channel: '' },
    ]),
    { pack },
  );
  const b = readLedger(
    gridFromRows('乙镇', [
      ['乙镇台账'],
      head,
      [1, '甲项目(一期)', '另一公司', 1.2345, 0.3, 0.12],
      [2, '乙 项目', 'AB公司', 0.6, 0.1, 0.002],
    ]),
    { pack },
  );
  const s = computeSummary(
    [
      { source: '甲.xlsx', ledger: a },
      { source: '乙.xlsx', ledger: b },
    ],
    pack,
  );
  expect(s.merged.map((m) => [m.file, m.row, m.keptRow, m.reason])).toEqual([
    ['乙.xlsx', 3, 3, 'same-name-total'],
    ['乙.xlsx', 4, 4, 'same-name-owner'],
  ]);
  expect(s.totals.projects).toBe(2);
  expect(s.totals.total).toBeCloseTo(12345 + 5000, 6);
});
