import type { FieldId } from '../schema/types';

export type Severity = 'error' | 'warning' | 'info';
export type IssueGroup = 'header' | 'row' | 'cell' | 'policy';

export interface Localised {
  zh: string;
  en: string;
}

/** One entry of the issue catalogue (data): like Frictionless Data's error classes. */
export interface IssueType {
  code: string; // kebab-case, stable
  group: IssueGroup;
  severity: Severity;
  title: Localised;
  /** Template with {slots}: {cell}, {row}, {field}, {value}, {suggestion}, ... */
  message: Localised;
  help: Localised;
}

/** One finding. Rows are 1-based sheet rows; cells are A1 addresses. */
export interface Issue {
  code: string;
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
  lang: 'zh' | 'en';
  rules: Record<string, { enabled?: boolean; severity?: Severity }>;
}
