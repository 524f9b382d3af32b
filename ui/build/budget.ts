// The bundle budget: the build prints each JavaScript file's gzipped size and fails when the app's
// total is over the limit (the 150 KB; the optional GraphiQL page would not count).
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

export const BUDGET_BYTES = 150 * 1024;

export interface SizedFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

export function gzipSize(code: string | Uint8Array): number {
  return gzipSync(typeof code === 'string' ? Buffer.from(code) : code, { level: 9 }).length;
}

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** The report the build prints, and whether the JavaScript is within the budget. */
export function budgetReport(js: SizedFile[], css: SizedFile[], budget = BUDGET_BYTES): { text: string; over: boolean } {
  const total = js.reduce((sum, f) => sum + f.gzipBytes, 0);
  const cssTotal = css.reduce((sum, f) => sum + f.gzipBytes, 0);
  const lines = [
    'Bundle size (gzipped):',
    ...[...js, ...css].map((f) => `  ${f.file.padEnd(40)} ${kb(f.bytes).padStart(10)} ${kb(f.gzipBytes).padStart(10)} gz`),
    `  JavaScript total ${kb(total)} gz of a ${kb(budget)} budget; CSS ${kb(cssTotal)} gz`,
  ];
  return { text: lines.join('\n'), over: total > budget };
}

export function bundleBudget(budget = BUDGET_BYTES): Plugin {
  return {
    name: 'forbedring-bundle-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const js: SizedFile[] = [];
      const css: SizedFile[] = [];
      for (const item of Object.values(bundle)) {
        const content = item.type === 'chunk' ? item.code : item.source;
        const sized = { file: item.fileName, bytes: typeof content === 'string' ? Buffer.byteLength(content) : content.length, gzipBytes: gzipSize(content) };
        if (item.fileName.endsWith('.js')) js.push(sized);
        else if (item.fileName.endsWith('.css')) css.push(sized);
      }
      const report = budgetReport(js, css, budget);
      console.log('\n' + report.text);
      if (report.over) this.error(`The app's JavaScript is over its budget of ${kb(budget)} gzipped.`);
    },
  };
}
