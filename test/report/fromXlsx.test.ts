import { rmSync } from 'node:fs';
import { defaultPack } from '../../src/core/policy';
import { buildSummaryLayouts } from '../../src/core/report';
import { computeSummary } from '../../src/core/totals';
import { readFixtures, type ReadFixtures } from '../totals/xlsxFixtures';
import { agrees, evaluateLayouts, type Evaluated } from './evaluate';

describe('summary layouts over the .xlsx fixtures, evaluated by HyperFormula', () => {
  let r: ReadFixtures;
  let evaluated: Evaluated[];
  let shaded: number;
  beforeAll(async () => {
    r = await readFixtures();
    const pack = defaultPack();
    const summary = computeSummary(r.inputs, pack);
    const layouts = buildSummaryLayouts(summary, r.inputs, pack);
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

  test('messy cells (text numbers, "1.5亿", #REF!) fall back to values; the rest are live', () => {
    const live = evaluated.filter((e) => /SUMIFS|COUNTIFS/.test(e.cell.formula ?? '')).length;
    expect(shaded).toBeGreaterThan(0);
    expect(live).toBeGreaterThan(shaded);
  });
});
