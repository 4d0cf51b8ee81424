/** 校验台账: one button; what was recognised; issues by severity and type; select, step, filter, mark, export. */
import { Button, Subtitle2, Text } from '@fluentui/react-components';
import { useI18n } from '../i18n';
import { IssueList } from '../components/IssueList';
import { IssueTypeFilter } from '../components/IssueTypeFilter';
import { JobStatus } from '../components/JobStatus';
import { NotRecognised } from '../components/NotRecognised';
import { RecognitionCard } from '../components/RecognitionCard';
import { SeverityCounts } from '../components/SeverityCounts';
import { UndoButton } from '../components/UndoButton';
import { PlainMessageBar } from '../components/PlainMessageBar';
import { usePane } from '../state/PaneContext';
import { useValidation, type ValidationModel } from '../state/useValidation';
import { useViewStyles } from './styles';

export function ValidateView() {
  const { t } = useI18n();
  const s = useViewStyles();
  const m = useValidation();
  const r = m.result;
  return (
    <div className={s.view}>
      <p className={s.hint}>{t('validateHint')}</p>
      {m.activeSheet !== null && (
        <p className={s.current} data-testid="active-sheet">
          {t('activeSheetIs', { sheet: m.activeSheet })}
          {m.resultsElsewhere && <span className={s.elsewhere}>{t('activeSheetNotChecked')}</span>}
        </p>
      )}
      <div className={s.actions}>
        <Button appearance="primary" onClick={() => void m.run()} disabled={m.job.running}>
          {t('validateRun')}
        </Button>
      </div>
      <JobStatus job={m.job} />
      {m.stale && !m.job.running && (
        <PlainMessageBar intent="info" data-testid="results-stale">
          {t('resultsStale')}
        </PlainMessageBar>
      )}
      {r && r.sheets.length === 0 && <NotRecognised sheets={r.unrecognised} />}
      {r && r.sheets.length > 0 && (
        <section className={s.section} aria-label={t('recognised')}>
          <Subtitle2 as="h2">{t('recognised')}</Subtitle2>
          {r.sheets.map((sh) => (
            <RecognitionCard key={sh.sheet} sheet={sh} disabled={m.job.running} onChoose={(sheet, letter, choice) => void m.chooseColumn(sheet, letter, choice)} />
          ))}
          <JobStatus job={m.job} at="mapping" />
        </section>
      )}
      {r && r.sheets.length > 0 && <Issues m={m} />}
    </div>
  );
}

function Issues({ m }: { m: ValidationModel }) {
  const { t, lang } = useI18n();
  const s = useViewStyles();
  const { core } = usePane();
  const heading = m.shown === m.total ? t('issuesTotal', { count: m.total }) : t('issuesShown', { shown: m.shown, count: m.total });
  const helpOf = (code: string) => core.issueCatalogue.find((d) => d.code === code)?.help[lang] || undefined;
  return (
    <section className={s.section} aria-label={t('issueList')}>
      <Subtitle2 as="h2">{heading}</Subtitle2>
      {m.total === 0 ? (
        <Text>{t('validateEmpty')}</Text>
      ) : (
        <>
          <SeverityCounts counts={m.severities} />
          <IssueTypeFilter types={m.types} value={m.filter} onChange={m.setFilter} />
          <div className={s.actions}>
            <Button size="small" onClick={() => void m.mark()} disabled={m.job.running}>
              {t('markInSheet', { count: m.shown })}
            </Button>
            <Button size="small" onClick={() => void m.clearMarks()} disabled={m.job.running}>
              {t('clearMarks')}
            </Button>
            <Button size="small" onClick={() => void m.exportIssues()} disabled={m.job.running}>
              {t('exportIssues', { count: m.shown })}
            </Button>
            <UndoButton entry={m.lastExport} disabled={m.job.running} onUndo={() => void m.undoExport()} />
          </div>
          <JobStatus job={m.job} at="marks" />
          <nav className={s.actions} aria-label={t('issueStep')}>
            <Button size="small" onClick={() => void m.step(-1)} disabled={m.position <= 1}>
              {t('prevIssue')}
            </Button>
            <Button size="small" onClick={() => void m.step(1)} disabled={m.position >= m.shown}>
              {t('nextIssue')}
            </Button>
            {m.position > 0 && <span>{t('issueAt', { at: m.position, count: m.shown })}</span>}
          </nav>
          <JobStatus job={m.job} at="select" />
          <IssueList
            issues={m.paged.items}
            page={m.paged.page}
            pages={m.paged.pages}
            selected={m.selected}
            onSelect={(i) => void m.select(i)}
            onPage={m.setPage}
            helpOf={helpOf}
          />
        </>
      )}
    </section>
  );
}
