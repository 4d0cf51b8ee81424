/** Nested sections with sums: 一、 over （一）/（二）; a wrong （一） is reported there and explains 一、 and 合计. */
import { gridFromRows, type CellValue } from '../../src/core/grid';
import { readLedger } from '../../src/core/ledger';
import { defaultPack } from '../../src/core/policy';
import { computeSummary } from '../../src/core/totals';
import { validateLedger } from '../../src/core/validate';

const pack = defaultPack();
const H: CellValue[] = ['序号', '项目名称', '建设单位', '总投资（万元）'];

test('the wrong sub-section is the one reported with the figure to type; its parents are explained by it', () => {
  const values: CellValue[][] = [
    H,
    ['合计', null, null, 1700], // row 2: =D3+D8
    ['一、工业项目（3个）', null, null, 1200], // row 3: =D4+D7
    ['（一）续建（2个）', null, null, 900], // row 4: typed, the rows add to 800
    [1, '甲', '甲公司', 300],
    [2, '乙', '乙公司', 500],
    ['（二）新建（1个）', null, null, 300], // row 7: =SUM(D8:D8)... one row
    [3, '丙', '丙公司', 300],
    ['二、服务业项目（1个）', null, null, 500], // row 9
    [4, '丁', '丁公司', 500],
  ];
  const formulas: (string | null)[][] = values.map(() => []);
  formulas[1] = [null, null, null, '=D3+D9'];
  formulas[2] = [null, null, null, '=D4+D7'];
  formulas[6] = [null, null, null, '=SUM(D8:D8)'];
  formulas[8] = [null, null, null, '=SUM(D10:D10)'];
  values[1][3] = 1700; // 1200 + 500
  const ledger = readLedger(gridFromRows('n', values, { formulas }), { pack });
  const got = validateLedger(ledger, pack).filter((i) => i.code === 'subtotal-mismatch');
  expect(got.map((i) => [i.cell, i.params.advice, i.params.sections ?? '', i.suggestion])).toEqual([
    ['D2', 'section-formula', '3', undefined],
    ['D3', 'section-formula', '4', undefined],
    ['D4', 'typed', '', 800],
  ]);
  expect(computeSummary([{ source: 'n.xlsx', ledger }], pack).totals).toMatchObject({ projects: 4, total: 1600 });
});
