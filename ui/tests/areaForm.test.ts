import { describe, expect, it } from 'vitest';
import { applyTemplate, areaInput, blankAreaForm, type AreaTemplateView } from '../src/lib/areaForm';

const falls: AreaTemplateView = { id: 'template_1', title: 'Færre fall', problem: 'Fall gir brudd.', aim: { what: 'Fall', howMuch: 'halvere', byWhen: '2026-12-31', text: 'Halvere fallene innen 2026.' } };
const meds: AreaTemplateView = { id: 'template_2', title: 'Riktig legemiddelbruk', problem: null, aim: { what: null, howMuch: null, byWhen: null, text: 'Alle har oppdatert liste.' } };

describe('choosing a template', () => {
  it('fills the empty fields from the template', () => {
    const form = applyTemplate(blankAreaForm('network_1'), null, falls);
    expect(form).toMatchObject({ templateId: 'template_1', title: 'Færre fall', problem: 'Fall gir brudd.', howMuch: 'halvere', byWhen: '2026-12-31', text: 'Halvere fallene innen 2026.' });
  });

  it('replaces what the previous template filled in, but keeps what the person wrote', () => {
    const chosen = applyTemplate(blankAreaForm('network_1'), null, falls);
    const edited = { ...chosen, title: 'Færre fall på natt', howMuch: '' };
    const switched = applyTemplate(edited, falls, meds);
    expect(switched).toMatchObject({ templateId: 'template_2', title: 'Færre fall på natt', problem: '', what: '', howMuch: '', text: 'Alle har oppdatert liste.' });
  });

  it('going back to blank empties what a template filled in and keeps the rest', () => {
    const chosen = { ...applyTemplate(blankAreaForm('network_1'), null, falls), problem: 'Vårt eget problem' };
    expect(applyTemplate(chosen, falls, null)).toMatchObject({ templateId: '', title: '', problem: 'Vårt eget problem', text: '' });
  });
});

describe('the form as a mutation', () => {
  it('creates a blank area with the aim, empty text as null', () => {
    const form = { ...blankAreaForm('network_1'), title: ' Trygg utskrivning ', focusAreaId: 'focus_1', text: 'Innen 2026 skal 90 % ha samtale.', problem: '  ' };
    expect(areaInput(form, 'service_1')).toEqual({
      mutation: 'createImprovementArea',
      input: {
        networkId: 'network_1', serviceId: 'service_1', focusAreaId: 'focus_1', title: 'Trygg utskrivning', problem: null,
        aim: { what: null, howMuch: null, byWhen: null, text: 'Innen 2026 skal 90 % ha samtale.' },
      },
    });
  });

  it('sends an empty title for the API to refuse at its field', () => {
    expect(areaInput(blankAreaForm('network_1'), 'service_1').input.title).toBe('');
  });

  it('creates from a template with what the form shows', () => {
    const form = { ...applyTemplate(blankAreaForm('network_1'), null, falls), title: 'Færre fall på natt' };
    expect(areaInput(form, 'service_1')).toEqual({
      mutation: 'createImprovementAreaFromTemplate',
      input: {
        networkId: 'network_1', serviceId: 'service_1', focusAreaId: null, templateId: 'template_1', title: 'Færre fall på natt', problem: 'Fall gir brudd.',
        aim: { what: 'Fall', howMuch: 'halvere', byWhen: '2026-12-31', text: 'Halvere fallene innen 2026.' },
      },
    });
  });

  it('leaves the aim to the template when every aim field is empty', () => {
    const form = { ...blankAreaForm('network_1'), templateId: 'template_1' };
    expect(areaInput(form, 'service_1').input).toMatchObject({ title: null, aim: null });
  });
});
