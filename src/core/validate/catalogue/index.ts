/**
 * The issue catalogue: every code, its severity, and all the words a user reads for it. Declared as data with
 * `as const` so that the codes form the type IssueCode and each code's parameters are worked out from its own
 * templates: IssueSink.add accepts only known codes with every slot filled (a compile error otherwise).
 */
import type { FieldId } from '../../schema/types';
import { CELL_ISSUES } from './cell';
import { HEADER_ISSUES } from './header';
import { POLICY_ISSUES } from './policy';
import { ROW_ISSUES } from './row';
import type { IssueGroup, IssueTypeDef, Localised, Severity } from './shape';

/** Grouped header → row → cell → policy (Frictionless Data style); this order is the catalogue's order. */
export const CATALOGUE = { ...HEADER_ISSUES, ...ROW_ISSUES, ...CELL_ISSUES, ...POLICY_ISSUES } as const;

type Catalogue = typeof CATALOGUE;
export type IssueCode = keyof Catalogue;

/** Slots the sink fills from where the issue is ({cell}, {row}, {field}) and from its suggested value. */
export type AutoSlot = 'cell' | 'row' | 'field' | 'suggestion';

type SlotsIn<S> = S extends `${string}{${infer K}}${infer R}` ? K | SlotsIn<R> : never;
type TextsOf<L> = L extends Localised ? L['zh'] | L['en'] : never;
type PhrasesOf<D> = D extends { phrases: infer P } ? P : Record<never, never>;
type ListsOf<D> = D extends { lists: infer L } ? L : Record<never, never>;
type PhraseTexts<P> = { [S in keyof P]: { [K in keyof P[S]]: TextsOf<P[S][K]> }[keyof P[S]] }[keyof P];
type Def<C extends IssueCode> = Catalogue[C];
type MessageSlots<C extends IssueCode> = SlotsIn<TextsOf<Def<C>['message']>>;
/** Every slot of the message and of its phrases. */
type AllSlots<C extends IssueCode> = MessageSlots<C> | SlotsIn<PhraseTexts<PhrasesOf<Def<C>>>>;
type PlainSlots<C extends IssueCode> = Exclude<AllSlots<C>, AutoSlot | keyof PhrasesOf<Def<C>> | keyof ListsOf<Def<C>>>;

/** What a rule passes for code C: each plain slot a value, each phrase slot a phrase key, each list slot texts. */
export type IssueParams<C extends IssueCode> = { [S in PlainSlots<C>]: string | number } & {
  [S in keyof PhrasesOf<Def<C>>]: keyof PhrasesOf<Def<C>>[S];
} & { [S in keyof ListsOf<Def<C>>]: readonly string[] } & ('suggestion' extends MessageSlots<C>
    ? { suggestion: string | number }
    : { suggestion?: string | number });

/** Where an issue of code C is: a message naming {cell} needs its row and column, {field} its field. */
export type IssueAt<C extends IssueCode> = ('cell' extends AllSlots<C>
  ? { row: number; col: number }
  : { row?: number; col?: number }) &
  ('row' extends AllSlots<C> ? { row: number } : unknown) &
  ('field' extends AllSlots<C> ? { field: FieldId } : { field?: FieldId });

/** The params argument: optional when the code has nothing to fill. */
export type ParamsArg<C extends IssueCode> =
  Record<never, never> extends IssueParams<C> ? [params?: IssueParams<C>] : [params: IssueParams<C>];

export const ISSUE_CODES = Object.keys(CATALOGUE) as IssueCode[];

export function isIssueCode(code: string): code is IssueCode {
  return Object.prototype.hasOwnProperty.call(CATALOGUE, code);
}

/** One catalogue entry with its code, as lists show it. */
export interface CatalogueEntry {
  code: IssueCode;
  group: IssueGroup;
  severity: Severity;
  title: Localised;
  message: Localised;
  help: Localised;
}

/** Every issue type in catalogue order, for the pane's settings, the CLI and the issues sheet. */
export const ISSUE_CATALOGUE: CatalogueEntry[] = ISSUE_CODES.map((code) => {
  const d: IssueTypeDef = CATALOGUE[code];
  return { code, group: d.group, severity: d.severity, title: d.title, message: d.message, help: d.help };
});

export function issueType(code: string): CatalogueEntry {
  if (!isIssueCode(code)) throw new Error(`unknown issue code: ${code}`);
  return ISSUE_CATALOGUE[ISSUE_CODES.indexOf(code)];
}
