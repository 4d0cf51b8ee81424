/** The pane: workbook source (outside Office), the four tabs, and the sheet preview (outside Office). */
import { useEffect, useMemo, useState } from 'react';
import {
  FluentProvider,
  Spinner,
  Title3,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { I18nContext, makeI18n, useI18n, type Lang } from './i18n';
import { HostNotices } from './components/HostNotices';
import { PackInUse } from './components/PackInUse';
import { PaneTabs, usePaneTab, type PaneTab } from './components/PaneTabs';
import { PreviewPanel } from './components/PreviewPanel';
import { JobStatus } from './components/JobStatus';
import { SourceBar } from './components/SourceBar';
import type { CoreApi } from './state/coreApi';
import type { PaneHost } from './state/host';
import { PaneContext } from './state/PaneContext';
import { usePaneServices } from './state/usePaneServices';
import { usePinnedPreview } from './state/usePinnedPreview';
import { useWorkbookSource } from './state/useWorkbookSource';
import { WaitingContext } from './state/waiting';
import { AssignView } from './views/AssignView';
import { SettingsView } from './views/SettingsView';
import { SummaryView } from './views/SummaryView';
import { ValidateView } from './views/ValidateView';

type TabId = 'validate' | 'assign' | 'summary' | 'settings';
const TABS: PaneTab<TabId>[] = [
  { id: 'validate', label: 'tabValidate', View: ValidateView },
  { id: 'assign', label: 'tabAssign', View: AssignView },
  { id: 'summary', label: 'tabSummary', View: SummaryView },
  { id: 'settings', label: 'tabSettings', View: SettingsView },
];

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: tokens.spacingHorizontalM,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  title: { margin: 0 },
});

export interface AppProps {
  lang: Lang;
  dark: boolean;
  host: PaneHost;
  loadCore: () => Promise<CoreApi>;
}

export function App({ lang, dark, host, loadCore }: AppProps) {
  const i18n = useMemo(() => makeI18n(lang), [lang]);
  // Excel holds a request while the user edits a cell: the running job says so (host.onWaiting, Excel only).
  const [waiting, setWaiting] = useState(false);
  useEffect(() => host.onWaiting?.(setWaiting), [host]);
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <I18nContext.Provider value={i18n}>
        <WaitingContext.Provider value={waiting}>
          <Pane host={host} loadCore={loadCore} />
        </WaitingContext.Provider>
      </I18nContext.Provider>
    </FluentProvider>
  );
}

function Pane({ host, loadCore }: Pick<AppProps, 'host' | 'loadCore'>) {
  const s = useStyles();
  const { t } = useI18n();
  const memory = host.kind === 'memory';
  const { boot, core, port, name, settings, setSettings, open, save } = useWorkbookSource(host, loadCore);
  const preview = usePinnedPreview(port, memory);
  const services = usePaneServices({
    core,
    port,
    settings,
    setSettings,
    showInPreview: preview.reveal,
    refreshPreview: preview.refresh,
  });
  const tabs = usePaneTab<TabId>('validate');

  return (
    <main className={s.root} aria-label={t('appTitle')}>
      <Title3 as="h1" className={s.title}>
        {t('appTitle')}
      </Title3>
      <HostNotices host={host} />
      {memory && host.loadSample && host.loadFile && (
        <SourceBar
          name={name}
          busy={boot.running}
          onSample={() => void open(host.loadSample!, preview.reset)}
          onFile={(f) => void open(() => host.loadFile!(f), preview.reset)}
          onSave={host.saveFile && port ? () => void save() : undefined}
        />
      )}
      <JobStatus job={boot} />
      <PackInUse settings={settings} />
      {!core && boot.running && <Spinner size="small" label={t('loading')} />}
      {services && (
        <PaneContext.Provider value={services}>
          <PaneTabs tabs={TABS} state={tabs} />
          {memory && preview.panel && tabs.tab !== 'settings' && <PreviewPanel {...preview.panel} />}
        </PaneContext.Provider>
      )}
    </main>
  );
}
