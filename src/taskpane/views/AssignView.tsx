/** 填充责任单位: preview (fill / normalise / conflicts / unmatched, each with its reason), apply all or chosen, undo. */
import { Button, Checkbox, Text } from '@fluentui/react-components';
import { PlainMessageBar } from '../components/PlainMessageBar';
import { useI18n } from '../i18n';
import { JobStatus } from '../components/JobStatus';
import { UndoButton } from '../components/UndoButton';
import { NotRecognised } from '../components/NotRecognised';
import { useAssignment } from '../state/useAssignment';
import { ConflictList, EditsSection, UnmatchedList } from './AssignResults';
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
      {r && r.edits.length > 0 && <EditsSection m={m} edits={r.edits} />}
      {r && r.edits.length === 0 && <JobStatus job={m.job} at="apply" />}
      {r && r.conflicts.length > 0 && <ConflictList conflicts={r.conflicts} onSelect={m.select} />}
      {r && r.unmatched.length > 0 && <UnmatchedList unmatched={r.unmatched} onSelect={m.select} />}
    </div>
  );
}
