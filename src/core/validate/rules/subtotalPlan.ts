/**
 * Every row that carries sums, with exactly the data rows it covers: 合计/总计 all of them; 小计 its section's
 * (readLedger); a section row with figures beside its heading (二、新开工项目（4个） with SUMs) the rows under it
 * down to the next heading of its level; 其中：续建项目 the section it names. Sections nest (一、 over （一）), and
 * a subtotal knows the section and 小计 rows directly inside it, so a wrong one can explain its parent's gap.
 */
import type { Ledger } from '../../ledger/types';
import { sectionLevel } from '../../ledger/rowLabels';
import { parseCell } from '../../parse';
import { isProject1e8 } from '../../parse/amountUnits';
import type { CellReader } from '../CellReader';
import type { FieldId } from '../../schema/types';
import type { CellColumn } from './types';

export type SubtotalLabel = '合计' | '小计' | '总计' | '其中' | 'section';

export interface SubtotalCheck {
  row: number;
  index: number;
  label: SubtotalLabel;
  /** 1-based sheet rows of the data rows it covers. */
  covers: number[];
  /** The figure the row shows per amount field (万元), when it is a number. */
  shown: Partial<Record<FieldId, number>>;
  /** Subtotals directly inside this one (a 合计's top sections and 小计 rows, a section's sub-sections). */
  children: SubtotalCheck[];
}

export const SUBTOTAL_FIELDS: FieldId[] = ['total', 'planned', 'completed'];
const QIZHONG_RE = /^其中[:：\s]*/;
const COUNT_RE = /[（(]\s*\d+\s*个?\s*[)）]\s*$/;
const NUMBERING_RE =
  /^(?:[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十\d]+(?:部分|类|批))\s*/;

interface Section {
  row: number;
  level: number;
  name: string;
  covers: number[];
  /** Exclusive end row of the section (the next heading of its level or above, a 合计, or past the end). */
  end: number;
}

function sections(ledger: Ledger): Section[] {
  const totals = ledger.subtotals.filter((s) => s.kind === '合计' || s.kind === '总计').map((s) => s.row);
  const list = ledger.sections.map((s) => ({
    row: s.row,
    level: sectionLevel(s.text),
    name: s.text.replace(NUMBERING_RE, '').replace(COUNT_RE, '').trim(),
  }));
  return list.map((s, i) => {
    const next = list.slice(i + 1).find((o) => o.level <= s.level)?.row ?? Infinity;
    const end = totals.reduce((m, t) => (t > s.row && t < m ? t : m), next);
    return { ...s, end, covers: ledger.rows.filter((r) => r.row > s.row && r.row < end).map((r) => r.row) };
  });
}

function sectionShown(ledger: Ledger, row: number, columns: readonly CellColumn[]): Partial<Record<FieldId, number>> {
  const shown: Partial<Record<FieldId, number>> = {};
  for (const c of columns) {
    if (!SUBTOTAL_FIELDS.includes(c.field)) continue;
    const raw = ledger.grid.values[row - 1]?.[c.col] ?? null;
    const v = raw === null ? null : parseCell(c.def, raw, { unit: c.unit }).value;
    if (typeof v === 'number') shown[c.field] = v;
  }
  return shown;
}

export function subtotalPlan(ledger: Ledger, columns: readonly CellColumn[], reader: CellReader): SubtotalCheck[] {
  const secs = sections(ledger);
  const checks: SubtotalCheck[] = [];
  const sectionChecks = new Map<Section, SubtotalCheck>();
  for (const s of secs) {
    const shown = sectionShown(ledger, s.row, columns);
    if (!Object.keys(shown).length || !s.covers.length) continue; // a plain heading: nothing to check
    const check: SubtotalCheck = {
      row: s.row,
      index: s.row - 1,
      label: 'section',
      covers: s.covers,
      shown,
      children: [],
    };
    sectionChecks.set(s, check);
    checks.push(check);
  }
  let top = Infinity;
  for (const s of sectionChecks.keys()) top = Math.min(top, s.level);
  for (const [s, check] of sectionChecks) {
    const inner = [...sectionChecks.keys()].filter((o) => o.row > s.row && o.row < s.end && o.level > s.level);
    const next = inner.reduce((m, o) => Math.min(m, o.level), Infinity);
    check.children = inner.filter((o) => o.level === next).map((o) => sectionChecks.get(o)!);
  }
  for (const sub of ledger.subtotals) {
    const shown: Partial<Record<FieldId, number>> = {};
    for (const f of SUBTOTAL_FIELDS) {
      const v = sub.cells[f]?.value;
      if (typeof v === 'number') shown[f] = v;
    }
    let covers = sub.covers;
    let children: SubtotalCheck[] = [];
    if (sub.kind === '其中') covers = namedSection(sub.label, secs)?.covers ?? namedRows(sub.label, ledger, reader);
    if (sub.kind === '合计' || sub.kind === '总计')
      children = [...sectionChecks].filter(([s]) => s.level === top).map(([, c]) => c);
    if (covers.length) checks.push({ row: sub.row, index: sub.index, label: sub.kind, covers, shown, children });
  }
  // A 合计 also stands on the 小计 rows (=I44+I63+…): they are its children too.
  const subtotals = checks.filter((c) => c.label === '小计');
  for (const c of checks) if (c.label === '合计' || c.label === '总计') c.children = [...c.children, ...subtotals];
  return checks.sort((a, b) => a.row - b.row);
}

/** Fields whose value a 其中 row may name (其中：续建项目, 其中：工业项目, 其中：开工一批). */
const NAMED_FIELDS: FieldId[] = ['nature', 'domain', 'stage'];
const YI_RE = /亿元以上|亿元及以上/;

/**
 * 其中 rows that name no section: 其中：亿元以上项目 covers the rows of 1亿元 or more; 其中：续建项目 the rows whose
 * 建设性质 (or 所属领域, 三个一批) is the value it names — when exactly one field has such values. Else nothing.
 */
function namedRows(label: string, ledger: Ledger, reader: CellReader): number[] {
  const name = label.replace(QIZHONG_RE, '');
  if (YI_RE.test(name))
    return ledger.rows.filter((r) => isProject1e8(reader.number(r, 'total') ?? 0)).map((r) => r.row);
  const hits = NAMED_FIELDS.map((f) =>
    ledger.rows.filter((r) => {
      const v = reader.text(r, f);
      return v !== null && name.includes(v);
    }),
  );
  const named = hits.filter((h) => h.length > 0);
  return named.length === 1 ? named[0].map((r) => r.row) : [];
}

/** 其中：续建项目 → the section named 续建项目 (一、续建项目（12个）), if exactly one matches. */
function namedSection(label: string, secs: Section[]): Section | undefined {
  const name = label.replace(QIZHONG_RE, '').replace(COUNT_RE, '').trim();
  if (!name) return undefined;
  const hits = secs.filter((s) => s.name && (s.name === name || s.name.includes(name) || name.includes(s.name)));
  return hits.length === 1 ? hits[0] : undefined;
}
