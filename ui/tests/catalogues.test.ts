import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compactSource, compactTranslation, readCatalogue } from '../build/catalogues';

const source = (lang: string) => readFileSync(new URL(`../src/lib/i18n/${lang}.ts`, import.meta.url), 'utf8');

/** Runs a compacted module's code and returns what it exports as `name`, with `nb` given to its import. */
function run(code: string, name: string, nb?: Record<string, string>): Record<string, string> {
  const body = code.replace(/^import\{nb\}from'\.\/nb';/, '').replace(`export const ${name}=`, 'return ');
  return new Function('nb', body)(nb) as Record<string, string>;
}

describe('the catalogues as the build ships them', () => {
  const nb = readCatalogue(source('nb'), 'nb');
  const en = readCatalogue(source('en'), 'en');

  it('reads every text of both source catalogues', () => {
    expect(Object.keys(nb).length).toBeGreaterThan(1000);
    expect(Object.keys(en)).toEqual(Object.keys(nb));
    expect(nb['layout.skip']).toBe('Hopp til innholdet');
    expect(en['layout.skip']).toBe('Skip to content');
  });

  it('gives back the same bokmål and English texts under the same keys, in the same order', () => {
    const shippedNb = run(compactSource(nb), 'nb');
    expect(shippedNb).toEqual(nb);
    expect(Object.keys(shippedNb)).toEqual(Object.keys(nb));
    expect(run(compactTranslation('en', nb, en), 'en', shippedNb)).toEqual(en);
  });

  it('falls back to bokmål for a text a translation lacks, and keeps quotes and placeholders intact', () => {
    const small = { a: 'Hei «{name}»', b: 'Det er "sitert"\nog \\ skråstrek' };
    const shipped = run(compactTranslation('en', small, { a: 'Hi «{name}»' }), 'en', small);
    expect(shipped).toEqual({ a: 'Hi «{name}»', b: small.b });
  });
});
