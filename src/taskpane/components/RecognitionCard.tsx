/** What the pane recognised in one sheet: kind, header rows, as-of, data rows, and each column's field in words. */
import { Caption1, Card, Text, makeStyles, tokens } from '@fluentui/react-components';
import { LEDGER_KIND_WORDS, labelOf } from '../../core/words';
import { useI18n } from '../i18n';
import type { ColumnChoice } from '../state/mappings';
import { ColumnMapping } from './ColumnMapping';
import type { SheetRecognition } from '../state/validateJob';

const useStyles = makeStyles({
  head: { display: 'flex', flexDirection: 'column', minWidth: 0, overflowWrap: 'anywhere' },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: '2px',
    margin: 0,
  },
  dt: { color: tokens.colorNeutralForeground3 },
  dd: { margin: 0, overflowWrap: 'anywhere' },
});

export function RecognitionCard({
  sheet,
  disabled = false,
  onChoose,
}: {
  sheet: SheetRecognition;
  disabled?: boolean;
  onChoose?: (sheet: string, letter: string, choice: ColumnChoice) => void;
}) {
  const { t, lang } = useI18n();
  const s = useStyles();
  const kind = labelOf(LEDGER_KIND_WORDS[sheet.kind], lang);
  const fullDate = sheet.asOfHasDay;
  return (
    <Card size="small" aria-label={t('recognisedSheet', { sheet: sheet.sheet })}>
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
      {sheet.columns.length + sheet.unmapped.length > 0 && (
        <details>
          <summary>{t('columnsCount', { count: sheet.columns.length })}</summary>
          <ColumnMapping
            sheet={sheet}
            disabled={disabled}
            onChoose={onChoose && ((letter, choice) => onChoose(sheet.sheet, letter, choice))}
          />
        </details>
      )}
    </Card>
  );
}
