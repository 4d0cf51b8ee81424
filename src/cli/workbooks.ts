/**
 * Opening input workbooks for the commands: every visible sheet read as a ledger, the policy pack chosen
 * (--policy file, else the pack stored in the workbook, else the built-in one).
 */
import { promises as fs } from 'node:fs';
import { basename } from 'node:path';
import type ExcelJS from 'exceljs';
import type { Grid } from '../core/grid';
import type { ColumnOverrides } from '../core/header/types';
import { readLedger } from '../core/ledger';
import type { Ledger } from '../core/ledger/types';
import { defaultPack, loadPolicyPack } from '../core/policy';
import type { PolicyPack } from '../core/policy/types';
import { WorkbookError } from '../core/port/WorkbookPort';
import { OWN_SHEETS } from '../core/report';
import { loadWorkbookFile } from '../xlsx/files';
import { gridFromWorksheet } from '../xlsx/readWorkbook';
import { readSettingsSheet, SETTINGS_SHEET } from '../xlsx/settingsSheet';
import { UsageError } from './errors';

export interface SheetRead {
  name: string;
  grid: Grid;
  ledger: Ledger;
}

export interface OpenedFile {
  path: string;
  workbook: ExcelJS.Workbook;
  /** Every visible sheet (or the one --sheet named), ledger or not. */
  sheets: SheetRead[];
  /** The sheets recognised as a ledger kind. */
  ledgers: SheetRead[];
}

/** Reads a policy pack from a JSON file; its errors (in Chinese, naming the field) become exit 2. */
export async function packFromFile(path: string): Promise<PolicyPack> {
  let text: string;
  try {
    text = await fs.readFile(path, 'utf8');
  } catch {
    throw new UsageError(`找不到政策包文件：${path}`, `Policy pack not found: ${path}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UsageError(`政策包“${basename(path)}”不是有效的 JSON。`, `Policy pack "${basename(path)}" is not valid JSON.`);
  }
  try {
    return loadPolicyPack(json);
  } catch (e) {
    throw new UsageError(`政策包“${basename(path)}”有误：${(e as Error).message}`, `Policy pack "${basename(path)}" is invalid: ${(e as Error).message}`);
  }
}

/** The pack a workbook carries in its settings sheet, if any and if valid. */
export function storedPack(wb: ExcelJS.Workbook): PolicyPack | null {
  const settings = readSettingsSheet(wb);
  if (!settings?.policyPack) return null;
  try {
    return loadPolicyPack(JSON.parse(settings.policyPack));
  } catch {
    return null; // a stale or damaged stored pack must not stop a check; the built-in pack is used instead
  }
}

export async function choosePack(policyPath: string | undefined, first?: ExcelJS.Workbook): Promise<PolicyPack> {
  if (policyPath) return packFromFile(policyPath);
  return (first && storedPack(first)) ?? defaultPack();
}

export async function openWorkbook(path: string): Promise<ExcelJS.Workbook> {
  return loadWorkbookFile(path);
}

/**
 * Reads the sheets of an opened workbook as ledgers, with the user's column mapping per sheet when given.
 * Throws (exit 2) when no sheet looks like a ledger.
 */
export function readLedgers(path: string, workbook: ExcelJS.Workbook, pack: PolicyPack, sheet?: string, overridesOf?: (sheet: string) => ColumnOverrides | undefined): OpenedFile {
  // Taizhang's own summary and issues sheets hold 总投资/完成投资 columns too; read again, they would count twice.
  const candidates = workbook.worksheets.filter((ws) =>
    ws.name !== SETTINGS_SHEET && (sheet ? ws.name === sheet : (ws.state === 'visible' || ws.state === undefined) && !OWN_SHEETS.includes(ws.name)),
  );
  if (sheet && candidates.length === 0) {
    const names = workbook.worksheets.filter((ws) => ws.name !== SETTINGS_SHEET).map((ws) => ws.name).join('、');
    throw new WorkbookError(`“${basename(path)}”中没有名为“${sheet}”的工作表（现有：${names}）。`, `"${basename(path)}" has no sheet "${sheet}".`, 'sheet-missing');
  }
  const sheets = candidates.map((ws) => {
    const grid = gridFromWorksheet(ws);
    return { name: ws.name, grid, ledger: readLedger(grid, { pack, overrides: overridesOf?.(ws.name) }) };
  });
  const ledgers = sheets.filter((s) => s.ledger.kind !== 'unknown');
  if (ledgers.length === 0) {
    throw new WorkbookError(
      `“${basename(path)}”中没有像台账的工作表（需要“项目名称”“总投资”等表头；或用 --sheet 指定）。`,
      `"${basename(path)}" has no sheet that looks like a ledger (headers such as 项目名称, 总投资).`,
      'no-ledger',
    );
  }
  return { path, workbook, sheets, ledgers };
}
