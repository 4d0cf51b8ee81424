/** @jest-environment jsdom */
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ExcelJS from 'exceljs';
import { App } from '../../src/taskpane/App';
import { makeI18n, STRINGS, type StringKey } from '../../src/taskpane/i18n';
import type { PaneHost } from '../../src/taskpane/state/host';
import { sheetSwitchNotice } from '../../src/taskpane/state/sheetSwitch';
import { useActiveSheet } from '../../src/taskpane/state/useActiveSheet';
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';
import { FakePort, fakeCore } from './fakes';

function excelLike(port: FakePort): PaneHost {
  return { kind: 'excel', port };
}

const STALE =
  '当前工作表已切换为“汇总表”。下面的校验结果属于“项目台账”，不含当前工作表；如需检查“汇总表”，请重新校验。';

describe('the pane follows the active sheet (port.onActiveSheetChanged)', () => {
  it('marks results as another sheet’s when the user switches, drops the old selection, and unmarks on return', async () => {
    const port = new FakePort();
    render(<App lang="zh" dark={false} host={excelLike(port)} loadCore={async () => fakeCore()} />);
    await userEvent.click(await screen.findByRole('button', { name: '校验台账' }));
    const issue = await screen.findByRole('button', { name: /D4 的牵头责任单位为空/ });
    await userEvent.click(issue);
    await waitFor(() => expect(issue.getAttribute('aria-pressed')).toBe('true'));
    expect(port.activeListeners.size).toBe(1);

    act(() => port.activate('汇总表'));
    expect(await screen.findByText(STALE)).toBeTruthy();
    // the results are still there, but the selected issue (on the old sheet) is not selected any more
    expect(screen.getByText('共 2 个问题')).toBeTruthy();
    expect(screen.getByRole('button', { name: /D4 的牵头责任单位为空/ }).getAttribute('aria-pressed')).toBe('false');

    act(() => port.activate('项目台账'));
    await waitFor(() => expect(screen.queryByText(STALE)).toBeNull());
  });

  it('unsubscribes when the pane goes away', async () => {
    const port = new FakePort();
    const { unmount } = render(<App lang="zh" dark={false} host={excelLike(port)} loadCore={async () => fakeCore()} />);
    await screen.findByRole('button', { name: '校验台账' });
    expect(port.activeListeners.size).toBe(1);
    unmount();
    expect(port.activeListeners.size).toBe(0);
  });
});

describe('useActiveSheet', () => {
  it('starts from activeSheet() and follows the event; a port without the event keeps the first answer', async () => {
    const port = new FakePort();
    const { result } = renderHook(() => useActiveSheet(port));
    await waitFor(() => expect(result.current).toBe('项目台账'));
    act(() => port.activate('说明'));
    expect(result.current).toBe('说明');

    const plain = new FakePort();
    const bare = { ...plain, activeSheet: () => plain.activeSheet(), onActiveSheetChanged: undefined };
    const r2 = renderHook(() => useActiveSheet(bare as unknown as FakePort));
    await waitFor(() => expect(r2.result.current).toBe('项目台账'));
  });

  it('an event before the first read wins over it', async () => {
    const port = new FakePort();
    let answer: (s: string) => void = () => undefined;
    port.activeSheet = () => new Promise<string>((r) => (answer = r));
    const { result } = renderHook(() => useActiveSheet(port));
    act(() => port.activate('汇总表'));
    await act(async () => answer('项目台账'));
    expect(result.current).toBe('汇总表');
  });
});

describe('sheetSwitchNotice', () => {
  it('is null when the results include the active sheet or there are none', () => {
    expect(sheetSwitchNotice('项目台账', ['项目台账', '资金台账'], makeI18n('zh'))).toBeNull();
    expect(sheetSwitchNotice('汇总表', [], makeI18n('zh'))).toBeNull();
  });

  it('says it in Chinese, or in English', () => {
    expect(sheetSwitchNotice('汇总表', ['项目台账'], makeI18n('zh'))).toBe(STALE);
    expect(sheetSwitchNotice('汇总表', ['项目台账', '工业项目'], makeI18n('zh'))).toBe(
      '当前工作表已切换为“汇总表”。下面的校验结果属于“项目台账”、“工业项目”，不含当前工作表；如需检查“汇总表”，请重新校验。',
    );
    expect(sheetSwitchNotice('Sum', ['A', 'B'], makeI18n('en'))).toBe(
      'The active sheet is now "Sum". The results below belong to "A", "B", not to the active sheet; check again to include "Sum".',
    );
  });

  it('takes every word from the i18n tables (zh.ts / en.ts), none from its own code', () => {
    // A stand-in translation that echoes keys and slots: any text not from t() would show up in the result.
    const t = (key: StringKey, p: Record<string, string | number> = {}) =>
      `<${key}${Object.entries(p)
        .map(([k, v]) => ` ${k}=${v}`)
        .join('')}>`;
    expect(sheetSwitchNotice('S', ['A', 'B'], { t })).toBe(
      '<sheetSwitched active=<sheetQuoted name=S> sheets=<sheetQuoted name=A><listSeparator><sheetQuoted name=B>>',
    );
    expect(STRINGS.zh.sheetSwitched).toContain('{sheets}');
    expect(STRINGS.en.sheetSwitched).toContain('{sheets}');
  });
});

describe('XlsxWorkbook.onActiveSheetChanged (outside Office)', () => {
  it('fires when selectCell moves to another sheet, not for the same sheet, and stops when unsubscribed', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('项目台账');
    wb.addWorksheet('问题清单');
    // jsdom has no TextDecoder (browsers and Node do); the .xlsx reader needs one when its module loads.
    Object.assign(globalThis, {
      TextDecoder: globalThis.TextDecoder ?? NodeTextDecoder,
      TextEncoder: globalThis.TextEncoder ?? NodeTextEncoder,
    });
    const { XlsxWorkbook } = await import('../../src/xlsx/XlsxWorkbook');
    const port = await XlsxWorkbook.fromBuffer(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const seen: string[] = [];
    const stop = port.onActiveSheetChanged((s) => seen.push(s));
    await port.selectCell('项目台账', 'A1'); // already active
    await port.selectCell('问题清单', 'B2');
    await port.selectCell('问题清单', 'C3');
    expect(seen).toEqual(['问题清单']);
    stop();
    await port.selectCell('项目台账', 'A1');
    expect(seen).toEqual(['问题清单']);
  });
});
