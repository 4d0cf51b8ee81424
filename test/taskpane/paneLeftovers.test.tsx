/** @jest-environment jsdom */
/** Two leftovers of the summary flow: cards after 撤销汇总表, and a damaged pack stored in the workbook. */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { App } from '../../src/taskpane/App';
import type { PolicyPack } from '../../src/core/policy/types';
import type { PaneHost } from '../../src/taskpane/state/host';
import { settingsFromStored, storedFromSettings } from '../../src/taskpane/state/packChoice';
import { SummaryView } from '../../src/taskpane/views/SummaryView';
import { FakePort, PACK, fakeCore, renderView } from './fakes';

describe('撤销汇总表', () => {
  it('takes the target cards and totals away with the sheets (they were of an undone summary)', async () => {
    renderView(<SummaryView />);
    await waitFor(() => expect(screen.getByRole('checkbox', { name: '项目台账' })).toBeTruthy());
    await userEvent.click(screen.getByRole('button', { name: '生成汇总' }));
    await screen.findByRole('list', { name: '目标进度' });
    expect(screen.getByText(/^项目 2 个/)).toBeTruthy();
    await userEvent.click(await screen.findByRole('button', { name: '撤销汇总表（2 张）' }));
    await screen.findByText('已撤销汇总表（2 张）。');
    expect(screen.queryByRole('list', { name: '目标进度' })).toBeNull();
    expect(screen.queryByText(/^项目 2 个/)).toBeNull();
  });
});

/** A pack the schema refuses: the real loader's check is stood in for by one that throws as it does. */
const refuseWithoutTargets = (json: unknown) => {
  if (!(json as PolicyPack).targets) throw new Error('政策包字段 targets 有误：缺少');
  return json as PolicyPack;
};
const refusing = () =>
  fakeCore({
    loadPolicyPack: refuseWithoutTargets,
    readPolicyPack: (json: unknown) => ({ pack: refuseWithoutTargets(json), notes: [] }),
  });

describe('a damaged pack stored in the workbook', () => {
  it.each([
    ['not JSON', '{"id": "x", '],
    ['not a pack', '{"id": "x"}'],
  ])('(%s) is announced and the built-in pack used; the pane goes on', async (_, text) => {
    const port = new FakePort(undefined, { policyPack: text, rules: {} });
    const host: PaneHost = { kind: 'excel', port };
    const { container } = render(<App lang="zh" dark={false} host={host} loadCore={async () => refusing()} />);
    const note = await screen.findByTestId('pack-damaged');
    expect(note.textContent).toMatch(/^工作簿中保存的政策包已损坏，无法使用（.+），已改用内置政策包。/);
    expect(screen.getByTestId('pack-in-use').textContent).toBe(`政策包：${PACK.document.number}`);
    expect(screen.getAllByRole('tab')).toHaveLength(5);
    await userEvent.click(screen.getAllByRole('button', { name: '校验台账' })[0]);
    await screen.findByRole('button', { name: /D4 的牵头责任单位为空/ });
    expect(await axe(container)).toHaveNoViolations();
  });

  it('is kept as it was when other settings are saved (the file is the office’s)', () => {
    const core = refusing();
    const text = '{"id": "x"}';
    const s = settingsFromStored(core, { policyPack: text, rules: {} });
    expect(s.source).toBe('builtin');
    expect(s.damagedPack?.text).toBe(text);
    expect(storedFromSettings(s, 'zh').policyPack).toBe(text);
    // a good stored pack is read as before
    const good = settingsFromStored(core, { policyPack: JSON.stringify(PACK), rules: {} });
    expect(good.source).toBe('workbook');
    expect(good.damagedPack).toBeUndefined();
  });
});
