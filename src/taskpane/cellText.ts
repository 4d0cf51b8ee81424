/**
 * A cell as Excel shows it, for the preview outside Office: the number format applied (dates as dates, rates as
 * percentages, thousands separated), not the stored 44986 or 0.894. Covers the formats ledgers use; anything
 * else shows the number plainly rather than a guess.
 */
import { isCellError, type CellValue } from '../core/grid';

const DAY_MS = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569; // 1970-01-01 in Excel's 1900 date system

/** The format's first section without quoted text, escapes and [colour]/[locale] tags: what decides its kind. */
function bareFormat(fmt: string): string {
  return fmt
    .split(';')[0]
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
}

function decimalsOf(bare: string): number {
  const m = /\.(0+)/.exec(bare);
  return m ? m[1].length : 0;
}

function dateText(serial: number, fmt: string): string {
  const d = new Date((serial - UNIX_EPOCH_SERIAL) * DAY_MS + 1); // +1 ms: serials stored as 44985.99999999
  const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  const bare = bareFormat(fmt).toLowerCase();
  const hasDay = /d/.test(bare);
  const time = /h/.test(bare)
    ? ` ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`
    : '';
  if (fmt.includes('年')) return `${y}年${m}月${hasDay ? `${day}日` : ''}${time}`;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${y}-${pad(m)}${hasDay ? `-${pad(day)}` : ''}${time}`;
}

export function isDateFormat(fmt: string): boolean {
  const bare = bareFormat(fmt).toLowerCase();
  return /[ymd]/.test(bare.replace(/general/g, '')) && !/[#0?]/.test(bare.replace(/[ymdhs]+/g, ''));
}

export function numberText(n: number, fmt: string | null): string {
  if (!fmt || /^general$/i.test(fmt) || fmt === '@') return String(Number.isInteger(n) ? n : Number(n.toPrecision(10)));
  if (isDateFormat(fmt)) return dateText(n, fmt);
  const bare = bareFormat(fmt);
  const percent = bare.includes('%');
  const digits = decimalsOf(bare);
  const value = percent ? n * 100 : n;
  const grouped = bare.includes(',');
  const text = value.toLocaleString('en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping: grouped,
  });
  return percent ? `${text}%` : text;
}

export function cellText(v: CellValue, fmt: string | null): string {
  if (v === null) return '';
  if (isCellError(v)) return v.error;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return numberText(v, fmt);
  return v;
}
