/** What the pane recognised in one sheet: kind, header rows, as-of month, data rows, column mapping. */
import { Caption1, Card, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useI18n, type StringKey } from '../i18n';
import type { SheetRecognition } from '../state/validateJob';

const KIND_KEY: Record<SheetRecognition['kind'], StringKey> = {
  project: 'kindProject',
  reserve: 'kindReserve',
  measure: 'kindMeasure',
  unknown: 'kindUnknown',
};

const useStyles = makeStyles({
  head: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
  facts: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalM, rowGap: '2px', margin: 0 },
  dt: { color: tokens.colorNeutralForeground3 },
  dd: { margin: 0, overflowWrap: 'anywhere' },
  columns: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: '8em', overflowY: 'auto' },
});

export function RecognitionCard({ sheet }: { sheet: SheetRecognition }) {
  const { t } = useI18n();
  const s = useStyles();
  return (
    <Card size="small" aria-label={`${t('recognised')}：${sheet.sheet}`}>
      {/* Not Fluent's CardHeader: it is for selectable cards, and re-sets the card's label id after every render. */}
      <div className={s.head}>
        <Text weight="semibold">{sheet.sheet}</Text>
        <Caption1>{t(KIND_KEY[sheet.kind])}</Caption1>
      </div>
      <dl className={s.facts}>
        <dt className={s.dt}>{t('headerRows')}</dt>
        <dd className={s.dd}>
          {sheet.headerFirst === sheet.headerLast ? sheet.headerFirst : `${sheet.headerFirst}–${sheet.headerLast}`}
        </dd>
        <dt className={s.dt}>{t('asOf')}</dt>
        <dd className={s.dd}>{sheet.asOf ?? t('asOfNone')}</dd>
        <dt className={s.dt}>{t('rowsCounted')}</dt>
        <dd className={s.dd}>{sheet.rowCount}</dd>
      </dl>
      {sheet.columns.length > 0 && (
        <details>
          <summary>
            {t('columns')}（{sheet.columns.length}）
          </summary>
          <ul className={s.columns}>
            {sheet.columns.map((c) => (
              <li key={`${c.letter}-${c.field}`}>
                {c.letter}: {c.header} → {c.field}
                {c.unit ? `（${c.unit}）` : ''}
              </li>
            ))}
          </ul>
        </details>
      )}
    </Card>
  );
}
