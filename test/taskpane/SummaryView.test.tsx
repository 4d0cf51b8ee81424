/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { gridFromRows } from '../../src/core/grid';
import type { TargetProgress } from '../../src/core/totals/types';
import { SummaryView } from '../../src/taskpane/views/SummaryView';
import { FakePort, SHEET_ROWS, SUMMARY, fakeCore, renderView } from './fakes';

const twoSheets = () => new FakePort([gridFromRows('项目台账', SHEET_ROWS), gridFromRows('工业项目', SHEET_ROWS), gridFromRows('说明', [['说明']])]);

async function build() {
  await userEvent.click(screen.getByRole('button', { name: '生成汇总' }));
  await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
}

describe('生成汇总 view', () => {
  it('prefills the as-of date from the ledger and lists the ledger sheets only', async () => {
    renderView(<SummaryView />, { port: twoSheets() });
    // as-of 2023年10月 → the month's last day
    await waitFor(() => expect((screen.getByLabelText('截止日期') as HTMLInputElement).value).toBe('2023-10-31'));
    expect(screen.getByRole('checkbox', { name: '项目台账' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: '工业项目' })).toBeTruthy();
    expect(screen.queryByRole('checkbox', { name: '说明' })).toBeNull();
  });

  it('writes the summary sheets and shows the target cards', async () => {
    const port = twoSheets();
    const { core, container } = renderView(<SummaryView />, { port });
    await waitFor(() => expect(screen.getByRole('checkbox', { name: '工业项目' })).toBeTruthy());
    await userEvent.click(screen.getByRole('checkbox', { name: '工业项目' }));
    await build();
    const [inputs, , asOf] = core.calls.computeSummary[0] as [{ source: string }[], unknown, string];
    expect(inputs.map((i) => i.source)).toEqual(['项目台账']);
    expect(asOf).toBe('2023-10-31');
    expect(port.sheetsWritten[0].map((l) => l.name)).toEqual(['投资汇总', '目标进度']);
    expect(screen.getByText('已写入：投资汇总、目标进度')).toBeTruthy();
    const cards = screen.getByRole('list', { name: '目标进度' });
    expect(cards.querySelectorAll('li')).toHaveLength(3);
    expect(screen.getAllByText('滞后')).toHaveLength(2);
    expect(screen.getByText('无数据')).toBeTruthy();
    // pace 10/12 → 83%
    expect(cards.textContent).toContain('序时进度 83%');
    expect(screen.getByText(/项目 2 个（亿元以上 1 个），总投资 20,500 万元/)).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('undoes its own summary by name, leaving a fill made before it', async () => {
    const port = twoSheets();
    await port.writeCells([{ sheet: '项目台账', row: 3, col: 3, value: '区财政局' }], '填充责任单位', 'fill');
    renderView(<SummaryView />, { port });
    await waitFor(() => expect(screen.getByRole('checkbox', { name: '项目台账' })).toBeTruthy());
    await build();
    expect(port.actions.map((a) => [a.kind, a.label, a.size])).toEqual([['fill', '填充责任单位', 1], ['summary', '生成汇总', 2]]);
    await userEvent.click(await screen.findByRole('button', { name: '撤销汇总表（2 张）' }));
    await waitFor(() => expect(screen.getByText('已撤销汇总表（2 张）。')).toBeTruthy());
    expect(port.actions.map((a) => a.kind)).toEqual(['fill']);
    expect(screen.queryByText(/^已写入：/)).toBeNull();
  });

  it('asks before replacing existing summary sheets', async () => {
    const port = twoSheets();
    port.existing = ['目标进度'];
    renderView(<SummaryView />, { port });
    await waitFor(() => expect(screen.getByRole('checkbox', { name: '项目台账' })).toBeTruthy());
    await build();
    expect(screen.getByText('以下工作表已存在：目标进度。替换它们？')).toBeTruthy();
    expect(port.sheetsWritten).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: '不替换' }));
    await waitFor(() => expect(port.sheetsWritten).toHaveLength(1));
    expect(port.sheetsWritten[0].map((l) => l.name)).toEqual(['投资汇总']);
  });

  it('asks for a sheet when none is chosen (empty state)', async () => {
    const { container } = renderView(<SummaryView />, { port: new FakePort([gridFromRows('说明', [['说明']])]) });
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
    await userEvent.click(screen.getByRole('button', { name: '生成汇总' }));
    expect(screen.getByRole('alert').textContent).toBe('请至少选择一个工作表。');
    expect(await axe(container)).toHaveNoViolations();
  });

  it('shows a core failure (error state)', async () => {
    const core = fakeCore({
      computeSummary: () => {
        throw new Error('截止日期格式不对：2023-13-01');
      },
    });
    const { container } = renderView(<SummaryView />, { core });
    await waitFor(() => expect(screen.getByRole('checkbox', { name: '项目台账' })).toBeTruthy());
    await build();
    expect(screen.getByText('截止日期格式不对：2023-13-01')).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('shows many targets (large result)', async () => {
    const targets: TargetProgress[] = Array.from({ length: 60 }, (_, n) => ({ ...SUMMARY.targets[0], id: `t${n}`, label: `目标${n}`, status: 'ahead' }));
    const { container } = renderView(<SummaryView />, { core: fakeCore({ computeSummary: () => ({ ...SUMMARY, targets }) }) });
    await waitFor(() => expect(screen.getByRole('checkbox', { name: '项目台账' })).toBeTruthy());
    await build();
    expect(screen.getAllByText('超序时')).toHaveLength(60);
    expect(await axe(container)).toHaveNoViolations();
  });
});
