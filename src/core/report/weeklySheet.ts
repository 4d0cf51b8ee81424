/**
 * 台账周报: the comparison of two versions as a sheet. Live where it can be: each project's 本期累计 reads the
 * current ledger's cell (in 万元), 本期新增 is a formula on it, and every total and breakdown sums the project list
 * with SUMIF, so a correction in the ledger moves the 周报. The previous version is another file or tab, so its
 * figures are constants. A cell whose figure no formula can give (text, blank) holds the engine's figure, tinted.
 */
import type { Comparison, MatchedProject, PeriodBreakdown, ProjectVersion } from '../compare/types';
import { COMPARE_FINDINGS } from '../compare/findings';
import { columnLetters, quoteSheetName, toA1 } from '../grid';
import { chineseDate, COLOUR, FORMAT, LayoutBuilder } from './layout';
import type { SheetLayout } from './types';
import { SEVERITY_WORDS } from '../words';

export const WEEKLY_SHEET = '台账周报';

type Change = '' | '新增' | '减少' | '改名';

interface ListRow {
  change: Change;
  version: ProjectVersion;
  previous: number | null;
  current: number | null;
  delta: number | null;
  how: string;
}

const HOW_ZH: Record<string, string> = {
  'name-owner': '名称+建设单位',
  'name-total': '名称+总投资',
  name: '名称',
  renamed: '建设单位+总投资+地点（改名）',
};
const LIST_HEADER = [
  '序号',
  '变动',
  '项目名称',
  '建设单位',
  '所属领域',
  '牵头单位',
  '乡镇园区',
  '上期累计完成',
  '本期累计完成',
  '本期新增完成',
  '匹配依据',
];
const COL = {
  seq: 0,
  change: 1,
  name: 2,
  owner: 3,
  domain: 4,
  lead: 5,
  location: 6,
  previous: 7,
  current: 8,
  delta: 9,
  how: 10,
} as const;
/** SUMIF criteria are patterns: a key with wildcards or an operator in front cannot be matched literally. */
const UNSAFE_CRITERION = /[*?~]|^[<>=]/;

function listRows(c: Comparison): ListRow[] {
  const matched = (m: MatchedProject): ListRow => ({
    change: m.how === 'renamed' ? '改名' : '',
    version: m.current,
    previous: m.previous.completed,
    current: m.current.completed,
    delta: m.completedThisPeriod,
    how: HOW_ZH[m.how],
  });
  return [
    ...c.matched.map(matched),
    ...c.added.map((a): ListRow => ({
      change: '新增',
      version: a,
      previous: null,
      current: a.completed,
      delta: a.completed,
      how: '',
    })),
    ...c.removed.map((r): ListRow => ({
      change: '减少',
      version: r,
      previous: r.completed,
      current: null,
      delta: null,
      how: '',
    })),
  ];
}

/** The current ledger's 累计完成 cell in 万元, when a formula can read it. */
function currentFormula(r: ListRow): string | undefined {
  const ref = r.change === '减少' ? null : r.version.completedRef;
  if (!ref) return undefined;
  const cell = `${quoteSheetName(r.version.source.sheet)}!${toA1(r.version.row - 1, ref.col)}`;
  return ref.factor === 1 ? `=${cell}` : `=${cell}*${ref.factor}`;
}

export interface WeeklyLayoutOptions {
  /** Dates or labels of the two versions (e.g. 2023-10-20), shown in the title. */
  previousLabel?: string;
  currentLabel?: string;
}

