/**
 * The words for the values a user reads both in the CLI and in the pane (and on the sheets we write): ledger
 * kinds, severities, target statuses, how a column was mapped, what a fill does to a cell. One set, Chinese first, so the two cannot drift
 * (they once said 非台账 and 未识别 for the same sheet).
 *
 * English is kept in its running-text form ("Sheet "x" is a project ledger", "[error]"); a label that stands on
 * its own (a badge, a card caption) capitalises it: `labelOf`. Chinese has no case, so both forms are one word.
 */
import type { CellEdit } from '../assign/types';
import type { MappingHow } from '../header/types';
import type { LedgerKind } from '../schema/types';
import type { TargetStatus } from '../totals/types';
import type { Lang, Localised, Severity } from '../validate/catalogue/shape';
import { SEVERITIES } from '../validate/issueCounts';

/** One value's words; `enMany` is the English plural where a count precedes it ("2 errors"). */
export interface Words extends Localised {
  enMany?: string;
}

export const LEDGER_KIND_WORDS: Readonly<Record<LedgerKind | 'unknown', Words>> = {
  project: { zh: '项目台账', en: 'project ledger' },
  reserve: { zh: '储备项目库', en: 'reserve library' },
  measure: { zh: '措施任务台账', en: 'measure task ledger' },
  // Not "非台账": the sheet may well be a ledger whose columns we did not recognise.
  unknown: { zh: '未识别', en: 'not recognised' },
};

export const SEVERITY_WORDS: Readonly<Record<Severity, Words>> = {
  error: { zh: '错误', en: 'error', enMany: 'errors' },
  warning: { zh: '警告', en: 'warning', enMany: 'warnings' },
  info: { zh: '提示', en: 'info', enMany: 'info' },
};

/** The words for a target's status: the summary sheets (their formulas compare against the Chinese), CLI, pane. */
export const TARGET_STATUS_WORDS: Readonly<Record<TargetStatus, Words>> = {
  ahead: { zh: '超序时', en: 'ahead' },
  'on-pace': { zh: '达序时', en: 'on pace' },
  behind: { zh: '滞后', en: 'behind' },
  done: { zh: '已完成', en: 'done' },
  open: { zh: '进行中', en: 'in progress' },
  'no-data': { zh: '无数据', en: 'no data' },
};

/** How a column came to its field; {score} is the percentage for a match by words. */
export const MAPPING_HOW_WORDS: Readonly<Record<MappingHow, Words>> = {
  exact: { zh: '列名一致', en: 'exact name' },
  scored: { zh: '按列名词语匹配 {score}%', en: 'by header words, {score}%' },
  user: { zh: '手动指定', en: 'set by hand' },
};

/** What a proposed unit edit does to its cell (the pane's badge on each edit, the CLI's fill counts). */
export const EDIT_KIND_WORDS: Readonly<Record<CellEdit['kind'], Words>> = {
  fill: { zh: '补填', en: 'fill' },
  normalise: { zh: '规范名称', en: 'normalise' },
  overwrite: { zh: '改写', en: 'overwrite' },
};

/** The word in running text (and for a count of `n`, the plural where English has one). */
export function wordOf(words: Words, lang: Lang, n = 1): string {
  if (lang === 'zh') return words.zh;
  return n !== 1 && words.enMany ? words.enMany : words.en;
}

/** The word as a label standing on its own: English capitalised ("Project ledger", "Errors"). */
export function labelOf(words: Words, lang: Lang, n = 1): string {
  const w = wordOf(words, lang, n);
  return lang === 'zh' ? w : w.charAt(0).toUpperCase() + w.slice(1);
}

/** "错误 2 条，警告 0 条，提示 1 条" / "2 errors, 0 warnings, 1 info": the counts as the CLI and the issues sheet say them. */
export function severityCountsText(counts: Readonly<Record<Severity, number>>, lang: Lang): string {
  if (lang === 'zh') return SEVERITIES.map((s) => `${SEVERITY_WORDS[s].zh} ${counts[s]} 条`).join('，');
  return SEVERITIES.map((s) => `${counts[s]} ${wordOf(SEVERITY_WORDS[s], 'en', counts[s])}`).join(', ');
}

/** "按列名词语匹配 80%": how a column came to its field, with the score filled in (confidence 0..1). */
export function mappingHowText(how: MappingHow, confidence: number, lang: Lang, asLabel = false): string {
  const w = (asLabel ? labelOf : wordOf)(MAPPING_HOW_WORDS[how], lang);
  return w.replace('{score}', String(Math.round(confidence * 100)));
}
