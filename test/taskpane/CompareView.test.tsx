/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDecoder, TextEncoder } from 'node:util';
import { gridFromRows } from '../../src/core/grid';
import { readLedger } from '../../src/core/ledger';
import { compareLedgers, shelveSnapshot, takeSnapshot, type SnapshotShelf } from '../../src/core/compare';
import { formatAmount } from '../../src/taskpane/format';
import { CompareView } from '../../src/taskpane/views/CompareView';
import { localToday } from '../../src/taskpane/state/useCompareSources';
import { CURRENT_ROWS, HEADER, PREVIOUS_ROWS } from './compareRows';
import { defaultPack } from '../../src/core/policy';
import { FakePort, fakeCore, renderView } from './fakes';

// jsdom has no TextDecoder; the streaming .xlsx reader (the second file) needs it, as browsers and Excel have it.
Object.assign(globalThis, { TextDecoder, TextEncoder });

/** The real reader and pack: the comparison is the core's, on ledgers read as the pane reads them. */
const PACK = defaultPack(); // the real pack: its 所属领域 values are the ones validation and totals accept
const core = () => fakeCore({ readLedger: (g, o) => readLedger(g, o), defaultPack: () => PACK });
const weeklyTabs = () =>
  new FakePort([gridFromRows('10月20日', PREVIOUS_ROWS), gridFromRows('10月27日', CURRENT_ROWS)]);

async function compare() {
  await waitFor(() => expect(screen.getByRole('combobox', { name: '本期台账' })).toBeTruthy());
  await userEvent.click(screen.getByRole('button', { name: '比较' }));
  await screen.findByTestId('compare-result');
}

