// the GraphQL and the invitation endpoint the members, invitation and
// administration screens use, and the shapes they get back.
import { gql, post, type AccountResult, type UserError } from './api';

export type NetworkRole = 'FACILITATOR' | 'PARTICIPANT' | 'READER';
export type ServiceRole = 'LEADER' | 'STAFF' | 'MEASUREMENT_LEAD' | 'PHYSICIAN' | 'USER_REPRESENTATIVE' | 'OTHER';

export const USER_ERRORS = 'errors { code field message messageNb messageEn }';

export interface MemberRow {
  personId: string;
  person: { name: string; title: string | null } | null;
  role: NetworkRole;
  joined: string;
  left: string | null;
  active: boolean;
}

export interface NetworkServiceRow {
  serviceId: string;
  service: { name: string; organisation: string | null; viewerCan: string[] } | null;
  joined: string;
  left: string | null;
  active: boolean;
}

export interface NetworkPeople {
  id: string;
  name: string;
  viewerCan: string[];
  members: MemberRow[];
  services: NetworkServiceRow[];
}

export const NETWORK_PEOPLE = `id name viewerCan
  members { personId person { name title } role joined left active }
  services { serviceId service { name organisation viewerCan } joined left active }`;

export interface AuditEvent {
  at: string;
  actorId: string;
  actorName: string;
  action: string;
  entityKind: string;
  entityId: string;
}

export async function auditPage(networkId: string | null, before: string | null, take = 25): Promise<{ events: AuditEvent[]; before: string | null }> {
  const data = await gql<{ auditLog: { events: AuditEvent[]; before: string | null } }>(
    `query Audit($networkId: ID, $before: String, $take: Int) { auditLog(networkId: $networkId, before: $before, take: $take) { events { at actorId actorName action entityKind entityId } before } }`,
    { networkId, before, take },
  );
  return data.auditLog;
}

/** A mutation whose payload is {entity, errors}: the entity's id and the user errors. */
export async function mutateId(name: string, inputType: string | null, entity: string, input?: Record<string, unknown>): Promise<{ id: string | null; errors: UserError[] }> {
  const query = inputType
    ? `mutation M($input: ${inputType}!) { ${name}(input: $input) { ${entity} { id } ${USER_ERRORS} } }`
    : `mutation M { ${name} { ${entity} { id } ${USER_ERRORS} } }`;
  const data = await gql<Record<string, { errors: UserError[] } & Record<string, { id: string } | null>>>(query, inputType ? { input } : undefined);
  const payload = data[name];
  return { id: (payload[entity] as { id: string } | null)?.id ?? null, errors: payload.errors };
}

export interface Invitation {
  link: string;
  email: string;
  expiresAt: string;
}

/** POST /api/invitations: a single-use link, valid 7 days, to pass on (there is no mail server). */
export function invite(input: { email: string; networkId?: string; serviceId?: string; role: string }): Promise<AccountResult<Invitation>> {
  return post<Invitation>('/api/invitations', input);
}
