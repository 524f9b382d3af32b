import { describe, expect, it } from 'vitest';
import { filterServices, usedFocusAreas } from '../src/lib/overviewFilter';

const services = [
  { name: 'Smidsrød', engagement: { status: 'ACTIVE' as const }, areas: [{ title: 'Utskrivning', focusAreaId: 'f1' }, { title: 'Ernæring', focusAreaId: 'f2' }] },
  { name: 'Miljø', engagement: { status: 'NOT_STARTED' as const }, areas: [] },
  { name: 'Rus/psyk', engagement: { status: 'STALLED' as const }, areas: [{ title: 'E-link', focusAreaId: 'f1' }] },
];

describe('the overview filters', () => {
  it('show everything when nothing is chosen', () => {
    expect(filterServices(services, { focusAreaId: '', status: '' })).toEqual(services);
  });

  it('keep the services of a status', () => {
    expect(filterServices(services, { focusAreaId: '', status: 'NOT_STARTED' }).map((s) => s.name)).toEqual(['Miljø']);
  });

  it('keep, for a focus area, the services with an area in it and only those areas', () => {
    const shown = filterServices(services, { focusAreaId: 'f1', status: '' });
    expect(shown.map((s) => [s.name, s.areas.map((a) => a.title)])).toEqual([['Smidsrød', ['Utskrivning']], ['Rus/psyk', ['E-link']]]);
    expect(services[0].areas).toHaveLength(2); // the overview itself is left as it was
  });

  it('combine both', () => {
    expect(filterServices(services, { focusAreaId: 'f1', status: 'STALLED' }).map((s) => s.name)).toEqual(['Rus/psyk']);
    expect(filterServices(services, { focusAreaId: 'f2', status: 'STALLED' })).toEqual([]);
  });

  it('offer only focus areas that some area is in', () => {
    expect(usedFocusAreas([{ id: 'f1' }, { id: 'f2' }, { id: 'f3' }], services).map((f) => f.id)).toEqual(['f1', 'f2']);
  });
});
