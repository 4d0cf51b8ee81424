/** 填充责任单位's result cards: the edits to apply (with the one question above 20 cells), conflicts, unmatched rows. */
import { Button, MessageBarActions, Subtitle2 } from '@fluentui/react-components';
import type { PaneAssignment } from '../state/assignJob';
import type { AssignmentModel } from '../state/useAssignment';
import { PlainMessageBar } from '../components/PlainMessageBar';
import { CellLink } from '../components/CellLink';
import { EditList } from '../components/EditList';
import { JobStatus } from '../components/JobStatus';
import { useI18n } from '../i18n';
import { useViewStyles } from './styles';

type Select = (sheet: string, cell: string) => unknown;

export function EditsSection({ m, edits }: { m: AssignmentModel; edits: PaneAssignment['edits'] }) {
  const { t } = useI18n();
  const s = useViewStyles();
  return (
    <section className={s.section} aria-label={t('editsTitle', { count: edits.length })}>
      <Subtitle2 as="h2">{t('editsTitle', { count: edits.length })}</Subtitle2>
      <div className={s.actions}>
        <Button size="small" appearance="primary" onClick={() => void m.applyAll()} disabled={m.job.running}>
          {t('applyAll')}
        </Button>
        <Button size="small" onClick={() => void m.applyChosen()} disabled={m.job.running || m.chosen.size === 0}>
          {t('applyChosen', { count: m.chosen.size })}
        </Button>
      </div>
      <ConfirmWrite m={m} />
      <JobStatus job={m.job} at="apply" />
      <EditList edits={edits} chosen={m.chosen} onToggle={m.toggle} onSelect={(sh, c) => void m.select(sh, c)} />
    </section>
  );
}

export function ConflictList({ conflicts, onSelect }: { conflicts: PaneAssignment['conflicts']; onSelect: Select }) {
  const { t } = useI18n();
  const s = useViewStyles();
  return (
    <section className={s.section} aria-label={t('conflictsTitle', { count: conflicts.length })}>
      <Subtitle2 as="h2">{t('conflictsTitle', { count: conflicts.length })}</Subtitle2>
      <ul className={s.list}>
        {conflicts.slice(0, 200).map((c) => (
          <li key={`${c.sheet}!${c.cell}`}>
            <CellLink sheet={c.sheet} cell={c.cell} onSelect={(sh, a1) => void onSelect(sh, a1)} />
            {/* The core's one sentence: 现为区工信局；措施9 规定牵头为区发展改革委 */}
            {c.reason}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function UnmatchedList({ unmatched, onSelect }: { unmatched: PaneAssignment['unmatched']; onSelect: Select }) {
  const { t } = useI18n();
  const s = useViewStyles();
  return (
    <section className={s.section} aria-label={t('unmatchedTitle', { count: unmatched.length })}>
      <Subtitle2 as="h2">{t('unmatchedTitle', { count: unmatched.length })}</Subtitle2>
      <ul className={s.list}>
        {unmatched.slice(0, 200).map((u) => {
          const cell = u.cell || `A${u.row}`;
          return (
            <li key={`${u.sheet}-${u.row}`}>
              <CellLink sheet={u.sheet} cell={cell} onSelect={(sh, a1) => void onSelect(sh, a1)} />
              {u.text}
              <span className={s.reason}>{u.reason}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Writing more than 20 cells asks once: "将写入 122 个单元格，可撤销". */
function ConfirmWrite({ m }: { m: AssignmentModel }) {
  const { t } = useI18n();
  if (!m.pending) return null;
  return (
    <PlainMessageBar
      intent="info"
      layout="multiline"
      actions={
        <MessageBarActions>
          <Button size="small" appearance="primary" onClick={() => void m.confirm(true)}>
            {t('confirmWriteYes')}
          </Button>
          <Button size="small" onClick={() => void m.confirm(false)}>
            {t('confirmWriteNo')}
          </Button>
        </MessageBarActions>
      }
    >
      {t('confirmWrite', { count: m.pending.length })}
    </PlainMessageBar>
  );
}
