/** Proposed edits with their reasons; each can be chosen; paged for long lists. */
import { useState } from 'react';
import { Badge, Button, Checkbox, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { CellEdit } from '../../core/assign/types';
import { EDIT_KIND_WORDS, labelOf } from '../../core/words';
import { useI18n } from '../i18n';
import { editKey } from '../state/assignJob';
import { pageOf } from '../state/issueGroups';

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
    display: 'flex',
    gap: tokens.spacingHorizontalXS,
    alignItems: 'flex-start',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  body: { minWidth: 0, overflowWrap: 'anywhere', paddingTop: '6px' },
  reason: { color: tokens.colorNeutralForeground3, display: 'block' },
  link: { minWidth: 0, padding: 0, height: 'auto' },
  pager: { display: 'flex', alignItems: 'center', justifyContent: 'space-between' },
});

export function EditList(props: {
  edits: CellEdit[];
  chosen: Set<string>;
  onToggle: (key: string) => void;
  onSelect: (sheet: string, cell: string) => void;
}) {
  const { t, lang } = useI18n();
  const s = useStyles();
  const [page, setPage] = useState(1);
  const p = pageOf(props.edits, page);
  return (
    <div>
      <ul className={s.list} aria-label={t('editsTitle', { count: props.edits.length })}>
        {p.items.map((e) => {
          const key = editKey(e);
          return (
            <li key={key} className={s.item}>
              <Checkbox
                checked={props.chosen.has(key)}
                onChange={() => props.onToggle(key)}
                aria-label={t('selectEdit', { cell: `${e.sheet}!${e.cell}` })}
              />
              <div className={s.body}>
                <Badge size="small" appearance="tint">
                  {labelOf(EDIT_KIND_WORDS[e.kind], lang)}
                </Badge>{' '}
                <Button
                  appearance="transparent"
                  size="small"
                  className={s.link}
                  onClick={() => props.onSelect(e.sheet, e.cell)}
                >
                  {e.sheet}!{e.cell}
                </Button>
                {t('editFrom', { old: e.old === null || e.old === '' ? t('emptyValue') : String(e.old) })} →{' '}
                <strong>{e.new}</strong>
                <Caption1 className={s.reason}>{e.reason}</Caption1>
              </div>
            </li>
          );
        })}
      </ul>
      {p.pages > 1 && (
        <nav className={s.pager} aria-label={t('page', { page: p.page, pages: p.pages })}>
          <Button size="small" disabled={p.page <= 1} onClick={() => setPage(p.page - 1)}>
            {t('prevPage')}
          </Button>
          <span>{t('page', { page: p.page, pages: p.pages })}</span>
          <Button size="small" disabled={p.page >= p.pages} onClick={() => setPage(p.page + 1)}>
            {t('nextPage')}
          </Button>
        </nav>
      )}
    </div>
  );
}
