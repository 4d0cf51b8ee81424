/** 生成汇总: as-of date (prefilled), sheets, write the summary sheets (asking before replacing), target cards. */
import { Button, Checkbox, Field, Input, Text } from '@fluentui/react-components';
import { useI18n } from '../i18n';
import { JobStatus } from '../components/JobStatus';
import { UndoButton } from '../components/UndoButton';
import { NotRecognised } from '../components/NotRecognised';
import { useSummary } from '../state/useSummary';
import { SummaryFigures, SummaryReplaceQuestion } from './SummaryResult';
import { useViewStyles } from './styles';

export function SummaryView() {
  const { t } = useI18n();
  const s = useViewStyles();
  const m = useSummary();
  return (
    <div className={s.view}>
      <p className={s.hint}>{t('summaryHint')}</p>
      <Field label={t('asOfDate')}>
        <Input type="date" value={m.asOf} onChange={(_, d) => m.setAsOf(d.value)} />
      </Field>
      {m.unrecognised && m.sheets.length === 0 && <NotRecognised sheets={m.unrecognised} />}
      <fieldset className={s.section} style={{ border: 'none', margin: 0, padding: 0 }} hidden={m.sheets.length === 0}>
        <legend>{t('sheetsToInclude')}</legend>
        {m.sheets.map((sh) => (
          <Checkbox key={sh.name} label={sh.name} checked={sh.chosen} onChange={() => m.toggleSheet(sh.name)} />
        ))}
      </fieldset>
      {m.validation && <Text role="alert">{m.validation}</Text>}
      <div className={s.actions}>
        <Button appearance="primary" onClick={() => void m.run()} disabled={m.job.running}>
          {t('summaryRun')}
        </Button>
        <UndoButton entry={m.lastSummary} disabled={m.job.running} onUndo={() => void m.undo()} />
      </div>
      <JobStatus job={m.job} />
      <SummaryReplaceQuestion m={m} />
      {m.summary && <SummaryFigures m={m} summary={m.summary} />}
    </div>
  );
}
