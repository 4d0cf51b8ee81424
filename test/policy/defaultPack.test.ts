import { readFileSync } from 'node:fs';
import path from 'node:path';
import { defaultPack, loadPolicyPack, parsePolicyText } from '../../src/core/policy';
import { UnitDirectory } from '../../src/core/units';
import shipped from '../../src/policies/yuanhui-2023.json';
import { DOCUMENT_ALIASES, HAND_TABLE } from './handTable';

const POLICY = path.resolve(__dirname, '../../../shared/policy/yuanhui-2023-5.md');
const pack = defaultPack();
const dir = new UnitDirectory(pack.units);
const canonical = (n: string) => DOCUMENT_ALIASES[n] ?? n;

describe('the shipped pack yuanhui-2023.json', () => {
  it('passes its own schema', () => {
    expect(() => loadPolicyPack(shipped)).not.toThrow();
    expect(pack.id).toBe('yuanhui-2023');
    expect(pack.document).toMatchObject({ number: '源政办〔2023〕5号', date: '2023-02-08' });
  });

  it('agrees with the hand table (after alias → canonical) on every measure', () => {
    expect(pack.measures.map((m) => m.number)).toEqual(HAND_TABLE.map((h) => h.number));
    for (const hand of HAND_TABLE) {
      const m = pack.measures.find((x) => x.number === hand.number);
      expect([hand.number, m?.lead, m?.coop, m?.section, m?.subsection]).toEqual([
        hand.number,
        hand.lead.map(canonical),
        hand.coop.map(canonical),
        hand.section,
        hand.subsection,
      ]);
    }
  });

  it('agrees with the parser on the text of 5号 (lead/coop resolved through its directory, text verbatim)', () => {
    const parsed = parsePolicyText(readFileSync(POLICY, 'utf8'));
    for (const m of parsed.measures) {
      const p = pack.measures.find((x) => x.number === m.number);
      expect(p?.text).toBe(m.text);
      expect(p?.lead).toEqual(m.lead.map((n) => dir.canonicalOf(n)));
      expect(p?.coop).toEqual(m.coop.map((n) => dir.canonicalOf(n)));
      expect(p?.targets).toEqual(m.targets);
    }
  });

  it('names only canonical units in measures and rules', () => {
    for (const m of pack.measures) {
      for (const n of [...m.lead, ...m.coop]) expect([n, dir.lookup(n)?.name]).toEqual([n, n]);
    }
    for (const r of pack.rules) {
      for (const n of [...r.lead, ...r.coop]) expect([r.id, n, dir.lookup(n)?.name]).toEqual([r.id, n, n]);
    }
  });

  it('carries every target of DESIGN.md with its stable id and aggregation', () => {
    const t = (id: string) => pack.targets.find((x) => x.id === id);
    expect(t('investment-2023')).toMatchObject({
      value: 270,
      unit: '亿元',
      metric: 'completed',
      ledger: 'project',
      paced: true,
      measure: 6,
      qualifier: '以上',
    });
    expect(t('industrial-investment-2023')).toMatchObject({
      value: 100,
      unit: '亿元',
      metric: 'completed',
      filter: { domain: ['工业'] },
      paced: true,
      measure: 7,
    });
    expect(t('projects-1e8-2023')).toMatchObject({
      value: 33,
      unit: '个',
      metric: 'count',
      ledger: 'project',
      filter: { minTotal: 10000 },
      measure: 1,
    });
    expect(t('major-projects-2023')).toMatchObject({
      value: 120,
      unit: '个',
      metric: 'count',
      qualifier: '左右',
      measure: 6,
    });
    expect(t('reserve-1e8')).toMatchObject({
      value: 50,
      unit: '个',
      metric: 'count',
      ledger: 'reserve',
      filter: { minTotal: 10000 },
      measure: 9,
    });
    const channels: [string, string, number][] = [
      ['library-central-budget', '中央预算内投资', 10],
      ['library-policy-finance', '政策性开发性金融工具', 10],
      ['library-manufacturing-loans', '制造业中长期贷款', 10],
      ['library-equipment-renewal', '设备购置与更新改造贴息', 10],
      ['library-special-bonds', '专项债券', 100],
    ];
    for (const [id, channel, value] of channels) {
      expect(t(id)).toMatchObject({
        value,
        unit: '亿元',
        metric: 'total',
        ledger: 'reserve',
        filter: { channel: [channel] },
        paced: false,
        measure: 12,
      });
    }
    expect(t('prep-fund')).toMatchObject({ value: 300, unit: '万元', ledger: 'none', measure: 13 });
    expect(pack.targets).toHaveLength(11);
    // On pace means at least m/12 of a yearly target by month m (issue: 序时进度); ahead is 10% past that.
    expect(pack.status).toEqual({ ahead: 1.1, onPace: 1 });
  });

  it('keeps the other numeric targets of the text on their measures', () => {
    const has = (n: number, value: number, unit: string) =>
      expect(pack.measures.find((m) => m.number === n)?.targets).toContainEqual(
        expect.objectContaining({ value, unit }),
      );
    has(2, 15, '万平方米');
    has(3, 10, '万平方米');
    has(3, 5, '个');
    has(19, 23, '条');
    has(21, 2, '个');
    has(10, 1, '次/季度');
  });

  it('has the assignment rules the measures call for', () => {
    const rule = (loc: string) =>
      pack.rules.find(
        (r) => r.when.location?.includes(loc) || r.when.keywords?.includes(loc) || r.when.domain?.includes(loc),
      );
    expect(rule('医疗器械城')).toMatchObject({
      lead: ['沙澧高新技术产业开发区', '空冢郭镇'],
      coop: ['区工信局', '区住建局'],
      source: 2,
    });
    expect(rule('智能制造谷')).toMatchObject({ lead: ['沙澧高新技术产业开发区'], source: 3 });
    expect(rule('生态循环经济产业园')).toMatchObject({ lead: ['区生态循环经济产业园建设指挥部'], source: 4 });
    expect(rule('文旅融合片区')).toMatchObject({ lead: ['区文化旅游局'], source: 5 });
    expect(rule('文化旅游')).toMatchObject({ lead: ['区文化旅游局'], source: 5 });
    expect(rule('保交楼')).toMatchObject({ lead: ['区住建局'] });
    expect(rule('工业')).toMatchObject({ lead: ['区工信局'] });
    const channel = pack.rules.find((r) => r.when.channel?.includes('专项债券'));
    expect(channel).toMatchObject({ lead: ['区发展改革委', '区财政局'], kinds: ['reserve'], source: 12 });
    const fallback = pack.rules.find((r) => r.id === 'default-project');
    expect(fallback).toMatchObject({ lead: ['区发展改革委'], when: {}, source: 6 });
    expect(Math.max(...pack.rules.map((r) => r.priority))).toBe(fallback?.priority);
  });

  it('hands out copies: editing one does not change the next', () => {
    const a = defaultPack();
    a.measures[0].lead.push('x');
    expect(defaultPack().measures[0].lead).toEqual(['区工信局']);
  });
});
