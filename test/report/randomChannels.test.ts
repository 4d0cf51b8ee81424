import fc from 'fast-check';
import type { CellValue } from '../../src/core/grid';
import { gridFromRows } from '../../src/core/grid';
import { readLedger } from '../../src/core/ledger';
import { defaultPack } from '../../src/core/policy';
import { buildSummaryLayouts } from '../../src/core/report';
import { computeSummary } from '../../src/core/totals';
import { agrees, evaluateLayouts } from './evaluate';

/**
 * Random reserve libraries whose 资金渠道 is typed every way clerks type it: the name, its aliases (专项债,
 * 中央预算内), an alias containing the name (地方政府专项债券), two channels in one cell, spaces and full-width
 * letters, another case, a channel the pack lacks, blanks. Every channel target's formula evaluates in
 * HyperFormula to the engine's figure; on libraries typed with names and aliases only, every one is live.
 */
const CLEAN = [
  '专项债券',
  '专项债',
  '地方政府专项债券',
  '中央预算内投资',
  '中央预算内',
  '政策性金融工具',
  '设备更新贴息',
];
const MESSY = [' 专项债', '专项 债券', '专项债券、中央预算内投资', '银行贷款', '', '制造业贷款（拟）', '专项债券项目'];

const rowOf = (spellings: string[]) =>
  fc.record({
    channel: fc.constantFrom(...spellings),
    total: fc.oneof(fc.integer({ min: 0, max: 300 }), fc.constantFrom<CellValue>(null, 1.5, 12.25)),
  });

function reserveGrid(rows: { channel: string; total: CellValue }[]) {
  const cells: CellValue[][] = [
    ['2023年储备项目库'],
    ['单位：亿元'],
    ['序号', '项目名称', '所属领域', '总投资', '资金渠道', '牵头责任单位'],
  ];
  rows.forEach((r, i) => cells.push([i + 1, `储备项目${i + 1}`, '工业', r.total, r.channel || null, '区发展改革委']));
  return gridFromRows('储备项目库', cells);
}

function channelCells(rows: { channel: string; total: CellValue }[]) {
  const pack = defaultPack();
  const inputs = [{ source: 'r.xlsx', ledger: readLedger(reserveGrid(rows), { pack }) }];
  const summary = computeSummary(inputs, pack, '2023-10-31');
  const layouts = buildSummaryLayouts(summary, inputs, pack);
  const sheet = layouts.find((l) => l.name === '目标完成情况')!;
  const labels = new Set(pack.targets.filter((t) => t.filter?.channel).map((t) => t.label));
  const rowsOf = new Set(sheet.cells.filter((c) => labels.has(String(c.value))).map((c) => c.row));
  const actual = sheet.cells.filter((c) => rowsOf.has(c.row) && c.col === 4);
  const evaluated = evaluateLayouts(
    inputs.map((i) => i.ledger.grid),
    layouts,
  ).filter((e) => e.sheet === sheet.name && actual.includes(e.cell));
  return { actual, evaluated };
}

const runs = {
  numRuns: Number(process.env.TOTALS_FC_RUNS ?? 40),
  seed: Number(process.env.TOTALS_FC_SEED ?? 20231031),
};

test('channel targets: every formula equals the engine figure, whatever the spelling', () => {
  fc.assert(
    fc.property(fc.array(rowOf([...CLEAN, ...MESSY]), { minLength: 1, maxLength: 14 }), (rows) => {
      const wrong = channelCells(rows).evaluated.filter((e) => !agrees(e));
      if (wrong.length)
        throw new Error(
          wrong.map((e) => `${e.cell.formula} → ${String(e.result)} ≠ ${String(e.cell.value)}`).join('\n'),
        );
    }),
    runs,
  );
});

test('channel targets typed with names and aliases only are all live formulas', () => {
  fc.assert(
    fc.property(fc.array(rowOf(CLEAN), { minLength: 1, maxLength: 14 }), (rows) => {
      const { actual, evaluated } = channelCells(rows);
      expect(actual).toHaveLength(5);
      expect(actual.filter((c) => !c.formula || c.fill)).toEqual([]);
      expect(evaluated.filter((e) => !agrees(e))).toEqual([]);
    }),
    runs,
  );
});
