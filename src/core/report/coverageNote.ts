/**
 * The summary sheets' word on what their totals left out (DESIGN.md "Never silent"): one sentence per ledger
 * with a gap, or nothing when every figure was counted. Shared by the CLI's text output (one line per gap).
 */
import { fieldDef } from '../schema';
import type { CoverageEntry } from '../totals/types';
import { hasGap } from '../totals/coverage';

const NAMED_CELLS = 5;

/** One line per gap of one ledger, in Chinese or English. */
export function coverageLines(e: CoverageEntry, lang: 'zh' | 'en' = 'zh'): string[] {
  if (!hasGap(e) || e.kind === 'unknown') return [];
  const kind = e.kind;
  const where = lang === 'zh' ? `${e.file}（${e.sheet}）` : `${e.file} (${e.sheet})`;
  const out: string[] = [];
  for (const f of e.figuresMissing) {
    const label = fieldDef(kind, f)?.label[lang] ?? f;
    out.push(
      lang === 'zh'
        ? `${where}没有识别出“${label}”列，其 ${e.rows} 行的${label}未计入合计。`
        : `${where} has no "${label}" column: ${label} of its ${e.rows} rows is not in the totals.`,
    );
  }
  if (e.cellsWithoutValue > 0) {
    const cells =
      e.cells.slice(0, NAMED_CELLS).join(lang === 'zh' ? '、' : ', ') +
      (e.cellsWithoutValue > NAMED_CELLS ? (lang === 'zh' ? '等' : ' …') : '');
    out.push(
      lang === 'zh'
        ? `${where}有 ${e.cellsWithoutValue} 个单元格没有数值（${cells}：公式没有计算结果、错误值或无法识别的金额），未计入合计；请改正，或在 Excel 或 WPS 中打开并保存后再汇总。`
        : `${where} has ${e.cellsWithoutValue} cells without a value (${cells}: formula never calculated, an error value or an unreadable amount), not in the totals; correct them, or open and save the file in Excel or WPS, then summarise again.`,
    );
  }
  return out;
}

/** The note for the summary sheets: '' when nothing was left out. */
export function coverageNote(coverage: CoverageEntry[] | undefined): string {
  const lines = (coverage ?? []).flatMap((e) => coverageLines(e));
  return lines.length ? `注意，以下数字未计入：${lines.join('')}` : '';
}
