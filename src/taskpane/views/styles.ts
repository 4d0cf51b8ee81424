import { makeStyles, tokens } from '@fluentui/react-components';

/** Layout shared by the four views: one column that works at 320 px. */
export const useViewStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  hint: { color: tokens.colorNeutralForeground3, margin: 0 },
  /** A one-line fact (e.g. the active sheet); long sheet names wrap instead of widening the pane. */
  current: { margin: 0, overflowWrap: 'anywhere' },
  elsewhere: { color: tokens.colorPaletteMarigoldForeground3 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  /** The one-line why under an item (rule, reason). */
  reason: { display: 'block', color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});
