/** @jest-environment jsdom */
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { gridFromRows } from '../../src/core/grid';
import type { TargetProgress } from '../../src/core/totals/types';
import { SummaryView } from '../../src/taskpane/views/SummaryView';
import { FakePort, SHEET_ROWS, SUMMARY, SUMMARY_LAYOUTS, fakeCore, ledgerOf, renderView } from './fakes';

const twoSheets = () =>
  new FakePort([
    gridFromRows('项目台账', SHEET_ROWS),
    gridFromRows('工业项目', SHEET_ROWS),
    gridFromRows('说明', [['说明']]),
  ]);

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
    // The notice says the snapshot for next week's 台账周报 was kept, and the port's settings carry it.
    expect(screen.getByText(/^已写入：投资汇总、目标进度 已保存本期快照，供下周台账周报比较（“项目台账”/)).toBeTruthy();
    expect(Object.keys(port.saved.at(-1)?.snapshots ?? {})).toEqual(['项目台账']);
    const cards = screen.getByRole('list', { name: '目标进度' });
    expect(cards.querySelectorAll('li')).toHaveLength(3);
    expect(screen.getAllByText('滞后')).toHaveLength(2);
    expect(screen.getByText('无数据')).toBeTruthy();
    // pace 10/12 → 83%, beside the completion rate and the gap in percentage points: 0.75 / 270 = 0.3%
    const investment = screen.getByRole('group', { name: '全年完成投资' });
    expect(investment.textContent).toContain('目标 270.00亿元 · 完成 7,500万元');
    expect(investment.textContent).toContain('完成率 0.3% · 序时进度 83%（差 83.1 个百分点）');
    expect(investment.querySelector('[data-testid="pace-marker"]')?.getAttribute('style')).toContain('left: 83.3');
    // no data: no pace, and what to load instead
    const prep = screen.getByRole('group', { name: '项目前期经费' });
    expect(prep.textContent).not.toContain('序时进度');
    expect(prep.textContent).toContain('台账中没有这项数据');
    // one amount format: 亿元 with two decimals from 1亿 up
    expect(screen.getByText('项目 2 个（亿元以上 1 个），总投资 2.05亿元，完成投资 7,500万元')).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('undoes its own summary by name, leaving a fill made before it', async () => {
    const port = twoSheets();
    await port.writeCells([{ sheet: '项目台账', row: 3, col: 3, value: '区财政局' }], '填充责任单位', 'fill');
    renderView(<SummaryView />, { port });
    await waitFor(() => expect(screen.getByRole('checkbox', { name: '项目台账' })).toBeTruthy());
    await build();
    expect(port.actions.map((a) => [a.kind, a.label, a.size])).toEqual([
      ['fill', '填充责任单位', 1],
      ['summary', '生成汇总', 2],
    ]);
    await userEvent.click(await screen.findByRole('button', { name: '撤销汇总表（2 张）' }));
    await waitFor(() => expect(screen.getByText('已撤销汇总表（2 张）。')).toBeTruthy());
    expect(port.actions.map((a) => a.kind)).toEqual(['fill']);
    expect(screen.queryByText(/^已写入：/)).toBeNull();
  });

  it('says beside the totals what a ledger could not give (never silent), and goes to those cells', async () => {
    const coverage = [
      {
        file: '项目台账',
        sheet: '项目台账',
        kind: 'project' as const,
        rows: 2,
        figuresMissing: [],
        cellsWithoutValue: 0,
        cells: [],
      },
      {
        file: '工业项目',
        sheet: '工业项目',
        kind: 'project' as const,
        rows: 2,
        figuresMissing: ['completed' as const],
        cellsWithoutValue: 2,
        cells: ['C3', 'C4'],
      },
    ];
    const core = fakeCore({ computeSummary: () => ({ ...SUMMARY, coverage }) as typeof SUMMARY });
    const port = twoSheets();
    const { container } = renderView(<SummaryView />, { port, core });
    await waitFor(() => expect(screen.getByRole('checkbox', { name: '工业项目' })).toBeTruthy());
    await build();
    const note = screen.getByTestId('coverage-note');
    expect(note.textContent).toContain('以下数字没有计入合计');
    expect(note.textContent).toContain('“工业项目”：没有累计完成投资列，该项未计入；2 个单元格没有数值，按空计：');
    expect(note.textContent).not.toContain('“项目台账”');
    await userEvent.click(screen.getByRole('button', { name: '转到 工业项目!C4' }));
    await waitFor(() => expect(port.selected).toEqual(['工业项目!C4']));
    expect(await axe(container)).toHaveNoViolations();
  });

  it('counts reserve libraries and names the ledger a card needs', async () => {
    const core = fakeCore({ readLedger: (g) => ({ ...ledgerOf(g), kind: 'reserve' }) });
    const port = new FakePort();
    renderView(<SummaryView />, { port, core });
    await waitFor(() => expect(screen.getByRole('checkbox', { name: '项目台账' })).toBeTruthy());
    await build();
    expect(screen.getByText('储备项目 60 个（亿元以上 12 个），总投资 45.60亿元')).toBeTruthy();
    expect(screen.queryByText(/^项目 \d+ 个/)).toBeNull(); // not "项目 0 个" for a reserve library
  });

  it('writes no project summary sheets for a measure task ledger alone', async () => {
    const names = ['目标完成情况', '分领域汇总', '分责任单位汇总', '分乡镇园区汇总', '三个一批', '措施落实情况'];
    const core = fakeCore({
      readLedger: (g) => ({ ...ledgerOf(g), kind: 'measure' }),
      buildSummaryLayouts: () => names.map((name) => ({ ...SUMMARY_LAYOUTS[0], name })),
    });
    const port = new FakePort();
    renderView(<SummaryView />, { port, core });
    await waitFor(() => expect(screen.getByRole('checkbox', { name: '项目台账' })).toBeTruthy());
    await build();
    expect(port.sheetsWritten[0].map((l) => l.name)).toEqual(['措施落实情况']);
  });

  it('says what is missing on a workbook with no ledger, not an empty sheet list (false empty state)', async () => {
    const { container } = renderView(<SummaryView />, {
      port: new FakePort([gridFromRows('说明', [['姓名', '电话']])]),
    });
    await waitFor(() => expect(screen.getByTestId('not-recognised')).toBeTruthy());
    expect(screen.getByTestId('not-recognised').textContent).toContain('缺少项目名称、总投资列');
    expect(await axe(container)).toHaveNoViolations();
  });

  it('offers no dead 取消 while the sheets are written in one port call', async () => {
    const port = twoSheets();
    let finish: () => void = () => undefined;
    const write = port.writeSheets.bind(port);
    port.writeSheets = (l, o) =>
      new Promise((ok) => (finish = () => ok(write(l, o)))).then((x) => x as Awaited<ReturnType<typeof write>>);
    renderView(<SummaryView />, { port });
    await waitFor(() => expect(screen.getByRole('checkbox', { name: '项目台账' })).toBeTruthy());
    await userEvent.click(screen.getByRole('button', { name: '生成汇总' }));
    await waitFor(() => expect(screen.getByText(/^正在写入：投资汇总、目标进度/)).toBeTruthy());
    expect(screen.queryByRole('button', { name: '取消' })).toBeNull();
    await act(async () => finish());
    await waitFor(() => expect(screen.getByText(/^已写入：投资汇总、目标进度/)).toBeTruthy());
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
    const targets: TargetProgress[] = Array.from({ length: 60 }, (_, n) => ({
      ...SUMMARY.targets[0],
      id: `t${n}`,
      label: `目标${n}`,
      status: 'ahead',
    }));
    const { container } = renderView(<SummaryView />, {
      core: fakeCore({ computeSummary: () => ({ ...SUMMARY, targets }) }),
    });
    await waitFor(() => expect(screen.getByRole('checkbox', { name: '项目台账' })).toBeTruthy());
    await build();
    expect(screen.getAllByText('超序时')).toHaveLength(60);
    expect(await axe(container)).toHaveNoViolations();
  });
});