describe('台账周报 view', () => {
  it('compares two tabs of this workbook: counts, renamed with how, the period total and its parts', async () => {
    const { container } = renderView(<CompareView />, { core: core(), port: weeklyTabs(), activeSheet: '10月27日' });
    await waitFor(() =>
      expect((screen.getByRole('combobox', { name: '本期台账' }) as HTMLSelectElement).value).toBe('10月27日'),
    );
    expect((screen.getByRole('combobox', { name: '上期工作表' }) as HTMLSelectElement).value).toBe('10月20日');
    expect((screen.getByRole('radio', { name: '本工作簿的另一张工作表' }) as HTMLInputElement).checked).toBe(true);
    await compare();
    expect(screen.getByTestId('compare-counts').textContent).toBe('匹配 3 个项目，新增 1 个，减少 1 个，改名 1 个。');
    expect(screen.getByText('匹配依据：名称+建设单位 2 个、建设单位+总投资+地点（改名） 1 个')).toBeTruthy();
    // 1000→1500, 2000→1800, 3000→3200 matched (+500); 冷链物流中心 new (+300)
    expect(screen.getByTestId('compare-total').textContent).toBe('本期新增完成投资 800万元');
    expect(
      screen.getByText('其中匹配项目增加 500万元，新增项目 300万元；减少项目的上期累计 800万元 不再计入。'),
    ).toBeTruthy();
    const renamed = screen.getByRole('region', { name: '改名的项目' });
    expect(renamed.textContent).toContain(
      '“城市道路改造” → “城区道路提质改造工程”（建设单位+总投资+地点（改名），可信度 60%）',
    );
    expect(screen.queryByTestId('compare-unread')).toBeNull(); // every figure was read
    expect(await axe(container)).toHaveNoViolations();
  });

  it('takes the active ledger tab as 本期 as the clerk switches tabs, until the clerk picks one', async () => {
    const { activate } = renderView(<CompareView />, { core: core(), port: weeklyTabs(), activeSheet: '10月20日' });
    const current = () => (screen.getByRole('combobox', { name: '本期台账' }) as HTMLSelectElement).value;
    const previous = () => (screen.getByRole('combobox', { name: '上期工作表' }) as HTMLSelectElement).value;
    await waitFor(() => expect(current()).toBe('10月20日'));
    activate('10月27日');
    await waitFor(() => expect(current()).toBe('10月27日'));
    expect(previous()).toBe('10月20日');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '本期台账' }), '10月20日');
    activate('说明');
    activate('10月27日');
    await new Promise((r) => setTimeout(r, 50));
    expect(current()).toBe('10月20日');
  });

  it('breaks the period down by domain, lead unit and township', async () => {
    renderView(<CompareView />, { core: core(), port: weeklyTabs(), activeSheet: '10月27日' });
    await compare();
    const rows = () =>
      [...screen.getByTestId('compare-breakdown').querySelectorAll('tbody tr')].map((r) =>
        [...r.children].map((c) => c.textContent),
      );
    expect(rows()).toEqual([
      ['工业', '300万元', '2'],
      ['服务业', '300万元', '1'],
      ['交通', '200万元', '1'],
    ]);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: '本期新增完成投资分布' }), '分乡镇园区');
    // townships by the pack's canonical names (沙澧高新区 is the park's short name)
    expect(rows().map((r) => r[0])).toEqual(['空冢郭镇', '问十乡', '马路街街道', '沙澧高新技术产业开发区']);
    expect(rows()[3]).toEqual(['沙澧高新技术产业开发区', '-200万元', '1']);
  });

  it('lists the findings errors first; a click and 下一个问题 select their cells (a removed project on last week’s tab)', async () => {
    const { port } = renderView(<CompareView />, { core: core(), port: weeklyTabs(), activeSheet: '10月27日' });
    await compare();
    expect(screen.getByRole('heading', { name: '需要核对的变动（3 条）' })).toBeTruthy();
    const list = screen.getByRole('list', { name: '问题列表' });
    const items = within(list).getAllByRole('button');
    expect(items.map((b) => b.getAttribute('data-cell'))).toEqual(['H4', 'A5', 'A5']);
    expect(items.map((b) => b.textContent?.split('!')[0])).toEqual(['10月27日', '10月20日', '10月27日']);
    expect(items[0].textContent).toContain('累计完成投资由 2,000 万元降为 1,800 万元');
    await userEvent.click(items[0]);
    await waitFor(() => expect(port.selected).toEqual(['10月27日!H4']));
    await userEvent.click(screen.getByRole('button', { name: '下一个问题' }));
    await userEvent.click(screen.getByRole('button', { name: '下一个问题' }));
    await waitFor(() => expect(port.selected).toEqual(['10月27日!H4', '10月20日!A5', '10月27日!A5']));
    expect(screen.getByText('第 3/3 个')).toBeTruthy();
  });

  it('writes the 台账周报 sheet as one undoable action, asking before replacing it', async () => {
    const { port, core: c } = renderView(<CompareView />, {
      core: core(),
      port: weeklyTabs(),
      activeSheet: '10月27日',
    });
    await compare();
    await userEvent.click(screen.getByRole('button', { name: '写入周报表' }));
    await screen.findByText('已写入“台账周报”工作表。');
    expect(port.sheetsWritten.map((ls) => ls.map((l) => l.name))).toEqual([['台账周报']]);
    expect(port.actions.map((a) => [a.kind, a.label])).toEqual([['compare', '写入台账周报']]);
    // the sheet's formulas read this week's tab
    const cells = port.sheetsWritten[0][0].cells;
    expect(cells.some((x) => typeof x.formula === 'string' && x.formula.includes("'10月27日'!H"))).toBe(true);
    expect(c.calls.buildWeeklyLayout).toHaveLength(1);
    // a second write asks; 不替换 writes nothing
    await userEvent.click(screen.getByRole('button', { name: '写入周报表' }));
    await userEvent.click(await screen.findByRole('button', { name: '不替换' }));
    expect(port.sheetsWritten).toHaveLength(1);
    await userEvent.click(await screen.findByRole('button', { name: '撤销“写入台账周报”' }));
    await screen.findByText('已撤销“写入台账周报”。');
    expect(port.actions).toEqual([]);
  });

  it('reads the older tabs too and finds the project with no progress for two periods (unless unticked)', async () => {
    const still = CURRENT_ROWS.map((r) => (r[1] === '医疗器械产业园' ? r.map((v, i) => (i === 7 ? 1000 : v)) : r));
    const three = () =>
      new FakePort([
        gridFromRows('10月13日', PREVIOUS_ROWS),
        gridFromRows('10月20日', PREVIOUS_ROWS),
        gridFromRows('10月27日', still),
      ]);
    const { core: c } = renderView(<CompareView />, { core: core(), port: three(), activeSheet: '10月27日' });
    const box = await screen.findByRole('checkbox', {
      name: '同时读取更早的 10月13日（按工作表顺序），找出连续无进展的项目',
    });
    expect((box as HTMLInputElement).checked).toBe(true);
    await compare();
    expect(screen.getByRole('button', { name: /已连续 2 期累计完成投资没有变化（1,000 万元）/ })).toBeTruthy();
    expect(c.calls.compareSeries).toHaveLength(1);
    await userEvent.click(box);
    await userEvent.click(screen.getByRole('button', { name: '比较' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: /已连续/ })).toBeNull());
    expect(screen.getByRole('heading', { name: /^需要核对的变动/ })).toBeTruthy();
  });

  it('says the result is stale after another write to the workbook (its own 周报 write does not count)', async () => {
    const { port } = renderView(<CompareView />, { core: core(), port: weeklyTabs(), activeSheet: '10月27日' });
    await compare();
    await userEvent.click(screen.getByRole('button', { name: '写入周报表' }));
    await screen.findByText('已写入“台账周报”工作表。');
    expect(screen.queryByTestId('compare-stale')).toBeNull();
    // a fill made meanwhile (another tab): the history the pane lists next has it
    await port.writeCells([{ sheet: '10月27日', row: 3, col: 8, value: '区财政局' }], '填充责任单位', 'fill');
    await userEvent.click(screen.getByRole('button', { name: '撤销“写入台账周报”' }));
    expect((await screen.findByTestId('compare-stale')).textContent).toContain('请重新比较');
    expect((screen.getByRole('button', { name: '写入周报表' }) as HTMLButtonElement).disabled).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: '比较' }));
    await waitFor(() => expect(screen.queryByTestId('compare-stale')).toBeNull());
  });
});

