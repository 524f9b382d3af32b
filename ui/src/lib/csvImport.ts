// The pure half of the CSV import screen: the dry run's answer turned into the preview table, and
// a file cut into parts of at most N data rows (each with the header again) so a large import can
// show its progress. Every part keeps a map from its own line numbers back to the file's.
import type { UserError } from './api';

export interface CsvRowResult {
  line: number;
  period: string | null;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  note: string | null;
  replaces: boolean;
  errors: UserError[];
}

export interface DryRun {
  rows: CsvRowResult[];
  errors: UserError[];
  succeeded: boolean;
}

export type RowStatus = 'ok' | 'replaces' | 'error';

export interface PreviewRow extends CsvRowResult {
  status: RowStatus;
}

export interface Preview {
  rows: PreviewRow[];
  /** Problems with the file as a whole (missing columns, too many rows). */
  fileErrors: UserError[];
  bad: number;
  replaces: number;
  /** Every row is good and there is at least one. */
  importable: boolean;
}

export function previewOf(dryRun: DryRun): Preview {
  const rows = dryRun.rows.map((r) => ({ ...r, status: (r.errors.length > 0 ? 'error' : r.replaces ? 'replaces' : 'ok') as RowStatus }));
  const bad = rows.filter((r) => r.status === 'error').length;
  return {
    rows,
    fileErrors: dryRun.errors,
    bad,
    replaces: rows.filter((r) => r.status === 'replaces').length,
    importable: dryRun.errors.length === 0 && bad === 0 && rows.length > 0,
  };
}

/** Rows with errors first (they are what the person must act on), then the file's order. */
export function errorsFirst(rows: PreviewRow[]): PreviewRow[] {
  return [...rows].sort((a, b) => Number(b.status === 'error') - Number(a.status === 'error') || a.line - b.line);
}

export interface CsvPart {
  csv: string;
  /** How many data rows the part carries. */
  rows: number;
  /** The file's line number of each of the part's lines (index = the part's line − 1). */
  fileLines: number[];
}

/**
 * Cuts a CSV (header on the first line, as the API reads it) into parts of at most `size` data
 * rows, blank lines left out. Line numbers are those an editor shows, the header being 1.
 */
export function splitCsv(text: string, size: number): CsvPart[] {
  const lines = text.replace(/^\uFEFF/, '').split('\n').map((l) => l.replace(/\r$/, ''));
  const header = lines[0] ?? '';
  const data: number[] = [];
  for (let i = 1; i < lines.length; i++) if (lines[i].trim() !== '') data.push(i);
  const parts: CsvPart[] = [];
  for (let start = 0; start < data.length; start += size) {
    const slice = data.slice(start, start + size);
    parts.push({ csv: [header, ...slice.map((i) => lines[i])].join('\n'), rows: slice.length, fileLines: [1, ...slice.map((i) => i + 1)] });
  }
  return parts;
}

/** A part's row results with the file's line numbers. */
export function toFileLines(part: CsvPart, rows: CsvRowResult[]): CsvRowResult[] {
  return rows.map((r) => ({ ...r, line: part.fileLines[r.line - 1] ?? r.line }));
}

/** The API's body limit is 2 MB for the whole request; leave room for JSON escaping. */
export const MAX_FILE_BYTES = 1_500_000;
export const MAX_ROWS = 5_000;
