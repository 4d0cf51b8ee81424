/** Never silent: a formula without a saved result, an error value in a text field, a missing key column. */
import { gridFromRows, type CellValue } from '../../src/core/grid';
import { readLedger } from '../../src/core/ledger';
import { defaultPack } from '../../src/core/policy';
import { buildSummaryLayouts } from '../../src/core/report';
import { computeSummary } from '../../src/core/totals';
import { validateLedger } from '../../src/core/validate';

const pack = defaultPack();
const HEAD = ['项目名称', '建设地点', '总投资', '年度计划投资', '完成投资', '牵头责任单位'];

function ledgerOf(rows: CellValue[][], formulas?: (string | null)[][]) {
  return readLedger(
    gridFromRows('台账', [HEAD, ...rows], formulas ? { formulas: [HEAD.map(() => null), ...formulas] } : {}),
    { pack },
  );
}

test('a formula with no saved result is an error at its cell, not "为空", and counts as missing', () => {
  const l = ledgerOf(
    [
      ['甲项目', '老街街道', 50000, 30000, null, '区发展改革委'],
      ['乙项目', '老街街道', 40000, 20000, null, '区发展改革委'],
    ],
    [
      [null, null, null, null, '=10000+10000', null],
      [null, null, null, null, '=E2', null],
    ], // the second: a shared formula's copy
  );
  const issues = validateLedger(l, pack);
  expect(issues.map((i) => [i.code, i.cell, i.severity])).toEqual([
    ['formula-no-value', 'E2', 'error'],
    ['formula-no-value', 'E3', 'error'],
  ]);
  expect(issues[0].message).toContain('公式没有计算结果：请在 Excel 或 WPS 中打开并保存后再汇总');
  expect(issues[0].message).toContain('=10000+10000');
  const s = computeSummary([{ source: 'a.xlsx', ledger: l }], pack);
  expect(s.totals.completed).toBe(0);
});

test('an error value in a text field is an issue at its cell and never the text "[object Object]"', () => {
  const l = ledgerOf([['甲项目', { error: '#N/A' }, 50000, 30000, 20000, '区发展改革委']]);
  expect(validateLedger(l, pack).map((i) => [i.code, i.cell])).toEqual([['formula-error', 'B2']]);
  const s = computeSummary([{ source: 'a.xlsx', ledger: l }], pack);
  expect(JSON.stringify(s)).not.toContain('object Object');
  expect(s.byLocation.map((b) => b.key)).toEqual(['未填']);
  // Nor in the summary sheets, their formulas (COUNTIFS criteria) or their notes.
  const layouts = buildSummaryLayouts(s, [{ source: 'a.xlsx', ledger: l }], pack);
  const texts = layouts.flatMap((x) => x.cells.flatMap((c) => [String(c.value ?? ''), c.formula ?? '']));
  expect(texts.filter((t) => t.includes('object Object'))).toEqual([]);
  expect(
    layouts[0].cells.some((c) => String(c.value ?? '').includes('B2：公式没有计算结果、错误值或无法识别的金额')),
  ).toBe(true);
});

test('a missing key figure is a warning that names the likely columns', () => {
  const l = readLedger(
    gridFromRows('台账', [
      ['项目名称', '总投资', '年度计划投资', '数额'],
      ['甲', 9, 5, 3],
    ]),
    { pack },
  );
  // 数额 says nothing about which figure it is; it holds numbers, so it is named as a candidate.
  const missing = validateLedger(l, pack).filter((i) => i.code === 'missing-field');
  expect(missing.map((i) => [i.field, i.severity])).toEqual([['completed', 'warning']]);
  expect(missing[0].message).toContain('D“数额”');
});
