// Turns an analysed series (the analyzeSeries / measure chart answer) into SVG geometry: the
// points, the line through them, the centre line and the limits of each part, the target, and
// which points are signals. Pure, so it is tested without a browser.
import { linearScale, niceDomain, pointScale, labelIndices, type LinearScale } from './scale';

export interface AnalysedPoint {
  x: string;
  y: number | null;
  n?: number | null;
  centerLine: number | null;
  lowerLimit: number | null;
  upperLimit: number | null;
  /** The 2-sigma lines, when the analysis gives them. */
  lowerLimit95?: number | null;
  upperLimit95?: number | null;
  sigmaSignal: boolean;
  part: number;
  baseline?: boolean;
  included: boolean;
  pointType?: string | null;
}

export interface RunsAnalysis {
  part: number;
  runsSignal: boolean;
}

export type PointMark = 'plain' | 'signal' | 'improvement' | 'concern' | 'excluded';

export interface ChartPoint {
  index: number;
  x: string;
  y: number;
  cx: number;
  cy: number;
  mark: PointMark;
}

export interface ChartGeometry {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  y: LinearScale;
  yTicks: { value: number; py: number }[];
  xLabels: { index: number; label: string; px: number }[];
  line: string;
  points: ChartPoint[];
  centerLines: { path: string; runsSignal: boolean; part: number }[];
  upperLimits: string[];
  lowerLimits: string[];
  /** The 2-sigma lines (drawn only when asked for). */
  upperLimits95: string[];
  lowerLimits95: string[];
  /** Each point's x, and half the step between points, for the layers drawn around the series. */
  xs: number[];
  half: number;
  target: { py: number; value: number } | null;
}

export interface ChartOptions {
  width?: number;
  height?: number;
  target?: number | null;
  /** How many x labels at most. */
  maxLabels?: number;
  /** Which way is better, to tell an improvement from a concern. */
  direction?: Direction;
}

export type Direction = 'UP' | 'DOWN' | 'NEUTRAL';

/**
 * How a point is marked: NHS point types when the rule set gives them; else a point outside the
 * limits, as an improvement or a concern when the better direction is known.
 */
export function markOf(point: AnalysedPoint, direction: Direction = 'NEUTRAL'): PointMark {
  if (!point.included) return 'excluded';
  switch (point.pointType) {
    case 'special_cause_improvement':
      return 'improvement';
    case 'special_cause_concern':
      return 'concern';
    case 'special_cause_neutral_high':
    case 'special_cause_neutral_low':
      return 'signal';
    default:
      if (!point.sigmaSignal) return 'plain';
      if (direction === 'NEUTRAL' || point.y === null) return 'signal';
      {
        const above = point.upperLimit !== null && point.y > point.upperLimit;
        return above === (direction === 'UP') ? 'improvement' : 'concern';
      }
  }
}

