/** The 设置 view-model: pack source, policy text import and review, target values, rule switches, save to workbook. */
import { useState } from 'react';
import type { Severity } from '../../core/validate/types';
import { useI18n } from '../i18n';
import { storedFromSettings, withTargetValue, type PackSource } from './packChoice';
import { usePane } from './PaneContext';
import { settingsNotes } from './portNotes';
import { useJob } from './useJob';
import { usePolicyDraft } from './usePolicyDraft';

export function useSettingsModel() {
  const { core, port, settings, setSettings } = usePane();
  const { lang, t } = useI18n();
  const job = useJob();
  const [imported, setImported] = useState(settings.source === 'imported' ? settings.pack : null);
  const policyDraft = usePolicyDraft(job, (saved) => {
    setImported(saved.pack);
    setSettings(saved);
  });

  return {
    ...policyDraft,
    job,
    settings,
    hasImported: imported !== null,
    chooseSource(source: PackSource) {
      const pack =
        source === 'workbook' ? settings.workbookPack : source === 'imported' ? imported : core.defaultPack();
      if (pack) setSettings({ ...settings, source, pack });
      else if (source === 'imported') setSettings({ ...settings, source, pack: settings.pack });
    },
    setTarget(id: string, value: number) {
      if (!Number.isFinite(value)) return;
      const pack = withTargetValue(settings.pack, id, value);
      // Kept with its source, so switching the 政策包 option away and back keeps the edits.
      if (settings.source === 'imported') setImported(pack);
      // Editing the built-in pack's targets makes a workbook pack, so the change can be saved and shared.
      setSettings({
        ...settings,
        source: settings.source === 'builtin' ? 'workbook' : settings.source,
        pack,
        workbookPack: settings.source === 'imported' ? settings.workbookPack : pack,
        // The built-in pack edited is no older stored pack: its note goes.
        workbookNotes: settings.source === 'builtin' ? undefined : settings.workbookNotes,
      });
    },
    setRule(code: string, change: { enabled?: boolean; severity?: Severity }) {
      setSettings({ ...settings, rules: { ...settings.rules, [code]: { ...settings.rules[code], ...change } } });
    },
    async save() {
      const done = await job.run(async () => {
        await port.saveSettings(storedFromSettings(settings, lang));
        return true;
      }, 'save');
      if (!done) return;
      job.setNotes(settingsNotes(port)); // a bigger pack can push older ledger snapshots out
      job.setNotice(t('saved'));
    },
  };
}

export type SettingsModel = ReturnType<typeof useSettingsModel>;
