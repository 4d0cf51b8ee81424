/**
 * Mapping generalises: 300 generated project ledgers, each with a random choice of the header forms units use for
 * each field, random column order, optional 投资情况 / 2023年 group headers. Every column must map to its field.
 */
import { gridFromRows, type CellValue, type MergeArea } from '../../src/core/grid';
import { detectHeader } from '../../src/core/header';
import type { FieldId } from '../../src/core/schema/types';

const FORMS: Partial<Record<FieldId, string[]>> = {
  seq: ['序号', '编号'],
  name: ['项目名称', '项目', '建设项目名称'],
  owner: ['建设单位', '项目业主', '实施主体', '业主单位'],
  location: ['建设地点', '所在乡镇', '项目所在地'],
  nature: ['建设性质', '项目性质'],
  content: ['建设内容', '建设规模', '主要建设内容', '建设规模及主要内容'],
  domain: ['所属领域', '行业', '行业领域'],
  stage: ['建设阶段', '项目进度阶段', '三个一批', '推进阶段'],
  total: ['总投资', '计划总投资', '估算总投资（亿元）', '总投资额', '项目总投资（万元）'],
  planned: ['年度计划投资', '2023年计划', '年度投资计划', '本年计划投资', '今年计划投资'],
  completed: ['1-9月完成', '截至9月底完成', '本年完成', '累计完成额', '完成投资（1-9月）', '已完成投资额'],
  rate: ['完成率', '投资完成率', '完成比例'],
  start: ['开工时间', '计划开工时间', '实际开工时间'],
  end: ['竣工时间', '计划竣工时间', '完工时间'],
  progress: ['形象进度', '工程进度', '工作推进情况', '项目进展'],
  problems: ['存在问题', '存在困难'],
  lead: ['牵头责任单位', '牵头单位', '责任单位', '主责单位'],
  coop: ['配合责任单位', '配合单位', '协办单位'],
  leader: ['包联领导', '责任领导', '县级包联领导'],
  remark: ['备注'],
};
/** Forms that read right only under a year group (计划 alone is an annual plan when 2023年 is above it). */
const UNDER_YEAR: Partial<Record<FieldId, string[]>> = {
  planned: ['计划', '计划投资'],
  completed: ['1-9月完成', '完成', '截至9月底完成'],
  rate: ['完成率'],
};

/** Deterministic pseudo-random numbers (mulberry32), so a failure names a seed that reproduces it. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Case {
  paths: string[][];
  fields: FieldId[];
}

function makeCase(seed: number): Case {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const fields = (Object.keys(FORMS) as FieldId[]).filter((f) => f === 'name' || f === 'total' || r() < 0.7);
  // The figures stay together, as ledgers keep them, so that a group header can span them.
  const figures: FieldId[] = ['total', 'planned', 'completed', 'rate'];
  const others = fields.filter((f) => !figures.includes(f)).sort(() => r() - 0.5);
  const figs = figures.filter((f) => fields.includes(f));
  const at = Math.floor(r() * (others.length + 1));
  const order = [...others.slice(0, at), ...figs, ...others.slice(at)];
  const yearGroup = r() < 0.5;
  const investGroup = r() < 0.5;
  const paths = order.map((f) => {
    const yearly = yearGroup && f !== 'total' && figures.includes(f);
    const own = yearly ? pick(UNDER_YEAR[f] as string[]) : pick(FORMS[f] as string[]);
    const path = [
      ...(investGroup && figures.includes(f) ? ['投资情况（万元）'] : []),
      ...(yearly ? ['2023年'] : []),
      own,
    ];
    return path;
  });
  return { paths, fields: order };
}

/** The header block written as a grid: one row per level, groups merged across, short paths merged down. */
function gridOf(c: Case) {
  const depth = Math.max(...c.paths.map((p) => p.length));
  const rows: CellValue[][] = Array.from({ length: depth }, () => c.paths.map(() => null));
  const merges: MergeArea[] = [];
  const groupKey = (i: number, r: number) =>
    i >= 0 && i < c.paths.length && r < c.paths[i].length - 1 ? c.paths[i].slice(0, r + 1).join('/') : null;
  for (let r = 0; r < depth; r++) {
    for (let i = 0; i < c.paths.length; i++) {
      const p = c.paths[i];
      if (r >= p.length) continue;
      const g = groupKey(i, r);
      if (g !== null && groupKey(i - 1, r) === g) continue;
      let right = i;
      while (g !== null && groupKey(right + 1, r) === g) right++;
      const bottom = g === null ? depth - 1 : r;
      rows[r][i] = p[r];
      if (right > i || bottom > r) merges.push({ top: r, left: i, bottom, right });
    }
  }
  rows.push(c.fields.map((f) => (['total', 'planned', 'completed'].includes(f) ? 100 : f === 'rate' ? 0.5 : '甲')));
  return gridFromRows('s', rows, { merges });
}

