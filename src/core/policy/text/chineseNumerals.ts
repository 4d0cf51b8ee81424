/**
 * The policy text reader's view of the core's one numeral parser (src/core/parse/chineseNumber.ts):
 * NaN rather than undefined when the text is not a number, as the readers here test with Number.isNaN.
 */
import { chineseNumber as parseNumeral } from '../../parse/chineseNumber';

export function chineseNumber(text: string): number {
  return parseNumeral(text) ?? NaN;
}
