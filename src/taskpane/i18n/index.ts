import { createContext, useContext } from 'react';
import { en } from './en';
import { zh, type StringKey, type Strings } from './zh';

export type Lang = 'zh' | 'en';
export type { StringKey, Strings };

export const STRINGS: Record<Lang, Strings> = { zh, en };

/** Office's display language → pane language: English when it starts with "en", Chinese otherwise. */
export function langFromDisplayLanguage(displayLanguage: string | undefined | null): Lang {
  return displayLanguage && displayLanguage.toLowerCase().startsWith('en') ? 'en' : 'zh';
}

/** Fills {slots} in a string. */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

export interface I18n {
  lang: Lang;
  t: (key: StringKey, params?: Record<string, string | number>) => string;
}

export function makeI18n(lang: Lang): I18n {
  const s = STRINGS[lang];
  return { lang, t: (key, params) => fill(s[key], params) };
}

export const I18nContext = createContext<I18n>(makeI18n('zh'));

export function useI18n(): I18n {
  return useContext(I18nContext);
}
