/**
 * Sheet titles read the way a district report is dated: 截至2023年10月31日, not an ISO date; and no English
 * words, "undefined", "NaN" or "[object Object]" anywhere in the Chinese summary sheets.
 */
import { buildSummaryLayouts } from '../../src/core/report';
import { computeSummary } from '../../src/core/totals';
import { defaultPack } from '../../src/core/policy';
import { sampleInputs } from '../totals/fixtures';

const pack = defaultPack();
const inputs = sampleInputs();
const layouts = buildSummaryLayouts(computeSummary(inputs, pack, '2023-10-31'), inputs, pack);

test('titles carry the as-of date in Chinese', () => {
  for (const l of layouts) {
    const title = l.cells.find((c) => c.row === 0 && c.col === 0)?.value;
    expect(String(title)).toContain('（截至2023年10月31日）');
  }
});

test('no placeholder or stray English text in the Chinese sheets', () => {
  for (const l of layouts) {
    for (const c of l.cells) {
      if (typeof c.value !== 'string') continue;
      expect(c.value).not.toMatch(/undefined|NaN|\[object Object\]|null/);
      // Words of three or more Latin letters (codes, English labels); "EOD" is the policy's own name and Excel
      // function names in a note are what a clerk types anyway.
      const english = c.value.replace(/EOD|HYPERLINK|COUNTIFS|SUMIFS|\.xlsx/g, '').match(/[A-Za-z]{3,}/g);
      expect([l.name, c.row, c.col, english]).toEqual([l.name, c.row, c.col, null]);
    }
  }
});
