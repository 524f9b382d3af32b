// The chosen language as reactive state: bokmål by default, English on request, remembered in
// localStorage; every string on screen goes through t().
import { translate, pickLanguage, locale, type Lang, type Params } from './i18n/translate';
import type { MessageKey } from './i18n/nb';

const STORAGE_KEY = 'forbedring.lang';

function initial(): Lang {
  if (typeof window === 'undefined') return 'nb';
  let stored: string | null = null;
  try {
    stored = window.localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage may be off (private mode): the language then lasts for the page.
  }
  return pickLanguage(stored, new URLSearchParams(window.location.search).get('lang'));
}

let current = $state<Lang>(initial());

export const i18n = {
  get lang(): Lang {
    return current;
  },
  get locale(): string {
    return locale(current);
  },
  set lang(value: Lang) {
    current = value;
    try {
      window.localStorage.setItem(STORAGE_KEY, value);
    } catch {
      // See initial().
    }
    document.documentElement.lang = value;
  },
};

export function t(key: MessageKey, params?: Params): string {
  return translate(current, key, params);
}

/** Picks the bokmål or English text of something the API gives in both. */
export function pick(nbText: string | null | undefined, enText: string | null | undefined): string {
  return (current === 'en' ? enText : nbText) ?? nbText ?? enText ?? '';
}

/** Puts the language on <html lang> at start, so screen readers pronounce the page right. */
export function applyLanguage(): void {
  document.documentElement.lang = current;
}
