import { WorkbookError } from '../core/port/WorkbookPort';

/**
 * ExcelApi requirement sets the adapter uses. 1.7 is the floor (declared in manifest.xml): Office 2019 volume
 * licence and other builds still common in government offices stop below 1.9 (Office 2016 MSI has 1.1 only).
 * Everything we need comes with 1.7: protection 1.2, getItemOrNullObject / getUsedRangeOrNullObject 1.4, conditional
 * formats and suspendApiCalculationUntilNextSync 1.6, chart series, hyperlinks, freeze panes, Workbook.protection and
 * onActivated 1.7. Newer sets are checked at run time and degrade, each with a sentence for the pane.
 */
export const MIN_EXCEL_API = '1.7';

export const OPTIONAL_SETS = {
  /** Runtime.enableEvents: our own events off during bulk writes. */
  events: '1.8',
  /** Range.getMergedAreasOrNullObject. Without it the grid carries no merged areas. */
  mergedAreas: '1.13',
  /** Worksheet.notes. Without it marks carry no note. */
  notes: '1.18',
  /** Worksheet.getRanges (RangeAreas): one format call for many cells. Without it: one call per rectangle. */
  rangeAreas: '1.9',
  /** RangeFill.pattern / patternColor / tintAndShade: fills saved and restored in full. Without it: colour only. */
  fillDetails: '1.9',
  /** Range.getRowProperties: hidden rows of a block in one call. Without it: one rowHidden proxy per row. */
  rowProperties: '1.9',
  /** Range.getCellProperties: the fills of a run of cells in one call. Without it: a fill proxy per cell. */
  cellProperties: '1.9',
  /** Application.suspendScreenUpdatingUntilNextSync. Without it Excel repaints during a bulk write. */
  screenUpdating: '1.9',
  /** Excel.run's mergeUndoGroup: each action one entry in Excel's own undo (Ctrl+Z). */
  undoGroups: '1.20',
} as const;

export type Capabilities = Record<keyof typeof OPTIONAL_SETS, boolean>;

export function detectCapabilities(isSetSupported: (name: string, version: string) => boolean): Capabilities {
  const caps = {} as Capabilities;
  for (const [k, v] of Object.entries(OPTIONAL_SETS)) caps[k as keyof Capabilities] = isSetSupported('ExcelApi', v);
  return caps;
}

/** Throws a clear message when the host lacks the minimum set (the manifest normally keeps such hosts out). */
export function requireMinimum(isSetSupported: (name: string, version: string) => boolean): void {
  if (!isSetSupported('ExcelApi', MIN_EXCEL_API)) {
    throw new WorkbookError(
      `当前 Excel 版本不支持台账助手所需的 ExcelApi ${MIN_EXCEL_API}（Office 2016 批量授权版只有 1.1）。请使用 Office 2019 或更新版本、Microsoft 365、Excel 网页版或 Mac 版。`,
      `This Excel lacks ExcelApi ${MIN_EXCEL_API}, which Taizhang needs (Office 2016 volume licence has 1.1 only). Use Office 2019 or later, Microsoft 365, Excel on the web or for Mac.`,
      'ApiNotFound',
    );
  }
}

/** What the pane shows when an optional set is missing (the feature degrades, the rest works). */
export function missingFeatureNotes(caps: Capabilities): { zh: string; en: string }[] {
  const out: { zh: string; en: string }[] = [];
  if (!caps.events)
    out.push({
      zh: `此 Excel 不支持 ExcelApi ${OPTIONAL_SETS.events}：写入时无法暂停本加载项的事件，窗格可能短暂显示别的工作表，切换后请点“刷新”。`,
      en: `ExcelApi ${OPTIONAL_SETS.events} missing: events stay on during writes; refresh the pane if it shows another sheet.`,
    });
  if (!caps.rangeAreas || !caps.fillDetails)
    out.push({
      zh: `此 Excel 不支持 ExcelApi ${OPTIONAL_SETS.rangeAreas}：标注按矩形分批进行（较慢）；清除标注只恢复填充颜色，图案和色调不恢复，原为白色的单元格恢复为“无填充”。`,
      en: `ExcelApi ${OPTIONAL_SETS.rangeAreas} missing: marks go rectangle by rectangle (slower); clearing restores fill colours only, white as "no fill".`,
    });
  if (!caps.mergedAreas)
    out.push({
      zh: `此 Excel 不支持 ExcelApi ${OPTIONAL_SETS.mergedAreas}，读取时不识别合并单元格；多行合并表头可能需要手动确认。`,
      en: `ExcelApi ${OPTIONAL_SETS.mergedAreas} missing: merged cells are not read; check merged headers by hand.`,
    });
  if (!caps.notes)
    out.push({
      zh: `此 Excel 不支持 ExcelApi ${OPTIONAL_SETS.notes}，标注问题时只上色，不添加批注。`,
      en: `ExcelApi ${OPTIONAL_SETS.notes} missing: marks are fills only, without notes.`,
    });
  return out;
}
