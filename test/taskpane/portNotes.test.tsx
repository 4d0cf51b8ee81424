/** @jest-environment jsdom */
/**
 * The port's notes beside every action that writes, marks or undoes (notes('mark')) and every settings save
 * (notes('settings')), as the pane shows them after 校验 and 在表中标记: in the result's box, gone with the next job.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { gridFromRows } from '../../src/core/grid';
import { readLedger } from '../../src/core/ledger';
import { defaultPack } from '../../src/core/policy';
import type { PortNote, StoredSettings } from '../../src/core/port/WorkbookPort';
import { AssignView } from '../../src/taskpane/views/AssignView';
import { CompareView } from '../../src/taskpane/views/CompareView';
import { SettingsView } from '../../src/taskpane/views/SettingsView';
import { SummaryView } from '../../src/taskpane/views/SummaryView';
import { ValidateView } from '../../src/taskpane/views/ValidateView';
import { CURRENT_ROWS, PREVIOUS_ROWS } from './compareRows';
import { FakePort, fakeCore, renderView } from './fakes';

type Call = 'writeCells' | 'writeSheets' | 'markCells' | 'clearMarks' | 'undoAction';

/** As the Excel port: each call replaces notes('mark') with its own, each settings save notes('settings'). */
class NotingPort extends FakePort {
  on: Partial<Record<Call, PortNote[]>> = {};
  onSave: PortNote[] = [];
  private said(call: Call) {
    this.markNotes = this.on[call] ?? [];
  }
  override async writeCells(...a: Parameters<FakePort['writeCells']>) {
    const r = await super.writeCells(...a);
    this.said('writeCells');
    return r;
  }
  override async writeSheets(...a: Parameters<FakePort['writeSheets']>) {
    const r = await super.writeSheets(...a);
    this.said('writeSheets');
    return r;
  }
  override async markCells(...a: Parameters<FakePort['markCells']>) {
    await super.markCells(...a);
    this.said('markCells');
  }
  override async clearMarks() {
    await super.clearMarks();
    this.said('clearMarks');
  }
  override async undoAction(id: string) {
    const r = await super.undoAction(id);
    this.said('undoAction');
    return r;
  }
  onLoad: PortNote[] = [];
  override async loadSettings() {
    this.settingsNotes = this.onLoad;
    return super.loadSettings();
  }
  override async saveSettings(s: StoredSettings) {
    await super.saveSettings(s);
    this.settingsNotes = this.onSave;
  }
}

const NOT_SAVED: PortNote = {
  zh: '标注和撤销记录未能保存到工作簿：重新打开任务窗格后将无法清除这些标注或撤销。',
  en: 'Marks and history were not saved in the workbook.',
};
const DROPPED: PortNote = {
  zh: '工作簿设置的容量有限，删去了 2 份较早的台账快照。',
  en: 'Workbook settings are limited; 2 older ledger snapshot(s) were removed.',
};

const DAMAGED: PortNote = { zh: '“项目台账”的一个快照已损坏，未使用。', en: 'A snapshot of "项目台账" is damaged.' };

/** The notes shown in the same result box as `notice` (the box beside the button that did it). */
async function notesBeside(notice: string | RegExp): Promise<string[]> {
  const box = (await screen.findByText(notice)).closest('[aria-live]') as HTMLElement;
  const list = within(box).queryByRole('list', { name: /操作说明|Notes on this action/ });
  return list ? [...list.querySelectorAll('li')].map((li) => li.textContent ?? '') : [];
}

async function runCheck() {
  await userEvent.click(screen.getByRole('button', { name: '校验台账' }));
  await screen.findByRole('button', { name: /D4 的牵头责任单位为空/ });
}

