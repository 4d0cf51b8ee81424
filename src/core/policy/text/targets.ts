import type { MeasureTarget } from '../types';
import { chineseNumber } from './chineseNumerals';

/**
 * Quantities that count as targets in a measure, as data: the written unit and the unit stored. Years, months
 * and minutes (2023年, 3月份, 15分钟) are not targets, so 年/月/分钟 are deliberately absent.
 */
export const TARGET_UNITS: readonly { written: string; unit: string }[] = [
  { written: '万平方米', unit: '万平方米' },
  { written: '平方米', unit: '平方米' },
  { written: '亿级', unit: '亿元' }, // 10 亿级项目库: a library worth 10亿元
  { written: '亿元', unit: '亿元' },
  { written: '万元', unit: '万元' },
  { written: '元', unit: '元' },
  { written: '%', unit: '%' }, // 增长6.2%左右
  { written: '公里', unit: '公里' },
  { written: '万户', unit: '万户' }, // 2万户 / 1.5万个: counts in ten-thousands keep their 万
  { written: '万人', unit: '万人' },
  { written: '万个', unit: '万个' },
  { written: '个工作日', unit: '个工作日' }, // before 个: 14个工作日 is a time limit, not a count
  { written: '工作日', unit: '个工作日' },
  { written: '个', unit: '个' },
  { written: '条', unit: '条' },
  { written: '家', unit: '家' },
  { written: '亩', unit: '亩' },
  { written: '项', unit: '项' },
  { written: '件', unit: '件' },
  { written: '场', unit: '场' },
  { written: '张', unit: '张' },
  { written: '户', unit: '户' },
  { written: '套', unit: '套' },
  { written: '座', unit: '座' },
  { written: '所', unit: '所' },
];

/** Recurring events: 每季度…开展一次 → 1 次/季度. */
const PERIODS = ['季度', '半年', '月', '周', '年'];

const QUANTITY = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*(${TARGET_UNITS.map((u) => u.written).join('|')})`, 'g');
const RECURRING = new RegExp(`每(${PERIODS.join('|')})[^。；;]*?([一二两三四五六七八九十\\d]+)\\s*次`, 'g');
/** Deadlines: 5月底前 / 6月末前 / 9月前 (a bare 年底前 names no month and 3月份 is no deadline). */
const DEADLINE = /(\d{1,2})\s*月\s*(底|末|\d{1,2}\s*日)?\s*(?:之前|前)/g;
const CLAUSE_END = /[，,。；;！？!?]/;
/** "200 万元以上的企业": a bound on who or what qualifies, not a goal ("完成投资 270 亿元以上。" stays a goal). */
const THRESHOLD_AFTER = /^\s*(?:以上|以下|及以上|及以下)的/;

/** Every numeric target in a measure's text: value, unit and the clause it sits in. */
export function extractTargets(text: string): MeasureTarget[] {
  const found: { at: number; target: MeasureTarget }[] = [];
  const plain = halfWidth(text);
  for (const m of plain.matchAll(QUANTITY)) {
    if (THRESHOLD_AFTER.test(plain.slice(m.index + m[0].length))) continue;
    const unit = TARGET_UNITS.find((u) => u.written === m[2])?.unit ?? m[2];
    found.push({ at: m.index, target: { value: Number(m[1]), unit, text: clauseAround(text, m.index, m[0].length) } });
  }
  for (const m of plain.matchAll(DEADLINE)) {
    const value = Number(m[1]);
    const unit = !m[2] ? '月前' : /日/.test(m[2]) ? `月${m[2].replace(/\s+/g, '')}前` : '月底前'; // 6月30日前 → 6 月30日前
    if (value >= 1 && value <= 12)
      found.push({ at: m.index, target: { value, unit, text: clauseAround(text, m.index, m[0].length) } });
  }
  for (const m of plain.matchAll(RECURRING)) {
    const value = chineseNumber(m[2]);
    if (Number.isFinite(value)) {
      found.push({
        at: m.index,
        target: { value, unit: `次/${m[1]}`, text: clauseAround(text, m.index, m[0].length) },
      });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.target);
}

/** Full-width digits, point and percent as ASCII, one character for one, so indexes stay those of the text. */
function halfWidth(text: string): string {
  return text.replace(/[０-９．％]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function clauseAround(text: string, at: number, length: number): string {
  let start = at;
  while (start > 0 && !CLAUSE_END.test(text[start - 1])) start--;
  let end = at + length;
  while (end < text.length && !CLAUSE_END.test(text[end])) end++;
  return text.slice(start, end).trim();
}
