/**
 * Never silent: beside the totals, what each ledger could not give — key figures with no column (left out of every
 * total) and cells without a value (counted as nothing), with the first cells to go to. Reads the summary's
 * `coverage` (set by the core's computeSummary; a summary without it shows nothing here).
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { CoverageEntry, Summary } from '../../core/totals/types';
import { useI18n } from '../i18n';
import { usePane } from '../state/PaneContext';
import { fieldLabel } from '../state/recognition';
import { CellLink } from './CellLink';

export function coverageGaps(summary: Summary): CoverageEntry[] {
  return (summary.coverage ?? []).filter((c) => c.figuresMissing.length > 0 || c.cellsWithoutValue > 0);
}

export function CoverageNote({ summary }: { summary: Summary }) {
  const { t, lang } = useI18n();
  const { core, selectCell } = usePane();
  const gaps = coverageGaps(summary);
  if (gaps.length === 0) return null;
  const sep = t('listSeparator');
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="coverage-note">
      <MessageBarBody>
        <MessageBarTitle>{t('coverageTitle')}</MessageBarTitle>
        <ul style={{ margin: 0, paddingLeft: '1.2em' }}>
          {gaps.map((g) => (
            <li key={`${g.file}-${g.sheet}`}>
              {t('sheetQuoted', { name: g.sheet })}
              {g.figuresMissing.length > 0 &&
                t('coverageMissing', {
                  fields: g.figuresMissing.map((f) => fieldLabel(core.ledgerKinds, g.kind, f, lang)).join(sep),
                })}
              {g.cellsWithoutValue > 0 && t('coverageCells', { count: g.cellsWithoutValue })}
              {g.cells.slice(0, 5).map((c) => (
                <CellLink key={c} sheet={g.sheet} cell={c} onSelect={(sh, a1) => void selectCell(sh, a1)} />
              ))}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
