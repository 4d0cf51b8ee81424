/** 设置: policy pack source, import from policy text (reviewed in PolicyReview), target values, rule switches and severities, save. */
import { Button, Field, Input, Subtitle2 } from '@fluentui/react-components';
import { useState } from 'react';
import { useI18n } from '../i18n';
import { JobStatus } from '../components/JobStatus';
import { useSettingsModel } from '../state/useSettingsModel';
import { PackSection } from './PackSection';
import { RuleSettings } from './RuleSettings';
import { useViewStyles } from './styles';

export function SettingsView() {
  const { t, lang } = useI18n();
  const s = useViewStyles();
  const m = useSettingsModel();
  const { settings } = m;
  return (
    <div className={s.view}>
      <PackSection m={m} />
      <section className={s.section} aria-label={t('targetsEdit')}>
        <Subtitle2 as="h2">{t('targetsEdit')}</Subtitle2>
        {settings.pack.targets.map((g) => (
          <TargetInput
            key={`${settings.source}-${g.id}`}
            label={t('targetWithUnit', { label: lang === 'en' && g.labelEn ? g.labelEn : g.label, unit: g.unit })}
            value={g.value}
            onValue={(v) => m.setTarget(g.id, v)}
          />
        ))}
      </section>
      <RuleSettings m={m} />
      <div className={s.actions}>
        <Button appearance="primary" onClick={() => void m.save()} disabled={m.job.running}>
          {t('saveSettings')}
        </Button>
      </div>
      <JobStatus job={m.job} at="save" />
    </div>
  );
}

/**
 * A target value: the text is the clerk's while typing; only a number above 0 changes the target (clearing the
 * field used to set 0, and -5 was taken).
 */
function TargetInput(props: { label: string; value: number; onValue: (v: number) => void }) {
  const { t } = useI18n();
  const [text, setText] = useState(String(props.value));
  const n = Number(text);
  const valid = text.trim() !== '' && Number.isFinite(n) && n > 0;
  return (
    <Field
      label={props.label}
      validationMessage={valid ? undefined : t('targetInvalid')}
      validationState={valid ? 'none' : 'error'}
    >
      <Input
        type="number"
        min={0}
        value={text}
        onChange={(_, d) => {
          setText(d.value);
          const v = Number(d.value);
          if (d.value.trim() !== '' && Number.isFinite(v) && v > 0) props.onValue(v);
        }}
      />
    </Field>
  );
}
