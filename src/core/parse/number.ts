/** Numbers written as text: "1,234.5", "１２３", " 45 ", "1.5亿", "3000万元". */
import { halfWidth } from './text';

export interface TextNumber {
  value: number;
  /** A unit written in the cell itself. */
  unit?: '亿元' | '万元' | '元' | '%';
}

const NUMBER_RE = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))(亿元|亿|万元|万|元|%)?$/;
const UNIT_OF: Record<string, TextNumber['unit']> = {
  亿元: '亿元',
  亿: '亿元',
  万元: '万元',
  万: '万元',
  元: '元',
  '%': '%',
};

/** Parses a number typed as text, or null. Thousands separators and spaces are ignored. */
export function parseTextNumber(s: string): TextNumber | null {
  let t = halfWidth(s);
  if (t.indexOf(',') >= 0 || t.indexOf(' ') >= 0 || t.indexOf('，') >= 0) t = t.replace(/[, ，]/g, '');
  t = t.trim();
  const m = NUMBER_RE.exec(t);
  if (!m) return null;
  const value = Number(m[1]);
  if (!Number.isFinite(value)) return null;
  return m[2] ? { value, unit: UNIT_OF[m[2]] } : { value };
}
