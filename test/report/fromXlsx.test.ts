import { rmSync } from 'node:fs';
import { defaultPack } from '../../src/core/policy';
import { buildSummaryLayouts } from '../../src/core/report';
import type { SheetLayout } from '../../src/core/report/types';
import { computeSummary } from '../../src/core/totals';
import { readFixtures, type ReadFixtures } from '../totals/xlsxFixtures';
import { agrees, evaluateLayouts, type Evaluated } from './evaluate';

describe('summary layouts over the .xlsx fixtures, evaluated by HyperFormula', () => {
  let r: ReadFixtures;
  let evaluated: Evaluated[];
  let shaded: number;
  let targetSheet: SheetLayout;
  beforeAll(async () => {
    r = await readFixtures();
    const pack = defaultPack();
    const summary = computeSummary(r.inputs, pack);
    const layouts = buildSummaryLayouts(summary, r.inputs, pack);
    targetSheet = layouts.find((l) => l.name === '目标完成情况')!;
    evaluated = evaluateLayouts(
      r.inputs.map((i) => i.ledger.grid),
      layouts,
    );
    shaded = layouts.flatMap((l) => l.cells).filter((c) => c.fill === '#FFF2CC' && typeof c.value === 'number').length;
  });
  afterAll(() => rmSync(r.fx.dir, { recursive: true, force: true }));

  test('every formula equals the engine figure', () => {
    const wrong = evaluated
      .filter((e) => !agrees(e))
      .map(
        (e) =>
          `${e.sheet}!R${e.cell.row + 1}C${e.cell.col + 1} ${e.cell.formula} → ${JSON.stringify(e.result)} ≠ ${JSON.stringify(e.cell.value)}`,
      );
    expect(wrong).toEqual([]);
  });

  test('a 资金渠道 typed as an alias (专项债) is counted by the live formula, over the name and each alias', () => {
    const label = targetSheet.cells.find((c) => c.value === '政府专项债券项目库')!;
    const actual = targetSheet.cells.find((c) => c.row === label.row && c.col === 4)!;
    expect(actual.fill).toBeUndefined(); // not the shaded engine value
    expect(actual.formula).toMatch(/"\*专项债券\*"/);
    expect(actual.formula).toMatch(/,"专项债"\)/);
    expect(actual.formula).not.toMatch(/"地方政府专项债券"/); // contains the name: already in "*专项债券*"
    const e = evaluated.find((x) => x.sheet === '目标完成情况' && x.cell === actual)!;
    expect(e.result).toBeCloseTo(4.2, 9); // 1.2 (专项债券) + 3 (专项债), the engine's figure
  });

  test('messy cells (text numbers, "1.5亿", #REF!) fall back to values; the rest are live', () => {
    const live = evaluated.filter((e) => /SUMIFS|COUNTIFS/.test(e.cell.formula ?? '')).length;
    expect(shaded).toBeGreaterThan(0);
    expect(live).toBeGreaterThan(shaded);
  });
});
