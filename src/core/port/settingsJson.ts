/**
 * The stored settings' JSON text checked field by field: one reading for every store that keeps it (Excel's
 * document settings through office.js, and the same document settings read from a saved .xlsx by the CLI), so a
 * workbook means the same thing to the pane and to the CLI.
 */
import { readShelf } from '../compare/snapshotBudget';
import type { PortNote, StoredSettings } from './WorkbookPort';

export interface LoadedSettings {
  settings: StoredSettings | null;
  /** What could not be read and was left out (a damaged snapshot shelf), Chinese first. */
  notes: PortNote[];
}

/** Only the fields we know, each checked: anything damaged is left out rather than blocking the pane. */
export function settingsFromJson(raw: unknown): LoadedSettings {
  if (typeof raw !== 'string' || raw === '') return { settings: null, notes: [] };
  let parsed: Partial<StoredSettings>;
  try {
    parsed = JSON.parse(raw) as Partial<StoredSettings>;
    if (!parsed || typeof parsed !== 'object') return { settings: null, notes: [] };
  } catch {
    // A damaged entry must not block the pane: fall back to the built-in pack.
    return { settings: null, notes: [] };
  }
  const shelf = readShelf(parsed.snapshots);
  const settings: StoredSettings = {
    policyPack: typeof parsed.policyPack === 'string' ? parsed.policyPack : null,
    rules: parsed.rules && typeof parsed.rules === 'object' ? parsed.rules : {},
    lang: parsed.lang === 'en' ? 'en' : parsed.lang === 'zh' ? 'zh' : undefined,
    // The user's column mapping per sheet travels with the workbook (checked by the core when applied).
    ...(parsed.mappings && typeof parsed.mappings === 'object' && !Array.isArray(parsed.mappings)
      ? { mappings: parsed.mappings }
      : {}),
    // Last weeks' ledger snapshots for the 台账周报 (core/compare/snapshotStore), checked snapshot by snapshot.
    ...(shelf.shelf ? { snapshots: shelf.shelf } : {}),
  };
  return { settings, notes: shelf.notes };
}
