/** @jest-environment jsdom */
/**
 * A workbook storing a pack from before domains/channels were pack fields: the pane's boot job reads it with the
 * built-in lists (the real core's readPolicyPack) and says so under the pack's name, Chinese or English; a pack
 * whose lists are there but wrong is still a load error.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import { defaultPack, readPolicyPack } from '../../src/core/policy';
import { App } from '../../src/taskpane/App';
import { FakePort, fakeCore } from './fakes';

function oldPackText(change: Record<string, unknown> = {}): string {
  const { domains: _d, channels: _c, ...old } = { ...defaultPack(), id: 'district-old' };
  return JSON.stringify({ ...old, ...change });
}

function renderWith(policyPack: string, lang: 'zh' | 'en' = 'zh') {
  const core = fakeCore({ defaultPack, readPolicyPack });
  const port = new FakePort(undefined, { policyPack, rules: {} });
  return {
    port,
    ...render(<App lang={lang} dark={false} host={{ kind: 'excel', port }} loadCore={async () => core} />),
  };
}

it('uses the older stored pack and says its lists are the built-in ones', async () => {
  const { container } = renderWith(oldPackText());
  const note = await screen.findByTestId('pack-notes');
  expect(note.textContent).toBe('政策包中没有所属领域/资金渠道列表（旧版政策包），已沿用内置政策包的列表');
  expect(screen.getByTestId('pack-in-use').textContent).toContain('源政办〔2023〕5号');
  await userEvent.click(screen.getByRole('tab', { name: '设置' }));
  expect((screen.getByRole('radio', { name: '工作簿中保存的政策包' }) as HTMLInputElement).checked).toBe(true);
  // Switched to the built-in pack, the note (about the stored one) goes; back, it returns.
  await userEvent.click(screen.getByRole('radio', { name: '内置：源政办〔2023〕5号' }));
  expect(screen.queryByTestId('pack-notes')).toBeNull();
  await userEvent.click(screen.getByRole('radio', { name: '工作簿中保存的政策包' }));
  expect(screen.getByTestId('pack-notes')).toBeTruthy();
  expect(await axe(container)).toHaveNoViolations();
});

it('says it in English when the pane is English', async () => {
  renderWith(oldPackText(), 'en');
  expect((await screen.findByTestId('pack-notes')).textContent).toMatch(/no domain and funding-channel lists/);
});

it('has no note for a current stored pack', async () => {
  renderWith(JSON.stringify({ ...defaultPack(), id: 'district-new' }));
  await screen.findByTestId('pack-in-use');
  expect(screen.queryByTestId('pack-notes')).toBeNull();
});

it('still refuses a stored pack whose list is there but empty (a load error naming the field)', async () => {
  renderWith(oldPackText({ domains: [], channels: defaultPack().channels }));
  await waitFor(() => expect(screen.getByText(/政策包字段 domains/)).toBeTruthy());
  expect(screen.queryByTestId('pack-notes')).toBeNull();
});
