/** The pane: workbook source (outside Office), the four tabs, and the sheet preview (outside Office). */
import { useCallback, useEffect, useMemo, useState } from 'react';
import {
  Caption1,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  Title3,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import type { WorkbookPort } from '../core/port/WorkbookPort';
import { I18nContext, makeI18n, useI18n, type Lang, type StringKey } from './i18n';
import { PreviewPanel } from './components/PreviewPanel';
import { JobStatus } from './components/JobStatus';
import { PackDamaged } from './components/PackDamaged';
import { SourceBar } from './components/SourceBar';
import { download, savedName } from './state/download';
import type { CoreApi } from './state/coreApi';
import type { PaneHost } from './state/host';
import { settingsFromStored, type PaneSettings } from './state/packChoice';
import { PaneContext, type PaneServices } from './state/PaneContext';
import { useActiveSheet } from './state/useActiveSheet';
import { useActionHistory } from './state/useActionHistory';
import { useJob } from './state/useJob';
import { checkCancelled } from './state/steps';
import { usePreview } from './state/usePreview';
import { WaitingContext } from './state/waiting';
import { AssignView } from './views/AssignView';
import { CompareView } from './views/CompareView';
import { SettingsView } from './views/SettingsView';
import { SummaryView } from './views/SummaryView';
import { ValidateView } from './views/ValidateView';

type TabId = 'validate' | 'assign' | 'summary' | 'compare' | 'settings';
const TABS: { id: TabId; label: StringKey; View: () => React.JSX.Element }[] = [
  { id: 'validate', label: 'tabValidate', View: ValidateView },
  { id: 'assign', label: 'tabAssign', View: AssignView },
  { id: 'summary', label: 'tabSummary', View: SummaryView },
  { id: 'compare', label: 'tabCompare', View: CompareView },
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
  tabs: { flexWrap: 'wrap' },
  title: { margin: 0 },
  notices: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  pack: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
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
  const { t, lang } = useI18n();
  const boot = useJob();
  const [core, setCore] = useState<CoreApi | null>(null);
  const [port, setPort] = useState<WorkbookPort | null>(host.port);
  const [name, setName] = useState<string | null>(host.kind === 'excel' ? t('sourceInExcel') : null);
  const [settings, setSettings] = useState<PaneSettings | null>(null);
  const [tab, setTab] = useState<TabId>('validate');
  const [opened, setOpened] = useState<Set<TabId>>(new Set(['validate']));
  const memory = host.kind === 'memory';
  const preview = usePreview(port, memory);
  const { show: showInPreview, refresh: refreshPreview, reset: resetPreview } = preview;
  // Collapsed at a narrow pane's width (at 320 px it covered the first issue and cards); a clicked issue opens it.
  const [previewOpen, setPreviewOpen] = useState(() => typeof window === 'undefined' || window.innerWidth >= 400);
  const { run } = boot;
  const activeSheet = useActiveSheet(port);
  const history = useActionHistory(port);
  const { refresh: refreshActions } = history;

  useEffect(() => {
    void run(async () => setCore(await loadCore()));
  }, [run, loadCore]);

  // A workbook may carry its own pack and rule settings: read them whenever the workbook changes.
  useEffect(() => {
    if (!core || !port) return;
    void run(async () => setSettings(settingsFromStored(core, await port.loadSettings())));
  }, [core, port, run]);

  const open = useCallback(
    async (load: () => Promise<{ port: WorkbookPort; name: string }>) => {
      // 取消 during a load drops the loaded workbook (reading a file cannot be interrupted, but nothing is lost).
      const wb = await run(async (ctx) => {
        const loaded = await load();
        checkCancelled(ctx.signal);
        return loaded;
      });
      if (wb) {
        resetPreview();
        setSettings(null);
        setPort(wb.port);
        setName(wb.name);
      }
    },
    [run, resetPreview],
  );

  // 保存为 .xlsx: the workbook as it is now (the input plus Taizhang's changes) downloads under a new name.
  const save = async () => {
    if (!port || !host.saveFile || !name) return;
    const bytes = await run(() => host.saveFile!(port));
    if (bytes) {
      download(bytes, savedName(name));
      boot.setNotice(t('savedAs', { name: savedName(name) }));
    }
  };

  const services: PaneServices | null = useMemo(
    () =>
      core && port && settings
        ? {
            core,
            port,
            settings,
            setSettings,
            async selectCell(sheet, a1) {
              await port.selectCell(sheet, a1);
              if (memory) {
                showInPreview(sheet, a1);
                setPreviewOpen(true); // a clicked issue shows its cell
              }
            },
            workbookChanged() {
              refreshPreview();
              void refreshActions();
            },
            actions: history.actions,
            activeSheet,
          }
        : null,
    [core, port, settings, memory, showInPreview, refreshPreview, refreshActions, history.actions, activeSheet],
  );

  return (
    <main className={s.root} aria-label={t('appTitle')}>
      <Title3 as="h1" className={s.title}>
        {t('appTitle')}
      </Title3>
      {/* What this Excel lacks, said once when the pane opens. */}
      {host.kind === 'excel' && host.notices && host.notices.length > 0 && (
        <MessageBar intent="info" data-testid="host-notices">
          <MessageBarBody>
            <MessageBarTitle>{t('hostNoticesTitle')}</MessageBarTitle>
            <ul className={s.notices}>
              {host.notices.map((n) => (
                <li key={n.zh}>{(lang === 'en' && n.en) || n.zh}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {memory && host.loadSample && host.loadFile && (
        <SourceBar
          name={name}
          busy={boot.running}
          onSample={() => void open(host.loadSample!)}
          onFile={(f) => void open(() => host.loadFile!(f))}
          onSave={host.saveFile && port ? () => void save() : undefined}
        />
      )}
      <JobStatus job={boot} />
      <PackDamaged settings={settings} />
      {/* The pack in use, named on every tab (it was named only in 设置). */}
      {settings && (
        <Caption1 className={s.pack} data-testid="pack-in-use">
          {t('packInUse', { name: settings.pack.document.number || settings.pack.document.title })}
        </Caption1>
      )}
      {!core && boot.running && <Spinner size="small" label={t('loading')} />}
      {services && (
        <PaneContext.Provider value={services}>
          <TabList
            className={s.tabs}
            selectedValue={tab}
            onTabSelect={(_, d) => {
              const id = d.value as TabId;
              setTab(id);
              setOpened((o) => new Set(o).add(id));
            }}
            aria-label={t('tabsLabel')}
            size="small"
          >
            {TABS.map((x) => (
              <Tab key={x.id} value={x.id} id={`tab-${x.id}`} aria-controls={`panel-${x.id}`}>
                {t(x.label)}
              </Tab>
            ))}
          </TabList>
          {TABS.map(({ id, View }) => (
            <div key={id} role="tabpanel" id={`panel-${id}`} aria-labelledby={`tab-${id}`} hidden={tab !== id}>
              {opened.has(id) && <View />}
            </div>
          ))}
          {memory && preview.grid && tab !== 'settings' && (
            <PreviewPanel
              grid={preview.grid}
              sheets={preview.sheets}
              selection={preview.selection}
              open={previewOpen}
              onToggle={() => setPreviewOpen((o) => !o)}
              onSheet={preview.choose}
            />
          )}
        </PaneContext.Provider>
      )}
    </main>
  );
}
