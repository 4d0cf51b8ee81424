/**
 * Which of a package's two settings stores the CLI reads: Excel's document settings (the web-extension part, what
 * the clerk saw in the pane) win over the very hidden settings sheet the CLI keeps; when both are there and differ,
 * a note says so. The sheet's settings are used only when the document settings are absent or cannot be read.
 */
import { settingsFromJson, type LoadedSettings } from '../core/port/settingsJson';
import type { PortNote } from '../core/port/WorkbookPort';

const DIFFER: PortNote = {
  zh: '工作簿中有两份台账助手设置（Excel 任务窗格保存的文档设置，和命令行保存的隐藏设置表），二者不同；已采用 Excel 任务窗格的设置。',
  en: "The workbook holds two sets of Taizhang settings (the Excel pane's document settings and the CLI's hidden settings sheet) that differ; the Excel pane's were used.",
};
const DAMAGED: PortNote = {
  zh: 'Excel 任务窗格保存在工作簿中的台账助手设置无法读取，未使用。',
  en: 'The Taizhang settings the Excel pane saved in the workbook could not be read and were not used.',
};

/** The sheet's settings as the pane would read them, so the two stores are compared field for field. */
function sameAsPane(sheet: LoadedSettings, doc: LoadedSettings): boolean {
  const a = settingsFromJson(JSON.stringify(sheet.settings)).settings;
  return JSON.stringify(a) === JSON.stringify(doc.settings);
}

/** `doc`: the web-extension property's reading (null: no such property); `sheet`: the settings sheet's. */
export function chooseSettings(doc: LoadedSettings | null, sheet: LoadedSettings | null): LoadedSettings {
  if (doc?.settings) {
    const differ = sheet?.settings ? !sameAsPane(sheet, doc) : false;
    return { settings: doc.settings, notes: [...doc.notes, ...(differ ? [DIFFER] : [])] };
  }
  const fallback = sheet ?? { settings: null, notes: [] };
  return doc ? { settings: fallback.settings, notes: [DAMAGED, ...fallback.notes] } : fallback;
}
