/** The workbook's stored policy pack could not be used: said once at the top, with why (the built-in pack is used). */
import type { PaneSettings } from '../state/packChoice';
import { useI18n } from '../i18n';
import { PlainMessageBar } from './PlainMessageBar';

export function PackDamaged({ settings }: { settings: PaneSettings | null }) {
  const { t } = useI18n();
  if (!settings?.damagedPack) return null;
  return (
    <PlainMessageBar intent="warning" layout="multiline" data-testid="pack-damaged">
      {t('packDamaged', { reason: settings.damagedPack.reason })}
    </PlainMessageBar>
  );
}
