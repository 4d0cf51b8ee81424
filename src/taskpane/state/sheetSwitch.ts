/** What the pane says when the active sheet is not one the shown results are about. */
import type { I18n } from '../i18n';

/** null when the results cover the active sheet (or there are none); otherwise a notice that they belong to other sheets. */
export function sheetSwitchNotice(
  activeSheet: string,
  resultSheets: readonly string[],
  { t }: Pick<I18n, 't'>,
): string | null {
  if (resultSheets.length === 0 || resultSheets.includes(activeSheet)) return null;
  const quoted = (name: string) => t('sheetQuoted', { name });
  return t('sheetSwitched', { active: quoted(activeSheet), sheets: resultSheets.map(quoted).join(t('listSeparator')) });
}
