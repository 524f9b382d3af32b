import { describe, expect, it } from 'vitest';
import { matchRoute, isPublic, safeReturnPath, tokenFromHash, paths } from '../src/lib/routes';

describe('matchRoute', () => {
  it('knows every screen by its Norwegian address', () => {
    expect(matchRoute('/')).toEqual({ name: 'home' });
    expect(matchRoute('/logg-inn')).toEqual({ name: 'signIn' });
    expect(matchRoute('/invitasjon')).toEqual({ name: 'invitation' });
    expect(matchRoute('/nytt-passord')).toEqual({ name: 'newPassword' });
    expect(matchRoute('/kalkulator/')).toEqual({ name: 'calculator' });
    expect(matchRoute('/nettverk')).toEqual({ name: 'networks' });
    expect(matchRoute('/nettverk/network_1')).toEqual({ name: 'network', id: 'network_1' });
    expect(matchRoute('/registrer-maling')).toEqual({ name: 'logMeasurement', measureId: null });
    expect(matchRoute(paths.logMeasurement('measure_1'))).toEqual({ name: 'logMeasurement', measureId: 'measure_1' });
  });

  it('knows the screens where a service starts its work', () => {
    expect(matchRoute('/tjeneste/service_1/nytt-omrade')).toEqual({ name: 'newArea', serviceId: 'service_1' });
    expect(matchRoute(paths.newMeasure('area_1'))).toEqual({ name: 'newMeasure', areaId: 'area_1' });
    expect(matchRoute(paths.editMeasure('measure_1'))).toEqual({ name: 'editMeasure', id: 'measure_1' });
    expect(matchRoute(paths.newArea('a/b'))).toEqual({ name: 'newArea', serviceId: 'a/b' });
    expect(matchRoute('/maling/measure_1/slett')).toEqual({ name: 'notFound' });
  });

  it('knows the screens for editing what was created', () => {
    expect(matchRoute(paths.networkSettings('n 1'))).toEqual({ name: 'networkSettings', networkId: 'n 1' });
    expect(matchRoute(paths.areaTemplates('n1'))).toEqual({ name: 'areaTemplates', networkId: 'n1' });
    expect(matchRoute(paths.profile)).toEqual({ name: 'profile' });
    expect(matchRoute('/min-profil/mer')).toEqual({ name: 'notFound' });
    expect(isPublic(matchRoute(paths.profile))).toBe(false);
    expect(paths.networkExport('n/1')).toBe('/api/networks/n%2F1/export');
  });

  it('round-trips ids that need escaping', () => {
    expect(matchRoute(paths.network('a/b c'))).toEqual({ name: 'network', id: 'a/b c' });
  });

  it('does not know anything else', () => {
    expect(matchRoute('/finnes/ikke')).toEqual({ name: 'notFound' });
    expect(matchRoute('/nettverk/a/b')).toEqual({ name: 'notFound' });
  });
});

describe('which screens are open', () => {
  it('sign-in, registration, links and the calculator are; the network screens are not', () => {
    expect(isPublic(matchRoute('/kalkulator'))).toBe(true);
    expect(isPublic(matchRoute('/invitasjon'))).toBe(true);
    expect(isPublic(matchRoute('/nettverk'))).toBe(false);
    expect(isPublic(matchRoute('/'))).toBe(false);
  });
});

describe('safeReturnPath', () => {
  it('returns only to a path on this site', () => {
    expect(safeReturnPath('/nettverk/x?y=1')).toBe('/nettverk/x?y=1');
    expect(safeReturnPath('https://evil.example/')).toBe('/');
    expect(safeReturnPath('//evil.example/')).toBe('/');
    expect(safeReturnPath('/\\evil.example')).toBe('/');
    expect(safeReturnPath('/logg-inn?tilbake=/x')).toBe('/');
    expect(safeReturnPath(null)).toBe('/');
  });
});

describe('tokenFromHash', () => {
  it('reads the token from the fragment', () => {
    expect(tokenFromHash('#token=abc_123-x')).toBe('abc_123-x');
    expect(tokenFromHash('#other=1')).toBeNull();
    expect(tokenFromHash('')).toBeNull();
  });
});

