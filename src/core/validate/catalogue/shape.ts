/** The shape every catalogue entry is declared against (no imports: the catalogue and the types both use it). */

export type Severity = 'error' | 'warning' | 'info';
export type IssueGroup = 'header' | 'row' | 'cell' | 'policy';
export type Lang = 'zh' | 'en';

export interface Localised {
  zh: string;
  en: string;
}

/**
 * One entry of the issue catalogue as declared (data, like Frictionless Data's error classes). The message is a
 * template whose {slots} the rule fills; the sink fills {cell}, {row}, {field} and {suggestion} itself.
 */
export interface IssueTypeDef {
  group: IssueGroup;
  severity: Severity;
  title: Localised;
  message: Localised;
  help: Localised;
  /**
   * Slots whose value is one of several phrases: the rule passes the phrase's key, the phrase (itself a template,
   * in both languages) is what the user reads. Keeps every word of a message here, none in the rules.
   */
  phrases?: Readonly<Record<string, Readonly<Record<string, Localised>>>>;
  /** Slots that take a list of texts, with the separator each language joins them with. */
  lists?: Readonly<Record<string, Localised>>;
}
