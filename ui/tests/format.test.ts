import { describe, expect, it } from 'vitest';
import {
  axisDateFormatter,
  formatDate,
  formatFixed,
  formatNumber,
  formatPeriod,
  formatValue,
  parseDecimal,
  periodOf,
} from '../src/lib/format';

// Intl writes a non-breaking space (U+00A0) between thousands in bokmål and − (U+2212) for minus.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ').replace(/\u2212/g, '-');

describe('numbers', () => {
  it('have a decimal comma in bokmål and a point in English', () => {
    expect(formatNumber('nb', 12.5)).toBe('12,5');
    expect(formatNumber('en', 12.5)).toBe('12.5');
  });

  it('group thousands by the language', () => {
    expect(plain(formatNumber('nb', 1234567.891))).toBe('1 234 567,89');
    expect(formatNumber('en', 1234567.891)).toBe('1,234,567.89');
  });

  it('write negatives with the language’s minus', () => {
    expect(plain(formatNumber('nb', -3.25))).toBe('-3,25');
  });

  it('show a dash for nothing', () => {
    expect(formatNumber('nb', null)).toBe('–');
    expect(formatNumber('nb', Number.NaN)).toBe('–');
    expect(formatValue('en', undefined)).toBe('–');
  });

  it('keep a fixed number of decimals for scores', () => {
    expect(formatFixed('nb', 3, 1)).toBe('3,0');
    expect(formatFixed('en', 3.5, 1)).toBe('3.5');
  });

  it('show values with fewer decimals as they grow, and percent for proportions', () => {
    expect(formatValue('nb', 0.12345)).toBe('0,12');
    expect(formatValue('nb', 44.44, true)).toBe('44,4 %');
    expect(formatValue('en', 123.4)).toBe('123');
  });
});

describe('parseDecimal', () => {
  it('reads a decimal comma or point', () => {
    expect(parseDecimal('12,5')).toBe(12.5);
    expect(parseDecimal('12.5')).toBe(12.5);
    expect(parseDecimal(',5')).toBe(0.5);
  });

  it('reads spaces as thousands separators and both minus signs', () => {
    expect(parseDecimal('1 234,5')).toBe(1234.5);
    expect(parseDecimal('1\u00a0234')).toBe(1234);
    expect(parseDecimal('−3,5')).toBe(-3.5);
    expect(parseDecimal('-3')).toBe(-3);
  });

  it('gives null for nothing and NaN for what is not a number', () => {
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('   ')).toBeNull();
    expect(parseDecimal(null)).toBeNull();
    expect(parseDecimal('tre')).toBeNaN();
    expect(parseDecimal('1,2,3')).toBeNaN();
    expect(parseDecimal('1e5')).toBeNaN();
  });
});

describe('dates', () => {
  it('are written the Norwegian way in bokmål', () => {
    expect(formatDate('nb', '2024-03-05')).toBe('5. mars 2024');
    expect(formatDate('nb', '2024-01-01')).toBe('1. jan. 2024');
  });

  it('day before month in English', () => {
    expect(formatDate('en', '2024-03-05')).toBe('5 Mar 2024');
  });

  it('a calendar date is never moved by the time zone', () => {
    expect(formatDate('nb', '2024-12-31')).toBe('31. des. 2024');
  });

  it('show a dash for nothing and the text for what is not a date', () => {
    expect(formatDate('nb', null)).toBe('–');
    expect(formatDate('nb', 'i morgen')).toBe('i morgen');
  });

  it('on a chart axis are short: month and year for a monthly series, else day and month', () => {
    expect(axisDateFormatter('nb', ['2024-01-01', '2024-02-01'])('2024-02-01')).toBe('feb. 24');
    expect(axisDateFormatter('en', ['2024-01-01', '2024-02-01'])('2024-02-01')).toBe('Feb 24');
    expect(axisDateFormatter('nb', ['2024-01-05', '2024-01-12'])('2024-01-12')).toBe('12. jan.');
  });
});

describe('periods', () => {
  it('are written as words', () => {
    expect(formatPeriod('nb', '2024-03')).toBe('mars 2024');
    expect(formatPeriod('en', '2024-03')).toBe('March 2024');
    expect(formatPeriod('nb', '2024-W05')).toBe('uke 5 2024');
    expect(formatPeriod('en', '2024-W05')).toBe('week 5 2024');
    expect(formatPeriod('nb', '2024-03-15')).toBe('15. mars 2024');
  });

  it('hold a day by the measure’s frequency, in ISO weeks', () => {
    const day = new Date(2024, 2, 15);
    expect(periodOf('MONTH', day)).toBe('2024-03');
    expect(periodOf('DAY', day)).toBe('2024-03-15');
    expect(periodOf('WEEK', day)).toBe('2024-W11');
    // 1 January 2021 was a Friday: it belongs to the last week of 2020.
    expect(periodOf('WEEK', new Date(2021, 0, 1))).toBe('2020-W53');
    // 31 December 2024 was a Tuesday: week 1 of 2025.
    expect(periodOf('WEEK', new Date(2024, 11, 31))).toBe('2025-W01');
  });
});
