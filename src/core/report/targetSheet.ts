import { quoteSheetName, toA1 } from '../grid';
import type { PolicyPack, Target } from '../policy/types';
import type { LedgerFacts, Summary, TargetProgress, TargetStatus } from '../totals';
import { wanPerUnit } from '../parse/amountUnits';
import { OTHER_DOMAIN, passesFilter } from '../totals';
import { channelCriteria } from './channelCriteria';
import type { Criterion } from './criteria';
import { cellAlts } from './dimensions';
import { coverageNote } from './coverageNote';
import { chineseDate, COLOUR, FORMAT, LayoutBuilder } from './layout';
import type { LedgerSheet } from './ledgerSheet';
import { alt, emptySelection, formulaFor, pick, type Alt, type Selection } from './planBuilder';
import type { SheetLayout } from './types';
import { TARGET_STATUS_WORDS } from '../words';

type TargetFilter = NonNullable<Target['filter']>;

const STATUS_COLOURS: { status: TargetStatus; fill: string; font: string }[] = [
  { status: 'done', fill: COLOUR.good, font: COLOUR.goodText },
  { status: 'ahead', fill: COLOUR.good, font: COLOUR.goodText },
  { status: 'on-pace', fill: COLOUR.mid, font: COLOUR.midText },
  { status: 'behind', fill: COLOUR.bad, font: COLOUR.badText },
  { status: 'open', fill: COLOUR.header, font: COLOUR.noneText },
  { status: 'no-data', fill: COLOUR.none, font: COLOUR.noneText },
];

/** The sheet's columns in order, with header and width: cells are placed by name (COL.actual), not by number. */
const COLUMNS = [
  { key: 'measure', header: '措施', width: 8 },
  { key: 'label', header: '目标', width: 28 },
  { key: 'target', header: '目标值', width: 10 },
  { key: 'unit', header: '单位', width: 6 },
  { key: 'actual', header: '实际完成', width: 12 },
  { key: 'ratio', header: '完成率', width: 10 },
  { key: 'pace', header: '序时进度', width: 10 },
  { key: 'gap', header: '差距', width: 12 },
  { key: 'status', header: '状态', width: 8 },
  { key: 'engine', header: '核对（引擎实际）', width: 14 },
  { key: 'check', header: '核对结果', width: 10 },
  { key: 'note', header: '口径说明', width: 48 },
] as const;
type ColumnKey = (typeof COLUMNS)[number]['key'];
const COL = Object.fromEntries(COLUMNS.map((c, i) => [c.key, i])) as Record<ColumnKey, number>;
const HEADERS = COLUMNS.map((c) => c.header);
const FIRST = 4;

/** Where the domain sheet keeps its figures, so that unfiltered and per-domain targets refer to it. */
export interface DomainSheetRef {
  name: string;
  rowOf: Map<string, number>; // 0-based row per domain key
  totalRow: number;
  column: Record<'projects' | 'total' | 'planned' | 'completed', string>;
}

function metricColumn(t: Target): 'projects' | 'total' | 'planned' | 'completed' | null {
  return t.metric === 'count' ? 'projects' : t.metric === 'budget' ? null : t.metric;
}

/** A target read off the domain sheet: no filter (its total row) or domains only (their rows). */
function domainSheetFormula(t: Target, d: DomainSheetRef): string | null {
  const col = metricColumn(t);
  if (!col || t.ledger !== 'project') return null;
  const f = t.filter;
  if (f && (f.minTotal !== undefined || f.channel)) return null;
  const rows = f?.domain ? f.domain.map((k) => d.rowOf.get(k)) : [d.totalRow];
  if (rows.some((r) => r === undefined) || f?.domain?.includes(OTHER_DOMAIN)) return null;
  const refs = (rows as number[]).map((r) => `${quoteSheetName(d.name)}!${d.column[col]}${r + 1}`).join('+');
  const div = t.metric === 'count' ? 1 : wanPerUnit(t.unit);
  return div === 1 ? `=${refs}` : rows.length > 1 ? `=(${refs})/${div}` : `=${refs}/${div}`;
}

/** A filtered target straight from the ledger sheets: SUMIFS/COUNTIFS with the filter as criteria. */
function ledgerFormula(t: Target, ledgers: LedgerFacts[], sheets: LedgerSheet[], engine: number, pack: PolicyPack) {
  const f = t.filter ?? {};
  const selections = ledgers.map((l, i) => targetSelection(f, l, sheets[i], pack));
  const totalCol = (s: LedgerSheet) => s.column('total');
  const extra =
    f.minTotal !== undefined
      ? (s: LedgerSheet): Criterion[] | null => {
          const col = totalCol(s);
          return col === undefined ? null : [{ col, op: 'gte', num: (f.minTotal as number) / s.scale('total') }];
        }
      : undefined;
  const sumField = t.metric === 'count' ? undefined : (t.metric as 'total' | 'planned' | 'completed');
  return formulaFor({ selections, extra, sumField, divisor: sumField ? wanPerUnit(t.unit) : 1 }, engine);
}

