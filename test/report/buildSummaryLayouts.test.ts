import { defaultPack } from '../../src/core/policy';
import { buildSummaryLayouts } from '../../src/core/report';
import { computeSummary } from '../../src/core/totals';
import { sampleInputs } from '../totals/fixtures';
import { agrees, evaluateLayouts } from './evaluate';

describe('summary layouts over the sample ledgers', () => {
  const pack = defaultPack();
  const inputs = sampleInputs();
  const summary = computeSummary(inputs, pack);
  const layouts = buildSummaryLayouts(summary, inputs, pack);
  const byName = Object.fromEntries(layouts.map((l) => [l.name, l]));
  const evaluated = evaluateLayouts(
    inputs.map((i) => i.ledger.grid),
    layouts,
  );

  test('the six sheets', () => {
    expect(layouts.map((l) => l.name)).toEqual([
      '目标完成情况',
      '分领域汇总',
      '分责任单位汇总',
      '分乡镇园区汇总',
      '三个一批',
      '措施落实情况',
    ]);
  });

  test('every formula evaluates (HyperFormula) to the engine figure beside it', () => {
    const wrong = evaluated
      .filter((e) => !agrees(e))
      .map(
        (e) =>
          `${e.sheet}!R${e.cell.row + 1}C${e.cell.col + 1} ${e.cell.formula} → ${JSON.stringify(e.result)} ≠ ${JSON.stringify(e.cell.value)}`,
      );
    expect(wrong).toEqual([]);
    expect(evaluated.length).toBeGreaterThan(200);
  });

  test('figure cells are formulas except where a formula cannot reproduce the figure', () => {
    const d = byName['分领域汇总'];
    const at = (r: number, c: number) => d.cells.find((x) => x.row === r && x.col === c);
    // 工业 (row 5): all five figures are live formulas over both project sheets, the duplicate subtracted
    for (let c = 1; c <= 5; c++) expect(at(4, c)?.formula).toMatch(/^=/);
    expect(at(4, 3)?.formula).toContain("SUMIFS('项目台账'!$G$");
    expect(at(4, 3)?.formula).toContain("SUMIFS('B镇项目'!$G$6:$G$6"); // the duplicate row, subtracted
    // 新基建 (row 13): its 完成投资 is text in the 亿元 sheet ("0.12"), so the figure is a value, shaded
    const xinjijian = summary.byDomain.findIndex((b) => b.key === '新基建');
    expect(at(4 + xinjijian, 5)?.formula).toBeUndefined();
    expect(at(4 + xinjijian, 5)?.value).toBeCloseTo(1200, 6);
    expect(at(4 + xinjijian, 3)?.formula).toMatch(/^=/);
  });

  test('lead units by wildcard, and the total row counts each project once', () => {
    const l = byName['分责任单位汇总'];
    const f = l.cells
      .filter((c) => c.formula?.includes('COUNTIFS'))
      .map((c) => c.formula)
      .join(' ');
    expect(f).toContain('"*区工信局*"');
    expect(f).toContain('"*区发改委*"'); // the alias as typed, under 区发展改革委
    const total = l.cells.find(
      (c) => c.col === 1 && c.value === summary.totals.projects && c.formula?.includes('分领域汇总'),
    );
    expect(total).toBeDefined();
  });

  test('ledger text is written as values, never formulas', () => {
    for (const l of layouts) for (const c of l.cells) if (c.formula) expect(c.formula.startsWith('=')).toBe(true);
    const m = byName['措施落实情况'];
    expect(m.cells.some((c) => c.value === '实施33个亿元以上重大建设项目' && !c.formula)).toBe(true);
  });

  test('targets sheet: status colours, formats and charts', () => {
    const t = byName['目标完成情况'];
    expect(t.conditional.map((c) => c.equals)).toEqual(
      expect.arrayContaining(['超序时', '达序时', '滞后', '已完成', '无数据']),
    );
    expect(t.charts[0].kind).toBe('bar');
    expect(byName['分领域汇总'].charts[0].categories).toBe('A5:A14');
    expect(t.freeze).toEqual({ rows: 4, cols: 2 });
    const inv = t.cells.find((c) => c.row === 4 && c.col === 4);
    expect(inv?.formula).toBe("='分领域汇总'!F15/10000");
    const status = evaluated.find((e) => e.sheet === '目标完成情况' && e.cell.row === 4 && e.cell.col === 8);
    expect(status?.result).toBe('滞后');
  });
});

describe('targets with no data (无数据) on the target sheet', () => {
  test('show no 序时进度 (a blank cell, so the chart has no 100% bar), and no gap formula', () => {
    const pack = defaultPack();
    const inputs = sampleInputs();
    const summary = computeSummary(inputs, pack);
    const layouts = buildSummaryLayouts(summary, inputs, pack);
    const t = layouts.find((l) => l.name === '目标完成情况')!;
    const noData = summary.targets.map((g, i) => ({ g, row: 4 + i })).filter(({ g }) => g.status === 'no-data');
    expect(noData.map(({ g }) => g.id)).toContain('prep-fund');
    const at = (r: number, c: number) => t.cells.find((x) => x.row === r && x.col === c);
    for (const { row } of noData) {
      expect(at(row, 6)?.value ?? null).toBeNull();
      expect(at(row, 6)?.formula).toBeUndefined();
      expect(at(row, 7)?.formula).toBeUndefined();
      expect(at(row, 8)?.value).toBe('无数据');
    }
    // HyperFormula sees the same: nothing in 序时进度 for those rows, the rows with data keep theirs
    const evaluated = evaluateLayouts(
      inputs.map((i) => i.ledger.grid),
      layouts,
    );
    const withData = summary.targets.findIndex((g) => g.id === 'investment-2023');
    expect(at(4 + withData, 6)?.value).toBeCloseTo(10 / 12, 9);
    const gap = evaluated.find((e) => e.sheet === '目标完成情况' && e.cell.row === 4 + withData && e.cell.col === 7);
    expect(gap && agrees(gap)).toBe(true);
  });
});

describe('status formulas in mid-year', () => {
  test('a stock target not yet due reads 进行中, and every formula still equals the engine figure', () => {
    const pack = defaultPack();
    const inputs = sampleInputs();
    const summary = computeSummary(inputs, pack, '2023-06-30');
    expect(summary.targets.some((t) => t.status === 'open')).toBe(true);
    const layouts = buildSummaryLayouts(summary, inputs, pack);
    const evaluated = evaluateLayouts(
      inputs.map((i) => i.ledger.grid),
      layouts,
    );
    const statusCells = evaluated.filter((e) => e.sheet === '目标完成情况' && e.cell.col === 8);
    expect(statusCells.map((e) => e.result)).toContain('进行中');
    expect(evaluated.filter((e) => !agrees(e)).map((e) => `${e.sheet}!R${e.cell.row + 1}C${e.cell.col + 1}`)).toEqual(
      [],
    );
  });
});