export function buildWeeklyLayout(c: Comparison, options: WeeklyLayoutOptions = {}): SheetLayout {
  const b = new LayoutBuilder(WEEKLY_SHEET);
  const rows = listRows(c);
  weeklyTitles(b, c, options);

  // Where the project list will be, so the totals above can sum it.
  const findingsTop = 9;
  const blocks = [c.byDomain, c.byLeadUnit, c.byLocation];
  const breakdownTop = findingsTop + 2 + Math.max(1, c.findings.length) + 1;
  let listTop = breakdownTop;
  for (const bl of blocks) listTop += 2 + bl.length + 1;
  const first = listTop + 1; // first data row of the list, 0-based
  const last = first + Math.max(rows.length, 1) - 1;
  const range = (col: number) => `$${columnLetters(col)}$${first + 1}:$${columnLetters(col)}$${last + 1}`;
  const [chg, delta, prev] = [range(COL.change), range(COL.delta), range(COL.previous)];

  totalsBlock(b, c, chg, delta, prev);
  findingsBlock(b, c, findingsTop);
  let top = breakdownTop;
  const names = ['分领域本期新增', '分牵头单位本期新增', '分乡镇园区本期新增'];
  const keyCols = [COL.domain, COL.lead, COL.location];
  blocks.forEach((bl, k) => {
    top = breakdownBlock(b, top, names[k], bl, range(keyCols[k]), chg, delta);
  });

  b.header(listTop, LIST_HEADER);
  rows.forEach((r, i) => listRow(b, first + i, i, r));
  b.layout.freeze = { rows: 0, cols: 0 };
  b.widths([8, 10, 30, 18, 12, 16, 16, 14, 14, 14, 22]);
  return b.layout;
}

/** The title (the two versions' dates, or their file and sheet) and the note under it. */
function weeklyTitles(b: LayoutBuilder, c: Comparison, options: WeeklyLayoutOptions): void {
  const width = LIST_HEADER.length;
  const label = (l: string | undefined, v: { file: string; sheet: string }) =>
    l ? chineseDate(l) : `${v.file} / ${v.sheet}`;
  b.title(
    0,
    `台账周报：${label(options.previousLabel, c.previous)} → ${label(options.currentLabel, c.current)}`,
    width,
  );
  const missing =
    c.figuresMissing > 0 ? `；${c.figuresMissing} 个项目的累计完成投资在上期或本期为空或无法识别，未计入本期新增` : '';
  b.title(
    1,
    `上期：${c.previous.file} / ${c.previous.sheet}；本期：${c.current.file} / ${c.current.sheet}。匹配 ${c.matched.length} 个项目，新增 ${c.added.length} 个，减少 ${c.removed.length} 个${missing}。本期数引用本期台账单元格，上期数为常数；金额单位：万元。`,
    width,
    false,
  );
}

/** 本期变动 (rows 4–8): SUMIFs over the project list's change, delta and previous columns. */
function totalsBlock(b: LayoutBuilder, c: Comparison, chg: string, delta: string, prev: string): void {
  b.header(3, ['本期变动', '金额（万元）', '说明']);
  const totals: [string, string, number, string][] = [
    ['本期新增完成投资', `=B6+B7`, c.totals.newThisPeriod, '匹配项目的增加 + 新增项目的累计完成'],
    ['其中：匹配项目累计完成的增加', `=SUMIF(${chg},"<>新增",${delta})`, c.totals.matched, '本期累计 − 上期累计'],
    ['其中：新增项目的累计完成', `=SUMIF(${chg},"新增",${delta})`, c.totals.added, '本期新出现的项目'],
    ['减少项目的上期累计完成', `=SUMIF(${chg},"减少",${prev})`, c.totals.removed, '上期有、本期没有的项目，不再计入'],
  ];
  totals.forEach(([name, formula, value, note], i) => {
    b.set(4 + i, 0, { value: name, bold: i === 0 });
    b.set(4 + i, 1, { formula, value, numberFormat: FORMAT.wan, bold: i === 0 });
    b.set(4 + i, 2, { value: note });
  });
}