/** The rows of one ledger sheet a filtered target counts, as the criteria that pick them. */
function targetSelection(f: TargetFilter, l: LedgerFacts, sheet: LedgerSheet, pack: PolicyPack): Selection {
  const sel = emptySelection(sheet);
  const domainAltsOf = cellAlts('domain');
  const channels = f.channel ? channelCriteria(f.channel, pack.channels, sheet) : null;
  // Per domain criteria (shared per cell text) and channel cell: the row's criteria, built once, not per row.
  const altMemo = new Map<Alt[] | undefined, Map<string, Alt[]>>();
  l.facts.forEach((fact, j) => {
    if (!passesFilter(fact, f)) return;
    const domainShared = f.domain ? domainAltsOf(fact, fact.domain, sheet) : undefined;
    const channelKey = channels ? channels.keyOf(fact) : '';
    let byChannel = altMemo.get(domainShared);
    if (!byChannel) altMemo.set(domainShared, (byChannel = new Map()));
    let alts = byChannel.get(channelKey);
    if (!alts) {
      const domainAlts: Criterion[][] = domainShared ? domainShared.map((a) => a.criteria) : [[]];
      const channelAlts: Criterion[][] = f.channel ? (channels?.ofRow(fact) ?? [[]]) : [[]];
      byChannel.set(channelKey, (alts = domainAlts.flatMap((a) => channelAlts.map((b) => alt([...a, ...b])))));
    }
    pick(sel, fact.row.row, l.counted[j], alts);
  });
  // A channel-only target names every spelling of its channels, so an alias typed in a new row counts live.
  if (channels && !f.domain) sel.always = channels.all.map((c) => alt(c));
  return sel;
}

function statusFormula(row: number, pack: PolicyPack, open: boolean): string {
  const ratio = toA1(row, COL.ratio);
  const pace = toA1(row, COL.pace);
  const actual = toA1(row, COL.actual);
  const L = (s: TargetStatus) => `"${TARGET_STATUS_WORDS[s].zh}"`;
  // A stock target before its deadline: reached, or still in progress (no 序时 to fall behind).
  if (open) return `=IF(${actual}="",${L('no-data')},IF(${ratio}>=1,${L('done')},${L('open')}))`;
  return (
    `=IF(${actual}="",${L('no-data')},IF(${ratio}>=1,${L('done')},IF(${pace}<=0,IF(${ratio}>0,${L('ahead')},${L('on-pace')}),` +
    `IF(${ratio}/${pace}>=${pack.status.ahead},${L('ahead')},IF(${ratio}/${pace}>=${pack.status.onPace},${L('on-pace')},${L('behind')})))))`
  );
}

export interface TargetSheetInput {
  summary: Summary;
  pack: PolicyPack;
  byKind: Partial<Record<'project' | 'reserve', LedgerFacts[]>>;
  sheetsByKind: Partial<Record<'project' | 'reserve', LedgerSheet[]>>;
  domainSheet: DomainSheetRef;
}

/** 目标完成情况: each target of the pack against the ledgers, with 序时进度 and a status colour. */
export function targetSheet(input: TargetSheetInput): SheetLayout {
  const { summary, pack } = input;
  const b = new LayoutBuilder('目标完成情况');
  titles(b, summary, pack);
  b.header(FIRST - 1, HEADERS);
  const byId = new Map(pack.targets.map((t) => [t.id, t]));
  summary.targets.forEach((p, i) => targetRow(b, FIRST + i, p, byId.get(p.id), input));
  const last = FIRST + summary.targets.length - 1;
  statusColours(b, last);
  b.layout.freeze = { rows: FIRST, cols: COL.target }; // 措施 and 目标 stay in view
  b.widths(COLUMNS.map((c) => c.width));
  if (summary.targets.length) progressChart(b, last);
  return b.layout;
}

function titles(b: LayoutBuilder, summary: Summary, pack: PolicyPack): void {
  b.title(0, `${pack.document.title}目标完成情况（截至${chineseDate(summary.asOf)}）`, HEADERS.length);
  b.title(
    1,
    `${coverageNote(summary.coverage)}依据${pack.document.number}。序时进度＝截至月份/12（仅适用于年度投资类目标）；状态：实际/目标 ≥ 100% 为已完成，` +
      `完成率/序时进度 ≥ ${pack.status.ahead} 为超序时，≥ ${pack.status.onPace} 为达序时，否则滞后；库容、项目数等存量目标截止日前未达到为进行中。实际完成为引用台账的实时公式，` +
      `“核对”列为生成时引擎计算值；黄色底纹的单元格无法用公式准确复现（如金额以文本保存），填入的是引擎计算值。`,
    HEADERS.length,
    false,
  );
}

