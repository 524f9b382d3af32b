// What a measure's chart draws around the series: PDSA cycles as bands over the dates they ran,
// phase boundaries, the frozen baseline, annotation markers, and the hover/focus label box.
// Pure geometry on the x positions chartGeometry gives, so it is tested without a browser.

export interface Band {
  id: string;
  label: string;
  x: number;
  width: number;
  /** Which label row, so overlapping cycles do not write over each other. */
  row: number;
}

export interface CycleDates {
  id: string;
  label: string;
  startDate: string | null;
  endDate: string | null;
}

const DAY = 86_400_000;

function time(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : Number.NaN;
}

/**
 * The x position of a calendar day on an axis whose points stand for periods starting at
 * `dates` (each point's first day): interpolated within a period, clamped half a step outside.
 */
export function xForDate(date: string, dates: string[], xs: number[], half: number): number | null {
  const t = time(date);
  if (!Number.isFinite(t) || dates.length === 0) return null;
  const times = dates.map(time);
  if (times.some((v) => !Number.isFinite(v))) return null;
  const first = xs[0] - half;
  if (t < times[0]) return first;
  for (let i = 0; i < times.length; i++) {
    const start = times[i];
    // The last period is as long as the one before it (or a week when there is only one).
    const end = i + 1 < times.length ? times[i + 1] : start + (times.length > 1 ? times[i] - times[i - 1] : 7 * DAY);
    if (t < end) return xs[i] - half + ((t - start) / (end - start)) * 2 * half;
  }
  return xs[xs.length - 1] + half;
}

/**
 * PDSA cycles as bands: from the start of Do to its end (to the end of the day), or to the
 * last point while the test is still running; cycles without a start date are left out.
 */
export function cycleBands(cycles: CycleDates[], dates: string[], xs: number[], half: number): Band[] {
  if (dates.length === 0) return [];
  const right = xs[xs.length - 1] + half;
  const bands: Band[] = [];
  const rowEnds: number[] = [];
  const sorted = cycles.filter((c) => c.startDate).sort((a, b) => (a.startDate! < b.startDate! ? -1 : a.startDate! > b.startDate! ? 1 : 0));
  for (const c of sorted) {
    const x0 = xForDate(c.startDate!, dates, xs, half);
    if (x0 === null || x0 >= right) continue;
    let x1 = right;
    if (c.endDate) {
      const endNext = new Date(time(c.endDate) + DAY).toISOString().slice(0, 10);
      x1 = xForDate(endNext, dates, xs, half) ?? right;
    }
    const width = Math.max(3, x1 - x0);
    let row = rowEnds.findIndex((end) => end <= x0);
    if (row === -1) {
      row = rowEnds.length;
      rowEnds.push(0);
    }
    rowEnds[row] = x0 + Math.max(width, 60);
    bands.push({ id: c.id, label: c.label, x: round(x0), width: round(width), row });
  }
  return bands;
}

export interface PhaseMarker {
  x: number;
  label: string | null;
  period: string;
}

/** A vertical line where each new part of the chart begins, with the phase's label when it has one. */
export function phaseMarkers(parts: number[], periods: string[], xs: number[], phases: { startsAt: string; label: string | null }[]): PhaseMarker[] {
  const markers: PhaseMarker[] = [];
  for (let i = 1; i < parts.length; i++) {
    if (parts[i] === parts[i - 1]) continue;
    const period = periods[i] ?? '';
    markers.push({ x: round((xs[i - 1] + xs[i]) / 2), period, label: phases.find((p) => p.startsAt === period)?.label ?? null });
  }
  return markers;
}

/** The span of the frozen baseline (its points are flagged by the analysis), or null. */
export function baselineSpan(baseline: boolean[], xs: number[], half: number): { x0: number; x1: number } | null {
  const last = baseline.lastIndexOf(true);
  if (last < 0 || baseline.every(Boolean)) return null;
  const first = baseline.indexOf(true);
  return { x0: round(xs[first] - half), x1: round(xs[last] + half) };
}

/** Where a label box for a point goes: beside it, kept inside the plot. */
export function labelBox(
  cx: number,
  cy: number,
  size: { width: number; height: number },
  plot: { left: number; right: number; top: number; bottom: number },
): { x: number; y: number } {
  let x = cx + 12;
  if (x + size.width > plot.right) x = cx - 12 - size.width;
  if (x < plot.left) x = plot.left;
  let y = cy - size.height - 8;
  if (y < plot.top) y = cy + 12;
  if (y + size.height > plot.bottom) y = Math.max(plot.top, plot.bottom - size.height);
  return { x: round(x), y: round(y) };
}

/** Shortens a text to at most `max` characters, with an ellipsis. */
export function shorten(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : clean.slice(0, Math.max(1, max - 1)).trimEnd() + '…';
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
