import { WorkbookError } from '../../core/port/WorkbookPort';
import type { Lang } from '../i18n';

/** A failure as the user should read it: WorkbookError and PolicyPackError already carry Chinese text. */
export function errorMessage(e: unknown, lang: Lang): string {
  if (e instanceof WorkbookError) return lang === 'en' ? e.en : e.zh;
  if (e instanceof Error) return e.message;
  return String(e);
}
