/** 设置's 政策包 card: which pack is in use, and importing one from policy text (reviewed in PolicyReview). */
import { Button, Field, Radio, RadioGroup, Subtitle2, Textarea } from '@fluentui/react-components';
import { useI18n } from '../i18n';
import { JobStatus } from '../components/JobStatus';
import type { SettingsModel } from '../state/useSettingsModel';
import { PolicyReview } from './PolicyReview';
import { useViewStyles } from './styles';

export function PackSection({ m }: { m: SettingsModel }) {
  const { t } = useI18n();
  const s = useViewStyles();
  const { settings } = m;
  return (
    <section className={s.section} aria-label={t('packTitle')}>
      <Subtitle2 as="h2">{t('packTitle')}</Subtitle2>
      <RadioGroup
        value={settings.source}
        onChange={(_, d) => m.chooseSource(d.value as typeof settings.source)}
        aria-label={t('packTitle')}
      >
        <Radio value="builtin" label={t('packBuiltin')} />
        <Radio value="workbook" label={t('packWorkbook')} disabled={!settings.workbookPack} />
        <Radio value="imported" label={t('packImported')} />
      </RadioGroup>
      {settings.source === 'imported' && (
        <>
          <Field label={t('policyFile')} hint={t('policyFileHint')}>
            {(props) => (
              <input
                {...props}
                type="file"
                accept=".docx,.txt,.md"
                onChange={(e) => void m.readFile(e.target.files?.[0])}
                disabled={m.job.running}
              />
            )}
          </Field>
          <Field label={t('policyText')}>
            <Textarea value={m.text} onChange={(_, d) => m.setText(d.value)} rows={5} resize="vertical" />
          </Field>
          <div className={s.actions}>
            <Button size="small" onClick={() => void m.parseText()} disabled={m.job.running || m.text.trim() === ''}>
              {t('parseText')}
            </Button>
          </div>
        </>
      )}
      <JobStatus job={m.job} />
      {m.draft && (
        <PolicyReview
          pack={m.draft.pack}
          notes={m.draft.notes}
          newUnits={m.newUnits}
          busy={m.job.running}
          onEdit={m.editUnits}
          onEditTargets={m.editTargets}
          onConfirmUnits={m.confirmUnits}
          onUnitKind={m.setUnitKind}
          onSave={() => void m.saveDraft()}
          onDiscard={m.discardDraft}
        />
      )}
    </section>
  );
}
