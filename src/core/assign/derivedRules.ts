/**
 * Assignment rules derived from the measures, used when a pack carries no rules of its own.
 * The conditions are data read off the policy text; the units come from the source measure in the pack,
 * so a pack with different units for the same measure numbers stays consistent.
 */
import type { AssignmentRule, PolicyPack } from '../policy/types';

interface RuleSpec {
  id: string;
  description: string;
  priority: number;
  when: AssignmentRule['when'];
  source: number;
}

const ALL_KINDS: AssignmentRule['kinds'] = ['project', 'reserve'];

/** Read off 源政办〔2023〕5号: where the document ties a place, a subject, a channel or a domain to units. */
export const DERIVED_RULE_SPECS: readonly RuleSpec[] = [
  { id: 'location-medical-device-city', description: '建设地点在医疗器械城', priority: 10, when: { location: ['医疗器械城'] }, source: 2 },
  { id: 'location-smart-manufacturing-valley', description: '建设地点在智能制造谷', priority: 10, when: { location: ['智能制造谷'] }, source: 3 },
  { id: 'location-eod-park', description: '建设地点在生态循环经济（EOD）产业园', priority: 10, when: { location: ['生态循环经济产业园', 'EOD'] }, source: 4 },
  { id: 'location-culture-tourism', description: '建设地点在文旅融合片区', priority: 10, when: { location: ['文旅融合片区', '特色文化旅游示范园区'] }, source: 5 },
  { id: 'keywords-problem-property', description: '项目涉及问题楼盘、保交楼', priority: 20, when: { keywords: ['问题楼盘', '保交楼', '逾期难交付'] }, source: 20 },
  { id: 'keywords-housing', description: '项目涉及房地产、安置房', priority: 21, when: { keywords: ['房地产', '安置房', '商品房'] }, source: 19 },
  {
    id: 'channel-funding-libraries',
    description: '资金渠道为上级政策资金（中央预算内、专项债券、政策性开发性金融工具、制造业中长期贷款、设备购置与更新改造贴息）',
    priority: 30,
    when: { channel: ['中央预算内', '专项债', '政策性开发性金融工具', '制造业中长期贷款', '设备购置与更新改造贴息'] },
    source: 12,
  },
  { id: 'domain-industry', description: '所属领域为工业', priority: 40, when: { domain: ['工业'] }, source: 1 },
  { id: 'default-major-projects', description: '九大领域重大项目（默认）', priority: 90, when: {}, source: 6 },
];

/** Rules for the pack: its own when it has some, else the derived ones for measures the pack has. */
export function effectiveRules(pack: PolicyPack): AssignmentRule[] {
  if (pack.rules.length > 0) return pack.rules;
  const out: AssignmentRule[] = [];
  for (const spec of DERIVED_RULE_SPECS) {
    const m = pack.measures.find((x) => x.number === spec.source);
    if (!m) continue;
    out.push({
      id: spec.id,
      description: spec.description,
      priority: spec.priority,
      when: spec.when,
      kinds: ALL_KINDS,
      lead: m.lead,
      coop: m.coop,
      source: spec.source,
    });
  }
  return out;
}
