/**
 * Target progress at a glance: target and actual, 完成率 beside 序时进度 with the gap in percentage points, and a
 * pace marker on each bar, so "滞后" explains itself. A card without data names the ledger to load.
 */
import { Badge, Card, ProgressBar, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Target } from '../../core/policy/types';
import type { TargetProgress } from '../../core/totals/types';
import { formatInUnit, formatPercent, percentPoints } from '../format';
import { labelOf, TARGET_STATUS_WORDS } from '../../core/words';
import { useI18n, type StringKey } from '../i18n';

const STATUS_COLOR = {
  ahead: 'success',
  'on-pace': 'brand',
  behind: 'danger',
  done: 'success',
  open: 'informative',
  'no-data': 'subtle',
} as const;
const LOAD_KEY: Record<Target['ledger'], StringKey> = {
  project: 'loadProject',
  reserve: 'loadReserve',
  none: 'loadNone',
};

const useStyles = makeStyles({
  grid: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))',
    gap: tokens.spacingVerticalS,
  },
  head: { display: 'flex', justifyContent: 'space-between', gap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  label: { minWidth: 0, overflowWrap: 'anywhere' },
  /** The status word never breaks ("无数/据" at 500 px). */
  badge: { whiteSpace: 'nowrap', flexShrink: 0 },
  figures: { color: tokens.colorNeutralForeground2, display: 'block' },
  /** One figure with its label: lines break between figures (at ·), never inside one. */
  fact: { whiteSpace: 'nowrap' },
  bar: { position: 'relative' },
  /** Where the bar should be by now (序时进度). */
  marker: {
    position: 'absolute',
    top: '-3px',
    bottom: '-3px',
    width: '2px',
    background: tokens.colorNeutralForeground1,
    transform: 'translateX(-1px)',
  },
});

export function TargetCards({ targets, pack }: { targets: TargetProgress[]; pack?: readonly Target[] }) {
  const { t } = useI18n();
  const s = useStyles();
  return (
    <ul className={s.grid} aria-label={t('targetsTitle')}>
      {targets.map((g) => (
        <li key={g.id}>
          <TargetCard g={g} def={pack?.find((d) => d.id === g.id)} />
        </li>
      ))}
    </ul>
  );
}

function TargetCard({ g, def }: { g: TargetProgress; def: Target | undefined }) {
  const { t, lang } = useI18n();
  const s = useStyles();
  const label = lang === 'en' && def?.labelEn ? def.labelEn : g.label;
  const noData = g.actual === null || g.status === 'no-data';
  return (
    <Card size="small" aria-label={label}>
      <div className={s.head}>
        <Text weight="semibold" className={s.label}>
          {label}
        </Text>
        <Badge className={s.badge} color={STATUS_COLOR[g.status]}>
          {labelOf(TARGET_STATUS_WORDS[g.status], lang)}
        </Badge>
      </div>
      <Text size={200} className={s.figures}>
        <span className={s.fact}>
          {t('target')} {formatInUnit(g.target, g.unit, lang)}
        </span>
        {!noData && g.actual !== null && (
          <>
            {' · '}
            <span className={s.fact}>
              {t('actual')} {formatInUnit(g.actual, g.unit, lang)}
            </span>
          </>
        )}
      </Text>
      {noData ? <Text size={200}>{t(LOAD_KEY[def?.ledger ?? 'none'])}</Text> : <Rates g={g} />}
      {!noData && (
        <div className={s.bar}>
          <ProgressBar
            aria-label={`${label} ${t('rate')}`}
            value={Math.min(1, Math.max(0, g.ratio ?? 0))}
            color={g.status === 'behind' ? 'error' : g.status === 'open' ? 'brand' : 'success'}
          />
          {g.pace !== null && g.pace > 0 && g.pace < 1 && (
            <span className={s.marker} style={{ left: `${g.pace * 100}%` }} aria-hidden data-testid="pace-marker" />
          )}
        </div>
      )}
    </Card>
  );
}

/** 完成率 31% · 序时进度 83%（差 52 个百分点）. */
function Rates({ g }: { g: TargetProgress }) {
  const { t } = useI18n();
  const s = useStyles();
  const ratio = g.ratio ?? 0;
  if (g.pace === null) return null; // 无数据: no figure, so no 序时进度 either (the card says why)
  const pace = g.pace;
  const gapKey: StringKey = ratio >= pace ? 'paceAheadBy' : 'paceBehindBy';
  return (
    <Text size={200} className={s.figures}>
      <span className={s.fact}>
        {t('rate')} {formatPercent(ratio)}
      </span>
      {' · '}
      <span className={s.fact}>
        {t('pace')} {formatPercent(pace)}
      </span>
      {ratio !== pace && <span className={s.fact}>{t(gapKey, { pp: percentPoints(ratio, pace) })}</span>}
    </Text>
  );
}
