/** src/core/validate/README.md's table stays true: every code, a rule file declaring it, a test that exists. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ISSUE_CODES } from '../../src/core/validate';

const dir = join(__dirname, '../../src/core/validate');
const rows = readFileSync(join(dir, 'README.md'), 'utf8')
  .split('\n')
  .filter((l) => /^\| [a-z]+(-[a-z]+)* \|/.test(l) && !l.startsWith('| code |'))
  .map((l) =>
    l
      .split('|')
      .map((c) => c.trim())
      .filter(Boolean),
  );

test('one row per catalogue code', () => {
  expect(rows.map((r) => r[0]).sort()).toEqual([...ISSUE_CODES].sort());
});

test.each(rows.map((r) => [r[0], r[1].split(' ')[0], r[2]]))(
  '%s: %s declares it, %s exists',
  (code, file, testFile) => {
    expect(readFileSync(join(dir, file), 'utf8')).toContain(`'${code}'`);
    expect(existsSync(join(__dirname, '../..', testFile))).toBe(true);
  },
);