describe('the meeting screens’ addresses', () => {
  it('round-trip', () => {
    expect(matchRoute(paths.meetings('network_1'))).toEqual({ name: 'meetings', networkId: 'network_1' });
    expect(matchRoute(paths.meeting('meeting_1'))).toEqual({ name: 'meeting', id: 'meeting_1' });
    expect(matchRoute(paths.statusReport('meeting_1', 'service_2'))).toEqual({ name: 'statusReport', meetingId: 'meeting_1', serviceId: 'service_2' });
    expect(matchRoute('/laerdommer')).toEqual({ name: 'learnings' });
    expect(matchRoute(paths.actionItems)).toEqual({ name: 'actionItems' });
    expect(paths.learnings('n 1')).toBe('/laerdommer?nettverk=n%201');
    expect(paths.minutes('m1', 'md', 'en')).toBe('/api/meetings/m1/minutes.md?lang=en');
    expect(paths.minutes('m1', 'html', 'nb')).toBe('/api/meetings/m1/minutes.html');
  });

  it('need a signed-in person', () => {
    for (const path of [paths.meetings('n'), paths.meeting('m'), paths.statusReport('m', 's'), '/laerdommer', paths.actionItems])
      expect(isPublic(matchRoute(path))).toBe(false);
  });

  it('know nothing beneath them', () => {
    expect(matchRoute('/samling/m/x')).toEqual({ name: 'notFound' });
    expect(matchRoute('/nettverk/n/annet')).toEqual({ name: 'notFound' });
    expect(matchRoute('/laerdommer/x')).toEqual({ name: 'notFound' });
  });
});

describe('the CSV import address', () => {
  it('is /maling/{id}/import; the measure page itself is another screen', () => {
    expect(matchRoute(paths.measureImport('measure_1'))).toEqual({ name: 'measureImport', id: 'measure_1' });
    expect(matchRoute('/maling/measure_1/import/')).toEqual({ name: 'measureImport', id: 'measure_1' });
    expect(paths.measureCsv('a b')).toBe('/api/measures/a%20b/csv');
  });
});

describe('the service, area, measure and PDSA screens', () => {
  it('have Norwegian addresses that round-trip', () => {
    expect(matchRoute(paths.service('service_1'))).toEqual({ name: 'service', id: 'service_1' });
    expect(matchRoute(paths.area('area/1'))).toEqual({ name: 'area', id: 'area/1' });
    expect(matchRoute(paths.newPdsa('area_1'))).toEqual({ name: 'newPdsa', areaId: 'area_1' });
    expect(matchRoute(paths.measure('measure_1'))).toEqual({ name: 'measure', id: 'measure_1' });
    expect(matchRoute(paths.pdsa('cycle_1'))).toEqual({ name: 'pdsa', id: 'cycle_1' });
    expect(paths.area('a')).toBe('/omrade/a');
    expect(paths.measure('m')).toBe('/maling/m');
    expect(paths.service('s')).toBe('/tjeneste/s');
  });

  it('need a signed-in person, and know nothing under them', () => {
    expect(isPublic(matchRoute('/omrade/a'))).toBe(false);
    expect(isPublic(matchRoute('/pdsa/a'))).toBe(false);
    expect(matchRoute('/tjeneste')).toEqual({ name: 'notFound' });
    expect(matchRoute('/omrade/a/b')).toEqual({ name: 'notFound' });
    expect(matchRoute('/maling/a/b')).toEqual({ name: 'notFound' });
  });
});

describe('the members, invitation and administration addresses', () => {
  it('round-trip, also with characters that need escaping', () => {
    expect(matchRoute(paths.networkMembers('network_1'))).toEqual({ name: 'networkMembers', networkId: 'network_1' });
    expect(matchRoute(paths.networkMembers('n/1'))).toEqual({ name: 'networkMembers', networkId: 'n/1' });
    expect(matchRoute(paths.serviceInvite('service_2'))).toEqual({ name: 'serviceInvite', serviceId: 'service_2' });
    expect(matchRoute(paths.admin)).toEqual({ name: 'admin' });
    expect(matchRoute('/admin/')).toEqual({ name: 'admin' });
  });

  it('need a signed-in person, and know nothing beneath them', () => {
    for (const path of [paths.networkMembers('n'), paths.serviceInvite('s'), paths.admin]) expect(isPublic(matchRoute(path))).toBe(false);
    expect(matchRoute('/admin/x')).toEqual({ name: 'notFound' });
    expect(matchRoute('/inviter')).toEqual({ name: 'notFound' });
    expect(matchRoute('/inviter/nettverk/n')).toEqual({ name: 'notFound' });
    expect(matchRoute('/nettverk/n/medlemmer/x')).toEqual({ name: 'notFound' });
  });
});
