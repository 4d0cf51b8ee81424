import type { UnitKind } from '../policy/types';

export type { UnitEntry, UnitKind } from '../policy/types';

/** How a typed unit name relates to the directory. */
export type UnitStatus = 'canonical' | 'alias' | 'collective' | 'unknown';

export interface UnitResolution {
  input: string;
  status: UnitStatus;
  /** The directory's name for it (absent for unknown names and for collectives the directory does not list). */
  canonical?: string;
  kind?: UnitKind;
  /** Nearest canonical names, best first (at most 3); filled for unknown names. */
  suggestions: string[];
}
