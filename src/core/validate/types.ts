import type { FieldId } from '../schema/types';
import type { IssueCode } from './catalogue';

export type { IssueCode } from './catalogue';
export type { Severity, IssueGroup, Lang, Localised, IssueTypeDef } from './catalogue/shape';
import type { Severity, IssueGroup, Localised, Lang } from './catalogue/shape';

/** One entry of the catalogue with its code, as the pane, the CLI and the issues sheet list it. */
export interface IssueType {
  code: string; // kebab-case, stable
  group: IssueGroup;
  severity: Severity;
  title: Localised;
  message: Localised;
  help: Localised;
}

/** One finding. Rows are 1-based sheet rows; cells are A1 addresses. */
export interface Issue {
  code: IssueCode;
  severity: Severity;
  sheet: string;
  cell?: string;
  row?: number;
  field?: FieldId;
  /** The message in the chosen language, slots filled. */
  message: string;
  suggestion?: string | number;
  params: Record<string, string | number>;
}

/** The user's switches: turn a rule off or change its severity. */
export interface ValidationSettings {
  lang: Lang;
  rules: Record<string, { enabled?: boolean; severity?: Severity }>;
}
