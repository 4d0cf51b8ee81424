/**
 * A pack field path (measures[3].lead) in a clerk's words (措施 4 的牵头单位), so an error in a hand-edited
 * pack says which measure, target or unit is wrong, not only where in the JSON.
 */
const FIELD_WORDS: Record<string, string> = {
  number: '编号',
  section: '所属章节',
  subsection: '所属小节',
  text: '正文',
  lead: '牵头单位',
  coop: '配合单位',
  targets: '目标',
  name: '名称',
  kind: '类型',
  aliases: '别名',
  covers: '涵盖类型',
  review: '核对标记',
  id: '标识',
  label: '名称',
  value: '目标值',
  unit: '单位',
  metric: '统计口径',
  ledger: '台账类型',
  filter: '筛选条件',
  deadline: '截止日期',
  paced: '是否按序时',
  measure: '所属措施',
  when: '适用条件',
  source: '来源措施',
  priority: '优先级',
  title: '标题',
  date: '日期',
  issuer: '发文机关',
};

const LISTS: Record<string, (item: Record<string, unknown> | undefined, i: number) => string> = {
  measures: (m, i) => (typeof m?.number === 'number' ? `措施 ${m.number}` : `第 ${i + 1} 条措施`),
  units: (u, i) => (typeof u?.name === 'string' ? `单位“${u.name}”` : `单位名录第 ${i + 1} 项`),
  targets: (t, i) => (typeof t?.label === 'string' ? `目标“${t.label}”` : `第 ${i + 1} 个目标`),
  rules: (r, i) => (typeof r?.id === 'string' ? `分配规则“${r.id}”` : `第 ${i + 1} 条分配规则`),
  domains: (d, i) => (typeof d?.name === 'string' ? `领域“${d.name}”` : `所属领域列表第 ${i + 1} 项`),
  channels: (c, i) => (typeof c?.name === 'string' ? `资金渠道“${c.name}”` : `资金渠道列表第 ${i + 1} 项`),
};

const TOP_LEVEL: Record<string, string> = { domains: '所属领域列表', channels: '资金渠道列表' };

export function describeField(path: string, json: unknown): string {
  const m = /^(measures|units|targets|rules|domains|channels)\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (m) {
    const list = (json as Record<string, unknown> | null)?.[m[1]];
    const item = Array.isArray(list) ? (list[Number(m[2])] as Record<string, unknown> | undefined) : undefined;
    const owner = LISTS[m[1]](item && typeof item === 'object' ? item : undefined, Number(m[2]));
    return m[3] ? `${owner}${/\d$/.test(owner) ? ' ' : ''}的${FIELD_WORDS[m[3]] ?? m[3]}` : owner;
  }
  const d = /^document(?:\.(\w+))?/.exec(path);
  if (d) return d[1] ? `文件的${FIELD_WORDS[d[1]] ?? d[1]}` : '文件信息';
  return TOP_LEVEL[path] ?? '';
}
