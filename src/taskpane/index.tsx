/** Task-pane entry: find out where we run (Office or a plain browser), pick language and theme, render. */
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { langFromDisplayLanguage } from './i18n';
import { detectOffice, type PaneHost } from './state/host';
import { loadCore } from './state/loadCore';
import { memoryHost } from './state/memoryHost';

async function excelHost(): Promise<PaneHost> {
  const { excelHost: host } = await import(/* webpackChunkName: "excel" */ './state/excelPort');
  return host();
}

async function main(): Promise<void> {
  const env = await detectOffice();
  const host = env.inOffice ? await excelHost() : memoryHost();
  const lang = langFromDisplayLanguage(
    env.displayLanguage ?? (env.inOffice ? null : new URLSearchParams(location.search).get('lang')),
  );
  const dark = env.dark ?? (!env.inOffice && window.matchMedia?.('(prefers-color-scheme: dark)').matches === true);
  const container = document.getElementById('container');
  if (!container) return;
  createRoot(container).render(<App lang={lang} dark={dark} host={host} loadCore={loadCore} />);
}

void main();
