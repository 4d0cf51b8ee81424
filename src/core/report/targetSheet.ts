import { quoteSheetName, toA1 } from '../grid';
import type { PolicyPack, Target } from '../policy/types';
import type { LedgerFacts, Summary, TargetProgress, TargetStatus } from '../totals';
import { wanPerUnit } from '../parse/amountUnits';
import { OTHER_DOMAIN, passesFilter } from '../totals';
import type { Criterion } from './criteria';
import { cellAlts } from './dimensions';
import { coverageNote } from './coverageNote';
import { chineseDate, COLOUR, FORMAT, LayoutBuilder } from './layout';
import type { LedgerSheet } from './ledgerSheet';
import { alt, emptySelection, formulaFor, pick, type Alt, type Selection } from './planBuilder';
import type { SheetLayout } from './types';
import { TARGET_STATUS_WORDS } from '../words';

const STATUS_COLOURS: { status: TargetStatus; fill: string; font: string }[] = [
  { status: 'done', fill: COLOUR.good, font: COLOUR.goodText },
  { status: 'ahead', fill: COLOUR.good, font: COLOUR.goodText },
  { status: 'on-pace', fill: COLOUR.mid, font: COLOUR.midText },
  { status: 'behind', fill: COLOUR.bad, font: COLOUR.badText },
  { status: 'open', fill: COLOUR.header, font: COLOUR.noneText },
  { status: 'no-data', fill: COLOUR.none, font: COLOUR.noneText },
];

