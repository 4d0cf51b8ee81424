import { builtinValues } from './builtinPack';
import { loadPolicyPack } from './loadPolicyPack';
import type { NamedValue, PolicyPack } from './types';

/** What reading an older pack filled in, Chinese first (the CLI prints it, --json carries it, the pane shows it). */
export interface PackLoadNote {
  kind: 'lists-from-builtin';
  zh: string;
  en: string;
}

/** A pack as read by a loader: the pack, and what was filled in to read it (empty for a current pack). */
export interface LoadedPack {
  pack: PolicyPack;
  notes: PackLoadNote[];
}

type Lists = Readonly<{ domains: readonly NamedValue[]; channels: readonly NamedValue[] }>;

const LIST_WORDS = {
  domains: { zh: '所属领域', en: 'domain' },
  channels: { zh: '资金渠道', en: 'funding-channel' },
} as const;

/**
 * The one migration of stored packs: a pack saved before `domains` and `channels` were pack fields has neither
 * key, so it gets the built-in lists (the lists that validated its ledgers then) and a note saying so. Only an
 * absent key is filled: a list that is there but wrong (empty, not a list) is left for the schema to refuse.
 */
export function upgradePack(json: unknown, base: Lists = builtinValues()): { json: unknown; notes: PackLoadNote[] } {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { json, notes: [] };
  const missing = (['domains', 'channels'] as const).filter((k) => !Object.hasOwn(json, k));
  if (missing.length === 0) return { json, notes: [] };
  const filled: Record<string, unknown> = { ...json };
  for (const k of missing) filled[k] = JSON.parse(JSON.stringify(base[k])) as NamedValue[]; // a copy: packs are edited
  const zh = missing.map((k) => LIST_WORDS[k].zh).join('/');
  const en = missing.map((k) => LIST_WORDS[k].en).join(' and ');
  const note: PackLoadNote = {
    kind: 'lists-from-builtin',
    zh: `政策包中没有${zh}列表（旧版政策包），已沿用内置政策包的列表`,
    en: `The policy pack has no ${en} list${missing.length > 1 ? 's' : ''} (an older pack); the built-in pack's are used`,
  };
  return { json: filled, notes: [note] };
}

/** Every loader's entry (a --policy file, a workbook's stored pack, the pane's): upgraded, then checked. */
export function readPolicyPack(json: unknown): LoadedPack {
  const { json: upgraded, notes } = upgradePack(json);
  return { pack: loadPolicyPack(upgraded), notes };
}
