/** 台账周报: choose the versions, compare, see what moved and what to check, write the 台账周报 sheet (undoable). */
import { Button, Subtitle2, Text } from '@fluentui/react-components';
import { CompareBreakdown } from '../components/CompareBreakdown';
import { CompareResult } from '../components/CompareResult';
import { CompareSourcePicker } from '../components/CompareSourcePicker';
import { IssueList } from '../components/IssueList';
import { JobStatus } from '../components/JobStatus';
import { ReplaceQuestion } from '../components/ReplaceQuestion';
import { PlainMessageBar } from '../components/PlainMessageBar';
import { UndoButton } from '../components/UndoButton';
import { useI18n } from '../i18n';
import { useCompare, type CompareModel } from '../state/useCompare';
import { useViewStyles } from './styles';

export function CompareView() {
  const { t } = useI18n();
  const s = useViewStyles();
  const m = useCompare();
  return (
    <div className={s.view}>
      <p className={s.hint}>{t('compareHint')}</p>
      <CompareSourcePicker m={m.sources} busy={m.job.running} />
      <JobStatus job={m.job} at="file" />
      {m.validation && <Text role="alert">{m.validation}</Text>}
      <div className={s.actions}>
        <Button
          appearance="primary"
          onClick={() => void m.run()}
          disabled={m.job.running || !m.sources.sources?.ledgers.length}
        >
          {t('compareRun')}
        </Button>
      </div>
      <JobStatus job={m.job} at="main" />
      {m.plan && <CompareResult plan={m.plan} />}
      {m.plan && <WriteWeekly m={m} />}
      {m.plan && <CompareBreakdown c={m.plan.comparison} />}
      {m.plan && <Findings m={m} />}
    </div>
  );
}

function WriteWeekly({ m }: { m: CompareModel }) {
  const { t } = useI18n();
  const s = useViewStyles();
  const sheet = m.plan?.layout.name ?? '';
  return (
    <>
      {m.stale && !m.job.running && (
        <PlainMessageBar intent="warning" data-testid="compare-stale">
          {t('compareStale')}
        </PlainMessageBar>
      )}
      <div className={s.actions}>
        <Button onClick={() => void m.write()} disabled={m.job.running || m.stale}>
          {t('compareWrite')}
        </Button>
        <UndoButton entry={m.lastWeekly} disabled={m.job.running} onUndo={() => void m.undo()} />
      </div>
      {m.asking && (
        <ReplaceQuestion text={t('compareReplaceAsk', { sheet })} onAnswer={(yes) => void m.confirmReplace(yes)} />
      )}
      <JobStatus job={m.job} at="write" />
    </>
  );
}

function Findings({ m }: { m: CompareModel }) {
  const { t } = useI18n();
  const s = useViewStyles();
  const f = m.findings;
  const count = f.items.length;
  return (
    <section className={s.section} aria-label={t('compareFindingsTitle', { count })}>
      <Subtitle2 as="h2">{t('compareFindingsTitle', { count })}</Subtitle2>
      {count === 0 ? (
        <Text>{t('compareNoFindings')}</Text>
      ) : (
        <>
          <nav className={s.actions} aria-label={t('issueStep')}>
            <Button size="small" onClick={() => void f.step(-1)} disabled={f.position <= 1}>
              {t('prevIssue')}
            </Button>
            <Button size="small" onClick={() => void f.step(1)} disabled={f.position >= count}>
              {t('nextIssue')}
            </Button>
            {f.position > 0 && <span>{t('issueAt', { at: f.position, count })}</span>}
          </nav>
          <JobStatus job={m.job} at="select" />
          {f.elsewhere && (
            <PlainMessageBar intent="info" data-testid="finding-elsewhere">
              {t('compareNotHere', { where: f.elsewhere.sheet })}
            </PlainMessageBar>
          )}
          <IssueList
            issues={f.paged.items}
            page={f.paged.page}
            pages={f.paged.pages}
            selected={f.selected}
            onSelect={(i) => void f.select(i as (typeof f.items)[number])}
            onPage={f.setPage}
          />
        </>
      )}
    </section>
  );
}
