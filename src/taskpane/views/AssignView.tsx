/** 填充责任单位: preview (fill / normalise / conflicts / unmatched, each with its reason), apply all or chosen, undo. */
import { Button, Checkbox, MessageBarActions, Subtitle2, Text } from '@fluentui/react-components';
import { PlainMessageBar } from '../components/PlainMessageBar';
import { useI18n } from '../i18n';
import { EditList } from '../components/EditList';
import { JobStatus } from '../components/JobStatus';
import { UndoButton } from '../components/UndoButton';
import { CellLink } from '../components/CellLink';
import { NotRecognised } from '../components/NotRecognised';
import { useAssignment, type AssignmentModel } from '../state/useAssignment';
import { useViewStyles } from './styles';

export function AssignView() {
  const { t } = useI18n();
  const s = useViewStyles();
  const m = useAssignment();
  const r = m.result;
  const nothing =
    r && r.sheets.length > 0 && r.edits.length === 0 && r.conflicts.length === 0 && r.unmatched.length === 0;
  return (
    <div className={s.view}>
      <p className={s.hint}>{t('assignHint')}</p>
      <Checkbox label={t('normalise')} checked={m.normalise} onChange={(_, d) => m.setNormalise(Boolean(d.checked))} />
      <Checkbox label={t('overwrite')} checked={m.overwrite} onChange={(_, d) => m.setOverwrite(Boolean(d.checked))} />
      <div className={s.actions}>
        <Button appearance="primary" onClick={() => void m.run()} disabled={m.job.running}>
          {t('assignRun')}
        </Button>
        <UndoButton entry={m.lastFill} disabled={m.job.running} onUndo={() => void m.undo()} />
      </div>
      <JobStatus job={m.job} />
      {r && r.sheets.length === 0 && <NotRecognised sheets={r.unrecognised} />}
      {r?.sheetNotes.map((n) => (
        <PlainMessageBar key={`${n.sheet}-${n.text}`} intent="warning" layout="multiline">
          {t('sheetNote', { sheet: n.sheet, reason: n.reason })}
        </PlainMessageBar>
      ))}
      {nothing && r.sheetNotes.length === 0 && <Text>{t('assignEmpty')}</Text>}
      {r && r.edits.length > 0 && (
        <section className={s.section} aria-label={t('editsTitle', { count: r.edits.length })}>
          <Subtitle2 as="h2">{t('editsTitle', { count: r.edits.length })}</Subtitle2>
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
          <EditList edits={r.edits} chosen={m.chosen} onToggle={m.toggle} onSelect={(sh, c) => void m.select(sh, c)} />
        </section>
      )}
      {r && r.edits.length === 0 && <JobStatus job={m.job} at="apply" />}
      {r && r.conflicts.length > 0 && (
        <section className={s.section} aria-label={t('conflictsTitle', { count: r.conflicts.length })}>
          <Subtitle2 as="h2">{t('conflictsTitle', { count: r.conflicts.length })}</Subtitle2>
          <ul className={s.list}>
            {r.conflicts.slice(0, 200).map((c) => (
              <li key={`${c.sheet}!${c.cell}`}>
                <CellLink sheet={c.sheet} cell={c.cell} onSelect={(sh, a1) => void m.select(sh, a1)} />
                {/* The core's one sentence: 现为区工信局；措施9 规定牵头为区发展改革委 */}
                {c.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
      {r && r.unmatched.length > 0 && (
        <section className={s.section} aria-label={t('unmatchedTitle', { count: r.unmatched.length })}>
          <Subtitle2 as="h2">{t('unmatchedTitle', { count: r.unmatched.length })}</Subtitle2>
          <ul className={s.list}>
            {r.unmatched.slice(0, 200).map((u) => {
              const cell = u.cell || `A${u.row}`;
              return (
                <li key={`${u.sheet}-${u.row}`}>
                  <CellLink sheet={u.sheet} cell={cell} onSelect={(sh, a1) => void m.select(sh, a1)} />
                  {u.text}
                  <span className={s.reason}>{u.reason}</span>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </div>
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
