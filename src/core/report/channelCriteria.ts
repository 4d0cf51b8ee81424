import { halfWidth } from '../parse/text';
import type { NamedValue } from '../policy/types';
import type { RowFacts } from '../totals';
import type { Criterion } from './criteria';
import type { LedgerSheet } from './ledgerSheet';

/**
 * 资金渠道 criteria for a target filtered by channel. The engine counts a row whose cell contains the channel's
 * name (multi-channel and annotated cells) or is one of its aliases (专项债 is read as 专项债券). So the formula
 * sums a "*name*" term and an exact term per alias; an alias that contains the name (地方政府专项债券) is already
 * in "*name*" and gets no term of its own, or its rows would count twice.
 */
export interface ChannelCriteria {
  /** The criteria picking this row, one list per filter channel it passes (each list one term of the sum). */
  ofRow(fact: RowFacts): Criterion[][];
  /** The memo key of `ofRow`: the cell as typed (the facts' channel follows from it). */
  keyOf(fact: RowFacts): string;
  /** Every spelling of the filter's channels, so a row typed later with any of them is counted live. */
  all: Criterion[][];
}

interface Spellings {
  name: string;
  /** Aliases that do not contain the name, distinct as Excel compares them (case-insensitive). */
  exact: string[];
}

function spellingsOf(name: string, channels: NamedValue[]): Spellings {
  const lower = name.toLowerCase();
  const seen = new Set<string>();
  const exact: string[] = [];
  for (const a of channels.find((c) => c.name === name)?.aliases ?? []) {
    const key = a.toLowerCase();
    if (key.includes(lower) || seen.has(key)) continue;
    seen.add(key);
    exact.push(a);
  }
  return { name, exact };
}

/** Null when the sheet has no 资金渠道 column (no row passes a channel filter there). */
export function channelCriteria(filter: string[], channels: NamedValue[], sheet: LedgerSheet): ChannelCriteria | null {
  const col = sheet.column('channel');
  if (col === undefined) return null;
  const spellings = filter.map((name) => spellingsOf(name, channels));
  const keyOf = (fact: RowFacts): string => {
    const v = sheet.raw(fact.row.row, col);
    return typeof v === 'string' ? v : v === null ? '' : String(v);
  };
  const ofRow = (fact: RowFacts): Criterion[][] => {
    const typed = keyOf(fact).toLowerCase();
    const plain = halfWidth(typed).replace(/\s+/g, ''); // as the enum reader compares
    return spellings
      .filter((s) => fact.channel.includes(s.name))
      .map((s): Criterion[] => {
        const alias = typed.includes(s.name.toLowerCase()) ? undefined : s.exact.find((a) => a.toLowerCase() === plain);
        // A cell the engine read another way (spaces inside, full-width) matches neither: the check then finds
        // the formula short and the engine's figure is written instead.
        return [alias ? { col, op: 'eq', text: alias } : { col, op: 'contains', text: s.name }];
      });
  };
  const all = spellings.flatMap((s): Criterion[][] => [
    [{ col, op: 'contains', text: s.name }],
    ...s.exact.map((text): Criterion[] => [{ col, op: 'eq', text }]),
  ]);
  return { ofRow, keyOf, all };
}
