/**
 * Outside Office: the sheet preview, pinned to the pane's bottom edge but collapsible, with a switcher over every
 * sheet (the written 汇总 and 问题清单 sheets too). While it is open the page keeps focus and scrolling clear of it
 * (scroll-padding), so it never hides the issue or button the clerk is on.
 */
import { useEffect, useRef } from 'react';
import { Button, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { Grid } from '../../core/grid';
import { useI18n } from '../i18n';
import { GridPreview } from './GridPreview';

const useStyles = makeStyles({
  panel: {
    position: 'sticky',
    bottom: 0,
    marginTop: 'auto',
    paddingTop: tokens.spacingVerticalXS,
    background: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow8,
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
  },
  bar: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  select: { flexGrow: 1, minWidth: 0 },
});

export interface PreviewPanelProps {
  grid: Grid;
  sheets: string[];
  selection: { row: number; col: number } | null;
  open: boolean;
  onToggle: () => void;
  onSheet: (name: string) => void;
}

export function PreviewPanel(props: PreviewPanelProps) {
  const { t } = useI18n();
  const s = useStyles();
  const ref = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    const el = ref.current;
    const root = document.documentElement;
    const pad = () => (root.style.scrollPaddingBottom = `${(el?.offsetHeight ?? 0) + 8}px`);
    pad();
    const ro = typeof ResizeObserver !== 'undefined' && el ? new ResizeObserver(pad) : null;
    if (ro && el) ro.observe(el);
    return () => {
      ro?.disconnect();
      root.style.scrollPaddingBottom = '';
    };
  }, [props.open]);
  return (
    <div ref={ref} className={s.panel} data-testid="preview-panel">
      <div className={s.bar}>
        <Select
          size="small"
          className={s.select}
          value={props.grid.name}
          aria-label={t('previewSheet')}
          onChange={(_, d) => props.onSheet(d.value)}
        >
          {props.sheets.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </Select>
        <Button size="small" appearance="subtle" aria-expanded={props.open} onClick={props.onToggle}>
          {props.open ? t('previewHide') : t('previewShow')}
        </Button>
      </div>
      {props.open && <GridPreview grid={props.grid} selection={props.selection} />}
    </div>
  );
}
