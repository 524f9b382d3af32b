// Pure translation: look a key up in a language and fill in {named} parameters.
import { nb, type MessageKey } from './nb';
import { en } from './en';

export type Lang = 'nb' | 'en';
export const LANGS: readonly Lang[] = ['nb', 'en'];
export const catalogs: Record<Lang, Record<MessageKey, string>> = { nb, en };

/** The BCP 47 locale Intl formats with: Norwegian bokmål, or British English (day before month). */
export function locale(lang: Lang): string {
  return lang === 'nb' ? 'nb-NO' : 'en-GB';
}

export type Params = Record<string, string | number>;

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const text = catalogs[lang][key] ?? catalogs.nb[key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Bokmål unless English was chosen before (stored) or asked for (?lang=en). */
export function pickLanguage(stored: string | null, query: string | null): Lang {
  if (query === 'en' || query === 'nb') return query;
  if (stored === 'en' || stored === 'nb') return stored;
  return 'nb';
}

export function isLang(value: unknown): value is Lang {
  return value === 'nb' || value === 'en';
}
