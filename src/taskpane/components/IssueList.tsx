/** One page of issues; each one is a button that selects its cell. Paged so 5,000 issues stay light. */
import { useRef } from 'react';
import { Button, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Issue } from '../../core/validate/types';
import { useI18n } from '../i18n';
import { labelOf, SEVERITY_WORDS } from '../../core/words';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '2px' },
  item: {
    display: 'block',
    width: '100%',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    background: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    cursor: 'pointer',
    font: 'inherit',
    ':hover': { background: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  selected: { background: tokens.colorNeutralBackground1Selected },
  where: { color: tokens.colorNeutralForeground3 },
  /** The rule's one-line explanation, under the message (not only a tooltip). */
  help: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  pager: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: tokens.spacingHorizontalS },
});

export interface IssueListProps {
  issues: Issue[];
  page: number;
  pages: number;
  selected: Issue | null;
  onSelect: (issue: Issue) => void;
  onPage: (page: number) => void;
  /** The rule's one-line explanation for an issue code (from the catalogue), or undefined. */
  helpOf?: (code: string) => string | undefined;
}

export function IssueList({ issues, page, pages, selected, onSelect, onPage, helpOf }: IssueListProps) {
  const { t, lang } = useI18n();
  const s = useStyles();
  const top = useRef<HTMLUListElement | null>(null);
  // A new page starts at its first issue (下一页 used to leave the clerk at the bottom of page 2).
  const turn = (p: number) => {
    onPage(p);
    top.current?.scrollIntoView?.({ block: 'start' });
  };
  return (
    <div>
      <ul ref={top} className={s.list} aria-label={t('issueList')}>
        {issues.map((i, n) => {
          const where = [i.sheet, i.cell ?? (i.row ? `${i.row}` : '')].filter(Boolean).join('!');
          const help = helpOf?.(i.code);
          return (
            <li key={`${i.sheet}-${i.cell ?? i.row ?? ''}-${i.code}-${n}`}>
              <button
                type="button"
                className={mergeClasses(s.item, s[i.severity], selected === i && s.selected)}
                aria-pressed={selected === i}
                aria-label={t('issueAria', {
                  severity: labelOf(SEVERITY_WORDS[i.severity], lang),
                  where,
                  message: i.message,
                })}
                onClick={() => onSelect(i)}
                data-cell={i.cell}
              >
                <Caption1 className={s.where}>{where}</Caption1>
                <div>{i.message}</div>
                {help && <span className={s.help}>{help}</span>}
              </button>
            </li>
          );
        })}
      </ul>
      {pages > 1 && (
        <nav className={s.pager} aria-label={t('page', { page, pages })}>
          <Button size="small" disabled={page <= 1} onClick={() => turn(page - 1)}>
            {t('prevPage')}
          </Button>
          <span>{t('page', { page, pages })}</span>
          <Button size="small" disabled={page >= pages} onClick={() => turn(page + 1)}>
            {t('nextPage')}
          </Button>
        </nav>
      )}
    </div>
  );
}
