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
import type { PortNote } from '../../core/port/WorkbookPort';
import type { SheetNote } from '../state/ledgers';
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
      {r && !m.job.running && r.readNotes.length > 0 && <ReadNotes notes={r.readNotes} />}
      {r && r.sheets.length === 0 && <NotRecognised sheets={r.unrecognised} />}
      {r && r.sheets.length > 0 && (
        <section className={s.section} aria-label={t('recognised')}>
          <Subtitle2 as="h2">{t('recognised')}</Subtitle2>
          {r.sheets.map((sh) => (
            <RecognitionCard
              key={sh.sheet}
              sheet={sh}
              disabled={m.job.running}
              onChoose={(sheet, letter, choice) => void m.chooseColumn(sheet, letter, choice)}
            />
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
  const heading =
    m.shown === m.total ? t('issuesTotal', { count: m.total }) : t('issuesShown', { shown: m.shown, count: m.total });
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
          <IssueStepper m={m} />
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

/** 上一条 / 下一条 through the shown issues, and where we are. */
function IssueStepper({ m }: { m: ValidationModel }) {
  const { t } = useI18n();
  const s = useViewStyles();
  return (
    <nav className={s.actions} aria-label={t('issueStep')}>
      <Button size="small" onClick={() => void m.step(-1)} disabled={m.position <= 1}>
        {t('prevIssue')}
      </Button>
      <Button size="small" onClick={() => void m.step(1)} disabled={m.position >= m.shown}>
        {t('nextIssue')}
      </Button>
      {m.position > 0 && <span>{t('issueAt', { at: m.position, count: m.shown })}</span>}
    </nav>
  );
}

function noteText(n: PortNote, lang: 'zh' | 'en'): string {
  return (lang === 'en' && n.en) || n.zh;
}

/** The port's remarks on the read, one line per remark with the sheets it concerns. */
function ReadNotes({ notes }: { notes: SheetNote[] }) {
  const { t, lang } = useI18n();
  const groups = new Map<string, { text: string; sheets: string[] }>();
  for (const n of notes) {
    const g = groups.get(n.zh) ?? { text: noteText(n, lang), sheets: [] };
    if (!g.sheets.includes(n.sheet)) g.sheets.push(n.sheet);
    groups.set(n.zh, g);
  }
  const items = [...groups.values()].map((g) =>
    t('readNote', { sheets: g.sheets.map((x) => `“${x}”`).join(lang === 'en' ? ', ' : '、'), note: g.text }),
  );
  return <Notes testId="read-notes" label={t('readNotesLabel')} intent="info" items={items} />;
}

function Notes({
  items,
  label,
  intent,
  testId,
}: {
  items: string[];
  label: string;
  intent: 'info' | 'warning';
  testId: string;
}) {
  const s = useViewStyles();
  return (
    <PlainMessageBar intent={intent} data-testid={testId}>
      <ul className={s.list} aria-label={label}>
        {items.map((x) => (
          <li key={x}>{x}</li>
        ))}
      </ul>
    </PlainMessageBar>
  );
}
