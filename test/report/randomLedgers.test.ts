import fc from 'fast-check';
import type { CellValue } from '../../src/core/grid';
import { gridFromRows } from '../../src/core/grid';
import { readLedger } from '../../src/core/ledger';
import { defaultPack } from '../../src/core/policy';
import { buildSummaryLayouts } from '../../src/core/report';
import { computeSummary } from '../../src/core/totals';
import { agrees, evaluateLayouts } from './evaluate';

/**
 * Random messy ledgers (aliases, blanks, wildcard characters, "=" texts, numbers as text, "1.2亿", error cells,
 * subtotal rows, a 亿元 sheet, the same project in two sheets): whatever the engine decides, every formula the
 * report writes must evaluate in HyperFormula to the engine's figure.
 */
const DOMAINS = ['工业', '服务业', '工业项目', ' 工业', '交通', '', '文化旅游', '新基建', '1', '=工业'];
const LEADS = [
  '区工信局',
  '区发改委',
  '区发展改革委、区工信局',
  '区住建局、空冢郭镇',
  '',
  '区工信局*',
  '各乡镇、街道',
  '区发展改草委',
  '区工信局、区工信局',
];
const PLACES = ['空冢郭镇', '老街街道', '源汇新区', '源汇区空冢郭镇李村', '', '马路街街道办事处'];
const STAGES = ['签约一批', '开工一批', '已开工', '', '投产', '其他?'];
const NAMES = ['甲项目', '乙项目', '丙 项目', '丁项目', '戊项目', '己项目', '庚项目'];

const amount = fc.oneof(
  fc.integer({ min: 0, max: 60000 }),
  fc.constantFrom<CellValue>(null, '1,200', '1.2亿', '3000万', { error: '#REF!' }, 15000.25),
);

const row = fc.record({
  name: fc.constantFrom(...NAMES),
  domain: fc.constantFrom(...DOMAINS),
  lead: fc.constantFrom(...LEADS),
  place: fc.constantFrom(...PLACES),
  stage: fc.constantFrom(...STAGES),
  total: amount,
  planned: amount,
  completed: amount,
  subtotalAfter: fc.boolean(),
});
type Row = typeof row extends fc.Arbitrary<infer T> ? T : never;

function grid(name: string, rows: Row[], unit: '万元' | '亿元') {
  const cells: CellValue[][] = [
    ['2023年源汇区重点项目台账'],
    [`单位：${unit}`],
    [
      '序号',
      '项目名称',
      '建设地点',
      '所属领域',
      '三个一批类别',
      `总投资（${unit}）`,
      `年度计划投资（${unit}）`,
      `1-10月完成投资（${unit}）`,
      '牵头责任单位',
    ],
  ];
  rows.forEach((r, i) => {
    cells.push([
      i + 1,
      r.name,
      r.place || null,
      r.domain || null,
      r.stage || null,
      r.total,
      r.planned,
      r.completed,
      r.lead || null,
    ]);
    if (r.subtotalAfter) cells.push(['小计', null, null, null, null, 99999, 99999, 99999, null]);
  });
  return gridFromRows(name, cells);
}

test('every formula equals the engine figure on random ledgers', () => {
  const pack = defaultPack();
  fc.assert(
    fc.property(
      fc.array(row, { minLength: 1, maxLength: 12 }),
      fc.array(row, { minLength: 0, maxLength: 6 }),
      (a, b) => {
        const inputs = [
          { source: 'a.xlsx', ledger: readLedger(grid('甲台账', a, '万元'), { pack }) },
          ...(b.length ? [{ source: 'b.xlsx', ledger: readLedger(grid('乙 台账', b, '亿元'), { pack }) }] : []),
        ];
        const summary = computeSummary(inputs, pack, '2023-10-31');
        const layouts = buildSummaryLayouts(summary, inputs, pack);
        const wrong = evaluateLayouts(
          inputs.map((i) => i.ledger.grid),
          layouts,
        ).filter((e) => !agrees(e));
        if (wrong.length) {
          throw new Error(
            wrong
              .slice(0, 3)
              .map(
                (e) => `${e.sheet} ${e.cell.formula} → ${JSON.stringify(e.result)} ≠ ${JSON.stringify(e.cell.value)}`,
              )
              .join('\n'),
          );
        }
      },
    ),
    { numRuns: Number(process.env.TOTALS_FC_RUNS ?? 40), seed: Number(process.env.TOTALS_FC_SEED ?? 20231031) },
  );
});
