/**
 * What reading the workbook's stored pack filled in (an older pack without domain/channel lists gets the
 * built-in ones), under the pack's name: the clerk learns which lists the checks and totals use.
 */
import type { PackLoadNote } from '../../core/policy/upgradePack';
import { useI18n } from '../i18n';
import { PlainMessageBar } from './PlainMessageBar';

export function PackNotes({ notes }: { notes: PackLoadNote[] | undefined }) {
  const { lang } = useI18n();
  if (!notes?.length) return null;
  return (
    <PlainMessageBar intent="info" data-testid="pack-notes">
      {notes.map((n) => n[lang]).join('；')}
    </PlainMessageBar>
  );
}
