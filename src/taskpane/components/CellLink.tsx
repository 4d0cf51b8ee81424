/** A cell address the clerk can click to go to the cell ("项目台账!D12"). */
import { Button, makeStyles } from '@fluentui/react-components';
import { useI18n } from '../i18n';

const useStyles = makeStyles({
  link: { minWidth: 0, padding: 0, height: 'auto', marginRight: '4px', verticalAlign: 'baseline' },
});

export function CellLink(props: { sheet: string; cell: string; onSelect: (sheet: string, cell: string) => void }) {
  const { t } = useI18n();
  const s = useStyles();
  return (
    <Button
      appearance="transparent"
      size="small"
      className={s.link}
      aria-label={t('goToCell', { cell: `${props.sheet}!${props.cell}` })}
      onClick={() => props.onSelect(props.sheet, props.cell)}
    >
      {props.sheet}!{props.cell}
    </Button>
  );
}
