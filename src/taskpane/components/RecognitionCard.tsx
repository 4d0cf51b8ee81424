/** What the pane recognised in one sheet: kind, header rows, as-of, data rows, and each column's field in words. */
import { Caption1, Card, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useI18n, type StringKey } from '../i18n';
import { usePane } from '../state/PaneContext';
import { fieldLabel } from '../state/recognition';
import type { SheetRecognition } from '../state/validateJob';

const KIND_KEY: Record<SheetRecognition['kind'], StringKey> = {
  project: 'kindProject',
  reserve: 'kindReserve',
  measure: 'kindMeasure',
  unknown: 'kindUnknown',
};
const HOW_KEY = { exact: 'howExact', scored: 'howScored', user: 'howUser' } as const;

const useStyles = makeStyles({
  head: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
  facts: { display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: tokens.spacingHorizontalM, rowGap: '2px', margin: 0 },
  dt: { color: tokens.colorNeutralForeground3 },
  dd: { margin: 0, overflowWrap: 'anywhere' },
  columns: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: '12em', overflowY: 'auto', overflowWrap: 'anywhere' },
  how: { color: tokens.colorNeutralForeground3 },
});

export function RecognitionCard({ sheet }: { sheet: SheetRecognition }) {
  const { t, lang } = useI18n();
  const s = useStyles();
  const { core } = usePane();
  const kind = t(KIND_KEY[sheet.kind]);
  const fullDate = sheet.asOf !== null && sheet.asOf.endsWith('日');
  return (
    <Card size="small" aria-label={`${t('recognised')}：${sheet.sheet}`}>
      {/* Not Fluent's CardHeader: it is for selectable cards, and re-sets the card's label id after every render. */}
      <div className={s.head}>
        <Text weight="semibold">{sheet.sheet}</Text>
        {/* The kind, unless the sheet is named after it ("项目台账 / 项目台账" said the same thing twice). */}
        {kind !== sheet.sheet && <Caption1>{kind}</Caption1>}
      </div>
      <dl className={s.facts}>
        <dt className={s.dt}>{t('headerRows')}</dt>
        <dd className={s.dd}>
          {sheet.headerFirst === sheet.headerLast ? sheet.headerFirst : `${sheet.headerFirst}–${sheet.headerLast}`}
        </dd>
        <dt className={s.dt}>{fullDate ? t('asOfDay') : t('asOf')}</dt>
        <dd className={s.dd}>{sheet.asOf ?? t('asOfNone')}</dd>
        <dt className={s.dt}>{t('rowsCounted')}</dt>
        <dd className={s.dd}>{sheet.rowCount}</dd>
      </dl>
      {sheet.columns.length > 0 && (
        <details>
          <summary>{t('columnsCount', { count: sheet.columns.length })}</summary>
          <ul className={s.columns}>
            {sheet.columns.map((c) => (
              <li key={`${c.letter}-${c.field}`}>
                {c.letter} {t('sheetQuoted', { name: c.header })} → {fieldLabel(core.ledgerKinds, sheet.kind, c.field, lang)}
                {c.unit ? t('inUnit', { unit: c.unit }) : ''}
                {c.how && <span className={s.how}> · {t(HOW_KEY[c.how], { score: Math.round((c.confidence ?? 1) * 100) })}</span>}
              </li>
            ))}
            {sheet.unmapped.map((c) => (
              <li key={`${c.letter}-unmapped`} className={s.how}>
                {c.letter} {t('sheetQuoted', { name: c.header })} → {t('notUsed')}
              </li>
            ))}
          </ul>
        </details>
      )}
    </Card>
  );
}
