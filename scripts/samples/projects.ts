/** Generates the sample projects (deterministic): names, owners, places, amounts in 万元, dates, units. */
import { Random } from './random';
import {
  COMPANY_TAILS,
  COMPANY_WORDS,
  DOMAIN_COUNTS,
  DOMAINS,
  LEAD_BY_DOMAIN,
  LEADERS,
  NATURES,
  PLACES,
  POLICY_PROJECTS,
  PROBLEMS,
  PROGRESS,
  PROJECT_STEMS,
  STAGES,
  type Domain,
} from './vocabulary';

export interface YearMonth {
  year: number;
  month: number;
  day?: number;
}

export interface Project {
  name: string;
  owner: string;
  place: string;
  nature: string;
  content: string;
  domain: Domain;
  stage: string;
  total: number; // 万元
  planned: number; // 万元, 2023
  completed: number; // 万元, Jan-Oct 2023
  start: YearMonth;
  end: YearMonth;
  progress: string;
  problems: string;
  lead: string; // '' = blank, to be filled
  coop: string;
  leader: string;
  measure: number | null;
}

function owner(r: Random, domain: Domain): string {
  if (domain === '城镇基础设施' || domain === '交通')
    return r.pick(['区城发投', '漯河市源汇区城市发展投资有限公司', '区住建局', '区交通局']);
  if (domain === '社会事业') return r.pick(['区教体局', '区卫健委', '区民政局']);
  if (domain === '农林水利') return r.pick(['区农业农村局', '区水利局', '漯河市源汇区城市发展投资有限公司']);
  return `漯河${r.pick(COMPANY_WORDS)}${r.pick(COMPANY_TAILS)}`;
}

function place(r: Random, domain: Domain): string {
  if (domain === '工业')
    return r.pick(['沙澧高新技术产业开发区', '沙澧高新技术产业开发区', '空冢郭镇', '问十乡', '大刘镇', '阴阳赵镇']);
  if (domain === '服务业')
    return r.pick(['特色商业区', '源汇新区', '马路街街道', '顺河街街道', '老街街道', '干河陈街道']);
  return r.pick(PLACES);
}

function content(r: Random, domain: Domain): string {
  const area = r.int(2, 30) * 1000;
  if (domain === '工业')
    return `总建筑面积约${area}平方米，建设标准化厂房、研发楼及配套设施，购置生产设备${r.int(20, 200)}台（套）`;
  if (domain === '交通') return `改建道路${r.int(3, 25)}公里及附属设施`;
  if (domain === '城镇基础设施') return `改造面积约${area}平方米，涉及${r.int(200, 3000)}户，配套道路、管网、绿化等`;
  return `总建筑面积约${area}平方米，建设主体工程及配套设施`;
}

/** The lead unit the sample ledger shows; about a third are left blank for `taizhang fill`. */
function lead(r: Random, domain: Domain, policyLead?: string): string {
  if (r.chance(0.32)) return '';
  return policyLead ?? r.pick(LEAD_BY_DOMAIN[domain]);
}

function amounts(r: Random, domain: Domain): { total: number; planned: number; completed: number } {
  // About 40% of projects are 亿元以上 (10,000万元+); the big ones carry most of the year's investment.
  const big = r.chance(domain === '工业' ? 0.5 : 0.35);
  const total = Math.round((big ? r.logUniform(10000, 600000) : r.logUniform(2000, 9800)) / 10) * 10;
  const planned = Math.round((total * (0.2 + r.next() * 0.3)) / 10) * 10;
  const completed = Math.round((planned * (0.55 + r.next() * 0.45)) / 10) * 10;
  return { total, planned, completed };
}

export function generateProjects(seed: number): Project[] {
  const r = new Random(seed);
  const used = new Set<string>();
  const out: Project[] = [];
  const policyLeads: Record<number, string> = {
    2: '沙澧高新技术产业开发区、空冢郭镇',
    3: '沙澧高新技术产业开发区',
    4: '区生态循环经济产业园建设指挥部',
    5: '区文化旅游局',
  };
  for (const domain of DOMAINS) {
    const named = POLICY_PROJECTS.filter((p) => p.domain === domain);
    for (let i = 0; i < DOMAIN_COUNTS[domain]; i++) {
      const np = named[i];
      let name: string;
      let where: string;
      if (np) {
        name = np.name;
        where = np.place;
      } else {
        do {
          const at = place(r, domain);
          const town = at.replace(/(街道|高新技术产业开发区|新区|商业区)$/, '');
          name = `${domain === '工业' || domain === '服务业' ? r.pick(COMPANY_WORDS) : `源汇区${town}`}${r.pick(PROJECT_STEMS[domain])}`;
          where = at;
        } while (used.has(name));
      }
      used.add(name);
      const a = amounts(r, domain);
      const startYear = r.chance(0.4) ? 2022 : 2023;
      const start = {
        year: startYear,
        month: r.int(1, startYear === 2023 ? 9 : 12),
        day: r.chance(0.3) ? r.int(1, 28) : undefined,
      };
      const end = { year: r.pick([2023, 2024, 2024, 2025]), month: r.int(1, 12) };
      if (end.year === 2023 && end.month <= 10) end.month = 12;
      out.push({
        name,
        owner: owner(r, domain),
        place: where,
        nature: startYear === 2022 ? '续建' : r.pick(NATURES),
        content: content(r, domain),
        domain,
        stage: r.pick(STAGES),
        ...a,
        start,
        end,
        progress: r.pick(PROGRESS),
        problems: r.pick(PROBLEMS),
        lead: lead(r, domain, np ? policyLeads[np.measure] : undefined),
        coop: r.chance(0.1) ? r.pick(['区自然资源分局', '区住建局']) : '',
        leader: r.pick(LEADERS),
        measure: np ? np.measure : r.chance(0.6) ? (domain === '工业' ? (a.total >= 10000 ? 1 : null) : 6) : null,
      });
    }
  }
  return out;
}
