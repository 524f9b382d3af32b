// Chart scales: a linear scale with "nice" ticks (1, 2, 5 × 10ⁿ) for values, and a point scale
// spreading n points evenly for the x axis. Small on purpose: d3-scale would do, at ten times the size.

export interface LinearScale {
  (value: number): number;
  domain: [number, number];
  range: [number, number];
  invert(pixel: number): number;
  ticks(count?: number): number[];
}

/** The step between ticks that gives about `count` ticks over [min, max]: 1, 2 or 5 times a power of ten. */
export function tickStep(min: number, max: number, count: number): number {
  const span = Math.abs(max - min);
  if (!(span > 0) || !Number.isFinite(span) || count <= 0) return 0;
  const raw = span / count;
  const power = Math.pow(10, Math.floor(Math.log10(raw)));
  const error = raw / power;
  const factor = error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1;
  return factor * power;
}

/** Rounds a float made by repeated steps (0.30000000000000004 → 0.3). */
function clean(value: number): number {
  return Number.parseFloat(value.toPrecision(12));
}

/** Ticks from min to max on round steps, both ends included when they fall on a step. */
export function ticks(min: number, max: number, count = 5): number[] {
  if (min > max) [min, max] = [max, min];
  if (min === max) return [clean(min)];
  const step = tickStep(min, max, count);
  if (step === 0) return [];
  const start = Math.ceil(min / step - 1e-9);
  const stop = Math.floor(max / step + 1e-9);
  const result: number[] = [];
  for (let i = start; i <= stop; i++) result.push(clean(i * step));
  return result;
}

/** Widens [min, max] outward to round tick steps; a single value gets room around it. */
export function niceDomain(min: number, max: number, count = 5): [number, number] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [0, 1];
  if (min > max) [min, max] = [max, min];
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
    min -= pad;
    max += pad;
  }
  // Twice, as qicharts and d3 do: the first widening can change the step.
  for (let i = 0; i < 2; i++) {
    const step = tickStep(min, max, count);
    if (step === 0) break;
    min = clean(Math.floor(min / step) * step);
    max = clean(Math.ceil(max / step) * step);
  }
  return [min, max];
}

export function linearScale(domain: [number, number], range: [number, number]): LinearScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  const scale = ((value: number) => (span === 0 ? (r0 + r1) / 2 : r0 + ((value - d0) / span) * (r1 - r0))) as LinearScale;
  scale.domain = [d0, d1];
  scale.range = [r0, r1];
  scale.invert = (pixel: number) => (r1 === r0 ? d0 : d0 + ((pixel - r0) / (r1 - r0)) * span);
  scale.ticks = (count = 5) => ticks(d0, d1, count);
  return scale;
}

/** The x position of point i of n, spread evenly with half a step of padding at each end. */
export function pointScale(n: number, range: [number, number]): (index: number) => number {
  const [r0, r1] = range;
  if (n <= 1) return () => (r0 + r1) / 2;
  const step = (r1 - r0) / n;
  return (index: number) => r0 + step * (index + 0.5);
}

/** Which of n labels to show so that no more than `max` appear, always the first and the last. */
export function labelIndices(n: number, max: number): number[] {
  if (n <= 0) return [];
  if (n <= max) return Array.from({ length: n }, (_, i) => i);
  const every = Math.ceil((n - 1) / (max - 1));
  const result: number[] = [];
  for (let i = 0; i < n - 1; i += every) result.push(i);
  // The last label always shows; the one before it goes when it would crowd it.
  if (n - 1 - result[result.length - 1] < every && result.length > 1) result.pop();
  result.push(n - 1);
  return result;
}
