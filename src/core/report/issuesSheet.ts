import { quoteSheetName } from '../grid';
import { countBySeverity, ISSUE_CATALOGUE } from '../validate';
import type { Issue, Severity } from '../validate/types';
import { SEVERITY_WORDS, severityCountsText, wordOf } from '../words';
import { COLOUR, LayoutBuilder } from './layout';
import { fitRowHeights } from './printSetup';
import type { SheetLayout } from './types';

/** Each severity's colours in the 严重程度 column (its words are the shared ones). */
const SEVERITY_COLOURS: Record<Severity, { fill: string; font: string }> = {
  error: { fill: COLOUR.bad, font: COLOUR.badText },
  warning: { fill: COLOUR.mid, font: COLOUR.midText },
  info: { fill: COLOUR.none, font: COLOUR.noneText },
};

const HEADERS = {
  zh: ['序号', '严重程度', '工作表', '单元格', '行', '问题类型', '问题说明', '建议值', '代码'],
  en: ['No.', 'Severity', 'Sheet', 'Cell', 'Row', 'Problem', 'Message', 'Suggestion', 'Code'],
};

/** The catalogue's title for a code, in the sheet's language (a Chinese sheet shows no English words but the code). */
const TITLES = new Map<string, { zh: string; en: string }>(ISSUE_CATALOGUE.map((t) => [t.code, t.title]));
function titleOf(code: string, lang: 'zh' | 'en'): string {
  return TITLES.get(code)?.[lang] ?? code;
}

/** The issues sheet's name, whatever the language, so the task pane (and a later run) can find and replace it. */
export const ISSUES_SHEET = '校验问题';

/** The pane's type filter when the list was exported: only issues of `code`, out of `total` found. */
export interface IssuesFilter {
  code: string;
  total: number;
}

/** The sheet's second line: how many and of what severity, and, when filtered, by what and out of how many. */
function scopeLine(issues: Issue[], lang: 'zh' | 'en', filter?: IssuesFilter): string {
  const counts = severityCountsText(countBySeverity(issues), lang);
  if (!filter)
    return lang === 'zh'
      ? `共 ${issues.length} 条（全部问题）：${counts}。点击“单元格”列可跳转到问题所在位置。`
      : `${issues.length} issues (all): ${counts}. Click a cell address to go there.`;
  const type = titleOf(filter.code, lang);
  return lang === 'zh'
    ? `按问题类型“${type}”筛选，只列出共 ${filter.total} 条中的 ${issues.length} 条：${counts}。点击“单元格”列可跳转到问题所在位置。`
    : `Filtered by problem type "${type}": only ${issues.length} of ${filter.total} issues listed: ${counts}. Click a cell address to go there.`;
}

/**
 * 校验问题: one row per finding, its cell a link to the ledger cell; messages are values, never formulas. With
 * `filter` (the pane's type filter) the sheet says it lists only that type, out of how many.
 */
export function buildIssuesLayout(issues: Issue[], lang: 'zh' | 'en', filter?: IssuesFilter): SheetLayout {
  const b = new LayoutBuilder(ISSUES_SHEET);
  b.title(0, lang === 'zh' ? '台账校验问题清单' : 'Ledger validation issues', HEADERS.zh.length);
  b.title(1, scopeLine(issues, lang, filter), HEADERS.zh.length, false);
  b.header(3, HEADERS[lang]);
  issues.forEach((issue, i) => {
    const row = 4 + i;
    const target = issue.cell ?? (issue.row !== undefined ? `A${issue.row}` : undefined);
    b.set(row, 0, { value: i + 1 });
    b.set(row, 1, { value: wordOf(SEVERITY_WORDS[issue.severity], lang), align: 'center' });
    b.set(row, 2, { value: issue.sheet });
    b.set(
      row,
      3,
      target
        ? { value: target, link: `${quoteSheetName(issue.sheet)}!${target}`, fontColor: '#0563C1' }
        : { value: '' },
    );
    b.set(row, 4, { value: issue.row ?? '' });
    b.set(row, 5, { value: titleOf(issue.code, lang) });
    b.set(row, 6, { value: issue.message, wrap: true });
    b.set(row, 7, { value: issue.suggestion ?? '' });
    b.set(row, 8, { value: issue.code, fontColor: '#808080' });
  });
  const last = Math.max(5, 4 + issues.length);
  for (const [s, c] of Object.entries(SEVERITY_COLOURS) as [Severity, { fill: string; font: string }][]) {
    const equals = wordOf(SEVERITY_WORDS[s], lang);
    b.layout.conditional.push({ range: `B5:B${last}`, equals, fill: c.fill, fontColor: c.font });
  }
  b.layout.freeze = { rows: 4, cols: 0 };
  b.widths([6, 8, 16, 8, 6, 18, 60, 20, 16]);
  // Printed for the unit that fixes the ledger: landscape, one page wide, the header row on every page.
  b.layout.print = {
    orientation: 'landscape',
    paper: 'A4',
    fitWidth: 1,
    fitHeight: 0,
    titleRows: { first: 3, last: 3 },
    margins: { left: 0.4, right: 0.4, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
    header: lang === 'zh' ? '台账校验问题清单' : 'Ledger validation issues',
    footer: lang === 'zh' ? '第 &P 页 共 &N 页' : 'Page &P of &N',
  };
  fitRowHeights(b.layout);
  return b.layout;
}
