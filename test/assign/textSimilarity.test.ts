import { bigrams, normaliseForMatch, TextIndex } from '../../src/core/measure/textSimilarity';
import { MeasureMatcher } from '../../src/core/assign';
import { testPack } from './testPack';

const pack = testPack();
const index = new TextIndex(pack.measures.map((m) => ({ key: m.number, text: m.text })));

test('normalising drops punctuation, unit notes and boilerplate', () => {
  expect(normaliseForMatch('（牵头责任单位：区财政局）统筹预算资金３００万元。').replace(/\s+/g, '')).toBe(
    '统筹预算资金300万元',
  );
  expect(bigrams('保交楼，楼盘')).toEqual(['保交', '交楼', '楼盘']);
});

test("a measure's own text scores 1 against itself", () => {
  for (const m of pack.measures) {
    const top = index.rank(m.text)[0];
    expect({ n: m.number, top: top.key }).toEqual({ n: m.number, top: m.number });
    expect(top.sim.score).toBeCloseTo(1, 5);
  }
});

test('any measure cut to its first 20 characters still finds itself first', () => {
  for (const m of pack.measures) {
    const cut = Array.from(m.text).slice(0, 20).join('');
    expect({ n: m.number, top: index.rank(cut)[0].key }).toEqual({ n: m.number, top: m.number });
  }
});

test('unrelated work stays below the default threshold', () => {
  const matcher = new MeasureMatcher(pack.measures);
  for (const t of [
    '做好安全生产和消防检查工作',
    '推进老旧小区改造',
    '开展招商引资活动',
    '实施乡村振兴战略推进高标准农田建设',
    '完成全年统计任务',
  ]) {
    expect({ t, kind: matcher.match({ text: t }).kind }).toEqual({ t, kind: 'miss' });
  }
});

test('a tie between measures with different units proposes nothing; with the same units it does', () => {
  const matcher = new MeasureMatcher(pack.measures);
  const r = matcher.match({ text: '强化项目要素保障' }); // 1, 7, 8 alike, below threshold anyway
  expect(r.kind).toBe('miss');
  // 20 and 21 share both lead and cooperating units: a text close to both may still fill.
  const both = matcher.match({ text: '问题楼盘项目建设交付，化解问题楼盘' });
  expect(both.kind === 'match' && [20, 21].includes(both.measure.number)).toBe(true);
});
