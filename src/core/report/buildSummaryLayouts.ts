import type { PolicyPack } from '../policy/types';
import { consolidate, factContext, type Breakdown, type Summary, type SummaryInput } from '../totals';
import { coverageNote } from './coverageNote';
import { chineseDate } from './layout';
import { BREAKDOWN_COLUMNS, breakdownSheet, FIRST_DATA_ROW } from './breakdownSheet';
import { DIMENSIONS, selectionsByKey, selectionsFor, type Dimension } from './dimensions';
import { LedgerSheet } from './ledgerSheet';
import { measureSheet } from './measureSheet';
import { fitColumnWidths, fitRowHeights, summaryPrint } from './printSetup';
import { targetSheet } from './targetSheet';
import type { SheetLayout } from './types';

export const SHEET_NAMES = {
  targets: '目标完成情况',
  domain: '分领域汇总',
  lead: '分责任单位汇总',
  location: '分乡镇园区汇总',
  stage: '三个一批',
  measures: '措施落实情况',
} as const;

type Consolidated = ReturnType<typeof consolidate>;

/**
 * The summary sheets for a meeting, independent of any host. Figures are live formulas over the ledger sheets
 * (which must keep their names), the engine's figures beside them for the check.
 */
export function buildSummaryLayouts(summary: Summary, inputs: SummaryInput[], pack: PolicyPack): SheetLayout[] {
  const ctx = factContext(pack);
  const projects = consolidate(inputs, 'project', ctx);
  const reserves = consolidate(inputs, 'reserve', ctx);
  const projectSheets = projects.ledgers.map((l) => new LedgerSheet(l.ledger));
  const reserveSheets = reserves.ledgers.map((l) => new LedgerSheet(l.ledger));
  const breakdowns = breakdownLayouts(summary, projects, projectSheets);
  const targets = targetSheet({
    summary,
    pack,
    byKind: { project: projects.ledgers, reserve: reserves.ledgers },
    sheetsByKind: { project: projectSheets, reserve: reserveSheets },
    domainSheet: {
      name: SHEET_NAMES.domain,
      rowOf: new Map(summary.byDomain.map((b, i) => [b.key, FIRST_DATA_ROW + i])),
      totalRow: domainTotalRow(summary),
      column: BREAKDOWN_COLUMNS,
    },
  });
  const layouts = [targets, ...breakdowns];
  const measureLedgers = inputs.filter((i) => i.ledger.kind === 'measure').map((i) => i.ledger);
  if (measureLedgers.length) layouts.push(measureSheet(summary, measureLedgers));
  for (const l of layouts) fitForPrint(l, pack, summary);
  return layouts;
}

/** The 分领域汇总 total row (0-based), under one row per domain: the other sheets' totals refer to it. */
function domainTotalRow(summary: Summary): number {
  return FIRST_DATA_ROW + summary.byDomain.length;
}

/** The note every breakdown sheet carries: gaps, unit, sources, live formulas, duplicates counted once. */
function breakdownNote(summary: Summary, projects: Consolidated): string {
  const sources = projects.ledgers.map((l) => `${l.source}（${l.ledger.sheet}）`).join('、') || '无项目台账';
  const dupNote = summary.duplicates.length
    ? `${summary.duplicates.length} 个项目重复出现（名称相同且建设单位或总投资相同，同一台账内或多个台账间），只计一次（公式中减去重复的 ${summary.merged.length} 行）。`
    : '';
  const gapNote = coverageNote(summary.coverage);
  return `${gapNote}单位：万元。数据来源：${sources}。数字为引用台账的实时公式，台账修改后自动更新；黄色底纹单元格无法用公式准确复现（如金额以文本保存、金额写作“1.2亿”），填入的是引擎计算值。${dupNote}`;
}

/** 分领域, 分责任单位, 分乡镇园区 and 三个一批, in that order. */
function breakdownLayouts(summary: Summary, projects: Consolidated, projectSheets: LedgerSheet[]): SheetLayout[] {
  const baseNote = breakdownNote(summary, projects);
  const sheetFor = (
    name: string,
    keyLabel: string,
    rows: Breakdown[],
    dim: Dimension,
    extra: Partial<Parameters<typeof breakdownSheet>[0]> = {},
  ) => {
    const byKey = selectionsByKey(projects.ledgers, projectSheets, dim);
    return breakdownSheet({
      name,
      title: `${name}（截至${chineseDate(summary.asOf)}）`,
      keyLabel,
      notes: [baseNote],
      rows,
      selections: (key) => selectionsFor(key, byKey, projectSheets, dim),
      totals: summary.totals,
      partition: true,
      ...extra,
    });
  };
  const domain = sheetFor(SHEET_NAMES.domain, '所属领域', summary.byDomain, DIMENSIONS.domain, { chart: true });
  const lead = sheetFor(SHEET_NAMES.lead, '牵头责任单位', summary.byLeadUnit, DIMENSIONS.lead, {
    partition: false,
    totalRef: { sheet: SHEET_NAMES.domain, row: domainTotalRow(summary) },
    notes: [
      baseNote,
      `一个项目有多个牵头单位时，在每个单位下各计一次（公式用 COUNTIFS/SUMIFS 通配符“*单位名*”匹配），各行相加大于合计；` +
        `合计行按项目只计一次。本次共有 ${summary.multiLeadProjects} 个项目有多个牵头单位。`,
    ],
  });
  const location = sheetFor(SHEET_NAMES.location, '乡镇（街道、园区）', summary.byLocation, DIMENSIONS.location, {
    chart: true,
  });
  const stage = sheetFor(SHEET_NAMES.stage, '三个一批类别', summary.byStage, DIMENSIONS.stage);
  return [domain, lead, location, stage];
}

/** Column widths and row heights fitted to the text, and the print setup. */
function fitForPrint(l: SheetLayout, pack: PolicyPack, summary: Summary): void {
  fitColumnWidths(l);
  fitRowHeights(l);
  // The header row (the last frozen row) repeats on every printed page.
  const header = Math.max(0, (l.freeze?.rows ?? 1) - 1);
  l.print = summaryPrint(pack.document.title, l.name, summary.asOf, { first: header, last: header });
}
