/**
 * Generated documents: numbering style × attribution style × unit lists × target forms × punctuation × line
 * breaks, from a seeded random source, so the parser is checked on combinations nobody wrote by hand. The
 * expected reading is known by construction.
 */
import { parsePolicyText } from '../../src/core/policy';
import { asciiVariant, lineBreakVariant } from './houseStyles';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const NUMBERING: ((n: number) => string)[] = [
  (n) => `${n}.`,
  (n) => `${n}、`,
  (n) => `（${CN[n - 1]}）`,
  (n) => `第${CN[n - 1]}条 `,
  (n) => `${n}．`,
];
const UNITS = [
  '区发改局',
  '区财政局',
  '区住建局',
  '区工信局',
  '区商务局',
  '区教育局',
  '区卫健委',
  '区城管局',
  '区审改办',
  '区金融服务中心',
  '立山经济开发区',
  '区城发投',
];
const GROUPS = ['各乡镇、街道', '各街道', '区直各部门', '各乡镇办园区'];
const TARGETS: [string, [number, string]][] = [
  ['新建项目12个', [12, '个']],
  ['完成投资3.5亿元', [3.5, '亿元']],
  ['安排资金800万元', [800, '万元']],
  ['增长7.5%左右', [7.5, '%']],
  ['压减至10个工作日', [10, '个工作日']],
  ['盘活土地120亩', [120, '亩']],
  ['出台政策8条', [8, '条']],
  ['培育企业30家', [30, '家']],
  ['8月底前完成', [8, '月底前']],
];

interface Item {
  lead: string[];
  coop: string[];
  body: string;
  target?: [number, string];
}

type Attribution = (i: Item) => string;
const ATTRIBUTIONS: Attribution[] = [
  (i) => `（牵头责任单位：${i.lead.join('、')}${i.coop.length ? `；配合责任单位：${i.coop.join('、')}` : ''}）`,
  (i) => `\n牵头单位：${i.lead.join('、')}${i.coop.length ? `\n配合单位：${i.coop.join('、')}` : ''}`,
  (i) => `（${i.lead.join('、')}牵头${i.coop.length ? `，${i.coop.join('、')}配合` : ''}）`,
  (i) => `（${i.lead.join('、')}牵头${i.coop.length ? `，${i.coop.join('、')}按职责分工负责` : ''}）`,
  (i) => `\n牵头单位：${i.lead.join('、')}${i.coop.length ? `\n责任单位：${i.coop.join('，')}` : ''}`,
];

function pick<T>(r: () => number, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)];
}

function makeDoc(seed: number): { text: string; items: Item[] } {
  const r = rng(seed);
  const numbering = pick(r, NUMBERING);
  const attribution = pick(r, ATTRIBUTIONS);
  const count = 2 + Math.floor(r() * 8);
  const items: Item[] = [];
  for (let n = 1; n <= count; n++) {
    const pool = [...UNITS].sort(() => r() - 0.5);
    const lead = pool.slice(0, 1 + Math.floor(r() * 2));
    const coop = pool.slice(3, 3 + Math.floor(r() * 3));
    if (r() < 0.3) coop.push(pick(r, GROUPS));
    const t = r() < 0.8 ? pick(r, TARGETS) : undefined;
    items.push({
      lead,
      coop,
      body: `推进第${CN[n - 1]}项重点工作${t ? `，${t[0]}` : ''}。`,
      ...(t ? { target: t[1] } : {}),
    });
  }
  const lines = [
    '某区2025年重点工作任务',
    '一、重点任务',
    ...items.map((i, k) => `${numbering(k + 1)}${i.body}${attribution(i)}`),
  ];
  return { text: lines.join('\n'), items };
}

const SEEDS = Array.from({ length: 120 }, (_, i) => i + 1);

describe.each(SEEDS)('generated document %i', (seed) => {
  const { text, items } = makeDoc(seed);
  it.each([
    ['全角', text],
    ['ASCII', asciiVariant(text)],
    ['断行', lineBreakVariant(text)],
  ])('%s: every item, its units and its target', (_v, variant) => {
    const p = parsePolicyText(variant);
    expect(p.measures.map((m) => [m.number, m.lead, m.coop, m.targets.map((t) => [t.value, t.unit])])).toEqual(
      items.map((i, k) => [k + 1, i.lead, i.coop, i.target ? [i.target] : []]),
    );
  });
});

/** Province documents: the 省 written once per list, 和 before the last unit, 〔责任单位〕 with the first-listed rule. */
const ORGANS = [
  '发展改革委',
  '财政厅',
  '商务厅',
  '教育厅',
  '科技厅',
  '工业和信息化厅',
  '自然资源厅',
  '交通运输厅',
  '文化和旅游厅',
  '市场监管局',
];

function makeProvinceDoc(seed: number): { text: string; items: Item[] } {
  const r = rng(seed * 7919);
  const convention = r() < 0.5;
  const joined = r() < 0.5;
  const count = 2 + Math.floor(r() * 6);
  const items: Item[] = [];
  const lines: string[] = [
    '某省2025年扩大内需实施方案',
    ...(convention ? ['各项任务中排在第一位的为牵头单位。'] : []),
    '一、重点任务',
  ];
  let run = '';
  for (let n = 1; n <= count; n++) {
    const pool = [...ORGANS].sort(() => r() - 0.5).slice(0, 2 + Math.floor(r() * 3));
    const full = pool.map((o) => `省${o}`);
    // written: 省 on the first only; 和 before the last when there are three or more
    const written = pool.map((o, i) => (i === 0 ? `省${o}` : o));
    const list =
      written.length >= 3 ? `${written.slice(0, -1).join('、')}和省${pool[pool.length - 1]}` : written.join('、');
    const t = pick(r, TARGETS);
    const body = `推进第${CN[n - 1]}项任务，${t[0]}。`;
    const mode = r();
    let clause: string;
    let item: Item;
    if (mode < 0.5) {
      clause = `〔责任单位：${list}按职责分工负责〕`;
      item = convention ? { lead: full.slice(0, 1), coop: full.slice(1), body } : { lead: full, coop: [], body };
    } else {
      clause = `（${full[0]}牵头，${written.slice(1).join('、')}等相关部门按职责分工负责）`;
      item = { lead: full.slice(0, 1), coop: full.slice(1), body };
    }
    items.push({ ...item, target: t[1] });
    const line = `（${CN[n - 1]}）${body}${clause}`;
    if (joined) run += line;
    else lines.push(line);
  }
  if (joined) lines.push(run);
  return { text: lines.join('\n'), items };
}

describe.each(SEEDS.slice(0, 60))('generated province document %i', (seed) => {
  const { text, items } = makeProvinceDoc(seed);
  it.each([
    ['全角', text],
    ['ASCII', asciiVariant(text)],
    ['断行', lineBreakVariant(text)],
  ])('%s: shared 省, 和, first-listed rule', (_v, variant) => {
    const p = parsePolicyText(variant);
    expect(p.measures.map((m) => [m.number, m.lead, m.coop, m.targets.map((t) => [t.value, t.unit])])).toEqual(
      items.map((i, k) => [k + 1, i.lead, i.coop, i.target ? [i.target] : []]),
    );
  });
});
