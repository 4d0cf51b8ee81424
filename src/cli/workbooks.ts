/**
 * Opening input workbooks for the commands: every visible sheet read as a ledger, the policy pack chosen
 * (--policy file, else the pack stored in the workbook, else the built-in one).
 */
import { promises as fs } from 'node:fs';
import { basename } from 'node:path';
import type { Grid } from '../core/grid';
import type { ColumnOverrides } from '../core/header/types';
import { readLedger } from '../core/ledger';
import type { Ledger } from '../core/ledger/types';
import { defaultPack, readPolicyPack, type LoadedPack, type PackLoadNote } from '../core/policy';
import type { PolicyPack } from '../core/policy/types';
import { WorkbookError } from '../core/port/WorkbookPort';
import { OWN_SHEETS } from '../core/report';
import { errnoCode, errnoText } from '../xlsx/errno';
import { openXlsxFile, type OpenedXlsx } from '../xlsx/files';
import type { XlsxPackage } from '../xlsx/read';
import { SETTINGS_SHEET } from '../xlsx/settingsSheet';
import { XlsxWorkbook } from '../xlsx/XlsxWorkbook';
import { UsageError } from './errors';

export interface SheetRead {
  name: string;
  grid: Grid;
  ledger: Ledger;
}

export interface OpenedFile extends OpenedXlsx {
  /** The workbook port over the same package, for the commands that write a copy (the input plus our changes). */
  port: () => XlsxWorkbook;
  /** Every visible sheet (or the one --sheet named), ledger or not. */
  sheets: SheetRead[];
  /** The sheets recognised as a ledger kind. */
  ledgers: SheetRead[];
}

/** A policy pack is a few hundred KB; anything past this is not one. */
const MAX_PACK_BYTES = 20 * 1024 * 1024;

/**
 * Reads a policy pack from a JSON file (an older pack without domain/channel lists gets the built-in ones, with a
 * note); its errors (in Chinese, naming the field) become exit 2.
 */
export async function packFromFile(path: string): Promise<LoadedPack> {
  let text: string;
  try {
    const st = await fs.stat(path);
    if (st.isDirectory())
      throw new UsageError(
        `政策包“${path}”是文件夹，请给出 .json 文件。`,
        `Policy pack "${path}" is a folder; give a .json file.`,
      );
    if (!st.isFile())
      throw new UsageError(`政策包“${path}”不是普通文件。`, `Policy pack "${path}" is not a regular file.`);
    if (st.size > MAX_PACK_BYTES)
      throw new UsageError(
        `政策包“${path}”太大（${st.size} 字节，上限 ${MAX_PACK_BYTES} 字节）。`,
        `Policy pack "${path}" is too large.`,
      );
    text = await fs.readFile(path, 'utf8');
  } catch (e) {
    if (e instanceof UsageError) throw e;
    if (errnoCode(e) === 'ENOENT') throw new UsageError(`找不到政策包文件：${path}`, `Policy pack not found: ${path}`);
    const t = errnoText(e);
    throw new UsageError(`无法读取政策包文件：${path}（${t.zh}）`, `Cannot read the policy pack ${path} (${t.en})`);
  }
  let json: unknown;
  try {
    // Windows Notepad saves UTF-8 with a byte-order mark; JSON.parse would call that invalid.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new UsageError(
      `政策包“${basename(path)}”不是有效的 JSON。`,
      `Policy pack "${basename(path)}" is not valid JSON.`,
    );
  }
  try {
    return readPolicyPack(json);
  } catch (e) {
    throw new UsageError(
      `政策包“${basename(path)}”有误：${(e as Error).message}`,
      `Policy pack "${basename(path)}" is invalid: ${(e as Error).message}`,
    );
  }
}

/** The pack a workbook carries in its settings sheet, if any and if valid (an older one upgraded, with a note). */
export function storedPack(pkg: XlsxPackage): LoadedPack | { damaged: string } | null {
  const settings = pkg.readSettings();
  if (!settings?.policyPack) return null;
  try {
    return readPolicyPack(JSON.parse(settings.policyPack));
  } catch (e) {
    // A stale or damaged stored pack must not stop a check, but the run says so: the built-in pack is used instead.
    return { damaged: e instanceof Error ? e.message : String(e) };
  }
}

/** Where the pack in use came from, said to the user whenever it is not the built-in one. */
export interface ChosenPack {
  pack: PolicyPack;
  source: 'option' | 'workbook' | 'builtin';
  /** The --policy file, or the workbook that carries the pack. */
  file?: string;
  /** Inputs whose stored pack could not be read (and was not used), with the reason. */
  damaged?: { file: string; reason: string }[];
  /** What reading the pack in use filled in (an older pack's lists), said on stderr and in --json. */
  notes?: PackLoadNote[];
}

function packName(p: PolicyPack): string {
  return [p.document.title, p.document.number && `（${p.document.number}）`].filter(Boolean).join('');
}

/** Where the pack came from, for --json documents (a field DESIGN.md's "CLI JSON" may gain). */
export function packSource(c: ChosenPack): {
  source: ChosenPack['source'];
  file: string | null;
  title: string;
  number: string;
  notes: PackLoadNote[];
} {
  const { title, number } = c.pack.document;
  return { source: c.source, file: c.file ?? null, title, number, notes: c.notes ?? [] };
}

