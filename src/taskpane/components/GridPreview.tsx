/**
 * A read-only preview of a sheet outside Office, so a click on an issue visibly selects its cell. Shows a window
 * of rows around the selection (not the whole sheet: ledgers can have thousands of rows).
 */
import { useEffect, useRef } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { cellAt, columnLetters, formatAt, type Grid } from '../../core/grid';
import { cellText } from '../cellText';
import { useI18n } from '../i18n';

const WINDOW = 40;
const MAX_COLS = 30;

// Separate (not collapsed) borders, right and bottom only: Chromium paints collapsed borders of sticky cells in
// place, so scrolled cells showed through beside the sticky row numbers. Row numbers under column letters under
// the corner when both scroll.
const line = `1px solid ${tokens.colorNeutralStroke2}`;
const useStyles = makeStyles({
  wrap: {
    overflow: 'auto',
    maxHeight: '140px',
    position: 'relative',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    background: tokens.colorNeutralBackground1,
  },
  table: { borderCollapse: 'separate', borderSpacing: 0, fontSize: tokens.fontSizeBase100, whiteSpace: 'nowrap' },
  th: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    background: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightRegular,
    padding: '0 4px',
    borderRight: line,
    borderBottom: line,
  },
  corner: {
    position: 'sticky',
    top: 0,
    left: 0,
    zIndex: 3,
    background: tokens.colorNeutralBackground3,
    borderRight: line,
    borderBottom: line,
  },
  rowHead: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    background: tokens.colorNeutralBackground3,
    textAlign: 'right',
    padding: '0 4px',
    borderRight: line,
    borderBottom: line,
  },
  td: {
    padding: '0 4px',
    borderRight: line,
    borderBottom: line,
    maxWidth: '10em',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  selected: {
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: '-2px',
    background: tokens.colorBrandBackground2,
  },
  caption: { textAlign: 'left', padding: '2px 4px', color: tokens.colorNeutralForeground3 },
});

export interface GridPreviewProps {
  grid: Grid;
  /** 0-based selected cell. */
  selection: { row: number; col: number } | null;
}

export function GridPreview({ grid, selection }: GridPreviewProps) {
  const { t } = useI18n();
  const s = useStyles();
  const selRef = useRef<HTMLTableCellElement | null>(null);
  const wrapRef = useRef<HTMLDivElement | null>(null);
  const first = selection ? Math.max(0, selection.row - 10) : 0;
  const last = Math.min(grid.rowCount, first + WINDOW);
  const cols = Math.min(grid.colCount, MAX_COLS);

  // Scroll the preview box only (scrollIntoView would also scroll the pane away from the issue list).
  useEffect(() => {
    const cell = selRef.current;
    const box = wrapRef.current;
    if (!cell || !box) return;
    box.scrollTop = Math.max(0, cell.offsetTop - box.clientHeight / 2);
    box.scrollLeft = Math.max(0, cell.offsetLeft - box.clientWidth / 2);
  }, [selection, grid]);

  if (grid.rowCount === 0) return <p>{t('previewEmpty')}</p>;
  return (
    <div
      ref={wrapRef}
      className={s.wrap}
      role="region"
      aria-label={t('previewLabel', { sheet: grid.name })}
      tabIndex={0}
    >
      <table className={s.table} data-testid="grid-preview">
        <caption className={s.caption}>{t('previewRows', { first: first + 1, last, total: grid.rowCount })}</caption>
        <thead>
          <tr>
            <td className={s.corner} />
            {Array.from({ length: cols }, (_, c) => (
              <th key={c} scope="col" className={s.th}>
                {columnLetters(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: last - first }, (_, i) => (
            <PreviewRow key={first + i} grid={grid} row={first + i} cols={cols} selection={selection} selRef={selRef} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface RowProps extends GridPreviewProps {
  row: number;
  cols: number;
  /** Given to the selected cell, so the preview can scroll it into view. */
  selRef: React.RefObject<HTMLTableCellElement | null>;
}

/** One sheet row: its number, then its cells as Excel shows them; the selected one outlined. */
function PreviewRow({ grid, row: r, cols, selection, selRef }: RowProps) {
  const s = useStyles();
  return (
    <tr>
      <th scope="row" className={s.rowHead}>
        {r + 1}
      </th>
      {Array.from({ length: cols }, (_, c) => {
        const sel = selection !== null && selection.row === r && selection.col === c;
        return (
          <td
            key={c}
            ref={sel ? selRef : undefined}
            className={mergeClasses(s.td, sel && s.selected)}
            aria-current={sel ? 'true' : undefined}
            data-a1={sel ? `${columnLetters(c)}${r + 1}` : undefined}
          >
            {cellText(cellAt(grid, r, c), formatAt(grid, r, c))}
          </td>
        );
      })}
    </tr>
  );
}
