// Numbers, dates and periods for display, by language: decimal comma and «5. mars 2024» in
// bokmål, decimal point and «5 Mar 2024» in English. Everything goes through Intl.
import { locale, type Lang } from './i18n/translate';

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, maxDecimals: number, minDecimals = 0): Intl.NumberFormat {
  const key = `${lang}|${maxDecimals}|${minDecimals}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale(lang), { maximumFractionDigits: maxDecimals, minimumFractionDigits: minDecimals });
    numberFormats.set(key, format);
  }
  return format;
}

/** A number as the language writes it; «–» when there is none. Up to `maxDecimals` decimals (default 2). */
export function formatNumber(lang: Lang, value: number | null | undefined, maxDecimals = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return numberFormat(lang, maxDecimals).format(value);
}

/** Exactly `decimals` decimals, e.g. a progress score «3,5». */
export function formatFixed(lang: Lang, value: number | null | undefined, decimals: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return numberFormat(lang, decimals, decimals).format(value);
}

/** How many decimals make a value readable: fewer as it grows. */
export function sensibleDecimals(value: number): number {
  const size = Math.abs(value);
  if (size >= 100) return 0;
  if (size >= 10) return 1;
  return 2;
}

/** A plotted value: percent for proportions, else the number, with sensible decimals. */
export function formatValue(lang: Lang, value: number | null | undefined, percent = false): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const text = formatNumber(lang, value, Math.min(sensibleDecimals(value), 1 + (percent ? 0 : 1)));
  return percent ? `${text} %` : text;
}

/**
 * Reads a number typed by a person: decimal comma or point, spaces (also non-breaking) as
 * thousands separators, a leading minus or «−». Null for empty text; NaN when it is not a number.
 */
export function parseDecimal(text: string | null | undefined): number | null {
  if (text === null || text === undefined) return null;
  const cleaned = text.trim().replace(/[\s\u00a0\u202f]/g, '').replace(/^\u2212/, '-');
  if (cleaned === '') return null;
  if (!/^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/.test(cleaned)) return Number.NaN;
  return Number(cleaned.replace(',', '.'));
}

function dateFromIso(iso: string): Date | null {
  // A bare date is a calendar day, not a moment: read it as noon UTC so no time zone moves it.
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (match) return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A calendar date: «5. mars 2024» / «5 Mar 2024». */
export function formatDate(lang: Lang, iso: string | null | undefined): string {
  if (!iso) return '–';
  const date = dateFromIso(iso);
  if (!date) return iso;
  const dayOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  return new Intl.DateTimeFormat(locale(lang), { day: 'numeric', month: 'short', year: 'numeric', timeZone: dayOnly ? 'UTC' : undefined }).format(date);
}

/**
 * Dates along a chart's x axis, short: «jan. 24» when every date is the first of a month (a
 * monthly series), else «5. jan.»; the year is in the table view.
 */
export function axisDateFormatter(lang: Lang, isoDates: string[]): (iso: string) => string {
  const monthly = isoDates.length > 0 && isoDates.every((d) => /^\d{4}-\d{2}-01$/.test(d));
  const format = new Intl.DateTimeFormat(locale(lang), monthly ? { month: 'short', year: '2-digit', timeZone: 'UTC' } : { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return (iso: string) => {
    const date = dateFromIso(iso);
    return date ? format.format(date) : iso;
  };
}

/** A moment, in the browser's time zone: «5. mars 2024, 14:05». */
export function formatDateTime(lang: Lang, iso: string | null | undefined, timeZone?: string): string {
  if (!iso) return '–';
  const date = dateFromIso(iso);
  if (!date) return iso;
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}

/** A time of day: «14:05». */
export function formatTime(lang: Lang, iso: string, timeZone?: string): string {
  const date = dateFromIso(iso);
  if (!date) return iso;
  return new Intl.DateTimeFormat(locale(lang), { hour: '2-digit', minute: '2-digit', timeZone }).format(date);
}

/** A period key as words: «2024-03» → «mars 2024», «2024-W05» → «uke 5 2024», «2024-03-15» → a date. */
export function formatPeriod(lang: Lang, period: string | null | undefined): string {
  if (!period) return '–';
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) {
    const date = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 15));
    return new Intl.DateTimeFormat(locale(lang), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  }
  const week = /^(\d{4})-W(\d{2})$/.exec(period);
  if (week) return `${lang === 'nb' ? 'uke' : 'week'} ${Number(week[2])} ${week[1]}`;
  return formatDate(lang, period);
}

/** The period key that holds a day, for a measure's frequency (ISO weeks, as the API counts them). */
export function periodOf(frequency: 'DAY' | 'WEEK' | 'MONTH', day: Date): string {
  const y = day.getFullYear();
  const m = String(day.getMonth() + 1).padStart(2, '0');
  const d = String(day.getDate()).padStart(2, '0');
  if (frequency === 'MONTH') return `${y}-${m}`;
  if (frequency === 'DAY') return `${y}-${m}-${d}`;
  // ISO 8601 week: the week with the year's first Thursday is week 1; weeks start on Monday.
  const date = new Date(Date.UTC(y, day.getMonth(), day.getDate()));
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const weekYear = date.getUTCFullYear();
  const week = Math.ceil(((date.getTime() - Date.UTC(weekYear, 0, 1)) / 86400000 + 1) / 7);
  return `${weekYear}-W${String(week).padStart(2, '0')}`;
}

/** Days between two moments, whole days, for «3 days ago». */
export function daysBetween(fromIso: string, to: Date): number {
  const from = dateFromIso(fromIso);
  if (!from) return 0;
  return Math.floor((to.getTime() - from.getTime()) / 86400000);
}
