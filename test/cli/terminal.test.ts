/** Terminal helpers: the progress bar only on a terminal, tables aligned by display width, --as-of checked. */
import { checkDate } from '../../src/cli/args';
import type { CliIO } from '../../src/cli/io';
import { Progress } from '../../src/cli/progress';
import { fmtNumber, fmtPercent, renderTable } from '../../src/cli/table';

function fakeIO(tty: boolean): CliIO & { raw: string[] } {
  const raw: string[] = [];
  return {
    lang: 'zh',
    out: () => undefined,
    err: () => undefined,
    errIsTTY: tty,
    writeErrRaw: (t) => raw.push(t),
    raw,
  };
}

test('the progress bar is drawn on a terminal and never elsewhere', () => {
  const tty = fakeIO(true);
  const p = new Progress(tty, 4, '校验');
  p.tick('已读取 a.xlsx');
  p.tick('已校验 a.xlsx');
  p.finish();
  expect(tty.raw).toHaveLength(3);
  expect(tty.raw[1]).toContain('2/4');
  expect(tty.raw[1]).toContain('█'.repeat(12) + '░'.repeat(12));
  const pipe = fakeIO(false);
  const q = new Progress(pipe, 4, '校验');
  q.tick('x');
  q.finish();
  expect(pipe.raw).toEqual([]);
});

test('tables align Chinese text by display width (two cells per character)', () => {
  const lines = renderTable(
    ['领域', '项目数'],
    [
      ['工业', '37'],
      ['城镇基础设施', '5'],
    ],
    [1],
  );
  // "城镇基础设施" is 12 cells wide, so the first column is 12 wide; numbers right-aligned under "项目数" (6 wide).
  expect(lines[0]).toBe('领域          项目数');
  expect(lines[1]).toBe('------------  ------');
  expect(lines[2]).toBe('工业              37');
  expect(lines[3]).toBe('城镇基础设施       5');
  expect(fmtNumber(2167530)).toBe('2,167,530');
  expect(fmtNumber(null)).toBe('—');
  expect(fmtPercent(0.80279)).toBe('80.3%');
});

test('--as-of must be a real YYYY-MM-DD date', () => {
  expect(checkDate('2023-10-31')).toBe('2023-10-31');
  expect(checkDate(undefined)).toBeUndefined();
  for (const bad of ['2023-02-29', '2023-13-01', '2023/10/31', '20231031', '2023-1-31'])
    expect(() => checkDate(bad)).toThrow(/YYYY-MM-DD/);
});
