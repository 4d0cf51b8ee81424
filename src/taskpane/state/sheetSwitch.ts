/** What the pane says when the active sheet is not one the shown results are about. */
import type { Lang } from '../i18n';

/**
 * null when the results cover the active sheet (or there are none); otherwise a notice that the results belong
 * to other sheets. Chinese first; kept here (not in i18n) because it names sheets in a sentence of its own.
 */
export function sheetSwitchNotice(activeSheet: string, resultSheets: readonly string[], lang: Lang): string | null {
  if (resultSheets.length === 0 || resultSheets.includes(activeSheet)) return null;
  const zhList = resultSheets.map((s) => `“${s}”`).join('、');
  const enList = resultSheets.map((s) => `"${s}"`).join(', ');
  return lang === 'zh'
    ? `当前工作表已切换为“${activeSheet}”。下面的校验结果属于${zhList}，不含当前工作表；如需检查“${activeSheet}”，请重新校验。`
    : `The active sheet is now "${activeSheet}". The results below belong to ${enList}, not to the active sheet; check again to include "${activeSheet}".`;
}
