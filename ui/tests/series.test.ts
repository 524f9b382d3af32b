import { describe, expect, it } from 'vitest';
import { parseSeries } from '../src/lib/series';

describe('parseSeries', () => {
  it('reads values alone, one a line, numbered from 1', () => {
    const parsed = parseSeries('3\n4,5\n\n6.25\n');
    expect(parsed.observations).toEqual([
      { x: '1', y: 3 },
      { x: '2', y: 4.5 },
      { x: '3', y: 6.25 },
    ]);
    expect(parsed.xKind).toBe('INDEX');
    expect(parsed.problems).toEqual([]);
  });

  it('reads x;y with a decimal comma, and skips a header', () => {
    const parsed = parseSeries('periode;verdi\n2024-01-01;12,5\n2024-02-01;14');
    expect(parsed.headerSkipped).toBe(true);
    expect(parsed.xKind).toBe('DATE');
    expect(parsed.observations).toEqual([
      { x: '2024-01-01', y: 12.5 },
      { x: '2024-02-01', y: 14 },
    ]);
  });

  it('reads Norwegian dates as ISO dates', () => {
    const parsed = parseSeries('15.03.2024;2\n1.4.2024;3');
    expect(parsed.xKind).toBe('DATE');
    expect(parsed.observations.map((o) => o.x)).toEqual(['2024-03-15', '2024-04-01']);
  });

  it('reads tab-separated columns (pasted from a spreadsheet)', () => {
    const parsed = parseSeries('A\t1,5\nB\t2');
    expect(parsed.xKind).toBe('CATEGORY');
    expect(parsed.observations).toEqual([
      { x: 'A', y: 1.5 },
      { x: 'B', y: 2 },
    ]);
  });

  it('reads x;numerator;denominator for P and U charts', () => {
    const parsed = parseSeries('1;3;10\n2;4;12');
    expect(parsed.hasDenominator).toBe(true);
    expect(parsed.observations).toEqual([
      { x: '1', y: 3, n: 10 },
      { x: '2', y: 4, n: 12 },
    ]);
  });

  it('keeps an empty value as missing', () => {
    expect(parseSeries('1;4\n2;\n3;5').observations[1]).toEqual({ x: '2', y: null });
  });

  it('tells which line holds what is not a number', () => {
    const parsed = parseSeries('3\n4\nfire\n6');
    expect(parsed.problems).toEqual([{ line: 3, kind: 'notANumber', text: 'fire' }]);
    expect(parsed.observations).toHaveLength(3);
  });

  it('refuses more than three columns', () => {
    expect(parseSeries('1;2;3;4').problems).toEqual([{ line: 1, kind: 'tooManyColumns' }]);
  });

  it('says when there is nothing', () => {
    expect(parseSeries(' \n\n').problems).toEqual([{ line: 0, kind: 'empty' }]);
    expect(parseSeries('verdi').problems).toEqual([{ line: 0, kind: 'empty' }]);
  });

  it('accepts Windows line endings and spaces around values', () => {
    expect(parseSeries(' 1 ; 2,5 \r\n 2 ; 3 \r\n').observations).toEqual([
      { x: '1', y: 2.5 },
      { x: '2', y: 3 },
    ]);
  });
});