/** 需要核对的变动: one row per finding, a link to its cell when that cell is in the current ledger. */
function findingsBlock(b: LayoutBuilder, c: Comparison, findingsTop: number): void {
  b.set(findingsTop, 0, { value: `需要核对的变动（${c.findings.length} 条）`, bold: true });
  b.header(findingsTop + 1, ['严重程度', '单元格', '问题', '说明']);
  c.findings.forEach((f, i) => {
    const r = findingsTop + 2 + i;
    b.set(r, 0, {
      value: SEVERITY_WORDS[f.severity].zh,
      fill: f.severity === 'error' ? COLOUR.bad : f.severity === 'warning' ? COLOUR.mid : undefined,
    });
    const target = f.cell ?? `A${f.row}`;
    const here = f.file === c.current.file && f.sheet === c.current.sheet;
    b.set(
      r,
      1,
      here
        ? { value: target, link: `${quoteSheetName(f.sheet)}!${target}`, fontColor: '#0563C1' }
        : { value: `上期 ${target}` },
    );
    b.set(r, 2, { value: COMPARE_FINDINGS[f.code].title.zh });
    b.set(r, 3, { value: f.message, wrap: true });
  });
  if (c.findings.length === 0) b.set(findingsTop + 2, 0, { value: '没有需要核对的变动。' });
}

function breakdownBlock(
  b: LayoutBuilder,
  top: number,
  title: string,
  rows: PeriodBreakdown[],
  keys: string,
  chg: string,
  delta: string,
): number {
  b.set(top, 0, { value: title, bold: true });
  b.header(top + 1, ['名称', '本期新增完成（万元）', '项目数']);
  rows.forEach((r, i) => {
    const row = top + 2 + i;
    const key = toA1(row, 0);
    const safe = !UNSAFE_CRITERION.test(r.key);
    b.set(row, 0, { value: r.key });
    b.set(
      row,
      1,
      safe
        ? { formula: `=SUMIF(${keys},${key},${delta})`, value: r.completedThisPeriod, numberFormat: FORMAT.wan }
        : { value: r.completedThisPeriod, numberFormat: FORMAT.wan, fill: COLOUR.check },
    );
    b.set(
      row,
      2,
      safe
        ? { formula: `=COUNTIFS(${keys},${key},${chg},"<>减少")`, value: r.projects, numberFormat: FORMAT.count }
        : { value: r.projects, fill: COLOUR.check },
    );
  });
  return top + 2 + rows.length + 1;
}

function listRow(b: LayoutBuilder, row: number, i: number, r: ListRow): void {
  const v = r.version;
  const inCurrent = r.change !== '减少';
  b.set(row, COL.seq, { value: i + 1 });
  b.set(row, COL.change, {
    value: r.change,
    fill: r.change === '减少' ? COLOUR.mid : r.change === '新增' ? COLOUR.good : undefined,
  });
  const target = `${quoteSheetName(v.source.sheet)}!A${v.row}`;
  b.set(row, COL.name, inCurrent ? { value: v.name, link: target, fontColor: '#0563C1' } : { value: v.name });
  b.set(row, COL.owner, { value: v.owner });
  b.set(row, COL.domain, { value: v.domain });
  b.set(row, COL.lead, { value: v.lead });
  b.set(row, COL.location, { value: v.location });
  b.set(row, COL.previous, { value: r.previous, numberFormat: FORMAT.wan });
  const formula = currentFormula(r);
  const curA1 = toA1(row, COL.current);
  const prevA1 = toA1(row, COL.previous);
  if (formula) b.set(row, COL.current, { formula, value: r.current, numberFormat: FORMAT.wan });
  else
    b.set(row, COL.current, {
      value: r.current,
      numberFormat: FORMAT.wan,
      fill: inCurrent && r.current !== null ? COLOUR.check : undefined,
    });
  if (r.delta === null) b.set(row, COL.delta, { value: null });
  else if (formula)
    b.set(row, COL.delta, {
      formula: r.change === '新增' ? `=${curA1}` : `=${curA1}-${prevA1}`,
      value: r.delta,
      numberFormat: FORMAT.wan,
    });
  else b.set(row, COL.delta, { value: r.delta, numberFormat: FORMAT.wan, fill: COLOUR.check });
  b.set(row, COL.how, { value: r.how });
}
