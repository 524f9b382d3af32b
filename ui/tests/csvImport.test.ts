import { describe, expect, it } from 'vitest';
import { errorsFirst, previewOf, splitCsv, toFileLines, type CsvRowResult } from '../src/lib/csvImport';

const row = (line: number, extra: Partial<CsvRowResult> = {}): CsvRowResult => ({
  line, period: `2024-0${line}`, value: line, numerator: null, denominator: null, note: null, replaces: false, errors: [], ...extra,
});
const bad = { code: 'INVALID', field: 'value', messageNb: '«x» er ikke et tall.', messageEn: "'x' is not a number." };

describe('the CSV preview', () => {
  it('marks each row ok, replacing or wrong, and counts them', () => {
    const preview = previewOf({ rows: [row(2), row(3, { replaces: true }), row(4, { errors: [bad] })], errors: [], succeeded: false });
    expect(preview.rows.map((r) => r.status)).toEqual(['ok', 'replaces', 'error']);
    expect([preview.bad, preview.replaces, preview.importable]).toEqual([1, 1, false]);
    expect(errorsFirst(preview.rows).map((r) => r.line)).toEqual([4, 2, 3]);
  });

  it('is importable only with rows and no errors at all', () => {
    expect(previewOf({ rows: [row(2)], errors: [], succeeded: true }).importable).toBe(true);
    expect(previewOf({ rows: [], errors: [], succeeded: true }).importable).toBe(false);
    expect(previewOf({ rows: [], errors: [{ ...bad, field: 'csv' }], succeeded: false }).importable).toBe(false);
  });
});

describe('cutting a CSV into parts', () => {
  it('repeats the header, leaves out blank lines, and maps lines back to the file', () => {
    const csv = '\uFEFFperiode;verdi\r\n2024-01;1\r\n\r\n2024-02;2\n2024-03;3\n';
    const parts = splitCsv(csv, 2);
    expect(parts.map((p) => p.csv)).toEqual(['periode;verdi\n2024-01;1\n2024-02;2', 'periode;verdi\n2024-03;3']);
    expect(parts.map((p) => p.rows)).toEqual([2, 1]);
    expect(parts[0].fileLines).toEqual([1, 2, 4]);
    expect(parts[1].fileLines).toEqual([1, 5]);
    expect(toFileLines(parts[1], [row(2)]).map((r) => r.line)).toEqual([5]);
  });

  it('makes no part of a file with only a header', () => {
    expect(splitCsv('periode;verdi\n', 100)).toEqual([]);
  });
});
