/**
 * The clerk's column choices, per sheet: column letter → field, or 'ignore' (不使用). Stored with the workbook's
 * settings so next week's run and every clerk who gets the workbook read the sheet the same way.
 *
 * StoredSettings.mappings holds them (plain strings there); this module checks them before the core's
 * ColumnOverrides are built from them.
 */
import type { StoredSettings } from '../../core/port/WorkbookPort';
import type { FieldId } from '../../core/schema/types';

export type ColumnChoice = FieldId | 'ignore';
export type SheetMappings = Record<string, Record<string, ColumnChoice>>;

/** The stored mappings, or none; anything malformed is dropped rather than trusted. */
export function mappingsOf(stored: StoredSettings | null): SheetMappings {
  const raw: unknown = stored?.mappings;
  if (!raw || typeof raw !== 'object') return {};
  const out: SheetMappings = {};
  for (const [sheet, cols] of Object.entries(raw as Record<string, unknown>)) {
    if (!cols || typeof cols !== 'object') continue;
    const ok = Object.entries(cols as Record<string, unknown>).filter(
      ([letter, f]) => /^[A-Z]{1,3}$/.test(letter) && typeof f === 'string',
    );
    if (ok.length) out[sheet] = Object.fromEntries(ok) as Record<string, ColumnChoice>;
  }
  return out;
}

/** One sheet's mappings with one column changed; null clears the choice (automatic mapping again). */
export function withChoice(
  m: SheetMappings,
  sheet: string,
  letter: string,
  choice: ColumnChoice | null,
): SheetMappings {
  const cols = { ...(m[sheet] ?? {}) };
  if (choice === null) delete cols[letter];
  else cols[letter] = choice;
  const next = { ...m, [sheet]: cols };
  if (Object.keys(cols).length === 0) delete next[sheet];
  return next;
}
