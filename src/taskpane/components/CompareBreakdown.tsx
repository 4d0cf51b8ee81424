/** 本期新增完成投资 by domain, lead unit or township: one table, the grouping chosen with a native select. */
import { Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Comparison, PeriodBreakdown } from '../../core/compare';
import { formatAmount } from '../format';
import { useI18n, type StringKey } from '../i18n';
import { useViewStyles } from '../views/styles';

type By = 'byDomain' | 'byLeadUnit' | 'byLocation';
const BY: { id: By; label: StringKey }[] = [
  { id: 'byDomain', label: 'byDomain' },
  { id: 'byLeadUnit', label: 'byLead' },
  { id: 'byLocation', label: 'byLocation' },
];

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%', tableLayout: 'fixed' },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
    textAlign: 'left',
  },
  num: { textAlign: 'right', width: '30%' },
  count: { textAlign: 'right', width: '18%' },
});

function Rows({ rows }: { rows: PeriodBreakdown[] }) {
  const { lang } = useI18n();
  const s = useStyles();
  return (
    <tbody>
      {rows.map((r) => (
        <tr key={r.key}>
          <th scope="row" className={s.cell}>
            {r.key}
          </th>
          <td className={`${s.cell} ${s.num}`}>{formatAmount(r.completedThisPeriod, lang)}</td>
          <td className={`${s.cell} ${s.count}`}>{r.projects}</td>
        </tr>
      ))}
    </tbody>
  );
}

export function CompareBreakdown({ c }: { c: Comparison }) {
  const { t } = useI18n();
  const v = useViewStyles();
  const s = useStyles();
  const [by, setBy] = useState<By>('byDomain');
  const label = t(BY.find((b) => b.id === by)!.label);
  return (
    <section className={v.section} aria-label={t('compareBreakdownTitle')}>
      <Field label={t('compareBreakdownTitle')}>
        <Select style={{ maxWidth: '100%', minWidth: 0 }} value={by} onChange={(_, d) => setBy(d.value as By)}>
          {BY.map((b) => (
            <option key={b.id} value={b.id}>
              {t(b.label)}
            </option>
          ))}
        </Select>
      </Field>
      <table className={s.table} aria-label={`${t('compareBreakdownTitle')} ${label}`} data-testid="compare-breakdown">
        <thead>
          <tr>
            <th scope="col" className={s.cell}>
              {label}
            </th>
            <th scope="col" className={`${s.cell} ${s.num}`}>
              {t('colAmount')}
            </th>
            <th scope="col" className={`${s.cell} ${s.count}`}>
              {t('colProjects')}
            </th>
          </tr>
        </thead>
        <Rows rows={c[by]} />
      </table>
    </section>
  );
}
