/**
 * The units of amount, in one place: ledgers write 万元 or 亿元 (sometimes 元); every figure inside the engine is
 * in 万元; the policy's targets are in 亿元. Everything that converts uses these.
 */
import type { AmountUnit } from '../header/types';

/** Multiply an amount in a unit by this to get 万元. */
export const TO_WAN: Record<AmountUnit, number> = { 万元: 1, 亿元: 10_000, 元: 0.0001 };

/**
 * 亿元以上项目 (DESIGN.md glossary): a project whose total investment is 1亿元 or more. The one line for the
 * totals' count (`projects1e8`, a documented JSON field), the breakdown sheets' 亿元以上项目个数 formulas and the
 * rows a 其中：亿元以上项目 subtotal covers. A pack target's `filter.minTotal` is the pack's own figure (the
 * default pack sets 10000, this line), not this constant.
 */
export const PROJECT_1E8_MIN_TOTAL = TO_WAN.亿元;

/** A total investment (万元) of 亿元以上 size. */
export function isProject1e8(totalWan: number): boolean {
  return totalWan >= PROJECT_1E8_MIN_TOTAL;
}

/** 万元 per unit of a figure whose unit is a free string (a target's unit): 1 for units that are not amounts. */
export function wanPerUnit(unit: string): number {
  return (TO_WAN as Record<string, number>)[unit] ?? 1;
}

/** 万元 → 亿元. */
export function wanToYi(wan: number): number {
  return wan / TO_WAN.亿元;
}
