/** @jest-environment jsdom */
/**
 * Taizhang's own sheets (the summary sheets it writes, the issues list) are never read back as ledgers: otherwise
 * a second 生成汇总 would count the first one's totals again. The fake core reads every sheet but 说明 as a project
 * ledger, so without the filter these sheets would be picked up.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { gridFromRows } from '../../src/core/grid';
import { readLedgers } from '../../src/taskpane/state/ledgers';
import { planSummary } from '../../src/taskpane/state/summaryJob';
import { SummaryView } from '../../src/taskpane/views/SummaryView';
import { ValidateView } from '../../src/taskpane/views/ValidateView';
import { FakePort, PACK, SHEET_ROWS, fakeCore, renderView } from './fakes';

// The names the summary and issues sheets carry (worked out from the report module's output, written by hand here).
const OWN = ['目标完成情况', '分领域汇总', '分责任单位汇总', '分乡镇园区汇总', '三个一批', '措施落实情况', '校验问题'];

const afterSummary = () =>
  new FakePort([gridFromRows('项目台账', SHEET_ROWS), ...OWN.map((n) => gridFromRows(n, SHEET_ROWS))]);
const ctx = () => ({ signal: new AbortController().signal, onProgress: () => undefined });

describe('Taizhang’s own sheets are not ledgers', () => {
  it('readLedgers skips them, even when asked for them by name', async () => {
    const core = fakeCore();
    const port = afterSummary();
    expect((await readLedgers(core, port, PACK, ctx())).map((l) => l.sheet)).toEqual(['项目台账']);
    expect((await readLedgers(core, port, PACK, ctx(), ['项目台账', '目标完成情况'])).map((l) => l.sheet)).toEqual([
      '项目台账',
    ]);
    // none of them was even read
    expect((core.calls.readLedger as [{ name: string }][]).map(([g]) => g.name)).toEqual(['项目台账', '项目台账']);
  });

  it('planSummary sums the ledger only', async () => {
    const core = fakeCore();
    await planSummary(core, afterSummary(), PACK, ['项目台账', '分领域汇总'], '2023-10-31', ctx());
    expect((core.calls.computeSummary[0][0] as { source: string }[]).map((i) => i.source)).toEqual(['项目台账']);
  });

  it('生成汇总 offers only the ledger sheet after a summary was written', async () => {
    renderView(<SummaryView />, { port: afterSummary() });
    await waitFor(() => expect(screen.getByRole('checkbox', { name: '项目台账' })).toBeTruthy());
    expect(
      screen
        .getAllByRole('checkbox')
        .map(
          (c) =>
            c.getAttribute('aria-label') ??
            c.closest('label')?.textContent ??
            (c as HTMLInputElement).labels?.[0]?.textContent,
        ),
    ).toEqual(['项目台账']);
  });

  it('校验台账 checks only the ledger sheet', async () => {
    const { core } = renderView(<ValidateView />, { port: afterSummary() });
    await userEvent.click(screen.getByRole('button', { name: '校验台账' }));
    await waitFor(() => expect(screen.queryByRole('status')).toBeNull());
    expect((core.calls.validateLedger as [{ sheet: string }][]).map(([l]) => l.sheet)).toEqual(['项目台账']);
    expect(screen.getAllByRole('group', { name: /^识别结果：/ }).map((g) => g.getAttribute('aria-label'))).toEqual([
      '识别结果：项目台账',
    ]);
  });
});
