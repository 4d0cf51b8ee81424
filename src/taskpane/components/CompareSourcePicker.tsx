/** 台账周报: this period's ledger and where the previous version comes from (sheet, second file, snapshot). */
import { Button, Caption1, Checkbox, Field, Radio, RadioGroup, Select, Text } from '@fluentui/react-components';
import { useRef } from 'react';
import type { LedgerSnapshot } from '../../core/compare';
import { useI18n } from '../i18n';
import type { CompareSourcesModel } from '../state/useCompareSources';
import { useViewStyles } from '../views/styles';
import { PlainMessageBar } from './PlainMessageBar';

/** A native select held to the pane's width (its longest option would widen it). */
const SELECT_STYLE = { maxWidth: '100%', minWidth: 0 } as const;

function SheetSelect(props: { label: string; value: string; options: string[]; onChange: (v: string) => void }) {
  return (
    <Field label={props.label}>
      <Select style={SELECT_STYLE} value={props.value} onChange={(_, d) => props.onChange(d.value)}>
        {props.options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </Select>
    </Field>
  );
}

function FileChoice({ m, busy }: { m: CompareSourcesModel; busy: boolean }) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement | null>(null);
  return (
    <>
      <div>
        <Button size="small" onClick={() => input.current?.click()} disabled={busy}>
          {t('compareChooseFile')}
        </Button>
        <input
          ref={input}
          hidden
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={t('compareChooseFile')}
          data-testid="compare-file-input"
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void m.chooseFile(f);
            e.target.value = '';
          }}
        />
      </div>
      {m.file && <Caption1>{t('compareFileLoaded', { name: m.file.name })}</Caption1>}
      {m.file && m.file.sheets.length > 1 && (
        <SheetSelect
          label={t('compareFileSheet')}
          value={m.fileSheet}
          options={m.file.sheets}
          onChange={m.setFileSheet}
        />
      )}
    </>
  );
}

function snapshotLabel(s: LedgerSnapshot, t: ReturnType<typeof useI18n>['t']): string {
  const date = s.takenAt.slice(0, 10);
  const count = s.rows.length;
  return s.asOf ? t('compareSnapshotAsOf', { date, asOf: s.asOf, count }) : t('compareSnapshotItem', { date, count });
}

function SnapshotChoice({ m }: { m: CompareSourcesModel }) {
  const { t } = useI18n();
  if (m.snapshots.length === 0) return <Text>{t('compareNoSnapshot', { sheet: m.current })}</Text>;
  return (
    <Field label={t('compareSnapshot')}>
      <Select style={SELECT_STYLE} value={m.takenAt} onChange={(_, d) => m.setTakenAt(d.value)}>
        {/* None from an earlier day: today's is listed but not taken for "last week" without the clerk choosing it. */}
        {!m.snapshots.some((s) => s.takenAt === m.takenAt) && <option value="">{t('compareChooseSnapshot')}</option>}
        {m.snapshots.map((s) => (
          <option key={s.takenAt} value={s.takenAt}>
            {snapshotLabel(s, t)}
          </option>
        ))}
      </Select>
    </Field>
  );
}

export function CompareSourcePicker({ m, busy }: { m: CompareSourcesModel; busy: boolean }) {
  const { t, lang } = useI18n();
  const s = useViewStyles();
  const ledgers = m.sources?.ledgers ?? [];
  const others = ledgers.filter((x) => x !== m.current);
  if (m.sources && ledgers.length === 0) return <Text>{t('compareNoLedger')}</Text>;
  return (
    <div className={s.section}>
      <SheetSelect label={t('compareCurrent')} value={m.current} options={ledgers} onChange={m.setCurrent} />
      <Field label={t('compareFrom')}>
        <RadioGroup value={m.kind} onChange={(_, d) => m.setKind(d.value as typeof m.kind)}>
          <Radio value="sheet" label={t('compareFromSheet')} />
          <Radio value="file" label={t('compareFromFile')} />
          <Radio value="snapshot" label={t('compareFromSnapshot')} />
        </RadioGroup>
      </Field>
      {m.kind === 'sheet' &&
        (others.length > 0 ? (
          <SheetSelect label={t('comparePrevSheet')} value={m.sheet} options={others} onChange={m.setSheet} />
        ) : (
          <Text>{t('compareNoOtherSheet')}</Text>
        ))}
      {m.kind === 'sheet' && m.older.length > 0 && (
        <Checkbox
          checked={m.series}
          onChange={(_, d) => m.setSeries(d.checked === true)}
          label={t('compareSeries', { sheets: m.older.join(t('listSeparator')) })}
        />
      )}
      {m.kind === 'file' && <FileChoice m={m} busy={busy} />}
      {m.kind === 'snapshot' && <SnapshotChoice m={m} />}
      {m.kind === 'snapshot' && m.sources && m.sources.notes.length > 0 && (
        <PlainMessageBar intent="info" data-testid="snapshot-notes">
          {m.sources.notes.map((n) => (lang === 'en' && n.en) || n.zh).join(' ')}
        </PlainMessageBar>
      )}
    </div>
  );
}
