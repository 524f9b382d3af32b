import { describe, expect, it } from 'vitest';
import { baselineSpan, cycleBands, labelBox, phaseMarkers, shorten, xForDate } from '../src/lib/chartLayers';
import { chartGeometry, type AnalysedPoint } from '../src/lib/chart';

// Four weekly points on Mondays, 100 px apart, each period 100 px wide.
const dates = ['2020-02-03', '2020-02-10', '2020-02-17', '2020-02-24'];
const xs = [100, 200, 300, 400];
const half = 50;

describe('xForDate', () => {
  it('puts a period\'s first day at its left edge and interpolates within it', () => {
    expect(xForDate('2020-02-10', dates, xs, half)).toBe(150);
    expect(xForDate('2020-02-13', dates, xs, half)).toBeCloseTo(150 + (3 / 7) * 100);
  });

  it('clamps before the first and after the last period, taking the last as long as the one before', () => {
    expect(xForDate('2019-01-01', dates, xs, half)).toBe(50);
    expect(xForDate('2020-02-27', dates, xs, half)).toBeCloseTo(350 + (3 / 7) * 100);
    expect(xForDate('2021-01-01', dates, xs, half)).toBe(450);
  });

  it('gives nothing for an axis without dates', () => {
    expect(xForDate('2020-02-10', ['1', '2'], [0, 1], 1)).toBeNull();
    expect(xForDate('2020-02-10', [], [], 1)).toBeNull();
  });
});

describe('cycleBands', () => {
  it('draws each cycle from the start of Do to the end of its last day, running cycles to the last point', () => {
    const bands = cycleBands(
      [
        { id: 'b', label: 'Second', startDate: '2020-02-24', endDate: null },
        { id: 'a', label: 'First', startDate: '2020-02-10', endDate: '2020-02-16' },
        { id: 'none', label: 'Not started', startDate: null, endDate: null },
      ],
      dates,
      xs,
      half,
    );
    expect(bands.map((b) => b.id)).toEqual(['a', 'b']);
    expect(bands[0]).toMatchObject({ x: 150, width: 100, row: 0 });
    expect(bands[1]).toMatchObject({ x: 350, width: 100, row: 0 });
  });

  it('puts overlapping cycles on separate label rows', () => {
    const bands = cycleBands(
      [
        { id: 'a', label: 'A', startDate: '2020-02-03', endDate: '2020-02-20' },
        { id: 'b', label: 'B', startDate: '2020-02-12', endDate: '2020-02-25' },
      ],
      dates,
      xs,
      half,
    );
    expect(bands.map((b) => b.row)).toEqual([0, 1]);
  });

  it('leaves out a cycle that starts after the chart', () => {
    expect(cycleBands([{ id: 'late', label: 'L', startDate: '2021-01-01', endDate: null }], dates, xs, half)).toEqual([]);
  });
});

describe('phases and baseline', () => {
  it('marks where each new part begins, with the phase label', () => {
    const markers = phaseMarkers([1, 1, 2, 2], ['2020-W06', '2020-W07', '2020-W08', '2020-W09'], xs, [{ startsAt: '2020-W08', label: 'Etter endringen' }]);
    expect(markers).toEqual([{ x: 250, period: '2020-W08', label: 'Etter endringen' }]);
    expect(phaseMarkers([1, 1, 1], ['a', 'b', 'c'], xs, [])).toEqual([]);
  });

  it('spans the frozen baseline, but not when every point is baseline or none is', () => {
    expect(baselineSpan([true, true, false, false], xs, half)).toEqual({ x0: 50, x1: 250 });
    expect(baselineSpan([true, true, true, true], xs, half)).toBeNull();
    expect(baselineSpan([false, false, false, false], xs, half)).toBeNull();
  });
});

describe('labelBox', () => {
  const plot = { left: 50, right: 500, top: 10, bottom: 300 };
  it('sits above and to the right of the point, and flips to stay inside the plot', () => {
    expect(labelBox(100, 200, { width: 120, height: 40 }, plot)).toEqual({ x: 112, y: 152 });
    expect(labelBox(450, 200, { width: 120, height: 40 }, plot)).toEqual({ x: 318, y: 152 });
    expect(labelBox(100, 20, { width: 120, height: 40 }, plot)).toEqual({ x: 112, y: 32 });
  });
});

describe('shorten', () => {
  it('keeps short texts and cuts long ones with an ellipsis', () => {
    expect(shorten('  kort  tekst ', 20)).toBe('kort tekst');
    expect(shorten('en ganske lang merknad', 10)).toBe('en ganske…');
  });
});

describe('2-sigma lines', () => {
  it('are drawn from the analysis\' 95 % limits, per part', () => {
    const points: AnalysedPoint[] = [1, 2, 3].map((i) => ({
      x: String(i), y: 10, centerLine: 10, lowerLimit: 4, upperLimit: 16, lowerLimit95: 6, upperLimit95: 14, sigmaSignal: false, part: 1, included: true,
    }));
    const g = chartGeometry(points, []);
    expect(g.upperLimits95).toHaveLength(1);
    expect(g.lowerLimits95).toHaveLength(1);
    expect(g.xs).toHaveLength(3);
    expect(chartGeometry(points.map((p) => ({ ...p, lowerLimit95: null, upperLimit95: null })), []).upperLimits95).toEqual([]);
  });
});

import { cyclesOnChart, pointDetails } from '../src/lib/measureChart';

describe('a measure on its chart', () => {
  it('joins each analysed period to its note, logger, exclusion and annotations', () => {
    const details = pointDetails({
      chart: { periods: ['2020-W06', '2020-W07'] } as never,
      points: [
        { period: '2020-W07', value: 1, numerator: null, denominator: null, note: 'Ferie', logged: { name: 'Tone', at: '' }, excluded: true,
          exclusion: { reason: 'Feilregistrering' }, annotations: [{ id: 'a', text: 'Ny rutine', written: { name: 'Kari', at: '' } }] },
      ],
    });
    expect(details[0]).toEqual({ period: '2020-W06', note: null, loggedBy: null, exclusion: null, annotations: [] });
    expect(details[1]).toEqual({ period: '2020-W07', note: 'Ferie', loggedBy: 'Tone', exclusion: 'Feilregistrering', annotations: [{ text: 'Ny rutine', by: 'Kari' }] });
  });

  it('draws the cycles that watch the measure (or none in particular), numbered by start order', () => {
    const cycle = (id: string, measureIds: string[]) => ({ id, startDate: '2020-02-17', endDate: null, measureIds, plan: { objective: 'Test ' + id } });
    const drawn = cyclesOnChart('m1', [cycle('a', ['m1']), cycle('b', ['m2']), cycle('c', [])]);
    expect(drawn.map((c) => c.label)).toEqual(['1. Test a', '3. Test c']);
  });
});
