/** Counts by severity as badges. */
import { CounterBadge, makeStyles, tokens } from '@fluentui/react-components';
import { SEVERITIES } from '../../core/validate/issueCounts';
import type { Severity } from '../../core/validate/types';
import { labelOf, SEVERITY_WORDS } from '../../core/words';
import { useI18n } from '../i18n';

export const SEVERITY_COLOR = { error: 'danger', warning: 'important', info: 'informative' } as const;

const useStyles = makeStyles({
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  /** The count is shown by the badge; this copy is for screen readers and text checks. */
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
  item: { display: 'inline-flex', gap: tokens.spacingHorizontalXS, alignItems: 'center' },
});

export function SeverityCounts({ counts }: { counts: Record<Severity, number> }) {
  const { lang } = useI18n();
  const s = useStyles();
  return (
    <div className={s.row} data-testid="severity-counts">
      {SEVERITIES.map((sev) => (
        <span key={sev} className={s.item}>
          <CounterBadge count={counts[sev]} showZero color={SEVERITY_COLOR[sev]} aria-hidden />
          <span>{labelOf(SEVERITY_WORDS[sev], lang, counts[sev])}</span>
          <span className={s.hidden}> {counts[sev]}</span>
        </span>
      ))}
    </div>
  );
}
