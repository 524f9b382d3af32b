import { describe, expect, it } from 'vitest';
import { blankToNull, changedByOthers, isoToLocalDateTime, rebase } from '../src/lib/editing';
import { emptyMeetingForm, meetingFormOf, meetingInput } from '../src/lib/meetingForm';
import { networkFormOf, networkInput } from '../src/lib/networkForm';
import { emptyMeasure, templateFormOf, templateInput, type AreaTemplate } from '../src/lib/templateForm';
import { isOpen, membersInOrder, otherRoles, type ServiceMember } from '../src/lib/serviceMembers';
import { serviceRoles } from '../src/lib/people';
import { localDateTimeToIso } from '../src/lib/meeting';

describe('a save someone else beat', () => {
  const opened = { title: 'Samling 1', place: 'Horten', agenda: 'A' };

  it('names the fields they changed', () => {
    expect(changedByOthers(opened, { ...opened, place: 'Tønsberg' })).toEqual(['place']);
    expect(changedByOthers(opened, { ...opened })).toEqual([]);
  });

  it('takes their values where nothing was typed and keeps what was typed elsewhere', () => {
    const typed = { ...opened, title: 'Samling 1 (flyttet)' };
    const latest = { ...opened, place: 'Tønsberg' };
    const merged = rebase(opened, typed, latest);
    expect(merged.form).toEqual({ title: 'Samling 1 (flyttet)', place: 'Tønsberg', agenda: 'A' });
    expect(merged.theirs).toEqual(['place']);
    expect(merged.both).toEqual([]);
  });

  it('keeps the typing where both changed the same field, and says so', () => {
    const merged = rebase(opened, { ...opened, agenda: 'Mine' }, { ...opened, agenda: 'Theirs' });
    expect(merged.form.agenda).toBe('Mine');
    expect(merged.both).toEqual(['agenda']);
  });

  it('does not count the same change made by both as a clash', () => {
    const merged = rebase(opened, { ...opened, place: 'Sande' }, { ...opened, place: 'Sande' });
    expect(merged.both).toEqual([]);
    expect(merged.form.place).toBe('Sande');
  });

  it('compares lists by value (the services invited)', () => {
    const a = { ids: ['s1', 's2'] };
    expect(changedByOthers(a, { ids: ['s1', 's2'] })).toEqual([]);
    expect(rebase(a, { ids: ['s1', 's2'] }, { ids: ['s1'] }).form.ids).toEqual(['s1']);
  });
});

describe('small conversions', () => {
  it('sends empty text as null, trimmed otherwise', () => {
    expect(blankToNull('  ')).toBeNull();
    expect(blankToNull(' Horten ')).toBe('Horten');
  });

  it('shows a moment in the browser’s own time for a datetime-local field, and reads it back', () => {
    const local = isoToLocalDateTime('2026-03-05T09:30:00+01:00');
    expect(local).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    expect(Date.parse(localDateTimeToIso(local)!)).toBe(Date.parse('2026-03-05T09:30:00+01:00'));
    expect(isoToLocalDateTime(null)).toBe('');
    expect(isoToLocalDateTime('not a date')).toBe('');
  });
});

describe('the meeting form', () => {
  const meeting = {
    title: 'Samling 2', startsAt: '2026-05-04T09:00:00+02:00', endsAt: null, place: null, videoLink: 'https://video.example/x',
    agenda: '1. Velkommen', invitedServices: [{ id: 's1' }, { id: 's2' }],
  };

  it('opens with the meeting as it is', () => {
    const form = meetingFormOf(meeting);
    expect(form.invitedServiceIds).toEqual(['s1', 's2']);
    expect(form.place).toBe('');
    expect(form.endsAt).toBe('');
  });

  it('sends the invited services only when editing, and empty text as null', () => {
    const form = { ...meetingFormOf(meeting), invitedServiceIds: ['s2'] };
    const edited = meetingInput(form, true);
    expect(edited.ok && edited.input).toMatchObject({ title: 'Samling 2', place: null, endsAt: null, invitedServiceIds: ['s2'] });
    const planned = meetingInput(form, false);
    expect(planned.ok && 'invitedServiceIds' in planned.input).toBe(false);
  });

  it('refuses, before asking the server, a time the browser could not read', () => {
    expect(meetingInput(emptyMeetingForm(), false)).toEqual({ ok: false, badTimes: ['startsAt'] });
    expect(meetingInput({ ...emptyMeetingForm(), startsAt: '2026-05-04T09:00', endsAt: '2026-05' }, false)).toEqual({ ok: false, badTimes: ['endsAt'] });
  });
});

