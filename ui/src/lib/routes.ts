// The app's addresses. Paths are Norwegian (the API's links use /invitasjon and /nytt-passord)
// and stay the same in English. The api answers every other path with index.html.

export type Route =
  | { name: 'home' }
  | { name: 'signIn' }
  | { name: 'register' } // the first person on an empty installation
  | { name: 'invitation' }
  | { name: 'newPassword' }
  | { name: 'forgotPassword' }
  | { name: 'calculator' }
  | { name: 'networks' }
  | { name: 'network'; id: string }
  | { name: 'logMeasurement'; measureId: string | null }
  // Meetings, status reports, learnings and action items.
  | { name: 'meetings'; networkId: string }
  | { name: 'meeting'; id: string }
  | { name: 'statusReport'; meetingId: string; serviceId: string }
  | { name: 'learnings' }
  | { name: 'actionItems' }
  // a measure's CSV import .
  | { name: 'measureImport'; id: string }
  // The service, area, measure and PDSA screens.
  | { name: 'service'; id: string }
  | { name: 'area'; id: string }
  | { name: 'newPdsa'; areaId: string }
  | { name: 'measure'; id: string }
  | { name: 'pdsa'; id: string }
  // a network's members, a leader's invitation to their service, administration.
  | { name: 'networkMembers'; networkId: string }
  | { name: 'serviceInvite'; serviceId: string }
  | { name: 'admin' }
  // A service starting its work: choosing an area, defining and editing measures.
  | { name: 'newArea'; serviceId: string }
  | { name: 'newMeasure'; areaId: string }
  | { name: 'editMeasure'; id: string }
  // Editing what was created: a network's settings and its area templates, and one's own profile.
  | { name: 'networkSettings'; networkId: string }
  | { name: 'areaTemplates'; networkId: string }
  | { name: 'profile' }
  | { name: 'notFound' };

export const paths = {
  home: '/',
  signIn: '/logg-inn',
  register: '/registrer',
  invitation: '/invitasjon',
  newPassword: '/nytt-passord',
  forgotPassword: '/glemt-passord',
  calculator: '/kalkulator',
  networks: '/nettverk',
  network: (id: string) => `/nettverk/${encodeURIComponent(id)}`,
  logMeasurement: (measureId?: string | null) => (measureId ? `/registrer-maling/${encodeURIComponent(measureId)}` : '/registrer-maling'),
  // Meetings, status reports, learnings and action items.
  meetings: (networkId: string) => `/nettverk/${encodeURIComponent(networkId)}/samlinger`,
  meeting: (id: string) => `/samling/${encodeURIComponent(id)}`,
  statusReport: (meetingId: string, serviceId: string) => `/samling/${encodeURIComponent(meetingId)}/rapport/${encodeURIComponent(serviceId)}`,
  learnings: (networkId?: string | null) => (networkId ? `/laerdommer?nettverk=${encodeURIComponent(networkId)}` : '/laerdommer'),
  actionItems: '/mine-oppfolgingspunkter',
  minutes: (meetingId: string, format: 'html' | 'md', lang: string) =>
    `/api/meetings/${encodeURIComponent(meetingId)}/minutes.${format}${lang === 'en' ? '?lang=en' : ''}`,
  // a measure's CSV import and export, and GraphiQL (a page of its own, not this app).
  measureImport: (id: string) => `/maling/${encodeURIComponent(id)}/import`,
  measureCsv: (id: string) => `/api/measures/${encodeURIComponent(id)}/csv`,
  graphiql: '/graphiql',
  // The service, area, measure and PDSA screens.
  service: (id: string) => `/tjeneste/${encodeURIComponent(id)}`,
  area: (id: string) => `/omrade/${encodeURIComponent(id)}`,
  newPdsa: (areaId: string) => `/omrade/${encodeURIComponent(areaId)}/ny-pdsa`,
  measure: (id: string) => `/maling/${encodeURIComponent(id)}`,
  pdsa: (id: string) => `/pdsa/${encodeURIComponent(id)}`,
  // a network's members, a leader's invitation to their service, administration.
  networkMembers: (networkId: string) => `/nettverk/${encodeURIComponent(networkId)}/medlemmer`,
  serviceInvite: (serviceId: string) => `/inviter/tjeneste/${encodeURIComponent(serviceId)}`,
  admin: '/admin',
  // A service starting its work: choosing an area, defining and editing measures.
  newArea: (serviceId: string) => `/tjeneste/${encodeURIComponent(serviceId)}/nytt-omrade`,
  newMeasure: (areaId: string) => `/omrade/${encodeURIComponent(areaId)}/ny-maling`,
  editMeasure: (id: string) => `/maling/${encodeURIComponent(id)}/endre`,
  // Editing what was created: a network's settings and its area templates, and one's own profile.
  networkSettings: (networkId: string) => `/nettverk/${encodeURIComponent(networkId)}/innstillinger`,
  areaTemplates: (networkId: string) => `/nettverk/${encodeURIComponent(networkId)}/maler`,
  networkExport: (networkId: string) => `/api/networks/${encodeURIComponent(networkId)}/export`,
  profile: '/min-profil',
};