describe('校验台账 tab', () => {
  it('shows the notes of 导出问题清单, 清除标记 and 撤销导出 beside their result, each its own', async () => {
    const port = new NotingPort();
    port.on = { writeSheets: [NOT_SAVED], undoAction: [{ zh: '撤销后记录未能保存。' }] };
    const { container } = renderView(<ValidateView />, { port });
    await runCheck();
    await userEvent.click(screen.getByRole('button', { name: '导出问题清单（2）' }));
    expect(await notesBeside('已导出 2 个问题到工作表“问题清单”。')).toEqual([NOT_SAVED.zh]);
    expect(await axe(container)).toHaveNoViolations();
    await userEvent.click(await screen.findByRole('button', { name: '撤销导出问题清单' }));
    expect(await notesBeside(/^已撤销/)).toEqual(['撤销后记录未能保存。']);
    await userEvent.click(screen.getByRole('button', { name: '清除标记' }));
    expect(await notesBeside(/已清除/)).toEqual([]); // the port said nothing this time: nothing old is repeated
    expect(screen.queryByTestId('port-notes')).toBeNull();
  });

  it('shows the notes of 在表中标记 in English where the port has English, gone when another job starts there', async () => {
    const port = new NotingPort();
    port.on = { markCells: [{ zh: 'C3 有条件格式。', en: 'C3 has a conditional format.' }, { zh: '仅中文。' }] };
    renderView(<ValidateView />, { port, lang: 'en' });
    await userEvent.click(screen.getByRole('button', { name: 'Check ledger' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Mark in sheet (2)' }));
    expect(await notesBeside('Cells marked: 2.')).toEqual(['C3 has a conditional format.', '仅中文。']);
    await userEvent.click(screen.getByRole('button', { name: 'Check ledger' }));
    await waitFor(() => expect(screen.queryByTestId('port-notes')).toBeNull());
  });
});

describe('填充责任单位 tab', () => {
  it('shows the notes of 应用 and of 撤销填充 beside their result', async () => {
    const port = new NotingPort();
    port.on = { writeCells: [NOT_SAVED], undoAction: [{ zh: '撤销记录未能保存。' }] };
    renderView(<AssignView />, { port });
    await userEvent.click(screen.getByRole('button', { name: '预览填充' }));
    await userEvent.click(await screen.findByRole('checkbox', { name: '选择 项目台账!D4' }));
    await userEvent.click(screen.getByRole('button', { name: '应用所选（1）' }));
    expect(await notesBeside('已写入 1 个单元格。')).toEqual([NOT_SAVED.zh]);
    await userEvent.click(await screen.findByRole('button', { name: '撤销填充（1 处）' }));
    expect(await notesBeside('已撤销填充（1 处）。')).toEqual(['撤销记录未能保存。']);
  });
});

describe('生成汇总 tab', () => {
  it('shows what the sheet write could not keep and the snapshots the settings dropped, beside 已写入', async () => {
    const port = new NotingPort();
    port.on = { writeSheets: [NOT_SAVED] };
    port.onSave = [DROPPED];
    const { container } = renderView(<SummaryView />, { port });
    await waitFor(() => expect(screen.getByRole('checkbox', { name: '项目台账' })).toBeTruthy());
    await userEvent.click(screen.getByRole('button', { name: '生成汇总' }));
    expect(await notesBeside(/^已写入：投资汇总、目标进度/)).toEqual([NOT_SAVED.zh, DROPPED.zh]);
    expect(await axe(container)).toHaveNoViolations();
  });

  it('says a damaged snapshot the port could not read is not kept when the shelf is saved back', async () => {
    const port = new NotingPort();
    port.onLoad = [DAMAGED];
    renderView(<SummaryView />, { port });
    await waitFor(() => expect(screen.getByRole('checkbox', { name: '项目台账' })).toBeTruthy());
    await userEvent.click(screen.getByRole('button', { name: '生成汇总' }));
    expect(await notesBeside(/^已写入：投资汇总、目标进度/)).toEqual([DAMAGED.zh]);
  });

  it('says beside the result when the snapshot could not be saved (the sheets stand)', async () => {
    const port = new NotingPort();
    port.saveSettings = async () => {
      throw new Error('磁盘已满');
    };
    renderView(<SummaryView />, { port });
    await waitFor(() => expect(screen.getByRole('checkbox', { name: '项目台账' })).toBeTruthy());
    await userEvent.click(screen.getByRole('button', { name: '生成汇总' }));
    expect(await notesBeside(/^已写入：投资汇总、目标进度/)).toEqual([
      '本期快照未能保存到工作簿（磁盘已满），汇总表不受影响。',
    ]);
  });
});

describe('台账周报 tab', () => {
  it('shows the notes of 写入周报表 and of its 撤销 beside their result', async () => {
    const port = new NotingPort([gridFromRows('10月20日', PREVIOUS_ROWS), gridFromRows('10月27日', CURRENT_ROWS)]);
    port.on = { writeSheets: [NOT_SAVED], undoAction: [{ zh: '撤销记录未能保存。' }] };
    const pack = defaultPack();
    const core = fakeCore({ readLedger: (g, o) => readLedger(g, o), defaultPack: () => pack });
    renderView(<CompareView />, { core, port, activeSheet: '10月27日' });
    await waitFor(() => expect(screen.getByRole('combobox', { name: '本期台账' })).toBeTruthy());
    await userEvent.click(screen.getByRole('button', { name: '比较' }));
    await screen.findByTestId('compare-result');
    await userEvent.click(screen.getByRole('button', { name: '写入周报表' }));
    expect(await notesBeside('已写入“台账周报”工作表。')).toEqual([NOT_SAVED.zh]);
    await userEvent.click(await screen.findByRole('button', { name: '撤销“写入台账周报”' }));
    expect(await notesBeside('已撤销“写入台账周报”。')).toEqual(['撤销记录未能保存。']);
  });

  it('reads the shelf’s notes again with the shelf after a write (a damaged snapshot saved over is not said)', async () => {
    const port = new NotingPort([gridFromRows('10月20日', PREVIOUS_ROWS), gridFromRows('10月27日', CURRENT_ROWS)]);
    port.onLoad = [DAMAGED];
    port.stored = { policyPack: null, rules: {}, snapshots: {} };
    const pack = defaultPack();
    const core = fakeCore({ readLedger: (g, o) => readLedger(g, o), defaultPack: () => pack });
    renderView(<CompareView />, { core, port, activeSheet: '10月27日' });
    await userEvent.click(await screen.findByRole('radio', { name: '生成汇总时保存的快照' }));
    expect((await screen.findByTestId('snapshot-notes')).textContent).toBe(DAMAGED.zh);
    port.onLoad = []; // a 生成汇总 on the other tab saved the shelf back without it
    await userEvent.click(screen.getByRole('radio', { name: '本工作簿的另一张工作表' }));
    await userEvent.click(screen.getByRole('button', { name: '比较' }));
    await screen.findByTestId('compare-result');
    await userEvent.click(screen.getByRole('button', { name: '写入周报表' }));
    await screen.findByText('已写入“台账周报”工作表。');
    await userEvent.click(screen.getByRole('radio', { name: '生成汇总时保存的快照' }));
    await waitFor(() => expect(screen.queryByTestId('snapshot-notes')).toBeNull());
  });
});

describe('settings saves', () => {
  it('设置 → 保存到工作簿 shows the snapshots the port dropped to fit, beside 已保存', async () => {
    const port = new NotingPort();
    port.onSave = [DROPPED];
    renderView(<SettingsView />, { port });
    await userEvent.click(screen.getByRole('button', { name: '保存到工作簿' }));
    expect(await notesBeside('设置已保存到工作簿。')).toEqual([DROPPED.zh]);
  });

  it('a column choice saved with the workbook shows them beside its result, after the sheets are read again', async () => {
    const port = new NotingPort();
    port.onSave = [DROPPED];
    renderView(<ValidateView />, { port });
    await runCheck();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'C 列“总投资”读作' }), 'ignore');
    expect(await notesBeside('已按你的选择读取“项目台账”，并保存在工作簿中。')).toEqual([DROPPED.zh]);
  });
});