const HEADERS = [
  '措施',
  '目标',
  '目标值',
  '单位',
  '实际完成',
  '完成率',
  '序时进度',
  '差距',
  '状态',
  '核对（引擎实际）',
  '核对结果',
  '口径说明',
];
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
function ledgerFormula(t: Target, ledgers: LedgerFacts[], sheets: LedgerSheet[], engine: number): string | null {
  const f = t.filter ?? {};
  const selections: Selection[] = ledgers.map((l, i) => {
    const sheet = sheets[i];
    const sel = emptySelection(sheet);
    const chCol = sheet.column('channel');
    const domainAltsOf = cellAlts('domain');
    // Per domain criteria (shared per cell text) and channel text: the row's criteria, built once, not per row.
    const altMemo = new Map<Alt[] | undefined, Map<string, Alt[]>>();
    l.facts.forEach((fact, j) => {
      if (!passesFilter(fact, f)) return;
      const domainShared = f.domain ? domainAltsOf(fact, fact.domain, sheet) : undefined;
      const channelText = f.channel ? fact.channel : '';
      let byChannel = altMemo.get(domainShared);
      if (!byChannel) altMemo.set(domainShared, (byChannel = new Map()));
      let alts = byChannel.get(channelText);
      if (!alts) {
        const domainAlts: Criterion[][] = domainShared ? domainShared.map((a) => a.criteria) : [[]];
        const channelAlts: Criterion[][] = f.channel
          ? f.channel
              .filter((c) => channelText.includes(c))
              .map((c) => (chCol === undefined ? [] : [{ col: chCol, op: 'contains', text: c }]))
          : [[]];
        byChannel.set(channelText, (alts = domainAlts.flatMap((a) => channelAlts.map((b) => alt([...a, ...b])))));
      }
      pick(sel, fact.row.row, l.counted[j], alts);
    });
    return sel;
  });
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

function statusFormula(row: number, pack: PolicyPack, open: boolean): string {
  const ratio = toA1(row, 5);
  const pace = toA1(row, 6);
  const L = (s: TargetStatus) => `"${TARGET_STATUS_WORDS[s].zh}"`;
  // A stock target before its deadline: reached, or still in progress (no 序时 to fall behind).
  if (open) return `=IF(${toA1(row, 4)}="",${L('no-data')},IF(${ratio}>=1,${L('done')},${L('open')}))`;
  return (
    `=IF(${toA1(row, 4)}="",${L('no-data')},IF(${ratio}>=1,${L('done')},IF(${pace}<=0,IF(${ratio}>0,${L('ahead')},${L('on-pace')}),` +
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
  b.title(0, `${pack.document.title}目标完成情况（截至${chineseDate(summary.asOf)}）`, HEADERS.length);
  b.title(
    1,
    `${coverageNote(summary.coverage)}依据${pack.document.number}。序时进度＝截至月份/12（仅适用于年度投资类目标）；状态：实际/目标 ≥ 100% 为已完成，` +
      `完成率/序时进度 ≥ ${pack.status.ahead} 为超序时，≥ ${pack.status.onPace} 为达序时，否则滞后；库容、项目数等存量目标截止日前未达到为进行中。实际完成为引用台账的实时公式，` +
      `“核对”列为生成时引擎计算值；黄色底纹的单元格无法用公式准确复现（如金额以文本保存），填入的是引擎计算值。`,
    HEADERS.length,
    false,
  );
  b.header(3, HEADERS);
  const byId = new Map(pack.targets.map((t) => [t.id, t]));
  summary.targets.forEach((p: TargetProgress, i) => {
    const row = FIRST + i;
    const t = byId.get(p.id);
    const unitFormat = p.unit === '个' ? FORMAT.count : p.unit === '亿元' ? FORMAT.yi : FORMAT.wan;
    b.set(row, 0, { value: t ? `措施${t.measure}` : '' });
    b.set(row, 1, { value: p.label, wrap: true });
    b.set(row, 2, { value: p.target, numberFormat: unitFormat });
    b.set(row, 3, { value: p.unit, align: 'center' });
    b.set(row, 6, { value: p.pace, numberFormat: FORMAT.percent });
    b.set(row, 11, { value: t?.description ?? '', wrap: true });
    if (p.actual === null || !t) {
      b.set(row, 4, { value: null });
      b.set(row, 8, { value: TARGET_STATUS_WORDS['no-data'].zh, align: 'center' });
      b.set(row, 10, { value: t?.ledger === 'none' ? '不从台账计算' : '缺少对应台账', align: 'center' });
      return;
    }
    const kind = t.ledger as 'project' | 'reserve';
    const formula =
      domainSheetFormula(t, input.domainSheet) ??
      ledgerFormula(t, input.byKind[kind] ?? [], input.sheetsByKind[kind] ?? [], p.actual);
    b.set(
      row,
      4,
      formula
        ? { formula, value: p.actual, numberFormat: unitFormat }
        : { value: p.actual, numberFormat: unitFormat, fill: COLOUR.check },
    );
    b.set(row, 5, {
      formula: `=IF(${toA1(row, 2)}=0,"",${toA1(row, 4)}/${toA1(row, 2)})`,
      value: p.ratio ?? '',
      numberFormat: FORMAT.percent,
    });
    b.set(row, 7, {
      formula: `=${toA1(row, 4)}-${toA1(row, 2)}*${toA1(row, 6)}`,
      value: p.gap,
      numberFormat: unitFormat,
    });
    const open = !t.paced && summary.asOf < t.deadline; // both YYYY-MM-DD
    b.set(row, 8, {
      formula: statusFormula(row, pack, open),
      value: TARGET_STATUS_WORDS[p.status].zh,
      align: 'center',
    });
    b.set(row, 9, { value: p.actual, numberFormat: unitFormat, fontColor: COLOUR.noneText });
    const e = toA1(row, 4);
    const j = toA1(row, 9);
    b.set(row, 10, {
      formula: `=IF(ABS(${e}-${j})<=0.000001*MAX(1,ABS(${j})),"一致","不一致")`,
      value: '一致',
      align: 'center',
    });
  });
  const last = FIRST + summary.targets.length - 1;
  for (const c of STATUS_COLOURS) {
    b.layout.conditional.push({
      range: `${toA1(FIRST, 8)}:${toA1(last, 8)}`,
      equals: TARGET_STATUS_WORDS[c.status].zh,
      fill: c.fill,
      fontColor: c.font,
    });
  }
  b.layout.conditional.push({
    range: `${toA1(FIRST, 10)}:${toA1(last, 10)}`,
    equals: '不一致',
    fill: COLOUR.bad,
    fontColor: COLOUR.badText,
  });
  b.layout.freeze = { rows: FIRST, cols: 2 };
  b.widths([8, 28, 10, 6, 12, 10, 10, 12, 8, 14, 10, 48]);
  if (summary.targets.length) {
    b.layout.charts.push({
      kind: 'bar',
      title: '目标完成进度与序时进度',
      categories: `B${FIRST + 1}:B${last + 1}`,
      series: [
        { name: '完成率', values: `F${FIRST + 1}:F${last + 1}` },
        { name: '序时进度', values: `G${FIRST + 1}:G${last + 1}` },
      ],
      anchor: `A${last + 4}`,
      width: 9,
      height: 18,
    });
  }
  return b.layout;
}
