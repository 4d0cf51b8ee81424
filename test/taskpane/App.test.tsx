/** @jest-environment jsdom */
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { WorkbookError } from '../../src/core/port/WorkbookPort';
import { App } from '../../src/taskpane/App';
import type { PaneHost } from '../../src/taskpane/state/host';
import { gridFromRows } from '../../src/core/grid';
import { FakePort, fakeCore } from './fakes';

function memory(port = new FakePort()): PaneHost {
  return {
    kind: 'memory',
    port: null,
    loadSample: async () => ({ port, name: '项目台账-源汇区2023.xlsx' }),
    loadFile: async (f) => {
      if (!f.name.endsWith('.xlsx'))
        throw new WorkbookError(`无法读取“${f.name}”：它不是有效的 .xlsx 文件。`, 'bad', 'bad-xlsx');
      return { port, name: f.name };
    },
  };
}

describe('the pane outside Office', () => {
  it('asks for a workbook first (empty state)', async () => {
    const { container } = render(<App lang="zh" dark={false} host={memory()} loadCore={async () => fakeCore()} />);
    await waitFor(() => expect(screen.getByText('尚未载入工作簿。请打开示例台账或选择一个 .xlsx 文件。')).toBeTruthy());
    expect(screen.queryByRole('tablist')).toBeNull();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('loads the sample, shows the preview, and a clicked issue selects its cell in the preview', async () => {
    const port = new FakePort();
    const { container } = render(<App lang="zh" dark={false} host={memory(port)} loadCore={async () => fakeCore()} />);
    await userEvent.click(await screen.findByRole('button', { name: '示例台账' }));
    await waitFor(() => expect(screen.getByText('已载入：项目台账-源汇区2023.xlsx')).toBeTruthy());
    expect(screen.getAllByRole('tab')).toHaveLength(5);
    for (const name of ['校验台账', '填充责任单位', '生成汇总', '台账周报', '设置'])
      expect(screen.getByRole('tab', { name })).toBeTruthy();
    await waitFor(() => expect(screen.getByTestId('grid-preview')).toBeTruthy());
    expect(screen.getByTestId('grid-preview').textContent).toContain('医疗器械产业园');
    await userEvent.click(screen.getAllByRole('button', { name: '校验台账' })[0]);
    await userEvent.click(await screen.findByRole('button', { name: /D4 的牵头责任单位为空/ }));
    await waitFor(() => expect(container.querySelector('td[aria-current="true"]')?.getAttribute('data-a1')).toBe('D4'));
    expect(port.selected).toEqual(['项目台账!D4']);
    expect(await axe(container)).toHaveNoViolations();
  });

  it('previews any sheet (the written ones too) with its number formats, collapses, and saves the changed workbook', async () => {
    const rows = [
      ['项目名称', '开工时间', '完成率', '总投资'],
      ['医疗器械产业园', 44986, 0.894, 12345.6],
    ];
    const fmts = [
      [null, null, null, null],
      [null, 'yyyy-mm-dd', '0.0%', '#,##0.00'],
    ];
    const port = new FakePort([
      gridFromRows('项目台账', rows, { numberFormats: fmts }),
      gridFromRows('目标完成情况', [['目标', '完成']]),
    ]);
    const saved: FakePort[] = [];
    const host: PaneHost = {
      ...memory(port),
      saveFile: async (p) => (saved.push(p as FakePort), new Uint8Array([80, 75, 3, 4]).buffer as ArrayBuffer),
    };
    const urls: Blob[] = [];
    URL.createObjectURL = (b: Blob) => (urls.push(b), 'blob:fake');
    URL.revokeObjectURL = () => undefined;
    const clicks: string[] = [];
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    };
    const { container } = render(<App lang="zh" dark={false} host={host} loadCore={async () => fakeCore()} />);
    await userEvent.click(await screen.findByRole('button', { name: '示例台账' }));
    await waitFor(() => expect(screen.getByTestId('grid-preview')).toBeTruthy());
    // as Excel shows them, not 44986 and 0.894
    expect(screen.getByTestId('grid-preview').textContent).toContain('2023-03-01');
    expect(screen.getByTestId('grid-preview').textContent).toContain('89.4%');
    expect(screen.getByTestId('grid-preview').textContent).toContain('12,345.60');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '预览工作表' }), '目标完成情况');
    await waitFor(() => expect(screen.getByRole('region', { name: '工作表预览：目标完成情况' })).toBeTruthy());
    await userEvent.click(screen.getByRole('button', { name: '收起预览' }));
    expect(screen.queryByTestId('grid-preview')).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: '展开预览' }));
    expect(screen.getByTestId('grid-preview')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: '保存为 .xlsx' }));
    await waitFor(() =>
      expect(screen.getByText('已保存为“项目台账-源汇区2023-台账助手.xlsx”（原文件未改动）。')).toBeTruthy(),
    );
    expect(saved).toEqual([port]);
    expect(clicks).toEqual(['项目台账-源汇区2023-台账助手.xlsx']);
    expect(urls[0].type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(await axe(container)).toHaveNoViolations();
  });

  it('switches tabs with the keyboard', async () => {
    render(<App lang="zh" dark={false} host={memory()} loadCore={async () => fakeCore()} />);
    await userEvent.click(await screen.findByRole('button', { name: '示例台账' }));
    const second = await screen.findByRole('tab', { name: '填充责任单位' });
    second.focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() =>
      expect(screen.getByRole('tab', { name: '填充责任单位' }).getAttribute('aria-selected')).toBe('true'),
    );
    expect(screen.getByRole('button', { name: '预览填充' })).toBeTruthy();
  });

  it('says plainly when a chosen file cannot be read (error state)', async () => {
    const { container } = render(<App lang="zh" dark={false} host={memory()} loadCore={async () => fakeCore()} />);
    await screen.findByRole('button', { name: '示例台账' });
    await userEvent.upload(screen.getByTestId('file-input'), new File(['x'], '台账.xls'), { applyAccept: false });
    await waitFor(() => expect(screen.getByText('无法读取“台账.xls”：它不是有效的 .xlsx 文件。')).toBeTruthy());
    expect(await axe(container)).toHaveNoViolations();
  });

  it('取消 during a load keeps the pane without that workbook, and no "尚未载入" beside the progress', async () => {
    let finish: (v: { port: FakePort; name: string }) => void = () => undefined;
    const host: PaneHost = { ...memory(), loadSample: () => new Promise((ok) => (finish = ok)) };
    render(<App lang="zh" dark={false} host={host} loadCore={async () => fakeCore()} />);
    await userEvent.click(await screen.findByRole('button', { name: '示例台账' }));
    expect(screen.queryByText(/尚未载入工作簿/)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: '取消' }));
    await act(async () => finish({ port: new FakePort(), name: '项目台账-源汇区2023.xlsx' }));
    await waitFor(() => expect(screen.getByText('已取消。')).toBeTruthy());
    expect(screen.queryByRole('tablist')).toBeNull();
    expect(screen.getByText(/尚未载入工作簿/)).toBeTruthy();
  });

  it('inside Excel it needs no source bar and uses the workbook pack stored there', async () => {
    const core = fakeCore();
    const stored = { ...core.defaultPack(), id: 'district-pack' };
    const port = new FakePort(undefined, { policyPack: JSON.stringify(stored), rules: {} });
    render(<App lang="en" dark host={{ kind: 'excel', port }} loadCore={async () => core} />);
    await userEvent.click(await screen.findByRole('tab', { name: 'Settings' }));
    expect(screen.queryByRole('button', { name: 'Sample ledger' })).toBeNull();
    expect((screen.getByRole('radio', { name: 'Pack stored in the workbook' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.queryByTestId('grid-preview')).toBeNull();
  });

  it('inside Excel it says once, at the top, what this Excel lacks (English when asked)', async () => {
    const notices = [
      {
        zh: '此 Excel 不支持 ExcelApi 1.13，读取时不识别合并单元格。',
        en: 'ExcelApi 1.13 missing: merged cells are not read.',
      },
    ];
    const { container, unmount } = render(
      <App
        lang="zh"
        dark={false}
        host={{ kind: 'excel', port: new FakePort(), notices }}
        loadCore={async () => fakeCore()}
      />,
    );
    await screen.findByRole('tab', { name: '校验台账' });
    const bar = screen.getByTestId('host-notices');
    expect(bar.textContent).toContain('此 Excel 版本的限制');
    expect(bar.textContent).toContain('读取时不识别合并单元格');
    expect(screen.getAllByTestId('host-notices')).toHaveLength(1);
    // at the top: right after the title
    expect(screen.getByRole('heading', { level: 1 }).nextElementSibling).toBe(bar);
    expect(await axe(container)).toHaveNoViolations();
    unmount();
    render(
      <App
        lang="en"
        dark={false}
        host={{ kind: 'excel', port: new FakePort(), notices }}
        loadCore={async () => fakeCore()}
      />,
    );
    expect((await screen.findByTestId('host-notices')).textContent).toContain('merged cells are not read');
    expect(screen.queryByText(/读取时不识别/)).toBeNull();
  });

  it('shows no host notices outside Excel', async () => {
    const notices = [{ zh: '此 Excel 不支持 ExcelApi 1.13。', en: 'ExcelApi 1.13 missing.' }];
    render(<App lang="zh" dark={false} host={{ ...memory(), notices }} loadCore={async () => fakeCore()} />);
    await screen.findByRole('button', { name: '示例台账' });
    expect(screen.queryByTestId('host-notices')).toBeNull();
  });

  it('says in the running job’s status while Excel waits for the user to leave cell-edit mode', async () => {
    const port = new FakePort();
    let release: () => void = () => undefined;
    const read = port.readSheet.bind(port);
    port.readSheet = (name: string) => new Promise<void>((ok) => (release = ok)).then(() => read(name));
    const listeners = new Set<(w: boolean) => void>();
    const host: PaneHost = {
      kind: 'excel',
      port,
      onWaiting: (h) => (listeners.add(h), () => void listeners.delete(h)),
    };
    const { unmount } = render(<App lang="zh" dark={false} host={host} loadCore={async () => fakeCore()} />);
    await userEvent.click(await screen.findByRole('button', { name: '校验台账' }));
    expect(screen.queryByText('正在等待退出单元格编辑…（按 Enter 或 Esc 结束编辑）')).toBeNull();
    act(() => listeners.forEach((l) => l(true)));
    const status = screen.getByRole('status');
    expect(within(status).getByText('正在等待退出单元格编辑…（按 Enter 或 Esc 结束编辑）')).toBeTruthy();
    act(() => listeners.forEach((l) => l(false)));
    expect(screen.queryByText(/正在等待退出单元格编辑/)).toBeNull();
    await act(async () => release());
    await screen.findByRole('button', { name: /D4 的牵头责任单位为空/ });
    unmount();
    expect(listeners.size).toBe(0);
  });
});
