/** 填充责任单位: preview (fill / normalise / conflicts / unmatched, each with its reason), apply all or chosen, undo. */
import { Button, Checkbox, Subtitle2, Text } from '@fluentui/react-components';
import { useI18n } from '../i18n';
import { EditList } from '../components/EditList';
import { JobStatus } from '../components/JobStatus';
import { useAssignment } from '../state/useAssignment';
import { useViewStyles } from './styles';

export function AssignView() {
  const { t } = useI18n();
  const s = useViewStyles();
  const m = useAssignment();
  const r = m.result;
  return (
    <div className={s.view}>
      <p className={s.hint}>{t('assignHint')}</p>
      <Checkbox label={t('normalise')} checked={m.normalise} onChange={(_, d) => m.setNormalise(Boolean(d.checked))} />
      <Checkbox label={t('overwrite')} checked={m.overwrite} onChange={(_, d) => m.setOverwrite(Boolean(d.checked))} />
      <div className={s.actions}>
        <Button appearance="primary" onClick={() => void m.run()} disabled={m.job.running}>
          {t('assignRun')}
        </Button>
        <Button onClick={() => void m.undo()} disabled={m.job.running || !m.canUndo}>
          {t('undo')}
        </Button>
      </div>
      <JobStatus job={m.job} />
      {r && r.edits.length === 0 && r.conflicts.length === 0 && r.unmatched.length === 0 && <Text>{t('assignEmpty')}</Text>}
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
          <EditList edits={r.edits} chosen={m.chosen} onToggle={m.toggle} onSelect={(sh, c) => void m.select(sh, c)} />
        </section>
      )}
      {r && r.conflicts.length > 0 && (
        <section className={s.section} aria-label={t('conflictsTitle', { count: r.conflicts.length })}>
          <Subtitle2 as="h2">{t('conflictsTitle', { count: r.conflicts.length })}</Subtitle2>
          <ul className={s.list}>
            {r.conflicts.slice(0, 200).map((c) => (
              <li key={`${c.sheet}!${c.cell}`}>
                {c.sheet}!{c.cell}：{c.existing} ≠ {c.proposed}。{c.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
      {r && r.unmatched.length > 0 && (
        <section className={s.section} aria-label={t('unmatchedTitle', { count: r.unmatched.length })}>
          <Subtitle2 as="h2">{t('unmatchedTitle', { count: r.unmatched.length })}</Subtitle2>
          <ul className={s.list}>
            {r.unmatched.slice(0, 200).map((u) => (
              <li key={`${u.sheet}-${u.row}`}>
                {u.sheet} {u.row}：{u.text}。{u.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
