/** 设置: policy pack source, import from policy text (reviewed in PolicyReview), target values, rule switches and severities, save. */
import {
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  Switch,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Severity } from '../../core/validate/types';
import { useI18n } from '../i18n';
import { JobStatus } from '../components/JobStatus';
import { SEVERITIES } from '../../core/validate/issueCounts';
import { labelOf, SEVERITY_WORDS } from '../../core/words';
import { usePane } from '../state/PaneContext';
import { useSettingsModel } from '../state/useSettingsModel';
import { PolicyReview } from './PolicyReview';
import { useViewStyles } from './styles';

const useStyles = makeStyles({
  rule: {
    display: 'grid',
    gridTemplateColumns: '1fr auto',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  ruleName: { minWidth: 0, overflowWrap: 'anywhere' },
  controls: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
});

export function SettingsView() {
  const { t, lang } = useI18n();
  const s = useViewStyles();
  const st = useStyles();
  const { core } = usePane();
  const m = useSettingsModel();
  const { settings } = m;
  return (
    <div className={s.view}>
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
      <section className={s.section} aria-label={t('rulesTitle')}>
        <Subtitle2 as="h2">{t('rulesTitle')}</Subtitle2>
        {core.issueCatalogue.map((rule) => {
          const cur = settings.rules[rule.code] ?? {};
          const title = rule.title[lang];
          return (
            <div key={rule.code} className={st.rule}>
              <span className={st.ruleName} title={rule.help[lang]}>
                {title}
              </span>
              <span className={st.controls}>
                <Switch
                  checked={cur.enabled !== false}
                  onChange={(_, d) => m.setRule(rule.code, { enabled: d.checked })}
                  aria-label={`${title} ${t('ruleEnabled')}`}
                />
                <Select
                  size="small"
                  value={cur.severity ?? rule.severity}
                  onChange={(_, d) => m.setRule(rule.code, { severity: d.value as Severity })}
                  aria-label={`${title} ${t('ruleSeverity')}`}
                >
                  {SEVERITIES.map((sev) => (
                    <option key={sev} value={sev}>
                      {labelOf(SEVERITY_WORDS[sev], lang)}
                    </option>
                  ))}
                </Select>
              </span>
            </div>
          );
        })}
      </section>
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
