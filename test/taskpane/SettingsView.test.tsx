/** @jest-environment jsdom */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axe } from 'jest-axe';
import type { IssueType } from '../../src/core/validate/types';
import { SettingsView } from '../../src/taskpane/views/SettingsView';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultPack, loadPolicyPack, parsePolicyText } from '../../src/core/policy';
import type { PolicyPack } from '../../src/core/policy/types';
import { DISTRICT_MEASURES, STREET_LIST } from '../policy/houseStyles';
import { CATALOGUE, fakeCore, renderView } from './fakes';

const POLICY = path.resolve(__dirname, '../../../shared/policy/yuanhui-2023-5.md');

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

  it('imports a pack from policy text: a review table, a fixed cell, then the pack saved into the workbook', async () => {
    const { port, settings, container } = renderView(<SettingsView />);
    await userEvent.click(screen.getByRole('radio', { name: '从政策文本导入' }));
    fireEvent.change(screen.getByLabelText('政策文本'), { target: { value: DISTRICT_MEASURES.text } });
    await userEvent.click(screen.getByRole('button', { name: '解析文本' }));
    await waitFor(() => expect(screen.getByRole('table', { name: '核对解析结果' })).toBeTruthy());
    // one row per measure, with the source sentence; nothing is in use until saved
    expect(screen.getAllByRole('row')).toHaveLength(1 + DISTRICT_MEASURES.items.length);
    expect(screen.getByText('推行企业开办“一日办结”，工程建设项目审批时限压缩至14个工作日以内。')).toBeTruthy();
    expect(screen.getByText('第 3 条原文没有编号，按前后顺序记为第 3 条，请核对')).toBeTruthy();
    expect(screen.getAllByText('推断')).toHaveLength(1); // on row 3 only
    expect(screen.getByText(/新单位，请核对：区政务服务局、/)).toBeTruthy();
    expect(settings().pack.id).toBe('test-pack');
    // fix a cell: item 4's cooperating units
    const cell = screen.getByLabelText('第 4 条配合单位');
    fireEvent.change(cell, { target: { value: '区商务局、区财政局' } });
    fireEvent.blur(cell);
    // and item 2's targets: the reviewer keeps only the land figure
    expect((screen.getByLabelText('第 2 条目标') as HTMLInputElement).value).toBe('4000万元、6亩');
    fireEvent.change(screen.getByLabelText('第 2 条目标'), { target: { value: '6亩' } });
    fireEvent.blur(screen.getByLabelText('第 2 条目标'));
    await userEvent.click(screen.getByRole('button', { name: '保存政策包到工作簿' }));
    await waitFor(() => expect(port.saved).toHaveLength(1));
    const saved = JSON.parse(port.saved[0].policyPack ?? 'null') as PolicyPack;
    expect(saved.measures.find((m) => m.number === 4)?.coop).toEqual(['区商务局', '区财政局']);
    expect(saved.measures.find((m) => m.number === 2)?.targets.map((g) => [g.value, g.unit])).toEqual([[6, '亩']]);
    expect(saved.measures.map((m) => m.lead)).toEqual([
      ['区政务服务局'],
      ['市自然资源和规划局源汇分局'],
      ['区财政局', '区金融服务中心'],
      ['区工信局'],
    ]);
    expect(saved.units.find((u) => u.name === '区商务局')?.review).toBe('新单位，请核对');
    expect(saved.units.find((u) => u.name === '区工信局')?.review).toBe('新单位，请核对');
    expect(settings().source).toBe('imported');
    expect(settings().workbookPack?.measures).toHaveLength(4);
    expect((screen.getByRole('radio', { name: '工作簿中保存的政策包' }) as HTMLInputElement).disabled).toBe(false);
    expect(screen.getByText('政策包已保存到工作簿（4 条措施）。')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('imports 源政办〔2023〕5号 itself over the built-in pack (it used to fail on 空冢郭镇政府)', async () => {
    const core = fakeCore({ defaultPack, loadPolicyPack });
    const { port } = renderView(<SettingsView />, { core });
    await userEvent.click(screen.getByRole('radio', { name: '从政策文本导入' }));
    fireEvent.change(screen.getByLabelText('政策文本'), { target: { value: readFileSync(POLICY, 'utf8') } });
    await userEvent.click(screen.getByRole('button', { name: '解析文本' }));
    await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(27));
    expect(screen.queryByText(/新单位/)).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: '保存政策包到工作簿' }));
    await waitFor(() => expect(port.saved).toHaveLength(1));
    expect(JSON.parse(port.saved[0].policyPack ?? 'null')).toEqual(defaultPack());
  });

  it('says in Chinese that a random text has no measures (no schema dump)', async () => {
    renderView(<SettingsView />);
    await userEvent.click(screen.getByRole('radio', { name: '从政策文本导入' }));
    await userEvent.type(screen.getByLabelText('政策文本'), '关于印发某某措施的通知');
    await userEvent.click(screen.getByRole('button', { name: '解析文本' }));
    await waitFor(() => expect(screen.getByText(/文本中没有识别出政策措施/)).toBeTruthy());
    expect(screen.queryByText(/measures|\[0\]|invalid/)).toBeNull();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows a pack that fails to load at save as an error naming the problem (error state)', async () => {
    const core = fakeCore({
      loadPolicyPack: () => {
        throw new Error('政策包字段 measures[0].number 应为数字');
      },
    });
    const { container, port } = renderView(<SettingsView />, { core });
    await userEvent.click(screen.getByRole('radio', { name: '从政策文本导入' }));
    fireEvent.change(screen.getByLabelText('政策文本'), { target: { value: STREET_LIST.text } });
    await userEvent.click(screen.getByRole('button', { name: '解析文本' }));
    await userEvent.click(await screen.findByRole('button', { name: '保存政策包到工作簿' }));
    await waitFor(() => expect(screen.getByText('政策包字段 measures[0].number 应为数字')).toBeTruthy());
    expect(port.saved).toHaveLength(0);
    expect(await axe(container)).toHaveNoViolations();
  });

  it('has the workbook choice disabled when the workbook stores no pack (empty state)', async () => {
    const { container } = renderView(<SettingsView />, { core: fakeCore({ issueCatalogue: [] }) });
    expect((screen.getByRole('radio', { name: '工作簿中保存的政策包' }) as HTMLInputElement).disabled).toBe(true);
    expect(screen.queryAllByRole('switch')).toHaveLength(0);
    expect(await axe(container)).toHaveNoViolations();
  });

  it('lists a long rule catalogue (large result)', async () => {
    const many: IssueType[] = Array.from({ length: 80 }, (_, n) => ({
      ...CATALOGUE[0],
      code: `rule-${n}`,
      title: { zh: `规则${n}`, en: `Rule ${n}` },
    }));
    const { container } = renderView(<SettingsView />, { core: fakeCore({ issueCatalogue: many }) });
    expect(screen.getAllByRole('switch')).toHaveLength(80);
    expect(await axe(container)).toHaveNoViolations();
  });
});

