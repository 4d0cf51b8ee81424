import { WorkbookError } from '../core/port/WorkbookPort';

/** Where a failure happened, so the message can name the sheet and the cell. */
export interface ErrorPlace {
  sheet?: string;
  cell?: string;
  action?: string; // e.g. "写入单元格"
}

function placeZh(p: ErrorPlace): string {
  if (p.sheet && p.cell) return `工作表“${p.sheet}”的 ${p.cell}`;
  if (p.sheet) return `工作表“${p.sheet}”`;
  return '工作簿';
}

function placeEn(p: ErrorPlace): string {
  if (p.sheet && p.cell) return `${p.sheet}!${p.cell}`;
  return p.sheet ? `sheet "${p.sheet}"` : 'the workbook';
}

/** OfficeExtension.Error codes we explain; anything else keeps Excel's own text after a general sentence. */
const MESSAGES: Record<string, (p: ErrorPlace) => { zh: string; en: string }> = {
  InvalidOperation: (p) => ({
    zh: `${placeZh(p)}受保护或当前不允许此操作，未做任何修改。请先撤销工作表保护（审阅 → 撤销工作表保护）后重试。`,
    en: `${placeEn(p)} is protected or the operation is not allowed; nothing was changed. Unprotect the sheet and retry.`,
  }),
  AccessDenied: (p) => MESSAGES.InvalidOperation(p),
  ItemNotFound: (p) => ({
    zh: `找不到${placeZh(p)}，可能已被重命名或删除。请刷新后重试。`,
    en: `${placeEn(p)} was not found; it may have been renamed or deleted. Refresh and retry.`,
  }),
  RequestPayloadSizeLimitExceeded: (p) => ({
    zh: `${placeZh(p)}的数据量超过 Excel 单次请求上限（网页版约 5 MB），未做任何修改。请缩小范围或分批处理。`,
    en: `The request for ${placeEn(p)} exceeds Excel's payload limit (5 MB on the web); nothing was changed.`,
  }),
  ApiNotFound: () => ({
    zh: '当前 Excel 版本不支持此功能所需的接口（要求集）。请升级到 Microsoft 365 或使用 Excel 网页版。',
    en: 'This Excel lacks the API (requirement set) this feature needs. Use Microsoft 365 or Excel on the web.',
  }),
  InvalidOperationInCellEditMode: () => ({
    zh: 'Excel 正处于单元格编辑状态。请按 Enter 或 Esc 结束编辑后重试。',
    en: 'Excel is in cell-edit mode. Press Enter or Esc, then retry.',
  }),
};

function codeOf(e: unknown): string | undefined {
  if (typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string') {
    return (e as { code: string }).code;
  }
  return undefined;
}

/** Maps any failure to a WorkbookError with a Chinese message naming the place; WorkbookErrors pass through. */
export function toWorkbookError(e: unknown, place: ErrorPlace = {}): WorkbookError {
  if (e instanceof WorkbookError) return e;
  const code = codeOf(e) ?? 'GeneralException';
  const known = MESSAGES[code];
  if (known) {
    const m = known(place);
    return new WorkbookError(m.zh, m.en, code);
  }
  const detail = e instanceof Error ? e.message : String(e);
  return new WorkbookError(
    `${place.action ?? '操作'}${placeZh(place)}时 Excel 报错（${code}）：${detail}`,
    `Excel failed on ${placeEn(place)} (${code}): ${detail}`,
    code,
  );
}

/** Thrown before any write when a target sheet is protected: the workbook stays as it was. */
export function protectedSheetError(sheet: string): WorkbookError {
  const m = MESSAGES.InvalidOperation({ sheet });
  return new WorkbookError(m.zh, m.en, 'InvalidOperation');
}

export function sheetNotFoundError(sheet: string): WorkbookError {
  const m = MESSAGES.ItemNotFound({ sheet });
  return new WorkbookError(m.zh, m.en, 'ItemNotFound');
}
