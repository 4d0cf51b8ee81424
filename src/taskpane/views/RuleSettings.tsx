/** 设置's 规则 card: each catalogue rule switched on or off and given a severity. */
import { Select, Subtitle2, Switch, makeStyles, tokens } from '@fluentui/react-components';
import type { Severity } from '../../core/validate/types';
import { useI18n } from '../i18n';
import { SEVERITIES } from '../../core/validate/issueCounts';
import { labelOf, SEVERITY_WORDS } from '../../core/words';
import { usePane } from '../state/PaneContext';
import type { SettingsModel } from '../state/useSettingsModel';
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

export function RuleSettings({ m }: { m: SettingsModel }) {
  const { t, lang } = useI18n();
  const s = useViewStyles();
  const st = useStyles();
  const { core } = usePane();
  const { settings } = m;
  return (
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
  );
}
