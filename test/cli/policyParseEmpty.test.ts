/**
 * `policy parse` on a text with no numbered measures (the wrong file, an empty file) must not print an empty
 * "文号：，日期：" report and succeed: it says what it looked for and exits 2, stdout empty (also with --json).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './fixtures';
import { runCli } from './runCli';

test.each([
  ['空文件.md', ''],
  ['会议通知.md', '关于召开项目推进会的通知\n\n请各单位于周五上午九点到区政府三楼会议室参会。\n'],
])('%s: exit 2 with a Chinese line naming the file and what a measure looks like', async (name, text) => {
  const dir = tempDir();
  const path = join(dir, name);
  writeFileSync(path, text, 'utf8');
  for (const args of [
    ['policy', 'parse', path],
    ['policy', 'parse', path, '--json'],
  ]) {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`“${name}”中没有识别出政策措施`);
    expect(r.stderr).toContain('牵头责任单位');
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  }
});
