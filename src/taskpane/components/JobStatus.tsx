/** Progress with Cancel while a job runs; then its error or notice. Announced to screen readers. */
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n';
import { PlainMessageBar } from './PlainMessageBar';
import type { JobState } from '../state/useJob';
import type { PortNote } from '../../core/port/WorkbookPort';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1, minWidth: 0 },
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** `at` names the place (button group) this status belongs to; it shows only for jobs started there. */
export function JobStatus({
  job,
  at = 'main',
}: {
  job: Pick<JobState, 'running' | 'progress' | 'error' | 'notice' | 'cancel'> & {
    origin?: string;
    waiting?: boolean;
    notes?: PortNote[];
  };
  at?: string;
}) {
  const { t } = useI18n();
  const s = useStyles();
  const p = job.progress;
  const mine = (job.origin ?? 'main') === at;
  const box = useRef<HTMLDivElement | null>(null);
  // A result appears beside its button and is brought into view (clear of the pinned preview: scroll-padding).
  useEffect(() => {
    if (mine && (job.notice || job.error)) box.current?.scrollIntoView?.({ block: 'nearest' });
  }, [mine, job.notice, job.error]);
  if (!mine) return null;
  return (
    <div ref={box} className={s.box} aria-live="polite">
      {job.running && (
        <div className={s.box} role="status">
          <div className={s.row}>
            <Spinner size="tiny" />
            <span className={s.grow}>
              {p?.final
                ? t('writing', { label: p.label })
                : p && p.total > 0
                  ? t('stepOf', { done: Math.min(p.done + 1, p.total), total: p.total, label: p.label })
                  : t('working')}
            </span>
            {!p?.final && (
              <Button size="small" onClick={job.cancel}>
                {t('cancel')}
              </Button>
            )}
          </div>
          {job.waiting && <span data-testid="waiting-edit">{t('waitingForEdit')}</span>}
          <ProgressBar aria-label={t('working')} value={p && p.total > 0 ? p.done / p.total : undefined} />
        </div>
      )}
      {job.error && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>{t('errorTitle')}</MessageBarTitle>
            {job.error}
          </MessageBarBody>
        </MessageBar>
      )}
      {job.notice && !job.running && <PlainMessageBar intent="success">{job.notice}</PlainMessageBar>}
      {!job.running && job.notes && job.notes.length > 0 && <PortNotes notes={job.notes} />}
    </div>
  );
}

/** What the port could not do or keep in this action (port.notes), beside its result: zh, or en where it has it. */
function PortNotes({ notes }: { notes: PortNote[] }) {
  const { t, lang } = useI18n();
  const s = useStyles();
  const items = [...new Set(notes.map((n) => (lang === 'en' && n.en) || n.zh))];
  return (
    <PlainMessageBar intent="warning" data-testid="port-notes">
      <ul className={s.list} aria-label={t('actionNotesLabel')}>
        {items.map((x) => (
          <li key={x}>{x}</li>
        ))}
      </ul>
    </PlainMessageBar>
  );
}
