/** Target progress: target, actual, pace and status per target, as small cards. */
import { Badge, Card, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { TargetProgress, TargetStatus } from '../../core/totals/types';
import { useI18n, type StringKey } from '../i18n';

const STATUS_KEY: Record<TargetStatus, StringKey> = {
  ahead: 'statusAhead',
  'on-pace': 'statusOnPace',
  behind: 'statusBehind',
  done: 'statusDone',
  open: 'statusOpen',
  'no-data': 'statusNoData',
};
const STATUS_COLOR = { ahead: 'success', 'on-pace': 'brand', behind: 'danger', done: 'success', open: 'informative', 'no-data': 'subtle' } as const;

const useStyles = makeStyles({
  grid: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))', gap: tokens.spacingVerticalS },
  head: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  figures: { color: tokens.colorNeutralForeground2 },
  /** One figure with its label: lines break between figures (at ·), never inside 序时进度. */
  fact: { whiteSpace: 'nowrap' },
});

/** Numbers as people read them in a meeting: up to 2 decimals, thousands separated. */
export function formatFigure(n: number): string {
  return n.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
}

export function TargetCards({ targets }: { targets: TargetProgress[] }) {
  const { t } = useI18n();
  const s = useStyles();
  return (
    <ul className={s.grid} aria-label={t('targetsTitle')}>
      {targets.map((g) => (
        <li key={g.id}>
          <Card size="small" aria-label={g.label}>
            <div className={s.head}>
              <Text weight="semibold">{g.label}</Text>
              <Badge color={STATUS_COLOR[g.status]}>{t(STATUS_KEY[g.status])}</Badge>
            </div>
            <Text size={200} className={s.figures}>
              <span className={s.fact}>
                {t('target')} {formatFigure(g.target)}
                {g.unit}
              </span>
              {' · '}
              <span className={s.fact}>
                {t('actual')} {g.actual === null ? '—' : `${formatFigure(g.actual)}${g.unit}`}
              </span>
              {' · '}
              <span className={s.fact}>
                {t('pace')} {Math.round(g.pace * 100)}%
              </span>
            </Text>
            <ProgressBar
              aria-label={`${g.label} ${t('actual')}`}
              value={g.ratio === null ? 0 : Math.min(1, g.ratio)}
              color={g.status === 'behind' ? 'error' : g.status === 'no-data' || g.status === 'open' ? 'brand' : 'success'}
            />
          </Card>
        </li>
      ))}
    </ul>
  );
}
