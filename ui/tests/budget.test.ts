import { describe, expect, it } from 'vitest';
import { budgetReport, gzipSize, BUDGET_BYTES } from '../build/budget';

describe('the bundle budget', () => {
  it('is 150 KB of gzipped JavaScript', () => {
    expect(BUDGET_BYTES).toBe(150 * 1024);
  });

  it('passes under the budget and fails over it, counting JavaScript only', () => {
    const js = [{ file: 'a.js', bytes: 300_000, gzipBytes: 100 * 1024 }];
    const css = [{ file: 'a.css', bytes: 900_000, gzipBytes: 100 * 1024 }];
    expect(budgetReport(js, css).over).toBe(false);
    expect(budgetReport([...js, { file: 'b.js', bytes: 1, gzipBytes: 51 * 1024 }], css).over).toBe(true);
  });

  it('prints each file and the total', () => {
    const text = budgetReport([{ file: 'a.js', bytes: 2048, gzipBytes: 1024 }], []).text;
    expect(text).toContain('a.js');
    expect(text).toContain('JavaScript total 1.0 KB gz of a 150.0 KB budget');
  });

  it('measures gzip for real', () => {
    expect(gzipSize('a'.repeat(10_000))).toBeLessThan(200);
  });
});
