/**
 * Which of a package's two settings stores the CLI reads: Excel's document settings (the web-extension part, what
 * the clerk saw in the pane) win over the very hidden settings sheet the CLI keeps; when both are there and differ,
 * a note says so. The sheet's settings are used only when the document settings are absent or cannot be read —
 * except its ledger snapshots on days the pane's shelf has none (a CLI older than this kept them in the sheet only,
 * so the pane never saw them): they are last weeks' figures, not choices, and are kept beside the pane's.
 */
import { shelveSnapshot, type LedgerSnapshot, type SnapshotShelf } from '../core/compare';
import { settingsFromJson, type LoadedSettings } from '../core/port/settingsJson';
import type { PortNote, StoredSettings } from '../core/port/WorkbookPort';

const differ = (added: number): PortNote => ({
  zh: `工作簿中有两份台账助手设置（Excel 任务窗格保存的文档设置，和命令行保存的隐藏设置表），二者不同；已采用 Excel 任务窗格的设置${added ? `，并保留了隐藏设置表中另有的 ${added} 份台账快照` : ''}。`,
  en: `The workbook holds two sets of Taizhang settings (the Excel pane's document settings and the CLI's hidden settings sheet) that differ; the Excel pane's were used${added ? `, keeping ${added} more ledger snapshot(s) from the settings sheet` : ''}.`,
});
const DAMAGED: PortNote = {
  zh: 'Excel 任务窗格保存在工作簿中的台账助手设置无法读取，未使用。',
  en: 'The Taizhang settings the Excel pane saved in the workbook could not be read and were not used.',
};

/** The sheet's settings as the pane would read them, so the two stores are compared field for field. */
function sameAsPane(sheet: StoredSettings, doc: StoredSettings): boolean {
  return JSON.stringify(settingsFromJson(JSON.stringify(sheet)).settings) === JSON.stringify(doc);
}

const day = (s: LedgerSnapshot) => s.takenAt.slice(0, 10);

/** The pane's shelf plus the sheet's snapshots of days it lacks (per ledger sheet, the newest days kept). */
function withSheetSnapshots(doc: StoredSettings, sheet: StoredSettings): { settings: StoredSettings; added: number } {
  let shelf: SnapshotShelf | undefined = doc.snapshots;
  const extra = new Set<LedgerSnapshot>();
  for (const [name, list] of Object.entries(sheet.snapshots ?? {}))
    for (const s of list) {
      if (s.source.sheet !== name || (shelf?.[name] ?? []).some((d) => day(d) === day(s))) continue;
      shelf = shelveSnapshot(shelf, s);
      extra.add(s);
    }
  if (!extra.size) return { settings: doc, added: 0 };
  const added = Object.values(shelf ?? {}).reduce((n, list) => n + list.filter((s) => extra.has(s)).length, 0);
  return { settings: { ...doc, snapshots: shelf }, added };
}

/** `doc`: the web-extension property's reading (null: no such property); `sheet`: the settings sheet's. */
export function chooseSettings(doc: LoadedSettings | null, sheet: LoadedSettings | null): LoadedSettings {
  if (doc?.settings) {
    if (!sheet?.settings || sameAsPane(sheet.settings, doc.settings)) return doc;
    const merged = withSheetSnapshots(doc.settings, sheet.settings);
    return { settings: merged.settings, notes: [...doc.notes, differ(merged.added)] };
  }
  const fallback = sheet ?? { settings: null, notes: [] };
  return doc ? { settings: fallback.settings, notes: [DAMAGED, ...fallback.notes] } : fallback;
}
