/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import type { AssignmentResult, CellEdit } from '../../src/core/assign/types';
import { WorkbookError } from '../../src/core/port/WorkbookPort';
import { AssignView } from '../../src/taskpane/views/AssignView';
import { gridFromRows } from '../../src/core/grid';
import { ASSIGNMENT, FakePort, fakeCore, ledgerOf, renderView } from './fakes';

async function preview() {
  await userEvent.click(screen.getByRole('button', { name: '预览填充' }));
  await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
}

describe('填充责任单位 view', () => {
  it('previews fills, normalisations and unmatched rows with reasons', async () => {
    const { container, core } = renderView(<AssignView />);
    await preview();
    expect(screen.getByRole('heading', { name: '拟修改 2 处' })).toBeTruthy();
    expect(screen.getByText('措施3：智能制造谷由区工信局牵头')).toBeTruthy();
    expect(screen.getByText('补填')).toBeTruthy();
    expect(screen.getByText('规范名称')).toBeTruthy();
    expect(screen.getByRole('heading', { name: '未匹配 1 行' })).toBeTruthy();
    // defaults passed to the core: normalise on, overwrite off
    expect(core.calls.assignLeadUnits[0][2]).toEqual({ overwrite: false, normalise: true });
    expect(await axe(container)).toHaveNoViolations();
  });

  it('passes the switches to the core', async () => {
    const { core } = renderView(<AssignView />);
    await userEvent.click(screen.getByRole('checkbox', { name: '覆盖与政策不一致的已填单位' }));
    await userEvent.click(screen.getByRole('checkbox', { name: '把简称改为规范名称' }));
    await preview();
    expect(core.calls.assignLeadUnits[0][2]).toEqual({ overwrite: true, normalise: false });
  });

  it('applies the chosen edit only, with 0-based port coordinates and the value it read, then undoes that fill by name', async () => {
    const { port } = renderView(<AssignView />);
    await preview();
    expect(screen.queryByRole('button', { name: /^撤销/ })).toBeNull(); // nothing written yet
    await userEvent.click(screen.getByRole('checkbox', { name: '选择 项目台账!D4' }));
    await userEvent.click(screen.getByRole('button', { name: '应用所选（1）' }));
    await waitFor(() => expect(screen.getByText('已写入 1 个单元格。')).toBeTruthy());
    // the notice is labelled by its own text (Fluent's default pointed at a title that is not there)
    const bar = screen.getByRole('group', { name: '已写入 1 个单元格。' });
    expect(document.getElementById(bar.getAttribute('aria-labelledby') ?? '')?.textContent).toBe('已写入 1 个单元格。');
    // D4 → row 3, col 3; the preview read it empty, so the port refuses the write if it is not empty any more
    expect(port.writes).toEqual([[{ sheet: '项目台账', row: 3, col: 3, value: '区工业和信息化局', expected: null }]]);
    expect(port.actions.map((a) => [a.kind, a.label, a.size])).toEqual([['fill', '填充责任单位', 1]]);
    expect(screen.getByRole('heading', { name: '拟修改 1 处' })).toBeTruthy();
    await userEvent.click(await screen.findByRole('button', { name: '撤销填充（1 处）' }));
    await waitFor(() => expect(screen.getByText('已撤销填充（1 处）。')).toBeTruthy());
    expect(port.undos).toBe(1);
    expect(port.actions).toEqual([]);
    await waitFor(() => expect(screen.queryByRole('button', { name: /^撤销/ })).toBeNull());
  });

  it('undoes the fill, not a summary written after it', async () => {
    const port = new FakePort();
    renderView(<AssignView />, { port });
    await preview();
    await userEvent.click(screen.getByRole('button', { name: '全部应用' }));
    await waitFor(() => expect(port.actions).toHaveLength(1));
    await port.writeSheets([], { replace: false, kind: 'summary', label: '生成汇总' }); // the 生成汇总 tab, meanwhile
    await userEvent.click(await screen.findByRole('button', { name: '撤销填充（2 处）' }));
    await waitFor(() => expect(port.actions.map((a) => a.kind)).toEqual(['summary']));
  });

  it('asks once before writing more than 20 cells', async () => {
    const edits: CellEdit[] = Array.from({ length: 122 }, (_, n) => ({
      ...ASSIGNMENT.edits[0],
      cell: `D${n + 3}`,
      row: n + 3,
    }));
    const { port, container } = renderView(<AssignView />, {
      core: fakeCore({ assignLeadUnits: () => ({ ...ASSIGNMENT, edits }) }),
    });
    await preview();
    await userEvent.click(screen.getByRole('button', { name: '全部应用' }));
    expect(screen.getByText('将写入 122 个单元格，可撤销。')).toBeTruthy();
    expect(port.writes).toHaveLength(0);
    expect(await axe(container)).toHaveNoViolations();
    await userEvent.click(screen.getByRole('button', { name: '取消' }));
    expect(screen.queryByText('将写入 122 个单元格，可撤销。')).toBeNull();
    expect(port.writes).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: '全部应用' }));
    await userEvent.click(screen.getByRole('button', { name: '写入' }));
    await waitFor(() => expect(port.writes).toHaveLength(1));
    expect(port.writes[0]).toHaveLength(122);
  });

  it('goes to the cell of a conflict and of an unmatched row', async () => {
    const conflicts = [
      {
        sheet: '项目台账',
        cell: 'D3',
        row: 3,
        field: 'lead' as const,
        existing: '区工信局',
        proposed: '区发展改革委',
        source: 'measure-9',
        reason: '现为区工信局；措施9 规定牵头为区发展改革委',
      },
    ];
    const { port } = renderView(<AssignView />, {
      core: fakeCore({ assignLeadUnits: () => ({ ...ASSIGNMENT, conflicts }) }),
    });
    await preview();
    expect(screen.getByText('现为区工信局；措施9 规定牵头为区发展改革委')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: '转到 项目台账!D3' }));
    await userEvent.click(screen.getByRole('button', { name: '转到 项目台账!D5' }));
    await waitFor(() => expect(port.selected).toEqual(['项目台账!D3', '项目台账!D5']));
  });

  it('names a missing column once for the sheet, not as an unmatched row', async () => {
    const unmatched = [
      ...ASSIGNMENT.unmatched,
      { sheet: '项目台账', cell: 'D2', row: 2, text: '配合责任单位', reason: '表中没有「配合责任单位」列' },
    ];
    renderView(<AssignView />, { core: fakeCore({ assignLeadUnits: () => ({ ...ASSIGNMENT, unmatched }) }) });
    await preview();
    expect(screen.getByText('“项目台账”：表中没有「配合责任单位」列')).toBeTruthy();
    expect(screen.getByRole('heading', { name: '未匹配 1 行' })).toBeTruthy(); // row 5 only
  });

  it('fills a measure task ledger too', async () => {
    const core = fakeCore({ readLedger: (g) => ({ ...ledgerOf(g), kind: 'measure' }) });
    renderView(<AssignView />, { core });
    await preview();
    expect(core.calls.assignLeadUnits).toHaveLength(1);
    expect(screen.getByRole('heading', { name: '拟修改 2 处' })).toBeTruthy();
  });

  it('says what is missing on a workbook with no ledger, never "无需修改" (false empty state)', async () => {
    const port = new FakePort([
      gridFromRows('说明', [
        ['姓名', '电话', '地址'],
        ['张三', '123', '源汇区'],
      ]),
    ]);
    const { container } = renderView(<AssignView />, { port });
    await preview();
    expect(screen.queryByText('无需修改：责任单位已完整、规范。')).toBeNull();
    expect(screen.getByText('“说明”未识别到台账')).toBeTruthy();
    expect(screen.getByTestId('not-recognised').textContent).toContain(
      '缺少项目名称、总投资列。表中的列是：“姓名”、“电话”、“地址”。',
    );
    expect(await axe(container)).toHaveNoViolations();
  });

  it('applies all edits in one write', async () => {
    const { port } = renderView(<AssignView />);
    await preview();
    await userEvent.click(screen.getByRole('button', { name: '全部应用' }));
    await waitFor(() => expect(port.writes).toHaveLength(1));
    expect(port.writes[0].map((w) => `${w.row},${w.col}=${w.value}`)).toEqual([
      '3,3=区工业和信息化局',
      '2,3=区发展改革委',
    ]);
  });

  it('says nothing needs changing (empty state)', async () => {
    const empty: AssignmentResult = {
      ...ASSIGNMENT,
      edits: [],
      unmatched: [],
      counts: { fill: 0, normalise: 0, overwrite: 0, conflicts: 0, unmatched: 0 },
    };
    const { container } = renderView(<AssignView />, { core: fakeCore({ assignLeadUnits: () => empty }) });
    await preview();
    expect(screen.getByText('无需修改：责任单位已完整、规范。')).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('shows a write failure (error state)', async () => {
    const port = new FakePort();
    const { container } = renderView(<AssignView />, { port });
    await preview();
    port.failWith = new WorkbookError('工作表受保护，无法写入。', 'Sheet is protected.', 'protected');
    await userEvent.click(screen.getByRole('button', { name: '全部应用' }));
    await waitFor(() => expect(screen.getByText('工作表受保护，无法写入。')).toBeTruthy());
    expect(await axe(container)).toHaveNoViolations();
  });

  it('pages 3,000 proposed edits (large result)', async () => {
    const edits: CellEdit[] = Array.from({ length: 3000 }, (_, n) => ({
      ...ASSIGNMENT.edits[0],
      cell: `D${n + 3}`,
      row: n + 3,
    }));
    const { container } = renderView(<AssignView />, {
      core: fakeCore({ assignLeadUnits: () => ({ ...ASSIGNMENT, edits }) }),
    });
    await preview();
    expect(screen.getByRole('heading', { name: '拟修改 3000 处' })).toBeTruthy();
    expect(screen.getAllByRole('checkbox', { name: /^选择/ })).toHaveLength(25);
    expect(screen.getByText('第 1/120 页')).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();
  });
});
