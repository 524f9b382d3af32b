// Downloads of a chart: the SVG as a file of its own, and a PNG drawn from it on a canvas, both in
// the browser (nothing goes to the server). The chart draws its colours as attributes, so the file
// needs no stylesheet; what is only for the screen (focus rings, hover labels) carries
// data-no-export and is left out.
import { chartColours, chartFont } from './chartColours';

/** A standalone SVG document from the markup of a chart's inner elements. */
export function standaloneSvg(inner: string, width: number, height: number, title: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(chartFont)}">` +
    `<title>${escapeXml(title)}</title>` +
    `<rect x="0" y="0" width="${width}" height="${height}" fill="${chartColours.background}"/>` +
    inner +
    `</svg>\n`
  );
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** A file name from a measure's name: letters (also æøå), digits and dashes. */
export function fileName(name: string, extension: string): string {
  const base = name
    .toLowerCase()
    .replace(/[^a-z0-9æøåäöü]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base || 'diagram'}.${extension}`;
}

/** The chart's SVG as a document, without what is only for the screen. */
export function svgDocumentOf(svg: SVGSVGElement, title: string): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.querySelectorAll('[data-no-export]').forEach((el) => el.remove());
  clone.querySelectorAll('[tabindex],[role],[aria-label],[class]').forEach((el) => {
    el.removeAttribute('tabindex');
    el.removeAttribute('role');
    el.removeAttribute('aria-label');
    el.removeAttribute('class');
  });
  const box = svg.viewBox.baseVal;
  return standaloneSvg(clone.innerHTML, box.width, box.height, title);
}

/** Offers a blob to the person as a download. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Draws an SVG document on a canvas at `scale` times its size and gives the PNG. */
export function pngFromSvg(document_: string, width: number, height: number, scale = 2): Promise<Blob> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(new Blob([document_], { type: 'image/svg+xml' }));
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      const context = canvas.getContext('2d');
      if (!context) {
        URL.revokeObjectURL(url);
        reject(new Error('canvas'));
        return;
      }
      context.scale(scale, scale);
      context.drawImage(image, 0, 0, width, height);
      URL.revokeObjectURL(url);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('png'))), 'image/png');
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('svg'));
    };
    image.src = url;
  });
}
