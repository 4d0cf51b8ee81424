import { WorkbookError } from '../../core/port/WorkbookPort';
import type { Lang } from '../i18n';

/** A failure as the user should read it: WorkbookError and PolicyPackError already carry Chinese text. */
export function errorMessage(e: unknown, lang: Lang): string {
  if (e instanceof WorkbookError) return lang === 'en' ? e.en : e.zh;
  // PolicyTextError and the like carry their English beside the Chinese message.
  if (e instanceof Error && lang === 'en' && typeof (e as { en?: unknown }).en === 'string')
    return (e as unknown as { en: string }).en;
  if (e instanceof Error) return e.message;
  return String(e);
}
