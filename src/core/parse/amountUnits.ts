/**
 * The units of amount, in one place: ledgers write 万元 or 亿元 (sometimes 元); every figure inside the engine is
 * in 万元; the policy's targets are in 亿元. Everything that converts uses these.
 */
import type { AmountUnit } from '../header/types';

/** Multiply an amount in a unit by this to get 万元. */
export const TO_WAN: Record<AmountUnit, number> = { 万元: 1, 亿元: 10_000, 元: 0.0001 };

/** 1亿元 in 万元: the line for 亿元以上项目 (a project of 1亿元 or more). */
export const YI_IN_WAN = TO_WAN.亿元;

/** 万元 per unit of a figure whose unit is a free string (a target's unit): 1 for units that are not amounts. */
export function wanPerUnit(unit: string): number {
  return (TO_WAN as Record<string, number>)[unit] ?? 1;
}

/** 万元 → 亿元. */
export function wanToYi(wan: number): number {
  return wan / YI_IN_WAN;
}
