import { describe, expect, it } from 'vitest';
import { activeMembers, blankMeasureForm, dataKindChoices, measureDefinitionInput, measureFormFrom, usesRatio, type MeasureDefinition } from '../src/lib/measureForm';

const view: MeasureDefinition = {
  name: 'Samtale før utskrivning', kind: 'PROCESS', dataKind: 'PROPORTION', frequency: 'WEEK', better: 'UP', definition: 'Alle utskrivninger',
  numeratorDefinition: 'Med samtale', denominatorDefinition: 'Alle', unit: null, source: 'Sjekklisten', target: 92.5, chart: null, ruleSet: 'ANHOEJ',
  responsiblePersonId: 'person_1',
};

describe('the measure form as MeasureDefinitionInput', () => {
  it('trims text, sends empty text as null and a chosen chart or person by id', () => {
    const form = { ...blankMeasureForm(), name: '  Fall  ', dataKind: 'COUNT', definition: ' ', unit: ' fall ', chart: 'C', responsiblePersonId: 'person_2' };
    const { input, problems } = measureDefinitionInput(form);
    expect(problems).toEqual([]);
    expect(input).toEqual({
      name: 'Fall', kind: 'PROCESS', dataKind: 'COUNT', frequency: 'WEEK', better: 'UP', definition: null, numeratorDefinition: null,
      denominatorDefinition: null, unit: 'fall', source: null, target: null, chart: 'C', ruleSet: 'ANHOEJ', responsiblePersonId: 'person_2',
    });
  });

  it('leaves the chart automatic and nobody responsible when nothing is chosen', () => {
    const { input } = measureDefinitionInput(blankMeasureForm());
    expect(input?.chart).toBeNull();
    expect(input?.responsiblePersonId).toBeNull();
  });

  it('reads the target with a decimal comma or point', () => {
    expect(measureDefinitionInput({ ...blankMeasureForm(), target: '92,5' }).input?.target).toBe(92.5);
    expect(measureDefinitionInput({ ...blankMeasureForm(), target: ' 90 ' }).input?.target).toBe(90);
  });

  it('sends nothing and names the target when it is not a number', () => {
    expect(measureDefinitionInput({ ...blankMeasureForm(), target: 'ni' })).toEqual({ input: null, problems: [{ field: 'target', key: 'measureForm.targetNotANumber' }] });
  });

  it('leaves an empty name for the API to refuse at its field', () => {
    expect(measureDefinitionInput({ ...blankMeasureForm(), name: '   ' }).input?.name).toBe('');
  });

  it('keeps numerator and denominator typed for another shape out of what is sent', () => {
    const form = { ...blankMeasureForm(), numeratorDefinition: 'Med samtale', denominatorDefinition: 'Alle' };
    expect(measureDefinitionInput(form).input).toMatchObject({ numeratorDefinition: 'Med samtale', denominatorDefinition: 'Alle' });
    expect(measureDefinitionInput({ ...form, dataKind: 'MEASUREMENT' }).input).toMatchObject({ numeratorDefinition: null, denominatorDefinition: null });
    expect(measureDefinitionInput({ ...form, dataKind: 'RATE' }).input).toMatchObject({ numeratorDefinition: 'Med samtale' });
  });
});

describe('editing a measure', () => {
  it('fills the form from the definition, the target in the chosen language', () => {
    expect(measureFormFrom(view, 'nb')).toMatchObject({ target: '92,5', unit: '', chart: '', responsiblePersonId: 'person_1', source: 'Sjekklisten' });
    expect(measureFormFrom(view, 'en').target).toBe('92.5');
    expect(measureFormFrom({ ...view, target: null }, 'nb').target).toBe('');
  });

  it('gives back the same definition when nothing is changed', () => {
    expect(measureDefinitionInput(measureFormFrom(view, 'nb')).input).toEqual({ ...view, unit: null });
  });

  it('offers every value shape before the first point, afterwards only those of the same shape', () => {
    expect(dataKindChoices('PROPORTION', false)).toHaveLength(6);
    expect(dataKindChoices('PROPORTION', true)).toEqual(['PROPORTION', 'RATE']);
    expect(dataKindChoices('COUNT', true)).toEqual(['COUNT', 'MEASUREMENT', 'TIME_BETWEEN_EVENTS', 'CASES_BETWEEN_EVENTS']);
  });

  it('knows which shapes have a numerator and a denominator', () => {
    expect(usesRatio('PROPORTION')).toBe(true);
    expect(usesRatio('RATE')).toBe(true);
    expect(usesRatio('COUNT')).toBe(false);
  });
});

describe('who may be responsible', () => {
  it('is the service members now, by name, each once', () => {
    const service = {
      members: [
        { personId: 'p2', person: { name: 'Åse' }, active: true },
        { personId: 'p1', person: { name: 'Bjørn' }, active: true },
        { personId: 'p3', person: { name: 'Anne' }, active: false },
        { personId: 'p1', person: { name: 'Bjørn' }, active: true },
      ],
    };
    expect(activeMembers(service)).toEqual([{ id: 'p1', name: 'Bjørn' }, { id: 'p2', name: 'Åse' }]);
    expect(activeMembers(null)).toEqual([]);
    expect(activeMembers(service, { id: 'p3', name: 'Anne' }).map((p) => p.id)).toEqual(['p3', 'p1', 'p2']);
    expect(activeMembers(service, { id: 'p1', name: 'Bjørn' })).toHaveLength(2);
  });
});
