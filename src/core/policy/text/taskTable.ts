import { chineseNumber } from './chineseNumerals';
import type { ReadingContext } from './responsibility';
import { readUnitList } from './unitList';

/** A measure row of a task table pasted as text (one row per line, cells split by tabs or | … |). */
export interface TableRow {
  number?: number;
  section: string;
  text: string;
  lead: string[];
  coop: string[];
  /** The 完成时限 cell, read for deadlines. */
  deadline: string;
}

type Column = 'number' | 'text' | 'lead' | 'coop' | 'responsible' | 'deadline';

/** Header words by column, first match wins (责任单位 after a 牵头 column means the cooperating units). */
const HEADER_WORDS: readonly { column: Column; pattern: RegExp }[] = [
  { column: 'number', pattern: /^(序号|编号|措施编号)$/ },
  { column: 'lead', pattern: /牵头/ },
  { column: 'coop', pattern: /配合|协办|参与/ },
  { column: 'responsible', pattern: /责任(单位|部门)/ },
  { column: 'deadline', pattern: /时限|期限|完成时间/ },
  { column: 'text', pattern: /任务|措施|内容|事项|工作|目标/ },
];

type CellMode = 'tab' | 'pipe' | 'spaces';

/** A row's cells: split by tabs (Word, Excel), by | … | (Markdown), or by runs of spaces (a PDF's table). */
function cellsOf(line: string, mode?: CellMode): string[] | undefined {
  if ((mode ?? 'tab') === 'tab' && line.includes('\t')) return line.split('\t').map((c) => c.trim());
  if ((mode ?? 'pipe') === 'pipe' && /^\|.*\|$/.test(line.trim()))
    return line
      .trim()
      .slice(1, -1)
      .split('|')
      .map((c) => c.trim());
  if (mode === 'spaces')
    return line
      .trim()
      .split(/\s{2,}|\u3000+/)
      .map((c) => c.trim());
  return undefined;
}

function modeOf(line: string): CellMode | undefined {
  if (line.includes('\t')) return 'tab';
  if (/^\|.*\|$/.test(line.trim())) return 'pipe';
  return line.trim().split(/\s{2,}|\u3000+/).length >= 3 ? 'spaces' : undefined;
}

/**
 * The rows of a task table pasted as text, when the text has one: a header row naming a task column and a lead
 * (or responsible) column, then one line per task. A row with a single filled cell is a section heading.
 */
export function readTaskTable(
  lines: string[],
  ctx: ReadingContext,
): { headerAt: number; rows: TableRow[] } | undefined {
  const headerAt = lines.findIndex((l) => {
    const cells = cellsOf(l, modeOf(l));
    return (
      cells !== undefined &&
      cells.length >= 3 &&
      cells.some((c) => /任务|措施|内容|事项/.test(c)) &&
      cells.some((c) => /^(牵头|责任|配合)/.test(c))
    );
  });
  if (headerAt < 0) return undefined;
  const mode = modeOf(lines[headerAt]);
  const header = cellsOf(lines[headerAt], mode) ?? [];
  const columns = header.map((h) => HEADER_WORDS.find((w) => w.pattern.test(h))?.column);
  const at = (column: Column): number => columns.indexOf(column);
  const rows: TableRow[] = [];
  let section = '';
  for (const line of lines.slice(headerAt + 1)) {
    const cells = cellsOf(line, mode) ?? (mode === 'spaces' ? undefined : [line.trim()]);
    if (!cells || /^[\s|:-]+$/.test(line)) continue;
    const filled = cells.filter((c) => c !== '');
    if (filled.length === 1) {
      section = filled[0];
      continue;
    }
    const cell = (column: Column): string => (at(column) >= 0 ? (cells[at(column)] ?? '') : '');
    const responsible = readUnitList(cell('responsible'), ctx);
    const hasLeadColumn = at('lead') >= 0;
    const number = chineseNumber(cell('number'));
    rows.push({
      ...(Number.isFinite(number) && number > 0 ? { number } : {}),
      section,
      text: cell('text'),
      lead: hasLeadColumn ? readUnitList(cell('lead'), ctx) : responsible,
      coop: [...readUnitList(cell('coop'), ctx), ...(hasLeadColumn ? responsible : [])],
      deadline: cell('deadline'),
    });
  }
  return rows.length > 0 ? { headerAt, rows } : undefined;
}
