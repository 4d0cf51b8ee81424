/** 生成汇总's results: the question before replacing summary sheets, then the figures and the target cards. */
import { Subtitle2, Text } from '@fluentui/react-components';
import type { Summary } from '../../core/totals/types';
import { ReplaceQuestion } from '../components/ReplaceQuestion';
import { CoverageNote } from '../components/CoverageNote';
import { TargetCards } from '../components/TargetCards';
import { formatAmount } from '../format';
import { useI18n } from '../i18n';
import { usePane } from '../state/PaneContext';
import type { SummaryModel } from '../state/useSummary';
import { useViewStyles } from './styles';

/** The summary sheets exist already: replace them, or keep them (nothing written). */
export function SummaryReplaceQuestion({ m }: { m: SummaryModel }) {
  const { t } = useI18n();
  if (!m.pending) return null;
  return (
    <ReplaceQuestion
      text={t('replaceAsk', { names: m.pending.existing.join(t('listSeparator')) })}
      onAnswer={(yes) => void m.confirmReplace(yes)}
    />
  );
}

/** The totals line (projects and/or reserves), what the figures cover, and one card per target. */
export function SummaryFigures({ m, summary }: { m: SummaryModel; summary: Summary }) {
  const { t, lang } = useI18n();
  const { totals } = summary;
  const s = useViewStyles();
  const { settings } = usePane();
  return (
    <section className={s.section} aria-label={t('targetsTitle')}>
      {(m.kinds.includes('project') || !m.reserves) && (
        <Text>
          {t('totalsLine', {
            projects: totals.projects,
            projects1e8: totals.projects1e8,
            total: formatAmount(totals.total, lang),
            completed: formatAmount(totals.completed, lang),
          })}
        </Text>
      )}
      {m.reserves && (
        <Text>
          {t('reservesLine', {
            projects: m.reserves.projects,
            projects1e8: m.reserves.projects1e8,
            total: formatAmount(m.reserves.total, lang),
          })}
        </Text>
      )}
      <CoverageNote summary={summary} />
      <Subtitle2 as="h2">{t('targetsTitle')}</Subtitle2>
      <TargetCards targets={summary.targets} pack={settings.pack.targets} />
    </section>
  );
}