describe('the network form', () => {
  const network = {
    name: 'Gode overganger', theme: null, description: 'Om', startDate: '2026-01-01', endDate: null, stalledAfterWeeks: 6,
    focusAreas: [{ id: 'focus_1', name: 'Rehabilitering', goals: null }],
  };

  it('sends every field, keeping the ids of focus areas that stay and none for new ones', () => {
    const form = networkFormOf(network);
    form.focusAreas.push({ id: null, name: ' Skrøpelige eldre ', goals: '' });
    expect(networkInput(form)).toEqual({
      name: 'Gode overganger', theme: null, description: 'Om', startDate: '2026-01-01', endDate: null, stalledAfterWeeks: 6,
      focusAreas: [{ id: 'focus_1', name: 'Rehabilitering', goals: null }, { name: 'Skrøpelige eldre', goals: null }],
    });
  });

  it('sends an empty list when every focus area was removed (the API keeps nothing left out)', () => {
    expect(networkInput({ ...networkFormOf(network), focusAreas: [] })?.focusAreas).toEqual([]);
  });

  it('reads the weeks as a whole number, and sends nothing when they are not one', () => {
    expect(networkInput({ ...networkFormOf(network), stalledAfterWeeks: ' 8 ' })?.stalledAfterWeeks).toBe(8);
    expect(networkInput({ ...networkFormOf(network), stalledAfterWeeks: 'åtte' })).toBeNull();
    expect(networkInput({ ...networkFormOf(network), stalledAfterWeeks: '2,5' })).toBeNull();
  });
});

describe('the area template form', () => {
  const template: AreaTemplate = {
    id: 't1', networkId: 'n1', title: 'Trygg utskrivning', problem: null, problemHtml: null,
    aim: { what: 'Samtale', howMuch: null, byWhen: '2026-12-31', text: null },
    measures: [{
      name: 'Andel med samtale', kind: 'PROCESS', dataKind: 'PROPORTION', frequency: 'WEEK', better: 'UP', definition: null,
      numeratorDefinition: 'Med samtale', denominatorDefinition: 'Alle', unit: '%', source: 'EPJ', target: 0.9, chart: 'P', ruleSet: 'IHI',
    }],
    areas: [], version: 3,
  };

  it('shows the target with the language’s decimal mark and sends it back as a number', () => {
    expect(templateFormOf(template, 'nb').measures[0].target).toBe('0,9');
    expect(templateFormOf(template, 'en').measures[0].target).toBe('0.9');
    const sent = templateInput(templateFormOf(template, 'nb'), 'n1');
    expect(sent.ok && (sent.input.measures as { target: number }[])[0].target).toBe(0.9);
  });

  it('carries the fields the form does not show through an edit unchanged', () => {
    const sent = templateInput(templateFormOf(template, 'nb'), 'n1');
    expect(sent.ok && (sent.input.measures as object[])[0]).toMatchObject({ source: 'EPJ', chart: 'P', ruleSet: 'IHI', numeratorDefinition: 'Med samtale' });
    expect(sent.ok && sent.input).toMatchObject({ networkId: 'n1', aim: { what: 'Samtale', howMuch: null, byWhen: '2026-12-31', text: null } });
  });

  it('drops numerator and denominator for data that is not a fraction', () => {
    const form = templateFormOf(template, 'nb');
    form.measures[0].dataKind = 'COUNT';
    const sent = templateInput(form, 'n1');
    expect(sent.ok && (sent.input.measures as object[])[0]).toMatchObject({ numeratorDefinition: null, denominatorDefinition: null });
  });

  it('refuses a target that is not a number, naming the measure, and sends nothing', () => {
    const form = templateFormOf(template, 'nb');
    form.measures.push({ ...emptyMeasure(), name: 'Ny', target: 'nitti' });
    expect(templateInput(form, 'n1')).toEqual({ ok: false, badTargets: [1] });
  });
});

describe('a service’s members', () => {
  const member = (personId: string, role: ServiceMember['role'], since: string, until: string | null): ServiceMember =>
    ({ personId, person: { name: personId, title: null }, role, since, until, active: until === null || until >= '2026-11-23' });

  it('counts a membership ended today as ended (the API still calls it active that day)', () => {
    const ended = member('kari', 'STAFF', '2024-01-01', '2026-11-23');
    expect(ended.active).toBe(true);
    expect(isOpen(ended)).toBe(false);
  });

  it('lists the open ones first, then the ended, latest first', () => {
    const rows = membersInOrder([
      member('bo', 'STAFF', '2020-01-01', '2021-01-01'),
      member('kari', 'STAFF', '2024-01-01', '2026-11-23'),
      member('kari', 'MEASUREMENT_LEAD', '2026-11-23', null),
      member('anne', 'LEADER', '2022-01-01', null),
    ], 'nb');
    expect(rows.map((r) => `${r.personId}:${r.role}`)).toEqual(['anne:LEADER', 'kari:MEASUREMENT_LEAD', 'kari:STAFF', 'bo:STAFF']);
  });

  it('offers as new roles only those the person does not hold now', () => {
    const members = [member('kari', 'STAFF', '2024-01-01', null), member('kari', 'LEADER', '2020-01-01', '2021-01-01')];
    expect(otherRoles(serviceRoles, members, 'kari')).toEqual(['LEADER', 'MEASUREMENT_LEAD', 'PHYSICIAN', 'USER_REPRESENTATIVE', 'OTHER']);
  });
});
