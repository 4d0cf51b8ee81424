/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import type { IssueType } from '../../src/core/validate/types';
import { SettingsView } from '../../src/taskpane/views/SettingsView';
import { CATALOGUE, PACK, fakeCore, renderView } from './fakes';

describe('设置 view', () => {
  it('edits a target, switches a rule, changes a severity and saves them to the workbook', async () => {
    const { port, container, settings } = renderView(<SettingsView />);
    fireEvent.change(screen.getByLabelText('全年完成投资（亿元）'), { target: { value: '300' } });
    expect(settings().pack.targets.find((t) => t.id === 'investment-2023')?.value).toBe(300);
    await userEvent.click(screen.getByRole('switch', { name: '单位名称不规范 启用' }));
    await userEvent.selectOptions(screen.getByLabelText('类型错误 级别'), 'warning');
    await userEvent.click(screen.getByRole('button', { name: '保存到工作簿' }));
    await waitFor(() => expect(port.saved).toHaveLength(1));
    const saved = port.saved[0];
    expect(saved.rules).toEqual({ 'unknown-unit': { enabled: false }, 'type-error': { severity: 'warning' } });
    // an edited target makes the pack a workbook pack, stored as JSON
    expect(JSON.parse(saved.policyPack ?? 'null').targets[0].value).toBe(300);
    expect(screen.getByText('设置已保存到工作簿。')).toBeTruthy();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('takes only a target above 0: a cleared field or -5 leaves the target as it was and says why', async () => {
    const { settings } = renderView(<SettingsView />);
    const input = screen.getByLabelText('全年完成投资（亿元）');
    fireEvent.change(input, { target: { value: '' } });
    expect(settings().pack.targets.find((t) => t.id === 'investment-2023')?.value).toBe(270);
    expect(screen.getByText('请输入大于 0 的数字；未改动目标值。')).toBeTruthy();
    fireEvent.change(input, { target: { value: '-5' } });
    expect(settings().pack.targets.find((t) => t.id === 'investment-2023')?.value).toBe(270);
  });

  it('imports a pack from policy text', async () => {
    const { core, settings } = renderView(<SettingsView />);
    await userEvent.click(screen.getByRole('radio', { name: '从政策文本导入' }));
    await userEvent.type(screen.getByLabelText('政策文本'), '关于印发某某措施的通知');
    await userEvent.click(screen.getByRole('button', { name: '解析文本' }));
    await waitFor(() => expect(screen.getByText('已解析 0 条措施、0 个单位。')).toBeTruthy());
    expect(core.calls.parsePolicyText[0][0]).toBe('关于印发某某措施的通知');
    expect(settings().source).toBe('imported');
    expect(settings().pack.document.number).toBe('源政办〔2024〕1号');
    // targets are kept from the built-in pack
    expect(settings().pack.targets.map((t) => t.id)).toEqual(PACK.targets.map((t) => t.id));
  });

  it('shows a broken policy text as an error naming the problem (error state)', async () => {
    const core = fakeCore({
      loadPolicyPack: () => {
        throw new Error('政策包字段 measures[0].number 应为数字');
      },
    });
    const { container } = renderView(<SettingsView />, { core });
    await userEvent.click(screen.getByRole('radio', { name: '从政策文本导入' }));
    await userEvent.type(screen.getByLabelText('政策文本'), 'x');
    await userEvent.click(screen.getByRole('button', { name: '解析文本' }));
    await waitFor(() => expect(screen.getByText('政策包字段 measures[0].number 应为数字')).toBeTruthy());
    expect(await axe(container)).toHaveNoViolations();
  });

  it('has the workbook choice disabled when the workbook stores no pack (empty state)', async () => {
    const { container } = renderView(<SettingsView />, { core: fakeCore({ issueCatalogue: [] }) });
    expect((screen.getByRole('radio', { name: '工作簿中保存的政策包' }) as HTMLInputElement).disabled).toBe(true);
    expect(screen.queryAllByRole('switch')).toHaveLength(0);
    expect(await axe(container)).toHaveNoViolations();
  });

  it('lists a long rule catalogue (large result)', async () => {
    const many: IssueType[] = Array.from({ length: 80 }, (_, n) => ({ ...CATALOGUE[0], code: `rule-${n}`, title: { zh: `规则${n}`, en: `Rule ${n}` } }));
    const { container } = renderView(<SettingsView />, { core: fakeCore({ issueCatalogue: many }) });
    expect(screen.getAllByRole('switch')).toHaveLength(80);
    expect(await axe(container)).toHaveNoViolations();
  });
});