/** One target's row: what it is, then its figures (or why there are none). */
function targetRow(b: LayoutBuilder, row: number, p: TargetProgress, t: Target | undefined, input: TargetSheetInput) {
  const unitFormat = p.unit === '个' ? FORMAT.count : p.unit === '亿元' ? FORMAT.yi : FORMAT.wan;
  b.set(row, COL.measure, { value: t ? `措施${t.measure}` : '' });
  b.set(row, COL.label, { value: p.label, wrap: true });
  b.set(row, COL.target, { value: p.target, numberFormat: unitFormat });
  b.set(row, COL.unit, { value: p.unit, align: 'center' });
  b.set(row, COL.pace, { value: p.pace, numberFormat: FORMAT.percent });
  b.set(row, COL.note, { value: t?.description ?? '', wrap: true });
  if (p.actual === null || !t) {
    b.set(row, COL.actual, { value: null });
    b.set(row, COL.status, { value: TARGET_STATUS_WORDS['no-data'].zh, align: 'center' });
    b.set(row, COL.check, { value: t?.ledger === 'none' ? '不从台账计算' : '缺少对应台账', align: 'center' });
    return;
  }
  const kind = t.ledger as 'project' | 'reserve';
  const formula =
    domainSheetFormula(t, input.domainSheet) ??
    ledgerFormula(t, input.byKind[kind] ?? [], input.sheetsByKind[kind] ?? [], p.actual, input.pack);
  figureCells(b, row, p, formula, unitFormat);
  const open = !t.paced && input.summary.asOf < t.deadline; // both YYYY-MM-DD
  b.set(row, COL.status, {
    formula: statusFormula(row, input.pack, open),
    value: TARGET_STATUS_WORDS[p.status].zh,
    align: 'center',
  });
  checkCells(b, row, p.actual, unitFormat);
}

/** 实际完成 (a live formula, or the engine's figure on yellow where no formula reproduces it), 完成率, 差距. */
function figureCells(b: LayoutBuilder, row: number, p: TargetProgress, formula: string | null, unitFormat: string) {
  const at = (col: number) => toA1(row, col);
  b.set(
    row,
    COL.actual,
    formula
      ? { formula, value: p.actual, numberFormat: unitFormat }
      : { value: p.actual, numberFormat: unitFormat, fill: COLOUR.check },
  );
  b.set(row, COL.ratio, {
    formula: `=IF(${at(COL.target)}=0,"",${at(COL.actual)}/${at(COL.target)})`,
    value: p.ratio ?? '',
    numberFormat: FORMAT.percent,
  });
  b.set(row, COL.gap, {
    formula: `=${at(COL.actual)}-${at(COL.target)}*${at(COL.pace)}`,
    value: p.gap,
    numberFormat: unitFormat,
  });
}

/** The engine's figure beside the formula's, and whether they agree. */
function checkCells(b: LayoutBuilder, row: number, actual: number, unitFormat: string) {
  b.set(row, COL.engine, { value: actual, numberFormat: unitFormat, fontColor: COLOUR.noneText });
  const e = toA1(row, COL.actual);
  const j = toA1(row, COL.engine);
  b.set(row, COL.check, {
    formula: `=IF(ABS(${e}-${j})<=0.000001*MAX(1,ABS(${j})),"一致","不一致")`,
    value: '一致',
    align: 'center',
  });
}

function statusColours(b: LayoutBuilder, last: number) {
  for (const c of STATUS_COLOURS) {
    b.layout.conditional.push({
      range: `${toA1(FIRST, COL.status)}:${toA1(last, COL.status)}`,
      equals: TARGET_STATUS_WORDS[c.status].zh,
      fill: c.fill,
      fontColor: c.font,
    });
  }
  b.layout.conditional.push({
    range: `${toA1(FIRST, COL.check)}:${toA1(last, COL.check)}`,
    equals: '不一致',
    fill: COLOUR.bad,
    fontColor: COLOUR.badText,
  });
}

/** 完成率 against 序时进度 per target, under the table. */
function progressChart(b: LayoutBuilder, last: number) {
  const column = (col: number) => `${toA1(FIRST, col)}:${toA1(last, col)}`;
  b.layout.charts.push({
    kind: 'bar',
    title: '目标完成进度与序时进度',
    categories: column(COL.label),
    series: [
      { name: '完成率', values: column(COL.ratio) },
      { name: '序时进度', values: column(COL.pace) },
    ],
    anchor: toA1(last + 3, 0),
    width: 9,
    height: 18,
  });
}
