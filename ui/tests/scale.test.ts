import { describe, expect, it } from 'vitest';
import { linearScale, niceDomain, ticks, tickStep, pointScale, labelIndices } from '../src/lib/scale';

describe('tickStep', () => {
  it('steps in 1, 2 or 5 times a power of ten', () => {
    expect(tickStep(0, 10, 5)).toBe(2);
    expect(tickStep(0, 100, 5)).toBe(20);
    expect(tickStep(0, 1, 5)).toBe(0.2);
    expect(tickStep(0, 7, 5)).toBe(1);
    expect(tickStep(0, 30, 5)).toBe(5);
  });

  it('is 0 for an empty span', () => {
    expect(tickStep(3, 3, 5)).toBe(0);
  });
});

describe('ticks', () => {
  it('are round numbers inside the domain, both ends included when round', () => {
    expect(ticks(0, 10, 5)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(ticks(6.3, 14.4, 5)).toEqual([8, 10, 12, 14]);
  });

  it('have no floating-point dust', () => {
    expect(ticks(0, 1, 10)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
  });

  it('work on a reversed domain and on a single value', () => {
    expect(ticks(10, 0, 5)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(ticks(4, 4)).toEqual([4]);
  });
});

describe('niceDomain', () => {
  it('widens to round steps', () => {
    expect(niceDomain(6.3, 14.4)).toEqual([6, 16]);
    expect(niceDomain(0.12, 0.87)).toEqual([0, 1]);
  });

  it('gives a single value room', () => {
    const [min, max] = niceDomain(5, 5);
    expect(min).toBeLessThan(5);
    expect(max).toBeGreaterThan(5);
    expect(niceDomain(0, 0)[0]).toBeLessThan(0);
  });

  it('falls back to 0–1 for values that are not finite', () => {
    expect(niceDomain(Number.NaN, 3)).toEqual([0, 1]);
  });
});

describe('linearScale', () => {
  it('maps the domain onto the range, upside down for SVG', () => {
    const y = linearScale([0, 100], [300, 0]);
    expect(y(0)).toBe(300);
    expect(y(100)).toBe(0);
    expect(y(25)).toBe(225);
    expect(y.invert(225)).toBe(25);
  });

  it('puts everything in the middle when the domain is one point', () => {
    expect(linearScale([5, 5], [0, 100])(5)).toBe(50);
  });

  it('gives its own ticks', () => {
    expect(linearScale([0, 10], [0, 1]).ticks(5)).toEqual([0, 2, 4, 6, 8, 10]);
  });
});

describe('pointScale', () => {
  it('spreads points evenly with half a step at each end', () => {
    const x = pointScale(4, [0, 400]);
    expect([0, 1, 2, 3].map(x)).toEqual([50, 150, 250, 350]);
  });

  it('centres a single point', () => {
    expect(pointScale(1, [0, 100])(0)).toBe(50);
  });
});

describe('labelIndices', () => {
  it('shows all labels when they fit', () => {
    expect(labelIndices(4, 10)).toEqual([0, 1, 2, 3]);
  });

  it('thins them out, keeping the first and the last and never crowding the last', () => {
    const shown = labelIndices(24, 9);
    expect(shown[0]).toBe(0);
    expect(shown[shown.length - 1]).toBe(23);
    expect(shown.length).toBeLessThanOrEqual(9);
    const gaps = shown.slice(1).map((v, i) => v - shown[i]);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(3);
  });

  it('is empty for no points', () => {
    expect(labelIndices(0, 5)).toEqual([]);
  });
});