/** Which screen a path shows (trailing slashes ignored). */
export function matchRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  const segments = path.split('/').filter(Boolean).map((s) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  });
  switch (segments[0]) {
    case undefined:
      return { name: 'home' };
    case 'logg-inn':
      return segments.length === 1 ? { name: 'signIn' } : { name: 'notFound' };
    case 'registrer':
      return segments.length === 1 ? { name: 'register' } : { name: 'notFound' };
    case 'invitasjon':
      return segments.length === 1 ? { name: 'invitation' } : { name: 'notFound' };
    case 'nytt-passord':
      return segments.length === 1 ? { name: 'newPassword' } : { name: 'notFound' };
    case 'glemt-passord':
      return segments.length === 1 ? { name: 'forgotPassword' } : { name: 'notFound' };
    case 'kalkulator':
      return segments.length === 1 ? { name: 'calculator' } : { name: 'notFound' };
    case 'nettverk':
      if (segments.length === 1) return { name: 'networks' };
      if (segments.length === 2) return { name: 'network', id: segments[1] };
      if (segments.length === 3 && segments[2] === 'samlinger') return { name: 'meetings', networkId: segments[1] };
        if (segments.length === 3 && segments[2] === 'medlemmer') return { name: 'networkMembers', networkId: segments[1] };
      if (segments.length === 3 && segments[2] === 'innstillinger') return { name: 'networkSettings', networkId: segments[1] };
      if (segments.length === 3 && segments[2] === 'maler') return { name: 'areaTemplates', networkId: segments[1] };
      return { name: 'notFound' };
    case 'registrer-maling':
      if (segments.length === 1) return { name: 'logMeasurement', measureId: null };
      if (segments.length === 2) return { name: 'logMeasurement', measureId: segments[1] };
      return { name: 'notFound' };
    // Meetings, status reports, learnings and action items.
    case 'samling':
      if (segments.length === 2) return { name: 'meeting', id: segments[1] };
      if (segments.length === 4 && segments[2] === 'rapport') return { name: 'statusReport', meetingId: segments[1], serviceId: segments[3] };
      return { name: 'notFound' };
    case 'laerdommer':
      return segments.length === 1 ? { name: 'learnings' } : { name: 'notFound' };
    case 'mine-oppfolgingspunkter':
      return segments.length === 1 ? { name: 'actionItems' } : { name: 'notFound' };
    // The service, area, measure and PDSA screens.
    case 'tjeneste':
      if (segments.length === 2) return { name: 'service', id: segments[1] };
      if (segments.length === 3 && segments[2] === 'nytt-omrade') return { name: 'newArea', serviceId: segments[1] };
      return { name: 'notFound' };
    case 'omrade':
      if (segments.length === 2) return { name: 'area', id: segments[1] };
      if (segments.length === 3 && segments[2] === 'ny-pdsa') return { name: 'newPdsa', areaId: segments[1] };
      if (segments.length === 3 && segments[2] === 'ny-maling') return { name: 'newMeasure', areaId: segments[1] };
      return { name: 'notFound' };
    case 'maling':
      if (segments.length === 2) return { name: 'measure', id: segments[1] };
      if (segments.length === 3 && segments[2] === 'import') return { name: 'measureImport', id: segments[1] };
      if (segments.length === 3 && segments[2] === 'endre') return { name: 'editMeasure', id: segments[1] };
      return { name: 'notFound' };
    case 'pdsa':
      return segments.length === 2 ? { name: 'pdsa', id: segments[1] } : { name: 'notFound' };
    // the leader's invitation to their service (not under /tjeneste, the service page's) and administration.
    case 'inviter':
      if (segments.length === 3 && segments[1] === 'tjeneste') return { name: 'serviceInvite', serviceId: segments[2] };
      return { name: 'notFound' };
    case 'admin':
      return segments.length === 1 ? { name: 'admin' } : { name: 'notFound' };
    case 'min-profil':
      return segments.length === 1 ? { name: 'profile' } : { name: 'notFound' };
    default:
      return { name: 'notFound' };
  }
}

/** Screens anyone may see; the rest need a signed-in person. */
export function isPublic(route: Route): boolean {
  return ['signIn', 'register', 'invitation', 'newPassword', 'forgotPassword', 'calculator', 'notFound'].includes(route.name);
}

/** A return address after sign-in: only a path on this site, never the sign-in screen itself. */
export function safeReturnPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return paths.home;
  if (value.startsWith(paths.signIn)) return paths.home;
  return value;
}

/** The token in a link's fragment (#token=…), which browsers never send to the server. */
export function tokenFromHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get('token');
  return token && token.length > 0 ? token : null;
}
