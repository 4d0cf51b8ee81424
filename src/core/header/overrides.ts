/**
 * The user's column mapping: `H=completed,J=stage` on the command line, a JSON file or the workbook's stored
 * settings ({sheet: {column: field}}), and the pane's recognition card. Checked here once for all of them, with
 * a Chinese (and English) line per problem; the caller decides what a problem means (the CLI: exit 2).
 */
import { fieldDef, kindDef } from '../schema';
import { FIELD_IDS, type FieldId } from '../schema/types';
import type { ColumnOverrides, HeaderInfo } from './types';

export interface MappingProblem {
  zh: string;
  en: string;
}

/** Per sheet name: that sheet's overrides (the shape of StoredSettings.mappings). */
export type SheetMappings = Record<string, Record<string, string>>;

/** Words that mean "leave this column out". */
const IGNORE_WORDS = new Set(['ignore', '不使用', '忽略']);
const LETTERS_RE = /^[A-Z]{1,3}$/;
const FIELDS = new Set<string>(FIELD_IDS);

function fieldList(): string {
  return `${FIELD_IDS.join('、')} 或 ignore（不使用）`;
}

/** One column → field pair checked for its form: a column letter and a known field (or ignore). */
function checkPair(column: string, value: string, into: ColumnOverrides, problems: MappingProblem[]): void {
  const col = column.trim().toUpperCase();
  const v = value.trim();
  if (!LETTERS_RE.test(col)) {
    problems.push({
      zh: `列对应“${column}=${value}”中“${column}”不是列号（应为 A、H、AB 这样的字母）。`,
      en: `"${column}" in "${column}=${value}" is not a column letter (A, H, AB…).`,
    });
    return;
  }
  if (IGNORE_WORDS.has(v.toLowerCase())) into[col] = 'ignore';
  else if (FIELDS.has(v)) into[col] = v as FieldId;
  else
    problems.push({
      zh: `列对应“${column}=${value}”中“${value}”不是字段名；可用：${fieldList()}。`,
      en: `"${value}" in "${column}=${value}" is not a field; use one of: ${FIELD_IDS.join(', ')} or ignore.`,
    });
}

/** `H=completed,J=stage` → overrides; problems for every pair that is not column=field. */
export function parseMapArg(text: string): { overrides: ColumnOverrides; problems: MappingProblem[] } {
  const overrides: ColumnOverrides = {};
  const problems: MappingProblem[] = [];
  for (const part of text
    .split(/[,，;；]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const eq = part.search(/[=＝:：]/);
    if (eq <= 0) {
      problems.push({
        zh: `列对应“${part}”应写成 列=字段，如 H=completed。`,
        en: `"${part}" should read COLUMN=FIELD, e.g. H=completed.`,
      });
      continue;
    }
    checkPair(part.slice(0, eq), part.slice(eq + 1), overrides, problems);
  }
  return { overrides, problems };
}

/** A stored or file mapping ({sheet: {column: field}}) checked for its form; unknown shapes are problems. */
export function parseSheetMappings(json: unknown): {
  mappings: Record<string, ColumnOverrides>;
  problems: MappingProblem[];
} {
  const mappings: Record<string, ColumnOverrides> = {};
  const problems: MappingProblem[] = [];
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    problems.push({
      zh: '列对应文件应为 {"工作表名": {"H": "completed"}} 这样的 JSON 对象。',
      en: 'A mapping file is a JSON object like {"Sheet": {"H": "completed"}}.',
    });
    return { mappings, problems };
  }
  for (const [sheet, cols] of Object.entries(json as Record<string, unknown>)) {
    if (!cols || typeof cols !== 'object' || Array.isArray(cols)) {
      problems.push({
        zh: `列对应中工作表“${sheet}”的值应为 {"列": "字段"}。`,
        en: `The mapping of sheet "${sheet}" must be {"COLUMN": "FIELD"}.`,
      });
      continue;
    }
    const o: ColumnOverrides = {};
    for (const [col, v] of Object.entries(cols as Record<string, unknown>)) checkPair(col, String(v), o, problems);
    mappings[sheet] = o;
  }
  return { mappings, problems };
}

/** Problems of overrides against the sheet as read: a column with no header, a field this kind of ledger lacks. */
export function checkOverridesAgainst(overrides: ColumnOverrides, header: HeaderInfo, sheet: string): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const known = new Set([...(header.mapping ?? []).map((m) => m.letter), ...header.columns.map((c) => c.letter)]);
  for (const [col, field] of Object.entries(overrides)) {
    if (!known.has(col)) {
      problems.push({
        zh: `工作表“${sheet}”的 ${col} 列没有表头，不能指定列对应。`,
        en: `Column ${col} of sheet "${sheet}" has no header to map.`,
      });
    } else if (field !== 'ignore' && header.kind !== 'unknown' && !fieldDef(header.kind, field)) {
      const kind = kindDef(header.kind).label;
      problems.push({
        zh: `工作表“${sheet}”是${kind.zh}，没有字段“${field}”。`,
        en: `Sheet "${sheet}" is a ${kind.en}, which has no field "${field}".`,
      });
    }
  }
  return problems;
}

/** Later sources win per column: stored settings, then a mapping file, then --map. */
export function mergeOverrides(...sources: (ColumnOverrides | undefined)[]): ColumnOverrides | undefined {
  const out: ColumnOverrides = {};
  for (const s of sources) if (s) Object.assign(out, s);
  return Object.keys(out).length ? out : undefined;
}

/** The choices a recognition card offers for a column of `kind`: each field with its name, then 不使用. */
export function fieldChoices(
  kind: Exclude<HeaderInfo['kind'], 'unknown'>,
): { value: FieldId | 'ignore'; label: { zh: string; en: string } }[] {
  return [
    ...kindDef(kind).fields.map((f) => ({ value: f.id, label: f.label })),
    { value: 'ignore' as const, label: { zh: '不使用', en: 'Do not use' } },
  ];
}

/** The overrides stored for one sheet (StoredSettings.mappings), checked; entries of a bad form are dropped. */
export function storedOverrides(mappings: SheetMappings | undefined, sheet: string): ColumnOverrides | undefined {
  const o = parseSheetMappings(mappings ?? {}).mappings[sheet];
  return o && Object.keys(o).length ? o : undefined;
}

/** `mappings` with one column of one sheet set to a field or 'ignore', or its choice removed (null). */
export function withOverride(
  mappings: SheetMappings | undefined,
  sheet: string,
  column: string,
  value: FieldId | 'ignore' | null,
): SheetMappings {
  const out: SheetMappings = { ...(mappings ?? {}) };
  const cols = { ...(out[sheet] ?? {}) };
  if (value === null) delete cols[column];
  else cols[column] = value;
  if (Object.keys(cols).length) out[sheet] = cols;
  else delete out[sheet];
  return out;
}
