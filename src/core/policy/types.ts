/**
 * The policy pack: everything the policy document decides, as data. Next year's document changes the pack,
 * not the code. The zod schema in schema.ts checks a pack at load and mirrors these types.
 */

export type { UnitEntry, UnitKind } from '../units/types';
import type { UnitEntry } from '../units/types';

export interface MeasureTarget {
  value: number;
  unit: string; // 个, 亿元, 万元, 万平方米, 条, 次/季度 ...
  text: string; // the wording around the number
}

export interface Measure {
  number: number;
  /** 一、加大项目推进力度 */
  section: string;
  /** （一）加快推动重大项目建设 (absent for sections without sub-sections) */
  subsection?: string;
  text: string;
  lead: string[];
  coop: string[];
  targets: MeasureTarget[];
}

export type TargetMetric = 'completed' | 'planned' | 'total' | 'count' | 'budget';

export interface Target {
  id: string; // stable: investment-2023, industrial-investment-2023, ...
  label: string; // Chinese label
  labelEn?: string;
  measure: number;
  value: number;
  unit: '亿元' | '万元' | '个';
  /** What is summed or counted. */
  metric: TargetMetric;
  /** Which ledger kind it is computed from. 'none' = not measurable from ledgers (e.g. a budget line). */
  ledger: 'project' | 'reserve' | 'none';
  /**
   * Row filter; amounts in 万元. `minTotal`: rows whose 总投资 is at least this (the default pack's 10000 is the
   * 亿元以上 line, parse/amountUnits PROJECT_1E8_MIN_TOTAL; a pack may set another).
   */
  filter?: { domain?: string[]; minTotal?: number; channel?: string[] };
  /** ISO date (YYYY-MM-DD) by which the target is due. */
  deadline: string;
  /** True when 序时进度 applies (a yearly flow like investment); false for stocks like a library size. */
  paced: boolean;
  /** "about" / "or more" wording of the document. */
  qualifier?: '以上' | '左右' | '';
  description: string;
}

export interface AssignmentRule {
  id: string;
  /** A few words for reasons shown to people: 措施12 · 储备项目有上级资金渠道. */
  label: string;
  description: string;
  /**
   * True when the policy itself binds the rows this rule picks out (places a measure names, e.g. 医疗器械城): a
   * filled cell naming none of its units is a conflict. False for the pack's own defaults (domain → bureau, the
   * catch-all of measure 6, channel → measure 12): they fill blanks and never conflict.
   */
  binding: boolean;
  /** Lower runs first; the first rule that matches a row wins. */
  priority: number;
  when: {
    measure?: number[]; // the row's 对应措施
    domain?: string[]; // 所属领域
    location?: string[]; // keywords in 建设地点 / 所属乡镇
    keywords?: string[]; // keywords in 项目名称 / 建设内容
    channel?: string[]; // 资金渠道 (reserve library)
  };
  /** Ledger kinds the rule applies to. */
  kinds: ('project' | 'reserve')[];
  lead: string[];
  coop: string[];
  /** The measure the rule comes from. */
  source?: number;
}

/** A value a ledger column must take (a domain, a funding channel): its name and the other spellings clerks use. */
export interface NamedValue {
  name: string;
  aliases: string[];
}

export interface PolicyPack {
  id: string; // yuanhui-2023
  version: number;
  document: { title: string; number: string; date: string; issuer?: string };
  measures: Measure[];
  units: UnitEntry[];
  /**
   * 所属领域: the domains the policy names (措施6 “聚焦工业、服务业…等 9 大领域”), in its order. Validation accepts
   * these (and their aliases) in 所属领域; the totals break down by them in this order.
   */
  domains: NamedValue[];
  /** 资金渠道: the funding channels of reserve libraries (措施12), checked in 资金渠道 and used by target filters. */
  channels: NamedValue[];
  targets: Target[];
  rules: AssignmentRule[];
  /** Status thresholds on actual / pace: >= ahead → ahead; >= onPace → on pace; else behind. */
  status: { ahead: number; onPace: number };
}

/** What `parsePolicyText` reads out of a policy document (the CLI's `policy parse` prints it). */
export interface ParsedPolicy {
  document: PolicyPack['document'];
  measures: Measure[];
  /** Every unit the measures name, with a guessed kind (canonical entries when a directory was given). */
  units: UnitEntry[];
  /** What the parser had to guess (a number the sequence implies, a measure with no lead), for the reviewer. */
  notes?: ParseNote[];
}

export interface ParseNote {
  kind: 'number-inferred' | 'renumbered' | 'no-lead';
  measure: number;
  zh: string;
  en: string;
}
