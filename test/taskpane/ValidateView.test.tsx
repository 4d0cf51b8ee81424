/** @jest-environment jsdom */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { gridFromRows } from '../../src/core/grid';
import { WorkbookError } from '../../src/core/port/WorkbookPort';
import { ValidateView } from '../../src/taskpane/views/ValidateView';
import { buildIssuesLayout } from '../../src/core/report';
import { ISSUE_CATALOGUE } from '../../src/core/validate';
import { FakePort, SHEET_ROWS, fakeCore, issue, renderView } from './fakes';

async function runCheck() {
  await userEvent.click(screen.getByRole('button', { name: '校验台账' }));
  await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
}

describe('校验台账 view', () => {
  it('shows what was recognised and the issues, grouped with counts', async () => {
    const { container } = renderView(<ValidateView />);
    await runCheck();
    const card = screen.getByRole('group', { name: '识别结果：项目台账' });
    // the sheet is named after its kind: said once, not "项目台账 / 项目台账"
    expect(within(card).getAllByText('项目台账')).toHaveLength(1);
    // columns in the clerk's words, never the internal field names
    const readAs = (name: string) => {
      const el = within(card).getByRole('combobox', { name }) as HTMLSelectElement;
      return el.options[el.selectedIndex].text;
    };
    expect(readAs('C 列“总投资”读作')).toBe('总投资');
    expect(readAs('D 列“牵头责任单位”读作')).toBe('牵头责任单位');
    expect(card.textContent).toContain('C “总投资”（万元）');
    expect(card.textContent).not.toMatch(/\b(lead|total|name)\b/);
    expect(within(card).getByText('2023年10月')).toBeTruthy();
    // header row 2 only; 2 data rows
    expect(within(card).getByText('表头行').nextSibling?.textContent).toBe('2');
    expect(within(card).getByText('数据行').nextSibling?.textContent).toBe('2');
    expect(screen.getByText('共 2 个问题')).toBeTruthy();
    expect(screen.getByTestId('severity-counts').textContent).toContain('错误 2');
    expect(screen.getByTestId('severity-counts').textContent).toContain('警告 0');
    expect(await axe(container)).toHaveNoViolations();
  });

  it('lets the clerk assign a column to another field or 不使用, stored per sheet in the workbook', async () => {
    const { port, core, container } = renderView(<ValidateView />);
    await runCheck();
    const total = screen.getByRole('combobox', { name: 'C 列“总投资”读作' }) as HTMLSelectElement;
    expect(total.value).toBe('total');
    // the kind's fields in the clerk's words, and 不使用
    expect([...total.options].map((o) => o.text)).toEqual(expect.arrayContaining(['总投资', '牵头责任单位', '不使用']));
    await userEvent.selectOptions(total, 'ignore');
    await waitFor(() => expect(screen.getByText('已按你的选择读取“项目台账”，并保存在工作簿中。')).toBeTruthy());
    expect((port.saved.at(-1) as { mappings?: unknown }).mappings).toEqual({ 项目台账: { C: 'ignore' } });
    // the sheet was read again with the choice
    expect(core.calls.readLedger.at(-1)?.[1]).toMatchObject({ overrides: { C: 'ignore' } });
    expect(await axe(container)).toHaveNoViolations();
  });

  it('selects the cell of a clicked issue', async () => {
    const { port, selected } = renderView(<ValidateView />);
    await runCheck();
    await userEvent.click(screen.getByRole('button', { name: /D4 的牵头责任单位为空/ }));
    await waitFor(() => expect(port.selected).toEqual(['项目台账!D4']));
    expect(selected).toEqual(['项目台账!D4']);
    expect(screen.getByRole('button', { name: /D4 的牵头责任单位为空/ }).getAttribute('aria-pressed')).toBe('true');
  });

  it('filters by type; marking and export follow the filter and report beside their buttons', async () => {
    const { port, core, container } = renderView(<ValidateView />);
    await runCheck();
    await userEvent.selectOptions(screen.getByLabelText('按类型筛选'), 'required-missing');
    expect(screen.getAllByRole('listitem').filter((li) => li.querySelector('button[data-cell]'))).toHaveLength(1);
    expect(screen.getByRole('heading', { name: '显示 1 / 共 2 个问题' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: '在表中标记（1）' }));
    await waitFor(() => expect(screen.getByText('已标记 1 个单元格。')).toBeTruthy());
    // only the shown issue: D4 → row 3, col 3 (0-based)
    expect(port.marks.map((m) => [m.sheet, m.row, m.col, m.severity])).toEqual([['项目台账', 3, 3, 'error']]);
    // the notice sits right under the buttons that caused it, not above the list
    const buttons = screen.getByRole('button', { name: '在表中标记（1）' }).parentElement!;
    expect(buttons.nextElementSibling?.textContent).toBe('已标记 1 个单元格。');
    await userEvent.click(screen.getByRole('button', { name: '清除标记' }));
    await waitFor(() => expect(port.cleared).toBe(1));
    await userEvent.click(screen.getByRole('button', { name: '导出问题清单（1）' }));
    // the notice says the export followed the filter, and the core is told so for the sheet to say it too
    const said = '已按类型“必填项缺失”筛选，导出共 2 个问题中的 1 个到工作表“问题清单”（表中注明了筛选）。';
    await waitFor(() => expect(screen.getByText(said)).toBeTruthy());
    expect(port.sheetsWritten[0].map((l) => l.name)).toEqual(['问题清单']);
    expect((core.calls.buildIssuesLayout[0][0] as unknown[]).length).toBe(1);
    expect(core.calls.buildIssuesLayout[0][1]).toBe('zh');
    expect(core.calls.buildIssuesLayout[0][2]).toEqual({ code: 'required-missing', total: 2 });
    expect(port.actions.map((a) => [a.kind, a.label])).toEqual([['issues', '导出问题清单']]);
    await userEvent.click(await screen.findByRole('button', { name: '撤销导出问题清单' }));
    await waitFor(() => expect(port.actions).toEqual([]));
    expect(await axe(container)).toHaveNoViolations();
  });

  it('says the results may be out of date once the workbook was written since (a fill from the other tab)', async () => {
    const { port } = renderView(<ValidateView />);
    await runCheck();
    expect(screen.queryByTestId('results-stale')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: '导出问题清单（2）' })); // its own sheet: not stale
    await waitFor(() => expect(port.actions).toHaveLength(1));
    await waitFor(() => expect(screen.getByRole('button', { name: '撤销导出问题清单' })).toBeTruthy());
    expect(screen.queryByTestId('results-stale')).toBeNull();
    await port.writeCells([{ sheet: '项目台账', row: 3, col: 3, value: '区财政局' }], '填充责任单位', 'fill');
    await userEvent.click(screen.getByRole('button', { name: '清除标记' })); // any write here lists the history again
    await waitFor(() => expect(screen.getByTestId('results-stale').textContent).toContain('请重新校验'));
    await runCheck();
    expect(screen.queryByTestId('results-stale')).toBeNull();
  });

  it('steps to the previous and next issue, and explains each rule under it', async () => {
    const many = Array.from({ length: 30 }, (_, n) =>
      issue(n, { code: 'type-error', severity: 'error', cell: `C${n + 3}` }),
    );
    const { port } = renderView(<ValidateView />, { core: fakeCore({ validateLedger: () => many }) });
    await runCheck();
    expect(screen.getAllByText('数字写成了文本')).toHaveLength(25); // the catalogue's help, one line per issue
    expect(screen.getByRole('button', { name: '上一个问题' }).hasAttribute('disabled')).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: '下一个问题' }));
    await waitFor(() => expect(port.selected).toEqual(['项目台账!C3']));
    expect(screen.getByText('第 1/30 个')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: /C27/ }));
    await userEvent.click(screen.getByRole('button', { name: '下一个问题' }));
    await waitFor(() => expect(port.selected.at(-1)).toBe('项目台账!C28'));
    // issue 26 is on page 2: the list turned the page
    expect(screen.getAllByText('第 2/2 页').length).toBeGreaterThan(0);
    await userEvent.click(screen.getByRole('button', { name: '上一个问题' }));
    await waitFor(() => expect(port.selected.at(-1)).toBe('项目台账!C27'));
    expect(screen.getAllByText('第 1/2 页').length).toBeGreaterThan(0); // and back
  });

  it('says so when there are no issues (empty state)', async () => {
    const { container } = renderView(<ValidateView />, { core: fakeCore({ validateLedger: () => [] }) });
    await runCheck();
    expect(screen.getByText('没有发现问题。')).toBeTruthy();
    expect(screen.queryByRole('list', { name: '问题列表' })).toBeNull();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('says what is missing when no sheet is a ledger, never "没有发现问题" (false empty state)', async () => {
    const port = new FakePort([
      gridFromRows('说明', [['本工作簿说明'], ['序号', '姓名', '电话']]),
      gridFromRows('Sheet2', []),
    ]);
    const { container } = renderView(<ValidateView />, { port });
    await runCheck();
    expect(screen.queryByText('没有发现问题。')).toBeNull();
    expect(screen.queryByText(/表头行/)).toBeNull();
    const [first, second] = screen.getAllByTestId('not-recognised');
    expect(first.textContent).toBe('“说明”未识别到台账缺少项目名称、总投资列。表中的列是：“序号”、“姓名”、“电话”。');
    expect(second.textContent).toBe('“Sheet2”未识别到台账工作表是空的。');
    expect(await axe(container)).toHaveNoViolations();
  });

  it('shows the port error in Chinese (error state)', async () => {
    const port = new FakePort([gridFromRows('项目台账', SHEET_ROWS)]);
    port.failWith = new WorkbookError('工作表太大，无法一次读取。', 'Sheet too large.', 'too-big');
    const { container } = renderView(<ValidateView />, { port });
    await runCheck();
    expect(screen.getByText('出错了')).toBeTruthy();
    expect(screen.getByText('工作表太大，无法一次读取。')).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('pages 5,000 issues (large result) and keeps the DOM small', async () => {
    const many = Array.from({ length: 5000 }, (_, n) => issue(n));
    const { container } = renderView(<ValidateView />, { core: fakeCore({ validateLedger: () => many }) });
    await runCheck();
    expect(screen.getByText('共 5000 个问题')).toBeTruthy();
    expect(container.querySelectorAll('button[data-cell]')).toHaveLength(25);
    // errors first: 3334 of 5000 are errors (codes 0 and 1 of every 3), so page 1 is all errors
    expect(screen.getByTestId('severity-counts').textContent).toContain('错误 3334');
    expect(screen.getByTestId('severity-counts').textContent).toContain('警告 1666');
    expect(screen.getAllByText('第 1/200 页').length).toBeGreaterThan(0);
    await userEvent.click(screen.getByRole('button', { name: '下一页' }));
    expect(screen.getAllByText('第 2/200 页').length).toBeGreaterThan(0);
    expect(await axe(container)).toHaveNoViolations();
  });

  it('names the active sheet, and says when the results are not about it', async () => {
    const { activate, container } = renderView(<ValidateView />, { activeSheet: '项目台账' });
    expect(screen.getByTestId('active-sheet').textContent).toBe('当前工作表：项目台账');
    await runCheck();
    expect(screen.getByTestId('active-sheet').textContent).toBe('当前工作表：项目台账');
    act(() => activate('汇总表'));
    expect(screen.getByTestId('active-sheet').textContent).toBe('当前工作表：汇总表（不在下面的校验结果中）');
    expect(await axe(container)).toHaveNoViolations();
    act(() => activate('项目台账'));
    expect(screen.getByTestId('active-sheet').textContent).toBe('当前工作表：项目台账');
  });

  it('names no sheet before the port has said which is active', () => {
    renderView(<ValidateView />);
    expect(screen.queryByTestId('active-sheet')).toBeNull();
  });

  it('speaks English when asked', async () => {
    renderView(<ValidateView />, { lang: 'en' });
    await userEvent.click(screen.getByRole('button', { name: 'Check ledger' }));
    await waitFor(() => expect(screen.getByText('Issues: 2')).toBeTruthy());
    expect(screen.getByRole('group', { name: 'Recognised: 项目台账' }).textContent).toContain('2023-10');
  });

  it('shows what the port could not read beside the results, one line per remark with its sheets', async () => {
    const port = new FakePort([gridFromRows('项目台账', SHEET_ROWS), gridFromRows('储备项目', SHEET_ROWS)]);
    const merges = {
      zh: '此 Excel 不支持读取合并单元格（需要 ExcelApi 1.13），按未合并处理。',
      en: 'Merged cells not read.',
    };
    port.readNotes = { 项目台账: [merges, { zh: '只读取了前 100000 行。' }], 储备项目: [merges] };
    const { container } = renderView(<ValidateView />, { port });
    await runCheck();
    const notes = screen.getByRole('list', { name: '读取说明' });
    expect([...notes.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '“项目台账”、“储备项目”：此 Excel 不支持读取合并单元格（需要 ExcelApi 1.13），按未合并处理。',
      '“项目台账”：只读取了前 100000 行。',
    ]);
    expect(await axe(container)).toHaveNoViolations();
  });

  it('shows the port’s notes on marking beside the mark buttons, until another action there', async () => {
    const port = new FakePort();
    port.markNotes = [
      { zh: 'C3 有条件格式，条件格式会盖住标注颜色。', en: 'C3 has a conditional format over the mark.' },
    ];
    renderView(<ValidateView />, { port });
    await runCheck();
    expect(screen.queryByTestId('port-notes')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: '在表中标记（2）' }));
    await waitFor(() => expect(screen.getByText('已标记 2 个单元格。')).toBeTruthy());
    expect(
      within(screen.getByRole('list', { name: '操作说明' })).getByText('C3 有条件格式，条件格式会盖住标注颜色。'),
    ).toBeTruthy();
    port.markNotes = [];
    await userEvent.click(screen.getByRole('button', { name: '清除标记' }));
    await waitFor(() => expect(screen.getByText(/已清除/)).toBeTruthy());
    expect(screen.queryByTestId('port-notes')).toBeNull();
  });

  it('gives the port’s English notes in English, its Chinese ones where it has no English', async () => {
    const port = new FakePort();
    port.readNotes = {
      项目台账: [{ zh: '合并单元格未读取。', en: 'Merged cells not read.' }, { zh: '只读取了前 100000 行。' }],
    };
    renderView(<ValidateView />, { port, lang: 'en' });
    await userEvent.click(screen.getByRole('button', { name: 'Check ledger' }));
    await waitFor(() => expect(screen.getByText('Issues: 2')).toBeTruthy());
    expect(
      [...screen.getByRole('list', { name: 'Reading notes' }).querySelectorAll('li')].map((li) => li.textContent),
    ).toEqual(['“项目台账”: Merged cells not read.', '“项目台账”: 只读取了前 100000 行。']);
  });
});

