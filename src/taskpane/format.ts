/**
 * Figures as the pane shows them, one way everywhere: amounts in 亿元 with two decimals, or in 万元 when under
 * 1亿 ("8.24 亿元", "9,630 万元"); percentages whole or with one decimal; gaps in percentage points.
 */
import type { Lang } from './i18n';

const WAN_PER_YI = 10000;

function number(n: number, digits: number): string {
  return n.toLocaleString('zh-CN', { minimumFractionDigits: 0, maximumFractionDigits: digits });
}

/** An amount given in 万元. */
export function formatAmount(wan: number, lang: Lang = 'zh'): string {
  const sep = lang === 'en' ? ' ' : '';
  if (Math.abs(wan) >= WAN_PER_YI)
    return `${(wan / WAN_PER_YI).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}${sep}亿元`;
  return `${number(wan, 2)}${sep}万元`;
}

/** A figure in its target's unit: amounts through formatAmount, counts as whole numbers with the unit. */
export function formatInUnit(value: number, unit: string, lang: Lang = 'zh'): string {
  if (unit === '亿元') return formatAmount(value * WAN_PER_YI, lang);
  if (unit === '万元') return formatAmount(value, lang);
  if (unit === '元') return formatAmount(value / WAN_PER_YI, lang);
  return `${number(value, 2)}${lang === 'en' ? ' ' : ''}${unit}`;
}

/** 0.8333 → "83%", 0.004 → "0.4%". */
export function formatPercent(ratio: number): string {
  const p = ratio * 100;
  return `${number(p, Math.abs(p) < 10 && p !== 0 ? 1 : 0)}%`;
}

/** The distance between two ratios in percentage points, rounded to one decimal (always non-negative). */
export function percentPoints(a: number, b: number): string {
  return number(Math.round(Math.abs(a - b) * 1000) / 10, 1);
}
