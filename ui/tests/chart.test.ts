import { describe, expect, it } from 'vitest';
import { chartGeometry, linePath, markOf, sparkline, stepPath, type AnalysedPoint } from '../src/lib/chart';
import { linearScale } from '../src/lib/scale';

function point(i: number, y: number | null, extra: Partial<AnalysedPoint> = {}): AnalysedPoint {
  return { x: String(i + 1), y, centerLine: 10, lowerLimit: 4, upperLimit: 16, sigmaSignal: false, part: 1, included: true, ...extra };
}

describe('markOf', () => {
  it('marks sigma signals, NHS point types and excluded points', () => {
    expect(markOf(point(0, 5))).toBe('plain');
    expect(markOf(point(0, 20, { sigmaSignal: true }))).toBe('signal');
    expect(markOf(point(0, 20, { pointType: 'special_cause_improvement' }))).toBe('improvement');
    expect(markOf(point(0, 20, { pointType: 'special_cause_concern' }))).toBe('concern');
    expect(markOf(point(0, 20, { pointType: 'special_cause_neutral_high' }))).toBe('signal');
    expect(markOf(point(0, 20, { included: false, sigmaSignal: true }))).toBe('excluded');
  });

  it('tells an improvement from a concern outside the limits when the better direction is known', () => {
    const high = point(0, 20, { sigmaSignal: true });
    const low = point(1, 2, { sigmaSignal: true });
    expect(markOf(high, 'UP')).toBe('improvement');
    expect(markOf(low, 'UP')).toBe('concern');
    expect(markOf(high, 'DOWN')).toBe('concern');
    expect(markOf(low, 'DOWN')).toBe('improvement');
    expect(markOf(high, 'NEUTRAL')).toBe('signal');
  });
});

describe('paths', () => {
  const y = linearScale([0, 10], [100, 0]);

  it('a step line follows varying limits and breaks where there is none', () => {
    expect(stepPath([5, 6, null, 4], [10, 30, 50, 70], 10, y)).toBe('M0,50H20V40H40M60,60H80');
  });

  it('the series line breaks at a missing point', () => {
    expect(linePath([{ index: 0, cx: 1, cy: 2 }, { index: 1, cx: 3, cy: 4 }, { index: 3, cx: 5, cy: 6 }])).toBe('M1,2L3,4M5,6');
  });
});

describe('chartGeometry', () => {
  const points = [5, 9, 12, 20, null, 11].map((v, i) => point(i, v, { sigmaSignal: v === 20 }));

  it('draws each known point inside the plot, with its mark', () => {
    const g = chartGeometry(points, [{ part: 1, runsSignal: false }]);
    expect(g.points).toHaveLength(5);
    for (const p of g.points) {
      expect(p.cx).toBeGreaterThanOrEqual(g.plot.left);
      expect(p.cx).toBeLessThanOrEqual(g.plot.right);
      expect(p.cy).toBeGreaterThanOrEqual(g.plot.top);
      expect(p.cy).toBeLessThanOrEqual(g.plot.bottom);
    }
    expect(g.points.filter((p) => p.mark === 'signal').map((p) => p.y)).toEqual([20]);
  });

  it('has a y domain holding the data, the limits and the target', () => {
    const g = chartGeometry(points, [], { target: 25 });
    expect(g.y.domain[0]).toBeLessThanOrEqual(4);
    expect(g.y.domain[1]).toBeGreaterThanOrEqual(25);
    expect(g.target?.value).toBe(25);
  });

  it('has a centre line and limits per part, and flags a part with a runs signal', () => {
    const twoParts = points.map((p, i) => ({ ...p, part: i < 3 ? 1 : 2 }));
    const g = chartGeometry(twoParts, [{ part: 1, runsSignal: false }, { part: 2, runsSignal: true }]);
    expect(g.centerLines.map((c) => [c.part, c.runsSignal])).toEqual([[1, false], [2, true]]);
    expect(g.upperLimits).toHaveLength(2);
    expect(g.lowerLimits).toHaveLength(2);
  });

  it('a run chart has no limits', () => {
    const run = points.map((p) => ({ ...p, lowerLimit: null, upperLimit: null }));
    const g = chartGeometry(run, []);
    expect(g.upperLimits).toEqual([]);
    expect(g.lowerLimits).toEqual([]);
    expect(g.centerLines).toHaveLength(1);
  });

  it('copes with no points at all', () => {
    const g = chartGeometry([], []);
    expect(g.points).toEqual([]);
    expect(g.line).toBe('');
  });
});

describe('sparkline', () => {
  it('draws the values across the box, ending in a dot at the last', () => {
    const s = sparkline([1, 3, 2], 100, 20, 0);
    // 1 is the lowest (the bottom, y 20), 3 the highest (the top, y 0), 2 half way.
    expect(s.path).toBe('M0,20L50,0L100,10');
    expect(s.last).toEqual({ cx: 100, cy: 10 });
  });

  it('is empty without values and flat for a constant series', () => {
    expect(sparkline([null, null]).path).toBe('');
    const flat = sparkline([2, 2, 2], 100, 20, 0);
    expect(flat.last?.cy).toBe(10);
  });
});
