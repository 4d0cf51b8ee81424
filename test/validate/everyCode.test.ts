/**
 * Every catalogue code is raised by some fixture, and cleared by fixing it. A new code without a case here
 * fails the first test; a rule switched off or dropped from its list (rules/index.ts) fails its own case —
 * header rules included (missing-field, duplicate-header, unknown-header).
 */
import { gridFromRows, type CellValue } from '../../src/core/grid';
import { readLedger } from '../../src/core/ledger';
import { defaultPack } from '../../src/core/policy';
import { ISSUE_CODES, validateLedger, type IssueCode } from '../../src/core/validate';
import { ALL_RULES } from '../../src/core/validate/rules';

const pack = defaultPack();
const P: CellValue[] = [
  '序号',
  '项目名称',
  '建设单位',
  '建设性质',
  '所属领域',
  '总投资',
  '年度计划投资',
  '完成投资',
  '完成率',
  '开工时间',
  '竣工时间',
  '牵头责任单位',
  '对应措施',
];
/** A measure task ledger's header. */
const M: CellValue[] = ['序号', '政策措施', '牵头责任单位', '配合责任单位', '完成时限'];
const COL = Object.fromEntries(P.map((h, i) => [h as string, i]));
/** A clean project row (B2…M2): every rule quiet. */
const clean = (n = 1): CellValue[] => [
  n,
  `项目${n}`,
  `单位${n}`,
  '新建',
  '工业',
  5000,
  2000,
  1000,
  0.5,
  45000,
  45300,
  '区发展改革委',
  6,
];
const withCell = (field: string, v: CellValue, n = 1): CellValue[] => {
  const r = clean(n);
  r[COL[field]] = v;
  return r;
};

interface Case {
  /** The sheet with the fault, and the cell (or, for a header, the column's first cell) it is reported at. */
  broken: CellValue[][];
  at: string;
  /** The same sheet with the fault fixed. */
  fixed: CellValue[][];
  /** Formulas of the broken sheet, where the fault is a formula's (same shape as its rows). */
  formulas?: (string | null)[][];
}

