import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parsePolicyText } from '../../src/core/policy';
import { defaultPack } from '../../src/core/policy';
import { DOCUMENT_ALIASES, HAND_TABLE, HAND_TARGETS } from './handTable';
import { asciiVariant, lineBreakVariant } from './houseStyles';

const POLICY = path.resolve(__dirname, '../../../shared/policy/yuanhui-2023-5.md');
const text = readFileSync(POLICY, 'utf8');
const parsed = parsePolicyText(text);

describe('parsePolicyText on 源政办〔2023〕5号', () => {
  it('reads the document facts', () => {
    expect(parsed.document.number).toBe('源政办〔2023〕5号');
    expect(parsed.document.date).toBe('2023-02-08');
    expect(parsed.document.title).toBe('源汇区促进经济稳定持续向好扩大有效投资政策措施');
    expect(parsed.document.issuer).toBe('漯河市源汇区人民政府办公室');
  });

  it('finds all 26 measures, numbered 1..26 (12 included though it lost its number)', () => {
    expect(parsed.measures.map((m) => m.number)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
  });

  it.each(HAND_TABLE)('measure $number: section, lead and cooperating units match the hand table', (hand) => {
    const m = parsed.measures.find((x) => x.number === hand.number);
    expect(m).toBeDefined();
    expect(m?.section).toBe(hand.section);
    expect(m?.subsection).toBe(hand.subsection);
    expect(m?.lead).toEqual(hand.lead);
    expect(m?.coop).toEqual(hand.coop);
  });

  it('joins text across page breaks and leaves the responsibility clause out of the text', () => {
    const byNo = (n: number) => parsed.measures.find((m) => m.number === n)?.text ?? '';
    expect(byNo(2)).toContain('自毁式疫苗注射器生产及无针注射器扩建项目');
    expect(byNo(5)).toContain('特色文化旅游示范园区建设项目。');
    expect(byNo(12)).toMatch(/^积极争取上级政策资金。/);
    expect(byNo(12)).toContain('在政府专项债争取方面，建立 100 亿级项目库。');
    expect(byNo(16)).toContain('撬动社会资金共同设立房地产纾困基金');
    expect(byNo(23)).toMatch(/促进住房消费。鼓励房地产企业利用存量未开发土地/);
    for (const m of parsed.measures) {
      expect(m.text).not.toMatch(/牵头责任单位|配合/);
      expect(m.text).not.toMatch(/^\d/);
    }
  });

  it('extracts every numeric target (value and unit) of the hand list, and none elsewhere', () => {
    for (const m of parsed.measures) {
      expect([m.number, m.targets.map((t) => [t.value, t.unit])]).toEqual([m.number, HAND_TARGETS[m.number] ?? []]);
    }
    const m6 = parsed.measures.find((m) => m.number === 6);
    expect(m6?.targets[1].text).toBe('力争 2023 年全年完成投资 270 亿元以上');
  });

  it('lists every unit once with a guessed kind; collectives stay whole', () => {
    const names = parsed.units.map((u) => u.name);
    const expected = new Set(HAND_TABLE.flatMap((h) => [...h.lead, ...h.coop]));
    expect(new Set(names)).toEqual(expected);
    expect(names.length).toBe(expected.size);
    const kind = (n: string) => parsed.units.find((u) => u.name === n)?.kind;
    expect(kind('各乡镇、街道')).toBe('collective');
    expect(kind('各乡镇办园区')).toBe('collective');
    expect(kind('各街道')).toBe('collective');
    expect(kind('区法院')).toBe('court');
    expect(kind('空冢郭镇政府')).toBe('township');
    expect(kind('市自然资源和规划局源汇分局')).toBe('city-branch');
    expect(kind('区城发投')).toBe('company');
    expect(kind('区生态循环经济产业园建设指挥部')).toBe('command-centre');
    expect(kind('区万人助万企办公室')).toBe('command-centre');
    expect(kind('沙澧高新技术开发区')).toBe('park');
    expect(kind('区发展改革委')).toBe('bureau');
  });

  it('with a unit directory, gives canonical names (document variants become one unit)', () => {
    const withDir = parsePolicyText(text, { units: defaultPack().units });
    for (const hand of HAND_TABLE) {
      const m = withDir.measures.find((x) => x.number === hand.number);
      expect(m?.lead).toEqual(hand.lead.map((n) => DOCUMENT_ALIASES[n] ?? n));
      expect(m?.coop).toEqual(hand.coop.map((n) => DOCUMENT_ALIASES[n] ?? n));
    }
    const names = withDir.units.map((u) => u.name);
    expect(names).toContain('沙澧高新技术产业开发区');
    expect(names).not.toContain('沙澧高新技术开发区');
    expect(withDir.units.find((u) => u.name === '沙澧高新技术产业开发区')?.aliases).toContain('沙澧高新技术开发区');
  });
});

describe('源政办〔2023〕5号 as people paste it', () => {
  it.each([
    ['ASCII 标点', asciiVariant(text)],
    ['断行', lineBreakVariant(text)],
    ['ASCII 标点 + 断行', lineBreakVariant(asciiVariant(text))],
  ])('%s: the same 26 measures, units and targets', (_name, variant) => {
    const p = parsePolicyText(variant);
    expect(p.measures.map((m) => [m.number, m.section, m.subsection, m.lead, m.coop])).toEqual(
      HAND_TABLE.map((h) => [h.number, h.section, h.subsection, h.lead, h.coop]),
    );
    expect(p.measures.map((m) => [m.number, m.targets.map((t) => [t.value, t.unit])])).toEqual(
      p.measures.map((m) => [m.number, HAND_TARGETS[m.number] ?? []]),
    );
  });
});
