import { WorkbookError } from '../core/port/WorkbookPort';

/** Where a failure happened, so the message can name the sheet and the cell. */
export interface ErrorPlace {
  sheet?: string;
  cell?: string;
  action?: string; // e.g. "写入单元格"
  /**
   * What a failure left behind, when the caller knows: nothing written yet, or written and rolled back. Unknown
   * (undefined) means a write sync failed part-way and nothing put it back: the message must not say "nothing changed".
   */
  outcome?: 'unchanged' | 'rolledBack';
}

function outcomeZh(p: ErrorPlace): string {
  if (p.outcome === 'unchanged') return '未做任何修改。';
  if (p.outcome === 'rolledBack') return '已写入的部分已恢复原样。';
  return '部分更改可能已经生效，请检查工作表。';
}

function outcomeEn(p: ErrorPlace): string {
  if (p.outcome === 'unchanged') return 'Nothing was changed.';
  if (p.outcome === 'rolledBack') return 'What had been written was put back.';
  return 'Some changes may have taken effect; check the sheet.';
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
    zh: `Excel 拒绝了对${placeZh(p)}的${p.action ?? '操作'}（工作表或工作簿受保护，或当前不允许此操作）。${outcomeZh(p)}`,
    en: `Excel refused the change to ${placeEn(p)} (the sheet or workbook is protected, or the operation is not allowed). ${outcomeEn(p)}`,
  }),
  AccessDenied: (p) => MESSAGES.InvalidOperation(p),
  ItemNotFound: (p) => ({
    zh: `找不到${placeZh(p)}，可能已被重命名或删除。请刷新后重试。`,
    en: `${placeEn(p)} was not found; it may have been renamed or deleted. Refresh and retry.`,
  }),
  RequestPayloadSizeLimitExceeded: (p) => ({
    zh: `${placeZh(p)}的数据量超过 Excel 单次请求上限（网页版约 5 MB）。${outcomeZh(p)}请缩小范围或分批处理。`,
    en: `The request for ${placeEn(p)} exceeds Excel's payload limit (5 MB on the web). ${outcomeEn(p)}`,
  }),
  ResponsePayloadSizeLimitExceeded: (p) => ({
    zh: `${placeZh(p)}返回的数据量超过 Excel 单次响应上限（网页版约 5 MB）。${outcomeZh(p)}请缩小范围或分批处理。`,
    en: `The response for ${placeEn(p)} exceeds Excel's payload limit (5 MB on the web). ${outcomeEn(p)}`,
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
    `${place.action ?? '操作'}${placeZh(place)}时 Excel 报错（${code}）：${detail}。${outcomeZh(place)}`,
    `Excel failed on ${placeEn(place)} (${code}): ${detail}. ${outcomeEn(place)}`,
    code,
  );
}

/** Thrown before any write when a protected sheet forbids formatting cells (marks): the workbook stays as it was. */
export function protectedSheetError(sheet: string): WorkbookError {
  return new WorkbookError(
    `工作表“${sheet}”受保护，且保护设置不允许“设置单元格格式”，未做任何修改。请撤销工作表保护（审阅 → 撤销工作表保护），或保护时勾选“设置单元格格式”。`,
    `Sheet "${sheet}" is protected and does not allow formatting cells; nothing was changed. Unprotect it (Review → Unprotect Sheet) or allow "Format cells".`,
    'InvalidOperation',
  );
}

/** Thrown before any write when a target cell of a protected sheet is locked. */
export function lockedCellError(sheet: string, a1: string): WorkbookError {
  return new WorkbookError(
    `工作表“${sheet}”受保护，${a1} 是锁定的单元格，未做任何修改。请撤销工作表保护，或取消要写入的单元格的“锁定”（设置单元格格式 → 保护）。`,
    `Sheet "${sheet}" is protected and ${a1} is locked; nothing was changed. Unprotect the sheet or unlock the cells to write.`,
    'InvalidOperation',
  );
}

/**
 * A protected sheet that forbids formatting: text Excel would read as a number, date or formula cannot be written
 * as text there (that needs the "@" format for a moment, see textSafety.ts).
 */
export function textNeedsFormatError(sheet: string, a1: string, text: string): WorkbookError {
  return new WorkbookError(
    `工作表“${sheet}”受保护且不允许“设置单元格格式”，“${text}”无法作为文本写入 ${a1}（Excel 会把它当作数字、日期或公式），未做任何修改。请撤销工作表保护后重试。`,
    `Sheet "${sheet}" is protected without "Format cells": "${text}" cannot go into ${a1} as text; nothing was changed.`,
    'InvalidOperation',
  );
}

/** Workbook structure protection forbids adding or deleting sheets. */
export function structureProtectedError(): WorkbookError {
  return new WorkbookError(
    '工作簿结构受保护（审阅 → 保护工作簿），不能新增或删除工作表，未做任何修改。请撤销工作簿保护后重试。',
    'The workbook structure is protected (Review → Protect Workbook): sheets cannot be added or deleted; nothing was changed.',
    'InvalidOperation',
  );
}

export function sheetNotFoundError(sheet: string): WorkbookError {
  const m = MESSAGES.ItemNotFound({ sheet });
  return new WorkbookError(m.zh, m.en, 'ItemNotFound');
}

/**
 * The sync that carries a batch's writes. If Excel fails it, part of the batch may have taken effect (Excel runs a
 * batch's operations in order and stops at the failing one): the rollback, when there is one, is tried, and the
 * message says whether what was written was put back or may still be there — never "nothing was changed".
 * Failures of the syncs before it (checks and loads) are reported by the caller as "nothing changed".
 */
export async function syncWrite(
  context: Excel.RequestContext,
  place: ErrorPlace,
  rollback?: () => Promise<void>,
): Promise<void> {
  try {
    await context.sync();
  } catch (e) {
    throw await failedWrite(e, place, rollback);
  }
}

/**
 * The error for a write that failed: rolled back first when a rollback is given, and the message says whether it
 * was (a failed rollback keeps the original failure, whose message then says changes may remain).
 */
export async function failedWrite(
  e: unknown,
  place: ErrorPlace,
  rollback?: () => Promise<void>,
): Promise<WorkbookError> {
  let outcome: ErrorPlace['outcome'];
  if (rollback) {
    try {
      await rollback();
      outcome = 'rolledBack';
    } catch {
      // The original failure is what the user needs to see.
    }
  }
  return toWorkbookError(e, { ...place, outcome });
}
