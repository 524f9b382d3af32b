// The GraphQL the meeting screens send, and the shapes they get back.
import { gql, type UserError } from './api';
import { translate } from './i18n/translate';
import type { AttendanceStatus, MeetingState, Stamp, Voting } from './meeting';

export const USER_ERRORS = 'errors { code field message messageNb messageEn }';

const VOTING_FIELDS = `meetingId state votesPerPerson maxVotesPerCard resultsWhileOpen resultsVisible votesCast voters votesLeft
  cards { id title description proposed { at personId name } votes myVotes chosen valueForPatients chosenBy { at personId name } }`;

export const MEETING_EVENTS = `subscription Live($id: ID!) {
  meetingEvents(meetingId: $id) { kind meetingId at by { at personId name } subjectId voting { ${VOTING_FIELDS} } }
}`;

export interface LearningRow {
  id: string;
  networkId: string;
  network?: { name: string } | null;
  serviceId: string | null;
  service: { name: string } | null;
  text: string;
  tags: string[];
  source: { kind: 'CYCLE' | 'STATUS_REPORT' | 'MEETING'; id: string };
  cycle: { id: string; areaId: string; plan: { objective: string } } | null;
  meetingId: string | null;
  meeting: { title: string } | null;
  created: Stamp;
  version: number;
  viewerCan: string[];
}

export const LEARNING_FIELDS = `id networkId serviceId service { name } text tags source { kind id }
  cycle { id areaId plan { objective } } meetingId meeting { title } created { at personId name } version viewerCan`;

export interface ReportView {
  id: string;
  serviceId: string;
  service: { name: string } | null;
  testedHtml: string | null;
  dataShowsHtml: string | null;
  learnedHtml: string | null;
  nextStepsHtml: string | null;
  helpNeededHtml: string | null;
  cycles: { id: string; plan: { objective: string } }[];
  measures: { id: string; name: string; verdictNb: string | null; verdictEn: string | null }[];
  submitted: boolean;
  submittedAt: string | null;
  onTime: boolean;
  updated: Stamp;
}

export interface AttendanceRow {
  personId: string;
  person: { name: string } | null;
  status: AttendanceStatus;
  substituteForPersonId: string | null;
  substituteFor: { name: string } | null;
  guest: boolean;
  recorded: Stamp;
}

export interface ActionItemRow {
  id: string;
  meetingId: string;
  what: string;
  assigneeId: string;
  assignee: { name: string } | null;
  due: string | null;
  done: boolean;
}

export interface MeetingView {
  id: string;
  networkId: string;
  network: { name: string } | null;
  title: string;
  startsAt: string;
  endsAt: string | null;
  place: string | null;
  videoLink: string | null;
  agenda: string | null;
  agendaHtml: string | null;
  state: MeetingState;
  closed: Stamp | null;
  version: number;
  viewerCan: string[];
  invitedServices: { id: string; name: string; viewerCan: string[] }[];
  invitedPeople: { personId: string; person: { name: string } | null; services: { id: string; name: string }[]; networkRole: string | null }[];
  attendance: AttendanceRow[];
  actionItems: ActionItemRow[];
  statusReports: ReportView[];
  missingReports: { id: string; name: string }[];
  learnings: LearningRow[];
}

const REPORT_FIELDS = `id serviceId service { name } testedHtml dataShowsHtml learnedHtml nextStepsHtml helpNeededHtml
  cycles { id plan { objective } } measures { id name verdictNb verdictEn } submitted submittedAt onTime updated { at personId name }`;

const MEETING_QUERY = `query Meeting($id: ID!) {
  meeting(id: $id) {
    id networkId network { name } title startsAt endsAt place videoLink agenda agendaHtml state closed { at personId name } version viewerCan
    invitedServices { id name viewerCan }
    invitedPeople { personId person { name } services { id name } networkRole }
    attendance { personId person { name } status substituteForPersonId substituteFor { name } guest recorded { at personId name } }
    actionItems { id meetingId what assigneeId assignee { name } due done }
    statusReports { ${REPORT_FIELDS} }
    missingReports { id name }
    learnings { ${LEARNING_FIELDS} }
  }
}`;

export async function fetchMeeting(id: string): Promise<MeetingView | null> {
  return (await gql<{ meeting: MeetingView | null }>(MEETING_QUERY, { id })).meeting;
}

export async function fetchVoting(meetingId: string): Promise<Voting | null> {
  return (await gql<{ meetingVoting: Voting | null }>(`query Voting($id: ID!) { meetingVoting(meetingId: $id) { ${VOTING_FIELDS} } }`, { id: meetingId })).meetingVoting;
}

/** Runs a mutation that answers `{ <field>, errors }` and returns both. */
export async function mutate<T>(name: string, inputType: string, entity: string, fields: string, input: Record<string, unknown>): Promise<{ value: T | null; errors: UserError[] }> {
  const query = `mutation M($input: ${inputType}!) { ${name}(input: $input) { ${entity} { ${fields} } ${USER_ERRORS} } }`;
  const data = await gql<Record<string, Record<string, unknown> & { errors: UserError[] }>>(query, { input });
  const payload = data[name];
  return { value: (payload[entity] as T | null) ?? null, errors: payload.errors };
}

export async function votingMutation(name: string, inputType: string, input: Record<string, unknown>): Promise<{ value: Voting | null; errors: UserError[] }> {
  return mutate<Voting>(name, inputType, 'voting', VOTING_FIELDS, input);
}

/** A failed call shown like a user error, at the form it came from (the words of ErrorMessage's «server»). */
export function serverFailure(): UserError {
  return { code: 'FAILED', field: '', messageNb: translate('nb', 'error.server'), messageEn: translate('en', 'error.server') };
}
