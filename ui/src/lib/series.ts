// Reads a pasted series for the chart calculator: one point a line, "x;y", "x;y;n" (numerator and
// denominator), or "y" alone; tab works as well as semicolon; decimal comma or point; a header line
// is skipped. Dates may be ISO (2024-03-15) or Norwegian (15.03.2024). Nothing leaves the browser
// except the numbers sent to analyzeSeries, which stores nothing.
import { parseDecimal } from './format';

export type XKind = 'INDEX' | 'DATE' | 'CATEGORY';

export interface Observation {
  x: string;
  y: number | null;
  n?: number | null;
}

export type SeriesProblem =
  | { line: number; kind: 'notANumber'; text: string }
  | { line: number; kind: 'tooManyColumns' }
  | { line: 0; kind: 'empty' }
  | { line: 0; kind: 'tooMany'; max: number };

export interface ParsedSeries {
  observations: Observation[];
  xKind: XKind;
  hasDenominator: boolean;
  headerSkipped: boolean;
  problems: SeriesProblem[];
}

export const MAX_OBSERVATIONS = 100_000;

function splitLine(line: string): string[] {
  if (line.includes(';')) return line.split(';').map((s) => s.trim());
  if (line.includes('\t')) return line.split('\t').map((s) => s.trim());
  return [line.trim()];
}

function norwegianDateToIso(text: string): string | null {
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (!match) return null;
  return `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}`;
}

function isIsoDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text));
}

export function parseSeries(text: string): ParsedSeries {
  const rows: { line: number; cells: string[] }[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() !== '') rows.push({ line: i + 1, cells: splitLine(raw) });
  });

  // A first line whose value is not a number is a header ("periode;verdi").
  let headerSkipped = false;
  if (rows.length > 0) {
    const first = rows[0].cells;
    const valueCell = first.length === 1 ? first[0] : first[1];
    const value = parseDecimal(valueCell);
    if (value !== null && Number.isNaN(value)) {
      rows.shift();
      headerSkipped = true;
    }
  }

  const problems: SeriesProblem[] = [];
  if (rows.length === 0) problems.push({ line: 0, kind: 'empty' });
  if (rows.length > MAX_OBSERVATIONS) problems.push({ line: 0, kind: 'tooMany', max: MAX_OBSERVATIONS });

  const hasX = rows.some((r) => r.cells.length >= 2);
  const hasDenominator = rows.some((r) => r.cells.length >= 3);
  const observations: Observation[] = [];

  rows.forEach((row, index) => {
    const { cells, line } = row;
    if (cells.length > 3) {
      problems.push({ line, kind: 'tooManyColumns' });
      return;
    }
    const x = hasX ? (cells.length === 1 ? String(index + 1) : cells[0]) : String(index + 1);
    const yText = hasX ? (cells.length === 1 ? cells[0] : cells[1]) : cells[0];
    const y = parseDecimal(yText);
    if (y !== null && Number.isNaN(y)) {
      problems.push({ line, kind: 'notANumber', text: yText });
      return;
    }
    const observation: Observation = { x: norwegianDateToIso(x) ?? x, y };
    if (hasDenominator) {
      const n = parseDecimal(cells[2] ?? '');
      if (n !== null && Number.isNaN(n)) {
        problems.push({ line, kind: 'notANumber', text: cells[2] });
        return;
      }
      observation.n = n;
    }
    observations.push(observation);
  });

  const xs = observations.map((o) => o.x);
  const xKind: XKind = xs.length > 0 && xs.every((x) => /^-?\d+$/.test(x))
    ? 'INDEX'
    : xs.length > 0 && xs.every(isIsoDate)
      ? 'DATE'
      : 'CATEGORY';

  return { observations, xKind, hasDenominator, headerSkipped, problems };
}
