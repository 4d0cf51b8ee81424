/** Outside Office: choose the in-memory workbook (the bundled sample or a user's .xlsx), and save it changed. */
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useRef } from 'react';
import { useI18n } from '../i18n';

const useStyles = makeStyles({
  bar: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  hidden: { display: 'none' },
  name: { overflowWrap: 'anywhere', minWidth: 0 },
});

export function SourceBar(props: {
  name: string | null;
  onSample: () => void;
  onFile: (file: File) => void;
  onSave?: () => void;
  busy: boolean;
}) {
  const { t } = useI18n();
  const s = useStyles();
  const input = useRef<HTMLInputElement | null>(null);
  return (
    <section className={s.bar} aria-label={t('sourceLabel')}>
      <Button size="small" onClick={props.onSample} disabled={props.busy}>
        {t('sourceSample')}
      </Button>
      <Button size="small" onClick={() => input.current?.click()} disabled={props.busy}>
        {t('sourceOpen')}
      </Button>
      {props.name && props.onSave && (
        <Button size="small" appearance="primary" onClick={props.onSave} disabled={props.busy}>
          {t('saveXlsx')}
        </Button>
      )}
      <input
        ref={input}
        className={s.hidden}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={t('sourceOpen')}
        data-testid="file-input"
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) props.onFile(f);
          e.target.value = '';
        }}
      />
      {/* While loading, the progress line speaks; "尚未载入工作簿" beside "正在处理" contradicted it. */}
      {!(props.busy && !props.name) && (
        <Caption1 role="status" className={s.name}>
          {props.name ? t('sourceLoaded', { name: props.name }) : t('sourceNone')}
        </Caption1>
      )}
    </section>
  );
}
