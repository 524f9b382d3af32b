import { describe, expect, it } from 'vitest';
import { cleaned, currentPhase, cycleChains, phaseBlocked, type CycleState } from '../src/lib/pdsa';

const state = (predictions: string | null, startDate: string | null, results: string | null = null, learned: string | null = null): CycleState => ({
  plan: { predictions },
  do: { startDate },
  study: { results, learned },
});

describe('which phases are open', () => {
  it('Plan and Do always; Study only after the predictions and the start of the test; Act only after a Study', () => {
    expect(phaseBlocked(state(null, null), 'plan')).toBeNull();
    expect(phaseBlocked(state(null, null), 'do')).toBeNull();
    expect(phaseBlocked(state(null, '2024-01-01'), 'study')).toBe('predictionsFirst');
    expect(phaseBlocked(state('  ', '2024-01-01'), 'study')).toBe('predictionsFirst');
    expect(phaseBlocked(state('7 av 10', null), 'study')).toBe('startFirst');
    expect(phaseBlocked(state('7 av 10', '2024-01-01'), 'study')).toBeNull();
    expect(phaseBlocked(state('7 av 10', '2024-01-01'), 'act')).toBe('studyFirst');
    expect(phaseBlocked(state('7 av 10', '2024-01-01', '8 av 10'), 'act')).toBeNull();
    expect(phaseBlocked(state('7 av 10', '2024-01-01', null, 'Lært'), 'act')).toBeNull();
  });

  it('the status points at the phase being worked on', () => {
    expect(currentPhase('PLANNED')).toBe('plan');
    expect(currentPhase('DOING')).toBe('do');
    expect(currentPhase('STUDYING')).toBe('study');
    expect(currentPhase('ACTING')).toBe('act');
    expect(currentPhase('COMPLETED')).toBeNull();
  });
});

describe('cycleChains', () => {
  it('arranges continued cycles under the one they build on, as ramps', () => {
    const cycles = [
      { id: 'a', previousCycleId: null },
      { id: 'b', previousCycleId: 'a' },
      { id: 'x', previousCycleId: null },
      { id: 'c', previousCycleId: 'b' },
      { id: 'orphan', previousCycleId: 'gone' },
    ];
    const chains = cycleChains(cycles);
    expect(chains.map((ch) => ch.map((i) => i.cycle.id))).toEqual([['a', 'b', 'c'], ['x'], ['orphan']]);
    expect(chains[0].map((i) => i.step)).toEqual([1, 2, 3]);
    expect(chains[0].map((i) => i.depth)).toEqual([0, 1, 2]);
  });

  it('still lists cycles that point at each other', () => {
    const chains = cycleChains([
      { id: 'p', previousCycleId: 'q' },
      { id: 'q', previousCycleId: 'p' },
    ]);
    expect(chains.flat().map((i) => i.cycle.id).sort()).toEqual(['p', 'q']);
  });
});

describe('cleaned', () => {
  it('trims and turns empty text into null', () => {
    expect(cleaned({ a: '  x ', b: '', c: null, d: '   ' })).toEqual({ a: 'x', b: null, c: null, d: null });
  });
});
