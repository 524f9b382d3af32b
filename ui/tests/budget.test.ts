import { describe, expect, it } from 'vitest';
import { appChunks, budgetReport, gzipSize, BUDGET_BYTES } from '../build/budget';

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

// GraphiQL is a second page, printed apart and not counted.
describe('the app and the other pages', () => {
  const chunk = (fileName: string, facadeModuleId: string | null, imports: string[] = [], dynamicImports: string[] = []) => ({
    fileName, isEntry: facadeModuleId !== null, facadeModuleId, imports, dynamicImports,
  });

  it('counts the chunks the app entry loads, not those only GraphiQL loads', () => {
    const chunks = [
      chunk('app.js', '/repo/ui/index.html', ['shared.js'], ['lazy.js']),
      chunk('graphiql.js', '/repo/ui/graphiql.html', ['shared.js', 'codemirror.js']),
      chunk('shared.js', null),
      chunk('lazy.js', null),
      chunk('codemirror.js', null),
    ];
    expect([...appChunks(chunks, '/index.html')].sort()).toEqual(['app.js', 'lazy.js', 'shared.js']);
  });

  it('leaves other pages out of the total and the verdict', () => {
    const report = budgetReport([{ file: 'app.js', bytes: 1, gzipBytes: 50 * 1024 }], [], BUDGET_BYTES, [{ file: 'graphiql.js', bytes: 1, gzipBytes: 260 * 1024 }]);
    expect(report.over).toBe(false);
    expect(report.text).toContain('JavaScript total 50.0 KB gz');
    expect(report.text).toContain('Other pages, not in the budget:');
  });
});