const CASES: Record<IssueCode, Case> = {
  'missing-field': {
    broken: [P.filter((h) => h !== '总投资'), clean().filter((_, i) => i !== COL['总投资'])],
    at: '',
    fixed: [P, clean()],
  },
  'duplicate-header': {
    broken: [
      [...P, '总投资'],
      [...clean(), 5000],
    ],
    at: 'N1',
    fixed: [P, clean()],
  },
  'unknown-header': {
    broken: [
      [...P, '审核意见'],
      [...clean(), '同意'],
    ],
    at: 'N1',
    fixed: [P, clean()],
  },
  'blank-row': { broken: [P, clean(1), [], clean(2)], at: 'A3', fixed: [P, clean(1), clean(2)] },
  'duplicate-row': { broken: [P, clean(1), withCell('序号', 2)], at: 'B3', fixed: [P, clean(1), clean(2)] },
  'subtotal-mismatch': {
    broken: [P, clean(1), clean(2), ['合计', null, null, null, null, 9000, 4000, 2000]],
    at: 'F4',
    fixed: [P, clean(1), clean(2), ['合计', null, null, null, null, 10000, 4000, 2000]],
  },
  'required-missing': { broken: [P, withCell('项目名称', null)], at: 'B2', fixed: [P, clean()] },
  'type-error': { broken: [P, withCell('总投资', '五千')], at: 'F2', fixed: [P, clean()] },
  'number-as-text': { broken: [P, withCell('总投资', '5000')], at: 'F2', fixed: [P, clean()] },
  'unit-suspect': { broken: [P, withCell('总投资', '0.5亿')], at: 'F2', fixed: [P, clean()] },
  'amount-magnitude': { broken: [P, withCell('总投资', 0.5)], at: 'F2', fixed: [P, clean()] },
  'negative-amount': { broken: [P, withCell('总投资', -5000)], at: 'F2', fixed: [P, clean()] },
  'enum-error': { broken: [P, withCell('建设性质', '新建设')], at: 'D2', fixed: [P, clean()] },
  'unknown-unit': { broken: [P, withCell('牵头责任单位', '区火星开发局')], at: 'L2', fixed: [P, clean()] },
  'unit-alias': { broken: [P, withCell('牵头责任单位', '区发改委')], at: 'L2', fixed: [P, clean()] },
  'unit-collective': { broken: [P, withCell('牵头责任单位', '各乡镇办园区')], at: 'L2', fixed: [P, clean()] },
  'date-order': { broken: [P, withCell('竣工时间', 44000)], at: 'K2', fixed: [P, clean()] },
  'over-plan': {
    broken: [P, [1, '项目1', '单位1', '新建', '工业', 5000, 2000, 2500, 1.25, 45000, 45300, '区发展改革委', 6]],
    at: 'H2',
    fixed: [P, clean()],
  },
  'over-total': {
    broken: [P, [1, '项目1', '单位1', '新建', '工业', 5000, 8000, 6000, 0.75, 45000, 45300, '区发展改革委', 6]],
    at: 'H2',
    fixed: [P, clean()],
  },
  'plan-over-total': {
    broken: [P, [1, '项目1', '单位1', '新建', '工业', 5000, 6000, 3000, 0.5, 45000, 45300, '区发展改革委', 6]],
    at: 'G2',
    fixed: [P, clean()],
  },
  'rate-mismatch': { broken: [P, withCell('完成率', 0.9)], at: 'I2', fixed: [P, clean()] },
  'formula-no-value': {
    broken: [P, withCell('完成投资', null)],
    formulas: [P.map(() => null), P.map((h) => (h === '完成投资' ? '=500+500' : null))],
    at: 'H2',
    fixed: [P, clean()],
  },
  'formula-error': { broken: [P, withCell('总投资', { error: '#REF!' })], at: 'F2', fixed: [P, clean()] },
  'measure-unknown': { broken: [P, withCell('对应措施', 99)], at: 'M2', fixed: [P, clean()] },
  'lead-unit-mismatch': { broken: [P, withCell('牵头责任单位', '区住建局')], at: 'L2', fixed: [P, clean()] },
  // A task row of measure 2 (医疗器械城) with one of its two cooperating units missing.
  'coop-unit-mismatch': {
    broken: [M, [2, '医疗器械城建设', '沙澧高新技术产业开发区、空冢郭镇', '区住建局', '2023年底']],
    at: 'D2',
    fixed: [M, [2, '医疗器械城建设', '沙澧高新技术产业开发区、空冢郭镇', '区工信局、区住建局', '2023年底']],
  },
  'lead-missing': { broken: [P, withCell('牵头责任单位', null)], at: 'L2', fixed: [P, clean()] },
};

const issues = (rows: CellValue[][], formulas?: (string | null)[][]) =>
  validateLedger(readLedger(gridFromRows('台账', rows, formulas ? { formulas } : {}), { pack }), pack);

test('every catalogue code has a case, and a declared rule that raises it', () => {
  expect(Object.keys(CASES).sort()).toEqual([...ISSUE_CODES].sort());
  expect([...new Set(ALL_RULES.flatMap((r) => r.codes))].sort()).toEqual([...ISSUE_CODES].sort());
});

test('the clean row raises nothing at all', () => {
  expect(issues([P, clean(1), clean(2)])).toEqual([]);
});

describe.each(Object.entries(CASES) as [IssueCode, Case][])('%s', (code, c) => {
  test('raised by the fault, at its cell', () => {
    const hit = issues(c.broken, c.formulas).filter((i) => i.code === code);
    expect(hit.length).toBeGreaterThan(0);
    if (c.at) expect(hit.map((i) => i.cell)).toContain(c.at);
  });

  test('cleared by fixing it', () => {
    expect(issues(c.fixed).filter((i) => i.code === code)).toEqual([]);
  });

  test('not raised when switched off', () => {
    expect(
      validateLedger(readLedger(gridFromRows('台账', c.broken), { pack }), pack, {
        rules: { [code]: { enabled: false } },
      }).filter((i) => i.code === code),
    ).toEqual([]);
  });
});
