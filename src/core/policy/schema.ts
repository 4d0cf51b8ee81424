import { z } from 'zod';
import type { PolicyPack } from './types';

/**
 * The policy pack's schema, mirroring types.ts field for field. Messages are Chinese because a district office
 * edits packs by hand; cross-field checks (duplicates, unknown units) live in checkPack.ts.
 */
const nonEmpty = z.string().trim().min(1, '不能为空');
const unitKind = z.enum([
  'bureau',
  'city-branch',
  'township',
  'street',
  'park',
  'company',
  'court',
  'command-centre',
  'collective',
]);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '应为 YYYY-MM-DD 格式的日期');

export const unitEntrySchema = z.strictObject({
  name: nonEmpty,
  kind: unitKind,
  aliases: z.array(nonEmpty),
  covers: z.array(unitKind).optional(),
  review: z.string().optional(),
});

export const namedValueSchema = z.strictObject({ name: nonEmpty, aliases: z.array(nonEmpty) });

export const measureTargetSchema = z.strictObject({
  value: z.number().finite(),
  unit: nonEmpty,
  text: z.string(),
});

export const measureSchema = z.strictObject({
  number: z.number().int().positive(),
  section: nonEmpty,
  subsection: nonEmpty.optional(),
  text: nonEmpty,
  // May be empty: a parsed measure without a named lead stays loadable, and the review table asks for one.
  lead: z.array(nonEmpty),
  coop: z.array(nonEmpty),
  targets: z.array(measureTargetSchema),
});

export const targetSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, '应为小写字母、数字和连字符组成的标识（如 investment-2023）'),
  label: nonEmpty,
  labelEn: z.string().optional(),
  measure: z.number().int().positive(),
  value: z.number().finite().positive(),
  unit: z.enum(['亿元', '万元', '个']),
  metric: z.enum(['completed', 'planned', 'total', 'count', 'budget']),
  ledger: z.enum(['project', 'reserve', 'none']),
  filter: z
    .strictObject({
      domain: z.array(nonEmpty).optional(),
      minTotal: z.number().finite().nonnegative().optional(),
      channel: z.array(nonEmpty).optional(),
    })
    .optional(),
  deadline: isoDate,
  paced: z.boolean(),
  qualifier: z.enum(['以上', '左右', '']).optional(),
  description: z.string(),
});

export const assignmentRuleSchema = z.strictObject({
  id: nonEmpty,
  label: nonEmpty,
  description: z.string(),
  binding: z.boolean(),
  priority: z.number().finite(),
  when: z.strictObject({
    measure: z.array(z.number().int().positive()).optional(),
    domain: z.array(nonEmpty).optional(),
    location: z.array(nonEmpty).optional(),
    keywords: z.array(nonEmpty).optional(),
    channel: z.array(nonEmpty).optional(),
  }),
  kinds: z.array(z.enum(['project', 'reserve'])).min(1, '至少适用于一种台账'),
  lead: z.array(nonEmpty),
  coop: z.array(nonEmpty),
  source: z.number().int().positive().optional(),
});

export const policyPackSchema = z.strictObject({
  id: nonEmpty,
  version: z.number().int().nonnegative(),
  document: z.strictObject({ title: nonEmpty, number: nonEmpty, date: isoDate, issuer: z.string().optional() }),
  measures: z.array(measureSchema).min(1, '至少要有一条措施'),
  units: z.array(unitEntrySchema).min(1, '单位名录不能为空'),
  domains: z.array(namedValueSchema).min(1, '所属领域列表（domains）不能为空：请按政策列出各领域'),
  channels: z.array(namedValueSchema).min(1, '资金渠道列表（channels）不能为空：请按政策列出各资金渠道'),
  targets: z.array(targetSchema),
  rules: z.array(assignmentRuleSchema),
  status: z.strictObject({ ahead: z.number().positive(), onPace: z.number().positive() }),
});

// Compile-time proof that the schema and types.ts agree both ways.
type Parsed = z.infer<typeof policyPackSchema>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const schemaMatchesTypes: Same<Parsed, PolicyPack> = true;
