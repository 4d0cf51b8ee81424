/**
 * The recognition card's column list, editable: each header column with the field it was read as (in the clerk's
 * words) and how, and a choice of another field or 不使用. A choice is stored with the workbook for that sheet.
 */
import { Select, makeStyles, tokens } from '@fluentui/react-components';
import { mappingHowText } from '../../core/words';
import { useI18n } from '../i18n';
import type { ColumnChoice } from '../state/mappings';
import { usePane } from '../state/PaneContext';
import type { SheetRecognition } from '../state/validateJob';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 9em)',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
  },
  header: { minWidth: 0, overflowWrap: 'anywhere' },
  how: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  select: { minWidth: 0 },
});

interface Row {
  letter: string;
  header: string;
  choice: ColumnChoice;
  how?: 'exact' | 'scored' | 'user';
  confidence?: number;
  unit?: string;
}

function rowsOf(sheet: SheetRecognition): Row[] {
  const rows: Row[] = [
    ...sheet.columns.map((c) => ({
      letter: c.letter,
      header: c.header,
      choice: c.field as ColumnChoice,
      how: c.how,
      confidence: c.confidence,
      unit: c.unit,
    })),
    ...sheet.unmapped.map((c) => ({ letter: c.letter, header: c.header, choice: 'ignore' as const })),
  ];
  // Sheet order (A, B, …, Z, AA), as the clerk sees the columns.
  return rows.sort((a, b) => a.letter.length - b.letter.length || a.letter.localeCompare(b.letter));
}

export function ColumnMapping(props: {
  sheet: SheetRecognition;
  disabled: boolean;
  onChoose?: (letter: string, choice: ColumnChoice) => void;
}) {
  const { t, lang } = useI18n();
  const s = useStyles();
  const { core } = usePane();
  const fields = core.ledgerKinds.find((k) => k.kind === props.sheet.kind)?.fields ?? [];
  return (
    <ul className={s.list}>
      {rowsOf(props.sheet).map((r) => (
        <li key={r.letter} className={s.item}>
          <span className={s.header}>
            {r.letter} {t('sheetQuoted', { name: r.header })}
            {r.unit && !r.header.includes(r.unit) ? t('inUnit', { unit: r.unit }) : ''}
            {r.how && <span className={s.how}>{mappingHowText(r.how, r.confidence ?? 1, lang)}</span>}
          </span>
          <Select
            size="small"
            className={s.select}
            value={r.choice}
            disabled={props.disabled || !props.onChoose}
            aria-label={t('mappingFor', { letter: r.letter, header: r.header })}
            onChange={(_, d) => props.onChoose?.(r.letter, d.value as ColumnChoice)}
          >
            {fields.map((f) => (
              <option key={f.id} value={f.id}>
                {f.label[lang]}
              </option>
            ))}
            <option value="ignore">{t('notUsed')}</option>
          </Select>
        </li>
      ))}
    </ul>
  );
}
