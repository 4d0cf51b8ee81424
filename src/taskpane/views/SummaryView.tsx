/** 生成汇总: as-of date (prefilled), sheets, write the summary sheets (asking before replacing), target cards. */
import { Button, Checkbox, Field, Input, MessageBarActions, Subtitle2, Text } from '@fluentui/react-components';
import { PlainMessageBar } from '../components/PlainMessageBar';
import { useI18n } from '../i18n';
import { JobStatus } from '../components/JobStatus';
import { UndoButton } from '../components/UndoButton';
import { NotRecognised } from '../components/NotRecognised';
import { CoverageNote } from '../components/CoverageNote';
import { TargetCards } from '../components/TargetCards';
import { formatAmount } from '../format';
import { usePane } from '../state/PaneContext';
import { useSummary } from '../state/useSummary';
import { useViewStyles } from './styles';

export function SummaryView() {
  const { t, lang } = useI18n();
  const s = useViewStyles();
  const m = useSummary();
  const { settings } = usePane();
  const totals = m.summary?.totals;
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
      {m.pending && (
        <PlainMessageBar
          intent="warning"
          layout="multiline"
          actions={
            <MessageBarActions>
              <Button size="small" appearance="primary" onClick={() => void m.confirmReplace(true)}>
                {t('replaceYes')}
              </Button>
              <Button size="small" onClick={() => void m.confirmReplace(false)}>
                {t('replaceNo')}
              </Button>
            </MessageBarActions>
          }
        >
          {t('replaceAsk', { names: m.pending.existing.join(t('listSeparator')) })}
        </PlainMessageBar>
      )}
      {m.summary && totals && (
        <section className={s.section} aria-label={t('targetsTitle')}>
          {(m.kinds.includes('project') || !m.reserves) && (
            <Text>
              {t('totalsLine', {
                projects: totals.projects,
                projects1e8: totals.projects1e8,
                total: formatAmount(totals.total, lang),
                completed: formatAmount(totals.completed, lang),
              })}
            </Text>
          )}
          {m.reserves && (
            <Text>
              {t('reservesLine', {
                projects: m.reserves.projects,
                projects1e8: m.reserves.projects1e8,
                total: formatAmount(m.reserves.total, lang),
              })}
            </Text>
          )}
          <CoverageNote summary={m.summary} />
          <Subtitle2 as="h2">{t('targetsTitle')}</Subtitle2>
          <TargetCards targets={m.summary.targets} pack={settings.pack.targets} />
        </section>
      )}
    </div>
  );
}
