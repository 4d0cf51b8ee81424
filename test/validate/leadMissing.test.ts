/** lead-missing (#11.4): a blank 牵头责任单位 is a warning at its cell, suggesting what the fill would write. */
import { assignLeadUnits } from '../../src/core/assign';
import { gridFromRows, type CellValue } from '../../src/core/grid';
import { readLedger } from '../../src/core/ledger';
import { defaultPack } from '../../src/core/policy';
import { validateLedger } from '../../src/core/validate';

const pack = defaultPack();
const P: CellValue[] = ['序号', '项目名称', '建设单位', '总投资', '牵头责任单位', '对应措施'];
const ledger = (rows: CellValue[][], head = P) => readLedger(gridFromRows('项目', [head, ...rows]), { pack });
const leadMissing = (rows: CellValue[][], head = P, lang: 'zh' | 'en' = 'zh') =>
  validateLedger(ledger(rows, head), pack, { lang }).filter((i) => i.code === 'lead-missing');

test('a project row citing measure 6 with a blank lead: a warning at the lead cell suggesting 区发展改革委', () => {
  const [i, ...rest] = leadMissing([[1, '甲项目', '甲公司', 5000, null, 6]]);
  expect(rest).toEqual([]);
  expect([i.cell, i.severity, i.field, i.suggestion]).toEqual(['E2', 'warning', 'lead', '区发展改革委']);
  expect(i.message).toBe(
    'E2的“牵头责任单位”为空，按政策文件应由“区发展改革委”牵头，请填写（可用“填写责任单位”一键补上）。',
  );
  expect(leadMissing([[1, '甲项目', '甲公司', 5000, null, 6]], P, 'en')[0].message).toBe(
    'E2 (Lead unit) is empty; by the policy it is "区发展改革委"; fill it in ("Fill units" can do it).',
  );
});

test('empty-looking cells (spaces, "-", "无") are blank too; a filled lead raises nothing', () => {
  expect(
    leadMissing([
      [1, '甲', '甲公司', 5000, ' ', 6],
      [2, '乙', '乙公司', 5000, '-', 6],
      [3, '丙', '丙公司', 5000, '无', 6],
    ]).map((i) => i.cell),
  ).toEqual(['E2', 'E3', 'E4']);
  expect(leadMissing([[1, '甲', '甲公司', 5000, '区发展改革委', 6]])).toEqual([]);
});

test('the suggestion is exactly what the fill proposes for that cell', () => {
  const l = ledger([
    [1, '医疗器械城注射器项目', '甲公司', 5000, null, 2],
    [2, '乙', '乙公司', 5000, null, 6],
    [3, '丙', '丙公司', 5000, null, null],
  ]);
  const fill = assignLeadUnits(l, pack, { overwrite: false, normalise: false }).edits.filter((e) => e.field === 'lead');
  const issues = validateLedger(l, pack).filter((i) => i.code === 'lead-missing');
  for (const e of fill) expect(issues.find((i) => i.cell === e.cell)?.suggestion).toBe(e.new);
  expect(issues.length).toBe(3);
});

test('a row the pack names no unit for (no measure cited, a pack without rules): reported, without a suggestion', () => {
  const bare = { ...pack, rules: [] };
  const l = readLedger(gridFromRows('项目', [P.slice(0, 5), [1, '某项目', '甲公司', 5000, null]]), { pack: bare });
  expect(assignLeadUnits(l, bare, { overwrite: false, normalise: false }).edits).toEqual([]);
  const [i, ...rest] = validateLedger(l, bare).filter((x) => x.code === 'lead-missing');
  expect(rest).toEqual([]);
  expect([i.cell, i.suggestion]).toEqual(['E2', undefined]);
  expect(i.message).toBe('E2的“牵头责任单位”为空，政策文件中找不到该行对应的牵头单位，请填写实际负责的单位。');
});

test('measure task ledgers too: the task of measure 1 suggests 区工信局', () => {
  const head: CellValue[] = ['序号', '政策措施', '牵头责任单位', '完成时限'];
  const l = readLedger(gridFromRows('任务', [head, [1, '持续推动“三个五百亿”项目', null, '2023年底']]), { pack });
  const [i] = validateLedger(l, pack).filter((x) => x.code === 'lead-missing');
  expect([i.cell, i.suggestion]).toEqual(['C2', '区工信局']);
});

test('no lead column: nothing per row (the column itself is not required)', () => {
  expect(leadMissing([[1, '甲', '甲公司', 5000]], P.slice(0, 4))).toEqual([]);
});

test('switched off in the settings: not reported', () => {
  const l = ledger([[1, '甲项目', '甲公司', 5000, null, 6]]);
  expect(
    validateLedger(l, pack, { rules: { 'lead-missing': { enabled: false } } }).filter((i) => i.code === 'lead-missing'),
  ).toEqual([]);
});
