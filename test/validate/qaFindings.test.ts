/** QA pass (issue 3) on hand-built grids: each finding's wording, cell and suggestion worked out by hand. */
import { gridFromRows, type CellValue, type Grid } from '../../src/core/grid';
import { readLedger } from '../../src/core/ledger';
import { defaultPack } from '../../src/core/policy';
import { validateLedger } from '../../src/core/validate';

const pack = defaultPack();
const check = (g: Grid, lang: 'zh' | 'en' = 'zh') => validateLedger(readLedger(g, { pack }), pack, { lang });
const only = (g: Grid, code: string, lang: 'zh' | 'en' = 'zh') => check(g, lang).filter((i) => i.code === code);

describe('完成时限', () => {
  test('a measure task ledger with 长期坚持, 每季度, 2023年底, 年底前, 3月份 raises no deadline finding', () => {
    const g = gridFromRows('任务', [
      ['序号', '政策措施', '牵头责任单位', '完成时限', '完成状态'],
      ...['长期坚持', '持续推进', '每季度', '每月', '2023年底', '年底前', '2023年6月底', '3月份'].map(
        (d, i): CellValue[] => [null, `任务${i}`, null, d, '推进中'],
      ),
      [null, '任务9', null, '过两天', '推进中'],
    ]);
    // The blank 牵头 cells are lead-missing findings (leadMissing.test.ts); this test is about the deadlines.
    expect(
      check(g)
        .filter((i) => i.code !== 'lead-missing')
        .map((i) => [i.code, i.cell]),
    ).toEqual([['type-error', 'D10']]);
  });
});

describe('subtotal-mismatch says where the fix is', () => {
  const H: CellValue[] = ['序号', '项目名称', '建设单位', '总投资', '年度计划投资', '完成投资'];
  const rows: CellValue[][] = [
    H,
    [1, '甲', null, 12000, 1, 1],
    [2, '乙', null, '494,770', 1, 1],
    [3, '丙', null, 1000.5, 1, 1],
    [4, '丁', null, '0.2亿', 1, 1],
  ];
  const formulas = (f: string): (string | null)[][] => [[], [], [], [], [], [null, null, null, f]];

  test('a SUM formula short by exactly the numbers stored as text: name them, no number to type', () => {
    // SUM skips D3 (494,770) and D5 (0.2亿 = 2000): 12000 + 1000.5 = 13000.5; all four rows add to 509770.5.
    const g = gridFromRows('s', [...rows, ['合计', null, null, 13000.5, 4, 4]], { formulas: formulas('=SUM(D2:D5)') });
    const [i, ...rest] = only(g, 'subtotal-mismatch');
    expect(rest).toEqual([]);
    expect(i.cell).toBe('D6');
    expect(i.suggestion).toBeUndefined();
    expect(i.message).toBe(
      'D6的合计“总投资”为13,000.5万元，但所含4行之和为509,770.5万元。差额来自文本格式的数字D3、D5（共496,770万元），Excel 的 SUM 不计入它们，请把这些单元格改为数值格式，公式会自动得出正确合计，无需改动合计单元格。',
    );
    expect(only(g, 'subtotal-mismatch', 'en')[0].message).toContain('numbers stored as text in D3, D5 (496,770万元)');
  });

  test('a formula that is off for another reason: check its range, do not type over it', () => {
    const plain = gridFromRows(
      's',
      [H, [1, '甲', null, 12000, 1, 1], [2, '乙', null, 3000, 1, 1], ['合计', null, null, 12000, 2, 2]],
      { formulas: [[], [], [], [null, null, null, '=SUM(D2:D2)']] },
    );
    const [i] = only(plain, 'subtotal-mismatch');
    expect(i.suggestion).toBeUndefined();
    // A plain sum: the rows its range leaves out are named (#11.5).
    expect(i.message).toBe(
      'D4的合计“总投资”为12,000万元，但所含2行之和为15,000万元。该单元格是公式，其求和范围漏掉了第3行，请改正公式的引用范围，不要直接改写为数字。',
    );
    // A formula that is not a plain sum of its column: only "check its range".
    const other = gridFromRows(
      's',
      [H, [1, '甲', null, 12000, 1, 1], [2, '乙', null, 3000, 1, 1], ['合计', null, null, 12000, 2, 2]],
      { formulas: [[], [], [], [null, null, null, '=D2*1']] },
    );
    expect(only(other, 'subtotal-mismatch')[0].message).toBe(
      'D4的合计“总投资”为12,000万元，但所含2行之和为15,000万元。该单元格是公式，请检查公式的引用范围是否漏行、多行，不要直接改写为数字。',
    );
  });

  test('a typed subtotal: the figure to type, with separators and the unit', () => {
    const g = gridFromRows('s', [
      H,
      [1, '甲', null, 12000, 1, 1],
      [2, '乙', null, 3000.25, 1, 1],
      ['合计', null, null, 15000, 2, 2],
    ]);
    const [i] = only(g, 'subtotal-mismatch');
    expect(i.suggestion).toBe(15000.25);
    expect(i.message).toBe('D4的合计“总投资”为15,000万元，但所含2行之和为15,000.25万元。请核对后改为15,000.25万元。');
  });

  test('more than three text cells: the first three and how many', () => {
    const many = gridFromRows(
      's',
      [
        H,
        ...[1, 2, 3, 4, 5].map((n): CellValue[] => [n, `项目${n}`, null, '100', 1, 1]),
        ['合计', null, null, 0, 5, 5],
      ],
      {
        formulas: [[], [], [], [], [], [], [null, null, null, '=SUM(D2:D6)']],
      },
    );
    expect(only(many, 'subtotal-mismatch')[0].message).toContain('文本格式的数字D2、D3、D4等5处（共500万元）');
  });
});

