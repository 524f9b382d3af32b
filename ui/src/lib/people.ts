// the pure pieces of the members, invitation and administration screens.
import type { NetworkRole, ServiceRole } from './peopleApi';

export const networkRoles: NetworkRole[] = ['FACILITATOR', 'PARTICIPANT', 'READER'];
export const serviceRoles: ServiceRole[] = ['LEADER', 'STAFF', 'MEASUREMENT_LEAD', 'PHYSICIAN', 'USER_REPRESENTATIVE', 'OTHER'];

interface Dated {
  active: boolean;
  name: string;
}

/** Those still taking part first (by name), then those who left (by name): the history stays in view. */
export function byActiveThenName<T extends Dated>(rows: T[], locale: string): T[] {
  return rows.slice().sort((a, b) => Number(b.active) - Number(a.active) || a.name.localeCompare(b.name, locale));
}

/** Whom a facilitator may add: everyone without an open membership (one that has no end date), by name. */
export function addable<T extends { id: string; name: string }>(all: T[], activeIds: Iterable<string>, locale: string): T[] {
  const taken = new Set(activeIds);
  return all.filter((x) => !taken.has(x.id)).sort((a, b) => a.name.localeCompare(b.name, locale));
}

/** When an invitation link stops working, as a date in the chosen language is made by the caller; here the days left. */
export function daysLeft(expiresAt: string, now: Date): number {
  return Math.max(0, Math.ceil((Date.parse(expiresAt) - now.getTime()) / 86_400_000));
}

/** A quick check before asking the server, which has the final word (and the message in both languages). */
export function looksLikeEmail(value: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim());
}

export const auditKinds = ['Network', 'Service', 'Area', 'Measure', 'Cycle', 'Template', 'Person', 'Meeting', 'StatusReport', 'Learning'] as const;

/** The i18n key naming an audit event's entity kind; an unknown kind is named as «other». */
export function auditKindKey(kind: string): `audit.kind.${(typeof auditKinds)[number] | 'other'}` {
  return (auditKinds as readonly string[]).includes(kind) ? (`audit.kind.${kind}` as `audit.kind.${(typeof auditKinds)[number]}`) : 'audit.kind.other';
}