test('300 generated ledgers: every column maps to its field', () => {
  const failures: string[] = [];
  for (let seed = 1; seed <= 300; seed++) {
    const c = makeCase(seed);
    const h = detectHeader(gridOf(c));
    const got = c.paths.map((_, i) => h.columns.find((m) => m.col === i)?.field ?? null);
    const bad = c.fields.map((f, i) => (got[i] === f ? null : `${c.paths[i].join('›')}→${got[i]}`)).filter(Boolean);
    if (h.kind !== 'project' || bad.length) failures.push(`seed ${seed} (${h.kind}): ${bad.join('; ')}`);
  }
  expect(failures).toEqual([]);
});

/** Reserve libraries and measure task ledgers in the forms units use, columns in random order. */
const KIND_FORMS: Record<'reserve' | 'measure', { fields: Partial<Record<FieldId, string[]>>; always: FieldId[] }> = {
  reserve: {
    always: ['name', 'total', 'channel'],
    fields: {
      seq: ['序号'],
      name: ['项目名称', '项目'],
      domain: ['所属领域', '行业', '行业领域'],
      location: ['建设地点', '建设地址', '项目所在地'],
      total: ['总投资', '估算总投资（亿元）', '总投资（万元）', '计划总投资'],
      channel: ['资金渠道', '拟申报资金渠道', '申报渠道', '融资渠道', '资金来源'],
      progress: ['前期工作进展', '前期手续办理情况', '前期进展'],
      lead: ['牵头单位', '责任部门', '牵头责任单位'],
      coop: ['配合单位', '协办单位'],
      start: ['谋划时间', '入库时间'],
      remark: ['备注'],
    },
  },
  measure: {
    always: ['name', 'lead', 'status'],
    fields: {
      seq: ['序号'],
      measure: ['措施编号', '对应条款', '对应措施', '条款编号'],
      name: ['政策措施', '重点任务', '工作任务', '具体措施'],
      lead: ['牵头责任单位', '牵头单位', '责任单位'],
      coop: ['配合责任单位', '配合单位', '配合部门'],
      deadline: ['完成时限', '时限要求', '完成时间'],
      progress: ['进展情况', '推进情况', '工作进展', '落实情况'],
      status: ['完成状态', '状态'],
      remark: ['备注'],
    },
  },
};

test.each(['reserve', 'measure'] as const)('200 generated %s ledgers: every column maps to its field', (kind) => {
  const { fields, always } = KIND_FORMS[kind];
  const failures: string[] = [];
  for (let seed = 1; seed <= 200; seed++) {
    const r = rng(seed * 7919);
    const chosen = (Object.keys(fields) as FieldId[])
      .filter((f) => always.includes(f) || r() < 0.7)
      .sort(() => r() - 0.5);
    const headers = chosen.map((f) => (fields[f] as string[])[Math.floor(r() * (fields[f] as string[]).length)]);
    const h = detectHeader(gridFromRows('s', [headers, chosen.map((f) => (f === 'total' ? 100 : '甲'))]));
    const bad = chosen
      .map((f, i) =>
        h.columns.find((m) => m.col === i)?.field === f
          ? null
          : `${headers[i]}→${h.columns.find((m) => m.col === i)?.field ?? null}`,
      )
      .filter(Boolean);
    if (h.kind !== kind || bad.length) failures.push(`seed ${seed} (${h.kind}): ${bad.join('; ')}`);
  }
  expect(failures).toEqual([]);
});
