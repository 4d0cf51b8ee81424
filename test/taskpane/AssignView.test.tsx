/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import type { AssignmentResult, CellEdit } from '../../src/core/assign/types';
import { WorkbookError } from '../../src/core/port/WorkbookPort';
import { AssignView } from '../../src/taskpane/views/AssignView';
import { ASSIGNMENT, FakePort, fakeCore, renderView } from './fakes';

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
    expect(screen.getByText('规范')).toBeTruthy();
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

  it('applies the chosen edit only, with 0-based port coordinates, then undoes', async () => {
    const { port } = renderView(<AssignView />);
    await preview();
    await userEvent.click(screen.getByRole('checkbox', { name: '选择 项目台账!D4' }));
    await userEvent.click(screen.getByRole('button', { name: '应用所选（1）' }));
    await waitFor(() => expect(screen.getByText('已写入 1 个单元格。')).toBeTruthy());
    // D4 → row 3, col 3
    expect(port.writes).toEqual([[{ sheet: '项目台账', row: 3, col: 3, value: '区工业和信息化局', expected: null }]]);
    expect(screen.getByRole('heading', { name: '拟修改 1 处' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: '撤销' }));
    await waitFor(() => expect(screen.getByText('已撤销上一次写入。')).toBeTruthy());
    expect(port.undos).toBe(1);
  });

  it('applies all edits in one write', async () => {
    const { port } = renderView(<AssignView />);
    await preview();
    await userEvent.click(screen.getByRole('button', { name: '全部应用' }));
    await waitFor(() => expect(port.writes).toHaveLength(1));
    expect(port.writes[0].map((w) => `${w.row},${w.col}=${w.value}`)).toEqual(['3,3=区工业和信息化局', '2,3=区发展改革委']);
  });

  it('says nothing needs changing (empty state)', async () => {
    const empty: AssignmentResult = { ...ASSIGNMENT, edits: [], unmatched: [], counts: { fill: 0, normalise: 0, overwrite: 0, conflicts: 0, unmatched: 0 } };
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
    const edits: CellEdit[] = Array.from({ length: 3000 }, (_, n) => ({ ...ASSIGNMENT.edits[0], cell: `D${n + 3}`, row: n + 3 }));
    const { container } = renderView(<AssignView />, { core: fakeCore({ assignLeadUnits: () => ({ ...ASSIGNMENT, edits }) }) });
    await preview();
    expect(screen.getByRole('heading', { name: '拟修改 3000 处' })).toBeTruthy();
    expect(screen.getAllByRole('checkbox', { name: /^选择/ })).toHaveLength(25);
    expect(screen.getByText('第 1/120 页')).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();
  });
});
