// The pure parts of a service's member list: who is in it now and who was, and whom a leader may add.
import type { ServiceRole } from './peopleApi';

export interface ServiceMember {
  personId: string;
  person: { name: string; title: string | null } | null;
  role: ServiceRole;
  since: string;
  until: string | null;
  active: boolean;
}

/**
 * A membership with an end date has ended, also on its last day (when the API still counts it as
 * active): a role changed today shows the old one ended and the new one begun.
 */
export const isOpen = (m: ServiceMember): boolean => m.until === null;

/** Open memberships first, then the ended ones (latest end first); by name within each. */
export function membersInOrder(members: ServiceMember[], locale: string): ServiceMember[] {
  const name = (m: ServiceMember) => m.person?.name ?? m.personId;
  return members.slice().sort((a, b) =>
    Number(isOpen(b)) - Number(isOpen(a)) || (b.until ?? '').localeCompare(a.until ?? '') || name(a).localeCompare(name(b), locale) || a.since.localeCompare(b.since));
}

/** The roles a person could change to: every role but the ones they hold now. */
export function otherRoles(all: ServiceRole[], members: ServiceMember[], personId: string): ServiceRole[] {
  const held = new Set(members.filter((m) => m.personId === personId && isOpen(m)).map((m) => m.role));
  return all.filter((r) => !held.has(r));
}