function finite(value: number | null | undefined): value is number {
  return value !== null && value !== undefined && Number.isFinite(value);
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** A step line through per-point values (limits vary with n on P and U charts); gaps at nulls. */
export function stepPath(values: (number | null)[], xs: number[], half: number, y: LinearScale): string {
  let path = '';
  let drawing = false;
  values.forEach((value, i) => {
    if (!finite(value)) {
      drawing = false;
      return;
    }
    const py = round(y(value));
    const x0 = round(xs[i] - half);
    const x1 = round(xs[i] + half);
    path += drawing ? `V${py}H${x1}` : `M${x0},${py}H${x1}`;
    drawing = true;
  });
  return path;
}

/** A line through the points in order, broken where a value is missing. */
export function linePath(points: { cx: number; cy: number; index: number }[]): string {
  let path = '';
  let previous = -2;
  for (const p of points) {
    path += `${p.index === previous + 1 ? 'L' : 'M'}${round(p.cx)},${round(p.cy)}`;
    previous = p.index;
  }
  return path;
}

export function chartGeometry(points: AnalysedPoint[], parts: RunsAnalysis[], options: ChartOptions = {}): ChartGeometry {
  const width = options.width ?? 720;
  const height = options.height ?? 320;
  const plot = { left: 56, right: width - 24, top: 16, bottom: height - 40 };
  const target = finite(options.target) ? options.target : null;

  const values: number[] = [];
  for (const p of points) for (const v of [p.y, p.centerLine, p.lowerLimit, p.upperLimit]) if (finite(v)) values.push(v);
  if (target !== null) values.push(target);
  const [min, max] = values.length ? niceDomain(Math.min(...values), Math.max(...values)) : [0, 1];
  const y = linearScale([min, max], [plot.bottom, plot.top]);

  const x = pointScale(points.length, [plot.left, plot.right]);
  const xs = points.map((_, i) => x(i));
  const half = points.length > 1 ? (xs[1] - xs[0]) / 2 : (plot.right - plot.left) / 2;

  const chartPoints: ChartPoint[] = [];
  points.forEach((p, index) => {
    if (finite(p.y)) chartPoints.push({ index, x: p.x, y: p.y, cx: xs[index], cy: y(p.y), mark: markOf(p, options.direction) });
  });

  const partNumbers = [...new Set(points.map((p) => p.part))];
  const centerLines: ChartGeometry['centerLines'] = [];
  const upperLimits: string[] = [];
  const lowerLimits: string[] = [];
  const upperLimits95: string[] = [];
  const lowerLimits95: string[] = [];
  for (const part of partNumbers) {
    const inPart = (values: (number | null)[]) => values.map((v, i) => (points[i].part === part ? v : null));
    centerLines.push({
      part,
      path: stepPath(inPart(points.map((p) => p.centerLine)), xs, half, y),
      runsSignal: parts.find((r) => r.part === part)?.runsSignal ?? false,
    });
    const upper = stepPath(inPart(points.map((p) => p.upperLimit)), xs, half, y);
    const lower = stepPath(inPart(points.map((p) => p.lowerLimit)), xs, half, y);
    if (upper) upperLimits.push(upper);
    if (lower) lowerLimits.push(lower);
    const upper95 = stepPath(inPart(points.map((p) => p.upperLimit95 ?? null)), xs, half, y);
    const lower95 = stepPath(inPart(points.map((p) => p.lowerLimit95 ?? null)), xs, half, y);
    if (upper95) upperLimits95.push(upper95);
    if (lower95) lowerLimits95.push(lower95);
  }

  const maxLabels = options.maxLabels ?? Math.max(2, Math.floor((plot.right - plot.left) / 70));
  return {
    width,
    height,
    plot,
    y,
    yTicks: y.ticks(5).map((value) => ({ value, py: y(value) })),
    xLabels: labelIndices(points.length, maxLabels).map((index) => ({ index, label: points[index].x, px: xs[index] })),
    line: linePath(chartPoints),
    points: chartPoints,
    centerLines: centerLines.filter((c) => c.path !== ''),
    upperLimits,
    lowerLimits,
    upperLimits95,
    lowerLimits95,
    xs,
    half,
    target: target === null ? null : { py: y(target), value: target },
  };
}

/** A sparkline: the recent values as one line in a small box, scaled to their own range. */
export function sparkline(values: (number | null)[], width = 96, height = 24, pad = 2): { path: string; last: { cx: number; cy: number } | null } {
  const known = values.filter(finite);
  if (known.length === 0) return { path: '', last: null };
  let min = Math.min(...known);
  let max = Math.max(...known);
  if (min === max) {
    min -= 1;
    max += 1;
  }
  const y = linearScale([min, max], [height - pad, pad]);
  const step = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  const pts = values
    .map((v, index) => (finite(v) ? { index, cx: values.length > 1 ? pad + index * step : width / 2, cy: y(v) } : null))
    .filter((p): p is { index: number; cx: number; cy: number } => p !== null);
  const last = pts[pts.length - 1];
  return { path: linePath(pts), last: { cx: round(last.cx), cy: round(last.cy) } };
}