test('新单位已核对 clears the flags before saving (the review table passes axe)', async () => {
  const { port, container } = renderView(<SettingsView />);
  await userEvent.click(screen.getByRole('radio', { name: '从政策文本导入' }));
  fireEvent.change(screen.getByLabelText('政策文本'), { target: { value: STREET_LIST.text } });
  await userEvent.click(screen.getByRole('button', { name: '解析文本' }));
  expect(await screen.findByText(/新单位，请核对：街道城建办、各社区/)).toBeTruthy();
  expect(screen.getAllByText('新单位').length).toBeGreaterThan(0);
  expect(await axe(container)).toHaveNoViolations();
  // the guessed kind is shown and can be corrected: 街道城建办 is an office of the street, not a bureau
  expect((screen.getByLabelText('“各社区”的类型') as HTMLSelectElement).value).toBe('collective');
  await userEvent.selectOptions(screen.getByLabelText('“街道城建办”的类型'), 'street');
  await userEvent.click(screen.getByRole('button', { name: '新单位已核对' }));
  expect(screen.queryByText(/新单位，请核对/)).toBeNull();
  expect(screen.queryAllByText('新单位')).toHaveLength(0);
  await userEvent.click(screen.getByRole('button', { name: '保存政策包到工作簿' }));
  await waitFor(() => expect(port.saved).toHaveLength(1));
  const saved = JSON.parse(port.saved[0].policyPack ?? 'null') as PolicyPack;
  expect(saved.units.filter((u) => u.review)).toEqual([]);
  expect(saved.units.map((u) => u.name)).toContain('街道综治中心');
  expect(saved.units.find((u) => u.name === '街道城建办')?.kind).toBe('street');
});

test('re-importing the document of the pack in use keeps the targets edited in 设置', async () => {
  const core = fakeCore({ defaultPack, loadPolicyPack, parsePolicyText });
  const { port, settings } = renderView(<SettingsView />, { core });
  fireEvent.change(screen.getByLabelText('2023年全年完成投资（亿元）'), { target: { value: '280' } });
  expect(settings().pack.targets.find((t) => t.id === 'investment-2023')?.value).toBe(280);
  await userEvent.click(screen.getByRole('radio', { name: '从政策文本导入' }));
  fireEvent.change(screen.getByLabelText('政策文本'), { target: { value: readFileSync(POLICY, 'utf8') } });
  await userEvent.click(screen.getByRole('button', { name: '解析文本' }));
  await userEvent.click(await screen.findByRole('button', { name: '保存政策包到工作簿' }));
  await waitFor(() => expect(port.saved).toHaveLength(1));
  const saved = JSON.parse(port.saved[0].policyPack ?? 'null') as PolicyPack;
  expect(saved.targets.find((t) => t.id === 'investment-2023')?.value).toBe(280);
  expect(saved.measures).toEqual(defaultPack().measures);
});

test('a chosen .docx is read into the box and parsed into the review table; a wrong file gets a Chinese sentence', async () => {
  const { strToU8, zipSync } = await import('fflate');
  const paras = DISTRICT_MEASURES.text
    .trim()
    .split('\n')
    .map((l) => `<w:p><w:r><w:t>${l}</w:t></w:r></w:p>`)
    .join('');
  const bytes = zipSync({
    'word/document.xml': strToU8(`<w:document xmlns:w="x"><w:body>${paras}</w:body></w:document>`),
  });
  const { container } = renderView(<SettingsView />);
  await userEvent.click(screen.getByRole('radio', { name: '从政策文本导入' }));
  const input = screen.getByLabelText('选择政策文件') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([bytes], '营商环境措施.docx')] } });
  await waitFor(() => expect(screen.getAllByRole('row')).toHaveLength(1 + DISTRICT_MEASURES.items.length));
  expect((screen.getByLabelText('政策文本') as HTMLTextAreaElement).value).toContain('推行企业开办');
  expect(await axe(container)).toHaveNoViolations();
  fireEvent.change(input, {
    target: { files: [new File([zipSync({ 'xl/workbook.xml': strToU8('<w/>') })], '台账.xlsx')] },
  });
  await waitFor(() => expect(screen.getByText(/“台账.xlsx”不是 Word 文档/)).toBeTruthy());
});
