import { WorkbookError } from '../core/port/WorkbookPort';

/**
 * ExcelApi requirement sets the adapter uses. 1.9 is the minimum (declared in manifest.xml): RangeAreas via
 * worksheet.getRanges and RangeFill.pattern for marks, suspendScreenUpdatingUntilNextSync, delayForCellEdit.
 * Everything below 1.9 that we use (conditional formats 1.6, chart series 1.7, getUsedRangeOrNullObject 1.4,
 * freeze panes 1.7, onActivated 1.7) comes with it. The optional sets are checked at run time and degrade.
 */
export const MIN_EXCEL_API = '1.9';

export const OPTIONAL_SETS = {
  /** Runtime.enableEvents: our own events off during bulk writes. Below the 1.9 minimum, checked all the same. */
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
} as const;

export interface Capabilities {
  events: boolean;
  mergedAreas: boolean;
  notes: boolean;
  rangeAreas: boolean;
  fillDetails: boolean;
  rowProperties: boolean;
}

export function detectCapabilities(isSetSupported: (name: string, version: string) => boolean): Capabilities {
  return {
    events: isSetSupported('ExcelApi', OPTIONAL_SETS.events),
    mergedAreas: isSetSupported('ExcelApi', OPTIONAL_SETS.mergedAreas),
    notes: isSetSupported('ExcelApi', OPTIONAL_SETS.notes),
    rangeAreas: isSetSupported('ExcelApi', OPTIONAL_SETS.rangeAreas),
    fillDetails: isSetSupported('ExcelApi', OPTIONAL_SETS.fillDetails),
    rowProperties: isSetSupported('ExcelApi', OPTIONAL_SETS.rowProperties),
  };
}

/** Throws a clear message when the host lacks the minimum set (the manifest normally keeps such hosts out). */
export function requireMinimum(isSetSupported: (name: string, version: string) => boolean): void {
  if (!isSetSupported('ExcelApi', MIN_EXCEL_API)) {
    throw new WorkbookError(
      `当前 Excel 版本不支持台账助手所需的 ExcelApi ${MIN_EXCEL_API}。请使用 Microsoft 365、Excel 2019 及以上或 Excel 网页版。`,
      `This Excel lacks ExcelApi ${MIN_EXCEL_API}, which Taizhang needs. Use Microsoft 365, Excel 2019+ or Excel on the web.`,
      'ApiNotFound',
    );
  }
}

/** What the pane shows when an optional set is missing (the feature is skipped, the rest works). */
export function missingFeatureNotes(caps: Capabilities): { zh: string; en: string }[] {
  const out: { zh: string; en: string }[] = [];
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
