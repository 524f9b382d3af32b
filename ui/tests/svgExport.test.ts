import { describe, expect, it } from 'vitest';
import { escapeXml, fileName, standaloneSvg } from '../src/lib/svgExport';

describe('the downloaded SVG', () => {
  it('is a document of its own: namespace, size, font and a white background, with the title escaped', () => {
    const doc = standaloneSvg('<circle cx="1" cy="2" r="3" fill="#000"/>', 720, 320, 'Andel <ukentlig> & «mål»');
    expect(doc).toMatch(/^<\?xml/);
    expect(doc).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(doc).toContain('width="720" height="320" viewBox="0 0 720 320"');
    expect(doc).toContain('font-family=');
    expect(doc).toContain('<rect x="0" y="0" width="720" height="320" fill="#ffffff"/>');
    expect(doc).toContain('<title>Andel &lt;ukentlig&gt; &amp; «mål»</title>');
    expect(doc).toContain('<circle cx="1" cy="2" r="3" fill="#000"/>');
    expect(doc).not.toContain('style=');
  });

  it('escapes what XML needs escaped', () => {
    expect(escapeXml(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
  });
});

describe('fileName', () => {
  it('is the measure\'s name in lower case with dashes, Norwegian letters kept', () => {
    expect(fileName('Utskrivninger med samtale – samme dag (%)', 'svg')).toBe('utskrivninger-med-samtale-samme-dag.svg');
    expect(fileName('Blåbær på Smidsrød', 'png')).toBe('blåbær-på-smidsrød.png');
    expect(fileName('***', 'csv')).toBe('diagram.csv');
  });
});
