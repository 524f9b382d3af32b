import { describe, expect, it } from 'vitest';
import { addPhase, chartsFor, phaseStarts, removePhase, settingsForm, settingsInput, settingsNotes } from '../src/lib/chartSettings';

const measure = {
  chartType: null,
  ruleSet: 'ANHOEJ',
  baselineEnd: null,
  phases: [
    { startsAt: '2024-09', label: null },
    { startsAt: '2024-03', label: 'Ny sjekkliste' },
  ],
};

describe('the chart settings form', () => {
  it('reads a measure with blanks for automatic and no freeze, and phases in period order', () => {
    expect(settingsForm(measure)).toEqual({
      chart: '',
      ruleSet: 'ANHOEJ',
      baselineEnd: '',
      phases: [
        { startsAt: '2024-03', label: 'Ny sjekkliste' },
        { startsAt: '2024-09', label: '' },
      ],
    });
  });

  it('sends blanks as null and trims the phase names', () => {
    const form = { chart: '', ruleSet: 'IHI', baselineEnd: '', phases: [{ startsAt: '2024-03', label: '  Etter ny rutine ' }, { startsAt: '2024-09', label: '   ' }] };
    expect(settingsInput('m1', 4, form)).toEqual({
      id: 'm1',
      expectedVersion: 4,
      chart: null,
      ruleSet: 'IHI',
      baselineEnd: null,
      phases: [
        { startsAt: '2024-03', label: 'Etter ny rutine' },
        { startsAt: '2024-09', label: null },
      ],
    });
  });

  it('sends a chosen chart and freeze as they are', () => {
    const input = settingsInput('m1', 2, { chart: 'I', ruleSet: 'NHS', baselineEnd: '2024-W10', phases: [] });
    expect(input.chart).toBe('I');
    expect(input.baselineEnd).toBe('2024-W10');
    expect(input.phases).toEqual([]);
  });
});

describe('editing the phases', () => {
  it('adds a phase in period order, and a second one at the same period renames it', () => {
    let phases = addPhase([], '2024-06', 'B');
    phases = addPhase(phases, '2024-02', 'A');
    expect(phases.map((p) => p.startsAt)).toEqual(['2024-02', '2024-06']);
    phases = addPhase(phases, '2024-06', 'Ny');
    expect(phases).toEqual([
      { startsAt: '2024-02', label: 'A' },
      { startsAt: '2024-06', label: 'Ny' },
    ]);
  });

  it('adds nothing without a period', () => {
    const phases = [{ startsAt: '2024-02', label: '' }];
    expect(addPhase(phases, '')).toBe(phases);
  });

  it('removes the phase starting at a period and leaves the others', () => {
    const phases = [
      { startsAt: '2024-02', label: '' },
      { startsAt: '2024-06', label: '' },
    ];
    expect(removePhase(phases, '2024-02')).toEqual([{ startsAt: '2024-06', label: '' }]);
    expect(removePhase(phases, '2030-01')).toEqual(phases);
  });

  it('offers every period but the first and those that start a phase already', () => {
    expect(phaseStarts(['2024-01', '2024-02', '2024-03', '2024-04'], [{ startsAt: '2024-03', label: '' }])).toEqual(['2024-02', '2024-04']);
    expect(phaseStarts(['2024-01'], [])).toEqual([]);
  });
});

describe('what the panel warns about', () => {
  it('says the NHS rules need the I chart, and that phases set the freeze aside', () => {
    expect(settingsNotes({ chart: '', ruleSet: 'NHS', baselineEnd: '', phases: [] })).toEqual(['nhsNeedsI']);
    expect(settingsNotes({ chart: 'I', ruleSet: 'NHS', baselineEnd: '', phases: [] })).toEqual([]);
    expect(settingsNotes({ chart: 'P', ruleSet: 'ANHOEJ', baselineEnd: '2024-03', phases: [{ startsAt: '2024-06', label: '' }] })).toEqual(['phasesIgnoreFreeze']);
    expect(settingsNotes({ chart: 'P', ruleSet: 'ANHOEJ', baselineEnd: '2024-03', phases: [] })).toEqual([]);
  });
});

describe('the chart types offered', () => {
  it('fit the data kind, with the run, I and MR charts for every kind', () => {
    expect(chartsFor('PROPORTION')).toEqual(['RUN', 'P', 'PP', 'I', 'MR']);
    expect(chartsFor('COUNT')).toEqual(['RUN', 'C', 'I', 'MR']);
    expect(chartsFor('MEASUREMENT')).toEqual(['RUN', 'I', 'MR']);
    expect(chartsFor('CASES_BETWEEN_EVENTS')).toContain('G');
  });

  it('keep a chart chosen earlier that the list would leave out', () => {
    expect(chartsFor('MEASUREMENT', 'XBAR')).toEqual(['RUN', 'I', 'MR', 'XBAR']);
    expect(chartsFor('MEASUREMENT', 'I')).toEqual(['RUN', 'I', 'MR']);
  });
});
