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

const line = (f: SizedFile) => `  ${f.file.padEnd(40)} ${kb(f.bytes).padStart(10)} ${kb(f.gzipBytes).padStart(10)} gz`;

/**
 * The report the build prints, and whether the app's JavaScript is within the budget. Files of
 * other pages (GraphiQL) are printed apart and not counted.
 */
export function budgetReport(js: SizedFile[], css: SizedFile[], budget = BUDGET_BYTES, otherPages: SizedFile[] = []): { text: string; over: boolean } {
  const total = js.reduce((sum, f) => sum + f.gzipBytes, 0);
  const cssTotal = css.reduce((sum, f) => sum + f.gzipBytes, 0);
  const lines = [
    'Bundle size (gzipped):',
    ...[...js, ...css].map(line),
    `  JavaScript total ${kb(total)} gz of a ${kb(budget)} budget; CSS ${kb(cssTotal)} gz`,
  ];
  if (otherPages.length > 0)
    lines.push('Other pages, not in the budget:', ...otherPages.map(line), `  ${kb(otherPages.reduce((sum, f) => sum + f.gzipBytes, 0))} gz`);
  return { text: lines.join('\n'), over: total > budget };
}

/** The app's chunks: its entry (`appEntry`, a module path ending) and every chunk it loads, statically or not. */
export function appChunks(chunks: { fileName: string; isEntry: boolean; facadeModuleId: string | null; imports: string[]; dynamicImports: string[] }[], appEntry: string): Set<string> {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    const chunk = byName.get(name);
    chunk?.imports.forEach(visit);
    chunk?.dynamicImports.forEach(visit);
  };
  chunks.filter((c) => c.isEntry && c.facadeModuleId?.replaceAll('\\', '/').endsWith(appEntry)).forEach((c) => visit(c.fileName));
  return seen;
}

export function bundleBudget(budget = BUDGET_BYTES, appEntry = '/index.html'): Plugin {
  return {
    name: 'forbedring-bundle-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const js: SizedFile[] = [];
      const css: SizedFile[] = [];
      const other: SizedFile[] = [];
      const chunks = Object.values(bundle).flatMap((item) => (item.type === 'chunk' ? [item] : []));
      const app = appChunks(chunks, appEntry);
      const appCss = new Set(chunks.filter((c) => app.has(c.fileName)).flatMap((c) => [...(c.viteMetadata?.importedCss ?? [])]));
      for (const item of Object.values(bundle)) {
        const content = item.type === 'chunk' ? item.code : item.source;
        const sized = { file: item.fileName, bytes: typeof content === 'string' ? Buffer.byteLength(content) : content.length, gzipBytes: gzipSize(content) };
        if (item.fileName.endsWith('.js')) (app.has(item.fileName) ? js : other).push(sized);
        else if (item.fileName.endsWith('.css')) (appCss.has(item.fileName) ? css : other).push(sized);
      }
      const report = budgetReport(js, css, budget, other);
      console.log('\n' + report.text);
      if (report.over) this.error(`The app's JavaScript is over its budget of ${kb(budget)} gzipped.`);
    },
  };
}