/** The shelf a 生成汇总 leaves: last week's version of 项目台账, and one taken today (not "last week"). */
function shelf(): SnapshotShelf {
  const prev = readLedger(gridFromRows('项目台账', PREVIOUS_ROWS), { pack: PACK });
  const today = readLedger(gridFromRows('项目台账', CURRENT_ROWS), { pack: PACK });
  const older = takeSnapshot(prev, '本工作簿', PACK, '2023-10-20T09:00:00.000Z', '2023-10-20');
  return shelveSnapshot(
    shelveSnapshot(undefined, older),
    takeSnapshot(today, '本工作簿', PACK, `${localToday()}T08:00`),
  );
}

describe('台账周报 from a snapshot or a second file', () => {
  it('offers the snapshots of the sheet, newest from an earlier day first chosen, and compares with it', async () => {
    const port = new FakePort([gridFromRows('项目台账', CURRENT_ROWS)], {
      policyPack: null,
      rules: {},
      snapshots: shelf(),
    });
    port.settingsNotes = [
      { zh: '“项目台账”的一个快照已损坏，未使用。', en: 'A snapshot of "项目台账" is damaged; not used.' },
    ];
    renderView(<CompareView />, { core: core(), port });
    await waitFor(() =>
      expect((screen.getByRole('radio', { name: '生成汇总时保存的快照' }) as HTMLInputElement).checked).toBe(true),
    );
    const select = screen.getByRole('combobox', { name: '快照' }) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual([
      `${localToday()} 保存（4 个项目）`,
      '2023-10-20 保存，截止 2023-10-20（4 个项目）',
    ]);
    expect(select.value).toBe('2023-10-20T09:00:00.000Z');
    // what the port dropped when it read the shelf is said beside the choice
    expect(screen.getByTestId('snapshot-notes').textContent).toBe('“项目台账”的一个快照已损坏，未使用。');
    await compare();
    expect(screen.getByTestId('compare-counts').textContent).toBe('匹配 3 个项目，新增 1 个，减少 1 个，改名 1 个。');
    expect(screen.getByTestId('compare-total').textContent).toBe('本期新增完成投资 800万元');
    // last week's row is not in this workbook: said, not selected
    const removed = screen.getByRole('button', { name: /老旧小区供热管网/ });
    await userEvent.click(removed);
    expect((await screen.findByTestId('finding-elsewhere')).textContent).toContain('不在本工作簿里');
    expect(port.selected).toEqual([]);
  });

  it('says when the sheet has no snapshot yet, and asks for a previous version before comparing', async () => {
    renderView(<CompareView />, { core: core(), port: new FakePort([gridFromRows('项目台账', CURRENT_ROWS)]) });
    await waitFor(() =>
      expect((screen.getByRole('radio', { name: '另一个工作簿文件' }) as HTMLInputElement).checked).toBe(true),
    );
    await userEvent.click(screen.getByRole('radio', { name: '生成汇总时保存的快照' }));
    expect(screen.getByText('“项目台账”还没有保存的快照：每次生成汇总时保存一份。')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: '比较' }));
    expect(screen.getByRole('alert').textContent).toBe('请先选择上期台账。');
  });

  it('does not take today’s snapshot for last week unless chosen, and sees a snapshot kept since', async () => {
    const port = weeklyTabs();
    renderView(<CompareView />, { core: core(), port, activeSheet: '10月27日' });
    await compare();
    // a 生成汇总 meanwhile keeps a snapshot of 10月27日 today; the next write lists the history again
    const today = readLedger(gridFromRows('10月27日', CURRENT_ROWS), { pack: PACK });
    port.stored = {
      policyPack: null,
      rules: {},
      snapshots: shelveSnapshot(undefined, takeSnapshot(today, '本工作簿', PACK, `${localToday()}T08:00:00+08:00`)),
    };
    await userEvent.click(screen.getByRole('button', { name: '写入周报表' }));
    await screen.findByText('已写入“台账周报”工作表。');
    await userEvent.click(screen.getByRole('radio', { name: '生成汇总时保存的快照' }));
    const select = (await screen.findByRole('combobox', { name: '快照' })) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['请选择快照', `${localToday()} 保存（4 个项目）`]);
    expect(select.value).toBe('');
    await userEvent.click(screen.getByRole('button', { name: '比较' }));
    expect(screen.getByRole('alert').textContent).toBe('请先选择上期台账。');
    await userEvent.selectOptions(select, `${localToday()} 保存（4 个项目）`);
    await userEvent.click(screen.getByRole('button', { name: '比较' }));
    await waitFor(() => expect(screen.getByTestId('compare-counts').textContent).toMatch(/^匹配 4 个项目，新增 0 个/));
  });

  it('reads a second workbook file with the streaming reader (last week’s sample)', async () => {
    const name = '项目台账-源汇区2023-上周.xlsx';
    const bytes = readFileSync(join(__dirname, '../../samples', name));
    const thisWeek = readFileSync(join(__dirname, '../../samples/项目台账-源汇区2023.xlsx'));
    const { XlsxWorkbook } = await import('../../src/xlsx/XlsxWorkbook');
    const wb = await XlsxWorkbook.fromBuffer(
      thisWeek.buffer.slice(thisWeek.byteOffset, thisWeek.byteOffset + thisWeek.byteLength),
    );
    const grid = await wb.readSheet('项目台账');
    const port = new FakePort([grid]);
    renderView(<CompareView />, { core: core(), port });
    await waitFor(() => expect(screen.getByRole('button', { name: '选择上期 .xlsx 文件' })).toBeTruthy());
    const file = new File([bytes], name);
    // jsdom's File has no arrayBuffer() (browsers' and Excel's do): give it the bytes.
    Object.assign(file, {
      arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    });
    await userEvent.upload(screen.getByTestId('compare-file-input'), file);
    await screen.findByText(`上期文件：${name}`, undefined, { timeout: 20_000 });
    await compare();
    expect(screen.getByText(`上期：${name} / 项目台账；本期：本工作簿 / 项目台账`)).toBeTruthy();
    // the pane shows the core's comparison of the same two ledgers
    const prevWb = await XlsxWorkbook.fromBuffer(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    );
    const expected = compareLedgers(
      { file: name, ledger: readLedger(await prevWb.readSheet('项目台账'), { pack: PACK }) },
      { file: '本工作簿', ledger: readLedger(grid, { pack: PACK }) },
      PACK,
    );
    const renamed = expected.matched.filter((m) => m.how === 'renamed').length;
    expect(expected.matched.length).toBeGreaterThan(50);
    expect(screen.getByTestId('compare-counts').textContent).toBe(
      `匹配 ${expected.matched.length} 个项目，新增 ${expected.added.length} 个，减少 ${expected.removed.length} 个，改名 ${renamed} 个。`,
    );
    expect(screen.getByTestId('compare-total').textContent).toBe(
      `本期新增完成投资 ${formatAmount(expected.totals.newThisPeriod)}`,
    );
  }, 60_000);

  it('says when no cumulative figure could be read, above the total (never a silent 0)', async () => {
    const strip = (rows: unknown[][]) =>
      rows.map((r) => (r.length === HEADER.length ? r.filter((_, i) => i !== 7) : r));
    const port = new FakePort([
      gridFromRows('10月20日', PREVIOUS_ROWS),
      gridFromRows('10月27日', strip(CURRENT_ROWS) as typeof CURRENT_ROWS),
    ]);
    renderView(<CompareView />, { core: core(), port, activeSheet: '10月27日' });
    await compare();
    const note = screen.getByTestId('compare-unread').textContent ?? '';
    expect(note).toContain('本期台账没有可读的累计完成投资');
    expect(note).toContain('3 个项目的累计完成投资在上期或本期为空或无法识别');
  });

  it('shows the findings in English and still writes the sheet in Chinese', async () => {
    const { port } = renderView(<CompareView />, {
      core: core(),
      port: weeklyTabs(),
      activeSheet: '10月27日',
      lang: 'en',
    });
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'This period’s ledger' })).toBeTruthy());
    await userEvent.click(screen.getByRole('button', { name: 'Compare' }));
    await screen.findByTestId('compare-result');
    expect(screen.getByTestId('compare-counts').textContent).toBe('3 projects matched, 1 new, 1 removed, 1 renamed.');
    expect(screen.getByText(/cumulative completed investment fell from 2,000 to 1,800/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Write the weekly sheet' }));
    await screen.findByText('Wrote the sheet "台账周报".');
    const texts = port.sheetsWritten[0][0].cells.map((x) => String(x.value ?? ''));
    expect(texts.some((v) => v.includes('累计完成投资由 2,000 万元降为 1,800 万元'))).toBe(true);
  });
});
