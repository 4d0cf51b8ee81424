/** Which policy pack the pane uses, and the settings stored in the workbook. */
import type { PackDraft } from '../../core/policy/packFromPolicyText';
import type { PackLoadNote } from '../../core/policy/upgradePack';
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
  /** What reading the stored pack filled in (an older pack's lists); shown while that pack is in use. */
  workbookNotes?: PackLoadNote[];
  rules: Record<string, { enabled?: boolean; severity?: Severity }>;
  /** The clerk's column choices per sheet (the recognition card). */
  mappings: SheetMappings;
  /**
   * The workbook stores a pack that cannot be used (not JSON, or not a valid pack): why, for the pane to announce
   * (the built-in pack is used meanwhile), and its text, kept so saving other settings does not erase it.
   */
  damagedPack?: { reason: string; text: string };
}

/**
 * Settings at start: the workbook's pack when it stores one (so every clerk sees the same targets); one stored
 * before packs had domain/channel lists is read with the built-in lists and a note. A damaged stored pack does not
 * stop the pane: like the CLI, it is announced and the built-in pack is used.
 */
export function settingsFromStored(core: CoreApi, stored: StoredSettings | null): PaneSettings {
  let loaded: ReturnType<CoreApi['readPolicyPack']> | null = null;
  let damagedPack: PaneSettings['damagedPack'];
  if (stored?.policyPack) {
    try {
      loaded = core.readPolicyPack(JSON.parse(stored.policyPack));
    } catch (e) {
      damagedPack = { reason: e instanceof Error ? e.message : String(e), text: stored.policyPack };
    }
  }
  const workbookPack = loaded?.pack ?? null;
  return {
    source: workbookPack ? 'workbook' : 'builtin',
    pack: workbookPack ?? core.defaultPack(),
    workbookPack,
    ...(loaded?.notes.length ? { workbookNotes: loaded.notes } : {}),
    rules: stored?.rules ?? {},
    mappings: mappingsOf(stored),
    ...(damagedPack ? { damagedPack } : {}),
  };
}

export function storedFromSettings(s: PaneSettings, lang: 'zh' | 'en'): StoredSettings {
  const stored: StoredSettings = {
    // (a damaged stored pack stays as it was until the clerk imports or picks another: the file is the office's)
    policyPack: s.source === 'builtin' ? (s.damagedPack?.text ?? null) : JSON.stringify(s.pack),
    rules: s.rules,
    lang,
  };
  if (Object.keys(s.mappings).length) stored.mappings = s.mappings;
  return stored;
}

/**
 * A draft pack from policy text, for review before use: the core's one pack builder over the pack in use when
 * the text is that pack's document (re-importing keeps the targets edited in 设置), else over the built-in pack
 * (its directory always; its targets and rules only when the text is its document).
 */
export function draftFromText(core: CoreApi, text: string, inUse: PolicyPack): PackDraft {
  const number = core.parsePolicyText(text).document.number;
  return core.packFromPolicyText(text, number && number === inUse.document.number ? inUse : core.defaultPack());
}

/** The pack with one target's value changed (targets are editable in 设置). */
export function withTargetValue(pack: PolicyPack, id: string, value: number): PolicyPack {
  return { ...pack, targets: pack.targets.map((t) => (t.id === id ? { ...t, value } : t)) };
}
