/** Which policy pack the pane uses, and the settings stored in the workbook. */
import type { PolicyPack } from '../../core/policy/types';
import type { StoredSettings } from '../../core/port/WorkbookPort';
import type { Severity } from '../../core/validate/types';
import type { CoreApi } from './coreApi';
import { mappingsOf, type SheetMappings } from './mappings';

export type PackSource = 'builtin' | 'workbook' | 'imported';

export interface PaneSettings {
  source: PackSource;
  pack: PolicyPack;
  /** The workbook's stored pack, when it has one. */
  workbookPack: PolicyPack | null;
  rules: Record<string, { enabled?: boolean; severity?: Severity }>;
  /** The clerk's column choices per sheet (the recognition card). */
  mappings: SheetMappings;
}

/** Settings at start: the workbook's pack when it stores one (so every clerk sees the same targets). */
export function settingsFromStored(core: CoreApi, stored: StoredSettings | null): PaneSettings {
  const workbookPack = stored?.policyPack ? core.loadPolicyPack(JSON.parse(stored.policyPack)) : null;
  return {
    source: workbookPack ? 'workbook' : 'builtin',
    pack: workbookPack ?? core.defaultPack(),
    workbookPack,
    rules: stored?.rules ?? {},
    mappings: mappingsOf(stored),
  };
}

export function storedFromSettings(s: PaneSettings, lang: 'zh' | 'en'): StoredSettings {
  const stored: StoredSettings = { policyPack: s.source === 'builtin' ? null : JSON.stringify(s.pack), rules: s.rules, lang };
  if (Object.keys(s.mappings).length) stored.mappings = s.mappings;
  return stored;
}

/** A pack from policy text: the parsed document, measures and units over the built-in targets and rules. */
export function packFromText(core: CoreApi, text: string): PolicyPack {
  const parsed = core.parsePolicyText(text);
  const base = core.defaultPack();
  return core.loadPolicyPack({
    ...base,
    id: `${base.id}-imported`,
    document: parsed.document,
    measures: parsed.measures,
    units: parsed.units.length > 0 ? parsed.units : base.units,
  });
}

/** The pack with one target's value changed (targets are editable in 设置). */
export function withTargetValue(pack: PolicyPack, id: string, value: number): PolicyPack {
  return { ...pack, targets: pack.targets.map((t) => (t.id === id ? { ...t, value } : t)) };
}
