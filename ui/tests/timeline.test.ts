import { describe, expect, it } from 'vitest';
import { progressSteps, timeline } from '../src/lib/timeline';

describe('the area\'s timeline', () => {
  it('interleaves status changes and milestones by date, status first on the same day', () => {
    const by = { name: 'Kari' };
    const entries = timeline(
      [
        { from: null, to: 'IDEA', date: '2020-01-02', note: null, by },
        { from: 'IDEA', to: 'TESTING', date: '2020-05-11', note: 'Test', by },
      ],
      [
        { id: 'm2', date: '2020-11-24', title: 'Delt', description: null, by },
        { id: 'm1', date: '2020-05-11', title: 'Innført', description: null, by },
      ],
    );
    expect(entries.map((e) => (e.kind === 'status' ? e.change.to : e.milestone.id))).toEqual(['IDEA', 'TESTING', 'm1', 'm2']);
  });

  it('the progress scale runs from 1 to 5 in half steps', () => {
    expect(progressSteps).toEqual([1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5]);
  });
});