describe('enum-error suggests the nearest allowed value', () => {
  const H: CellValue[] = ['序号', '项目名称', '建设性质', '所属领域', '总投资'];
  test.each([
    ['新基础设施', 'D', '新基建'],
    ['生太环保', 'D', '生态环保'],
    ['续健', 'C', '续建'],
  ])('%s → %s', (value, col, near) => {
    const row: CellValue[] = [1, '甲', '新建', '工业', 100];
    row[col === 'C' ? 2 : 3] = value;
    const [i] = only(gridFromRows('e', [H, row]), 'enum-error');
    expect([i.cell, i.suggestion]).toEqual([`${col}2`, near]);
    expect(i.message).toContain(`（可能是“${near}”）`);
  });

  test('a value like none of them gets no guess', () => {
    const [i] = only(gridFromRows('e', [H, [1, '甲', '新建', '火星开发', 100]]), 'enum-error');
    expect(i.suggestion).toBeUndefined();
    expect(i.message).not.toContain('可能是');
  });
});

test("number-as-text names the unit it was read in, and suggests the number in the column's own unit", () => {
  const g = gridFromRows('r', [
    ['序号', '项目名称', '总投资（亿元）', '资金渠道', '前期工作进展'],
    [1, '甲', '3.9', '专项债券', '已完成'],
  ]);
  const [i] = only(g, 'number-as-text');
  expect(i.message).toContain('已按39000万元计算');
  expect(i.suggestion).toBe(3.9);
});

test('a hidden unrecognised column raises nothing; a visible one still does', () => {
  const rows: CellValue[][] = [
    ['序号', '项目名称', '总投资', '内部编号', '审核意见'],
    [1, '甲', 100, 'YH-001', '同意'],
  ];
  expect(only(gridFromRows('h', rows, { hiddenCols: [3] }), 'unknown-header').map((i) => i.cell)).toEqual(['E1']);
});

describe('measure task ledgers: 牵头/配合责任单位 against the pack by measure number', () => {
  const H: CellValue[] = ['序号', '政策措施', '牵头责任单位', '配合责任单位', '完成时限'];
  const mismatches = (rows: CellValue[][]) =>
    only(gridFromRows('m', [H, ...rows]), 'lead-unit-mismatch').map((i) => [i.cell, i.suggestion]);

  test('序号 gives the measure: measure 2 is led by two units, so one alone disagrees', () => {
    expect(mismatches([[2, '医疗器械城建设', '沙澧高新区', null, '2023年12月']])).toEqual([
      ['C2', '沙澧高新技术产业开发区、空冢郭镇'],
    ]);
    expect(mismatches([[2, '医疗器械城建设', '空冢郭镇、沙澧高新区', null, '2023年12月']])).toEqual([]);
  });

  test('a number leading the task text gives the measure when 序号 is empty; aliases compare by canonical name', () => {
    expect(mismatches([[null, '6. 聚焦九大领域', '区发改委', null, '长期坚持']])).toEqual([]);
    expect(mismatches([[null, '（6）聚焦九大领域', '区住建局', null, '长期坚持']])).toEqual([['C2', '区发展改革委']]);
  });

  test('配合责任单位 too, as a set (order and aliases do not matter), under its own code', () => {
    const coop = (rows: CellValue[][]) => only(gridFromRows('m', [H, ...rows]), 'coop-unit-mismatch');
    expect(coop([[2, '医疗器械城建设', '沙澧高新技术产业开发区、空冢郭镇', '区住建局、区工信局', '2023年底']])).toEqual(
      [],
    );
    const wrongCoop = [2, '医疗器械城建设', '沙澧高新技术产业开发区、空冢郭镇', '区住建局', '2023年底'];
    expect(mismatches([wrongCoop])).toEqual([]); // the lead is right: lead-unit-mismatch says nothing
    const [i] = coop([wrongCoop]);
    expect([i.cell, i.field, i.suggestion]).toEqual(['D2', 'coop', '区工信局、区住建局']);
    expect(i.message).toBe('D2的“配合责任单位”“区住建局”与第2条措施规定的“区工信局、区住建局”不一致，请核实。');
  });

  test('beside a 措施编号 column, 序号 only counts rows: the 措施编号 cell decides', () => {
    const withMeasure: CellValue[] = ['序号', '措施编号', '政策措施', '牵头责任单位', '配合责任单位'];
    const g = gridFromRows('m', [
      withMeasure,
      [2, null, '做好汛期安全生产大检查', '区住建局', null],
      [3, 2, '医疗器械城建设', '区住建局', null],
    ]);
    expect(only(g, 'lead-unit-mismatch').map((i) => [i.cell, i.suggestion])).toEqual([
      ['D3', '沙澧高新技术产业开发区、空冢郭镇'],
    ]);
  });

  test('a row with no measure number, or an unknown unit, is not compared', () => {
    expect(
      mismatches([
        [null, '做好汛期安全生产大检查和防汛物资储备', '区住建局', null, '每季度'],
        [2, '医疗器械城建设', '某某办', null, '每季度'],
      ]),
    ).toEqual([]);
  });

  test('without a number, a task text that is clearly one measure is read as that measure, as fill reads it (measureOfRow)', () => {
    expect(
      mismatches([[null, '建立重大项目谋划储备机制，力争储备亿元以上项目50个', '区住建局', null, '每季度']]),
    ).toEqual([['C2', '区发展改革委']]);
  });
});
