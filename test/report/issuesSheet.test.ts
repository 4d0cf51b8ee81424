import { buildIssuesLayout } from '../../src/core/report';
import type { Issue } from '../../src/core/validate/types';

const issues: Issue[] = [
  {
    code: 'type-error',
    severity: 'error',
    sheet: '项目台账',
    cell: 'H9',
    row: 9,
    field: 'total',
    message: '=H9 应为数字',
    params: {},
  },
  { code: 'blank-row', severity: 'warning', sheet: '乙 台账', row: 26, message: '第26行为空行', params: {} },
  {
    code: 'unit-alias',
    severity: 'info',
    sheet: '项目台账',
    cell: 'O21',
    row: 21,
    message: '区发改委应写作区发展改革委',
    suggestion: '区发展改革委',
    params: {},
  },
];

describe('校验问题 sheet', () => {
  const zh = buildIssuesLayout(issues, 'zh');
  const at = (r: number, c: number) => zh.cells.find((x) => x.row === r && x.col === c);

  test('one row per issue, each linked to its cell (or its row)', () => {
    expect(zh.name).toBe('校验问题');
    expect(at(4, 3)).toMatchObject({ value: 'H9', link: "'项目台账'!H9" });
    expect(at(5, 3)).toMatchObject({ value: 'A26', link: "'乙 台账'!A26" });
    expect(at(6, 7)?.value).toBe('区发展改革委');
  });

  test('messages are values even when they start with "="; no formulas at all', () => {
    expect(at(4, 6)).toMatchObject({ value: '=H9 应为数字' });
    expect(zh.cells.some((c) => c.formula)).toBe(false);
  });

  test('severity in the chosen language, with colours', () => {
    expect([at(4, 1)?.value, at(5, 1)?.value, at(6, 1)?.value]).toEqual(['错误', '警告', '提示']);
    const en = buildIssuesLayout(issues, 'en');
    expect(en.cells.find((c) => c.row === 4 && c.col === 1)?.value).toBe('error');
    expect(en.name).toBe('校验问题');
    expect(zh.conditional.map((c) => c.equals)).toEqual(['错误', '警告', '提示']);
    expect(zh.freeze).toEqual({ rows: 4, cols: 0 });
  });

  test('the Chinese sheet names each problem in Chinese; the stable code stays, last, for support', () => {
    expect(zh.cells.find((c) => c.row === 3 && c.col === 5)?.value).toBe('问题类型');
    expect([at(4, 5)?.value, at(5, 5)?.value, at(6, 5)?.value]).toEqual(['格式错误', '空行', '单位名称不规范']);
    expect(at(4, 8)?.value).toBe('type-error');
    const en = buildIssuesLayout(issues, 'en');
    const typeCell = en.cells.find((c) => c.row === 6 && c.col === 5)?.value;
    expect(typeof typeCell === 'string' && /^[\x20-\x7e]+$/.test(typeCell)).toBe(true);
  });
});

describe('校验问题 sheet after a filter in the pane', () => {
  const line = (l: ReturnType<typeof buildIssuesLayout>) => l.cells.find((c) => c.row === 1 && c.col === 0)?.value;

  test('says it lists all issues when not filtered', () => {
    expect(line(buildIssuesLayout(issues, 'zh'))).toBe(
      '共 3 条（全部问题）：错误 1 条，警告 1 条，提示 1 条。点击“单元格”列可跳转到问题所在位置。',
    );
    expect(line(buildIssuesLayout(issues, 'en'))).toMatch(/^3 issues \(all\): /);
  });

  test('names the type filtered by and out of how many, in the sheet’s language', () => {
    const only = issues.filter((i) => i.code === 'type-error');
    expect(line(buildIssuesLayout(only, 'zh', { code: 'type-error', total: 3 }))).toBe(
      '按问题类型“格式错误”筛选，只列出共 3 条中的 1 条：错误 1 条，警告 0 条，提示 0 条。点击“单元格”列可跳转到问题所在位置。',
    );
    const en = line(buildIssuesLayout(only, 'en', { code: 'type-error', total: 3 }));
    expect(en).toMatch(/^Filtered by problem type "[^"]+": only 1 of 3 issues listed: /);
    expect(en).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