/**
 * "使用工作簿“X.xlsx”中保存的政策包：…" — null for the built-in pack and for --policy (nothing unasked-for) —
 * then a line per note on reading the pack (an older pack's lists filled in), whatever its source.
 */
export function packNotice(c: ChosenPack, lang: 'zh' | 'en'): string | null {
  const lines = [sourceNotice(c, lang), ...(c.notes ?? []).map((n) => n[lang])].filter((l) => l !== null);
  return lines.length ? lines.join('\n') : null;
}

function sourceNotice(c: ChosenPack, lang: 'zh' | 'en'): string | null {
  if (c.damaged?.length) {
    const files = c.damaged.map((d) => basename(d.file));
    return lang === 'en'
      ? `The policy pack saved in ${files.map((f) => `"${f}"`).join(', ')} cannot be read (${c.damaged[0].reason}); using ${c.source === 'workbook' ? `the one in "${basename(c.file ?? '')}"` : 'the built-in pack'}: ${packName(c.pack)}`
      : `工作簿${files.map((f) => `“${f}”`).join('、')}中保存的政策包无法读取（${c.damaged[0].reason}），改用${c.source === 'workbook' ? `“${basename(c.file ?? '')}”中保存的政策包` : '内置政策包'}：${packName(c.pack)}`;
  }
  if (c.source === 'workbook') {
    const f = basename(c.file ?? '');
    return lang === 'en'
      ? `Using the policy pack saved in workbook "${f}": ${packName(c.pack)}`
      : `使用工作簿“${f}”中保存的政策包：${packName(c.pack)}`;
  }
  // A pack the user named with --policy needs no notice (and the JSON says it: policy.source "option").
  return null;
}

/**
 * The pack for a set of inputs: --policy decides; else the one pack the inputs carry (whatever their order);
 * two different stored packs stop the run with a line naming both files; else the built-in pack.
 */
export async function choosePackFor(policyPath: string | undefined, inputs: OpenedXlsx[]): Promise<ChosenPack> {
  if (policyPath) return { ...(await packFromFile(policyPath)), source: 'option', file: policyPath };
  let chosen: { pack: PolicyPack; notes: PackLoadNote[]; file: string; text: string } | null = null;
  const damaged: { file: string; reason: string }[] = [];
  for (const input of inputs) {
    const pack = storedPack(input.pkg);
    if (!pack) continue;
    if ('damaged' in pack) {
      damaged.push({ file: input.path, reason: pack.damaged });
      continue;
    }
    const text = JSON.stringify(pack.pack);
    if (!chosen) chosen = { ...pack, file: input.path, text };
    else if (chosen.text !== text) {
      const [a, b] = [basename(chosen.file), basename(input.path)];
      throw new UsageError(
        `“${a}”和“${b}”中保存的政策包不同（${packName(chosen.pack)} / ${packName(pack.pack)}），无法确定按哪一个汇总；请用 --policy 指定政策包。`,
        `"${a}" and "${b}" carry different policy packs; choose one with --policy.`,
      );
    }
  }
  const found: ChosenPack = chosen
    ? { pack: chosen.pack, notes: chosen.notes, source: 'workbook', file: chosen.file }
    : { pack: defaultPack(), source: 'builtin' };
  return damaged.length ? { ...found, damaged } : found;
}

/** Reads a file with the streaming reader (no ExcelJS on the reading path). */
export async function openWorkbook(path: string): Promise<OpenedXlsx> {
  return openXlsxFile(path);
}

/**
 * Reads the sheets of an opened workbook as ledgers, with the user's column mapping per sheet when given.
 * Throws (exit 2) when no sheet looks like a ledger.
 */
export function readLedgers(
  path: string,
  opened: OpenedXlsx,
  pack: PolicyPack,
  sheet?: string,
  overridesOf?: (sheet: string) => ColumnOverrides | undefined,
): OpenedFile {
  const { pkg } = opened;
  // Taizhang's own summary and issues sheets hold 总投资/完成投资 columns too; read again, they would count twice.
  // Chart sheets have no cells.
  const candidates = pkg.sheets.filter(
    (ws) =>
      ws.name !== SETTINGS_SHEET &&
      ws.kind === 'worksheet' &&
      (sheet ? ws.name === sheet : ws.state === 'visible' && !OWN_SHEETS.includes(ws.name)),
  );
  if (sheet && candidates.length === 0) {
    const names = pkg.sheets
      .filter((ws) => ws.name !== SETTINGS_SHEET)
      .map((ws) => ws.name)
      .join('、');
    throw new WorkbookError(
      `“${basename(path)}”中没有名为“${sheet}”的工作表（现有：${names}）。`,
      `"${basename(path)}" has no sheet "${sheet}".`,
      'sheet-missing',
    );
  }
  const sheets = candidates.map((ws) => {
    const grid = pkg.readGrid(ws.name);
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
  let port: XlsxWorkbook | null = null;
  return { ...opened, sheets, ledgers, port: () => (port ??= new XlsxWorkbook(opened.pkg, opened.bytes)) };
}
