/**
 * The pack in use, named on every tab (it was named only in 设置), with what reading the workbook's stored pack
 * filled in (an older pack's lists) while that pack is in use.
 */
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useI18n } from '../i18n';
import { PackNotes } from './PackNotes';
import type { PaneSettings } from '../state/packChoice';

const useStyles = makeStyles({ pack: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' } });

export function PackInUse({ settings }: { settings: PaneSettings | null }) {
  const s = useStyles();
  const { t } = useI18n();
  if (!settings) return null;
  return (
    <>
      <Caption1 className={s.pack} data-testid="pack-in-use">
        {t('packInUse', { name: settings.pack.document.number || settings.pack.document.title })}
      </Caption1>
      {settings.source === 'workbook' && <PackNotes notes={settings.workbookNotes} />}
    </>
  );
}
