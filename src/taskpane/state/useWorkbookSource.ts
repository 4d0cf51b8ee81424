/**
 * Where the pane's workbook comes from: the core (loaded lazily), the port (Excel's, or a loaded .xlsx outside
 * Office), its name, the settings it carries, and opening / saving a file. One boot job reports all of it.
 */
import { useCallback, useEffect, useState } from 'react';
import type { WorkbookPort } from '../../core/port/WorkbookPort';
import { useI18n } from '../i18n';
import type { CoreApi } from './coreApi';
import { download, savedName } from './download';
import type { PaneHost } from './host';
import { settingsFromStored, type PaneSettings } from './packChoice';
import { checkCancelled } from './steps';
import { useJob } from './useJob';

export type LoadWorkbook = () => Promise<{ port: WorkbookPort; name: string }>;

export function useWorkbookSource(host: PaneHost, loadCore: () => Promise<CoreApi>) {
  const { t } = useI18n();
  const boot = useJob();
  const { run } = boot;
  const [core, setCore] = useState<CoreApi | null>(null);
  const [port, setPort] = useState<WorkbookPort | null>(host.port);
  const [name, setName] = useState<string | null>(host.kind === 'excel' ? t('sourceInExcel') : null);
  const [settings, setSettings] = useState<PaneSettings | null>(null);

  useEffect(() => {
    void run(async () => setCore(await loadCore()));
  }, [run, loadCore]);

  // A workbook may carry its own pack and rule settings: read them whenever the workbook changes.
  useEffect(() => {
    if (!core || !port) return;
    void run(async () => setSettings(settingsFromStored(core, await port.loadSettings())));
  }, [core, port, run]);

  /** Opens a workbook; `onOpened` runs before the new port is taken (the preview forgets the old sheet). */
  const open = useCallback(
    async (load: LoadWorkbook, onOpened: () => void) => {
      // 取消 during a load drops the loaded workbook (reading a file cannot be interrupted, but nothing is lost).
      const wb = await run(async (ctx) => {
        const loaded = await load();
        checkCancelled(ctx.signal);
        return loaded;
      });
      if (wb) {
        onOpened();
        setSettings(null);
        setPort(wb.port);
        setName(wb.name);
      }
    },
    [run],
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

  return { boot, core, port, name, settings, setSettings, open, save };
}