describe('导出问题清单 and the type filter (the real sheet builder)', () => {
  const core = () => fakeCore({ buildIssuesLayout, issueCatalogue: ISSUE_CATALOGUE });
  const noteLine = (port: FakePort) => port.sheetsWritten.at(-1)?.[0].cells.find((c) => c.row === 1)?.value;

  it('with a filter: the sheet and the notice both say which type, and out of how many', async () => {
    const { port } = renderView(<ValidateView />, { core: core() });
    await runCheck();
    await userEvent.selectOptions(screen.getByLabelText('按类型筛选'), 'required-missing');
    await userEvent.click(screen.getByRole('button', { name: '导出问题清单（1）' }));
    await screen.findByText('已按类型“必填项为空”筛选，导出共 2 个问题中的 1 个到工作表“校验问题”（表中注明了筛选）。');
    expect(noteLine(port)).toMatch(/^按问题类型“必填项为空”筛选，只列出共 2 条中的 1 条：/);
    expect(
      port.sheetsWritten
        .at(-1)?.[0]
        .cells.filter((c) => c.row >= 4 && c.col === 3)
        .map((c) => c.value),
    ).toEqual(['D4']);
  });

  it('without one: all issues, and the sheet says so (in English too)', async () => {
    const { port } = renderView(<ValidateView />, { core: core(), lang: 'en' });
    await userEvent.click(screen.getByRole('button', { name: 'Check ledger' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Export list (2)' }));
    await screen.findByText('Exported 2 issues to sheet "校验问题".');
    expect(noteLine(port)).toMatch(/^2 issues \(all\): /);
  });
});
