/**
 * What the comparison found, at a glance: projects matched / new / removed / renamed (and by what evidence), 本期新增
 * 完成投资 with its parts, and — never silent — the figures that could not be read, said above the total.
 */
import { MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, Text } from '@fluentui/react-components';
import type { Comparison, MatchHow } from '../../core/compare';
import { formatAmount, formatPercent } from '../format';
import { useI18n, type StringKey } from '../i18n';
import type { ComparePlan } from '../state/compareJob';
import { useViewStyles } from '../views/styles';

export const HOW_KEY: Record<MatchHow, StringKey> = {
  'name-owner': 'howNameOwner',
  'name-total': 'howNameTotal',
  name: 'howName',
  renamed: 'howRenamed',
};

function howCounts(c: Comparison): { how: MatchHow; count: number }[] {
  const order: MatchHow[] = ['name-owner', 'name-total', 'name', 'renamed'];
  return order.map((how) => ({ how, count: c.matched.filter((m) => m.how === how).length })).filter((x) => x.count > 0);
}

/** The figures that could not be read, before any total is read (a whole column missing, or some cells). */
function Unread({ plan }: { plan: ComparePlan }) {
  const { t } = useI18n();
  const c = plan.comparison;
  if (plan.noCompleted.length === 0 && c.figuresMissing === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="compare-unread">
      <MessageBarBody>
        <MessageBarTitle>{t('compareNotCounted')}</MessageBarTitle>
        {plan.noCompleted.map((side) => (
          <div key={side}>
            {t('compareNoCompleted', { side: t(side === 'previous' ? 'sidePrevious' : 'sideCurrent') })}
          </div>
        ))}
        {c.figuresMissing > 0 && <div>{t('compareFiguresMissing', { count: c.figuresMissing })}</div>}
      </MessageBarBody>
    </MessageBar>
  );
}

function Renamed({ c }: { c: Comparison }) {
  const { t } = useI18n();
  const s = useViewStyles();
  const renamed = c.matched.filter((m) => m.previous.name !== m.current.name);
  if (renamed.length === 0) return null;
  return (
    <section className={s.section} aria-label={t('compareRenamedTitle')}>
      <Subtitle2 as="h3">{t('compareRenamedTitle')}</Subtitle2>
      <ul className={s.list}>
        {renamed.map((m) => (
          <li key={`${m.previous.row}-${m.current.row}`}>
            {t('compareRenamedItem', {
              old: m.previous.name,
              new: m.current.name,
              how: t(HOW_KEY[m.how]),
              confidence: formatPercent(m.confidence),
            })}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function CompareResult({ plan }: { plan: ComparePlan }) {
  const { t, lang } = useI18n();
  const s = useViewStyles();
  const c = plan.comparison;
  const amount = (n: number) => formatAmount(n, lang);
  const sep = t('listSeparator');
  const renamed = c.matched.filter((m) => m.how === 'renamed').length;
  return (
    <section className={s.section} aria-label={t('tabCompare')} data-testid="compare-result">
      <Text className={s.current}>
        {t('compareVersions', {
          previous: `${c.previous.file} / ${c.previous.sheet}`,
          current: `${c.current.file} / ${c.current.sheet}`,
        })}
      </Text>
      <Text data-testid="compare-counts">
        {t('compareCounts', { matched: c.matched.length, added: c.added.length, removed: c.removed.length, renamed })}
      </Text>
      {c.matched.length > 0 && (
        <Text className={s.reason}>
          {t('compareHowLine', {
            list: howCounts(c)
              .map((h) => t('compareHowItem', { how: t(HOW_KEY[h.how]), count: h.count }))
              .join(sep),
          })}
        </Text>
      )}
      <Unread plan={plan} />
      <Subtitle2 as="h2" data-testid="compare-total">
        {t('compareTotal', { amount: amount(c.totals.newThisPeriod) })}
      </Subtitle2>
      <Text className={s.reason}>
        {t('compareTotalParts', {
          matched: amount(c.totals.matched),
          added: amount(c.totals.added),
          removed: amount(c.totals.removed),
        })}
      </Text>
      <Renamed c={c} />
    </section>
  );
}
