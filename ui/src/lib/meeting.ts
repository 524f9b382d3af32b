// The meeting screen's pure rules: what a live event asks the screen to fetch again, what a person
// may do with the voting and the cards, and how the invited are grouped by service for attendance.

export type VotingState = 'NOT_OPEN' | 'OPEN' | 'CLOSED';
export type MeetingState = 'PLANNED' | 'OPEN' | 'CLOSED';
export type AttendanceStatus = 'PRESENT' | 'ABSENT' | 'EXCUSED';

export interface Stamp {
  at: string;
  personId: string;
  name: string;
}

export interface InsightCard {
  id: string;
  title: string;
  description: string | null;
  proposed: Stamp;
  votes: number | null;
  myVotes: number;
  chosen: boolean;
  valueForPatients: string | null;
  chosenBy: Stamp | null;
}

export interface Voting {
  meetingId: string;
  state: VotingState;
  votesPerPerson: number;
  maxVotesPerCard: number;
  resultsWhileOpen: boolean;
  resultsVisible: boolean;
  votesCast: number;
  voters: number;
  votesLeft: number;
  cards: InsightCard[];
}

export type MeetingEventKind =
  | 'SUBSCRIBED'
  | 'VOTING_OPENED'
  | 'VOTING_CLOSED'
  | 'CARD_ADDED'
  | 'VOTE_CAST'
  | 'VOTE_WITHDRAWN'
  | 'CARD_CHOSEN'
  | 'ATTENDANCE_RECORDED'
  | 'LEARNING_ADDED'
  | 'MEETING_CHANGED'
  | 'ACTION_ITEM_CHANGED'
  | 'STATUS_REPORT_SAVED';

export interface MeetingEvent {
  kind: MeetingEventKind;
  meetingId: string;
  at: string;
  by: Stamp | null;
  subjectId: string | null;
  voting: Voting | null;
}

/** What to fetch again after an event. Events are hints, not a log: the screen reads the truth. */
export function refreshFor(kind: MeetingEventKind): { voting: boolean; meeting: boolean } {
  switch (kind) {
    case 'SUBSCRIBED':
      // From here nothing is missed: read everything once, whatever happened while connecting.
      return { voting: true, meeting: true };
    case 'ATTENDANCE_RECORDED':
    case 'LEARNING_ADDED':
    // The details (an edit: time, place, services invited) or the state, an action item, a report.
    case 'MEETING_CHANGED':
    case 'ACTION_ITEM_CHANGED':
    case 'STATUS_REPORT_SAVED':
      return { voting: false, meeting: true };
    default:
      return { voting: true, meeting: false };
  }
}

/**
 * The voting to show after an event that carries one (resolved for this person at the moment of
 * the event). Events may arrive out of order, so an older snapshot never replaces a newer one:
 * with more votes cast, a vote was not yet counted in it — unless it was a withdrawal, which
 * the refetch that follows every event settles anyway.
 */
export function votingAfterEvent(current: Voting | null, event: MeetingEvent): Voting | null {
  if (!event.voting) return current;
  if (!current) return event.voting;
  if (stateRank(event.voting.state) < stateRank(current.state)) return current;
  if (event.voting.cards.length < current.cards.length) return current;
  return event.voting;
}

function stateRank(state: VotingState): number {
  return state === 'NOT_OPEN' ? 0 : state === 'OPEN' ? 1 : 2;
}

export function mayVote(voting: Voting, card: InsightCard): boolean {
  return voting.state === 'OPEN' && voting.votesLeft > 0 && card.myVotes < voting.maxVotesPerCard;
}

export function mayWithdraw(voting: Voting, card: InsightCard): boolean {
  return voting.state === 'OPEN' && card.myVotes > 0;
}

/** Who may propose a card: participants while the voting has not closed; after it, the facilitator only. */
export function mayPropose(voting: Voting | null, participant: boolean, facilitator: boolean): boolean {
  if (facilitator) return true;
  return participant && voting?.state !== 'CLOSED';
}

/** Cards in the order they are shown: by votes once counts show (most first, ties as proposed), else as proposed. */
export function cardsInOrder(voting: Voting): InsightCard[] {
  if (!voting.resultsVisible) return voting.cards;
  return voting.cards
    .map((card, index) => ({ card, index }))
    .sort((a, b) => (b.card.votes ?? 0) - (a.card.votes ?? 0) || a.index - b.index)
    .map((x) => x.card);
}

export interface Invitee {
  personId: string;
  person: { name: string } | null;
  services: { id: string; name: string }[];
  networkRole: string | null;
}

export interface AttendanceGroup {
  /** The service's id, or null for the network's facilitators and participants. */
  serviceId: string | null;
  serviceName: string | null;
  people: { personId: string; name: string }[];
}

/**
 * The invited, grouped by the invited services in their order; someone in several services
 * appears under the first, and those invited for their role in the network come last.
 */
export function groupInvitees(invitedServices: { id: string; name: string }[], invitees: Invitee[]): AttendanceGroup[] {
  const groups: AttendanceGroup[] = invitedServices.map((s) => ({ serviceId: s.id, serviceName: s.name, people: [] }));
  const network: AttendanceGroup = { serviceId: null, serviceName: null, people: [] };
  for (const invitee of invitees) {
    const entry = { personId: invitee.personId, name: invitee.person?.name ?? invitee.personId };
    const group = groups.find((g) => invitee.services.some((s) => s.id === g.serviceId));
    (group ?? network).people.push(entry);
  }
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nb');
  for (const g of [...groups, network]) g.people.sort(byName);
  return [...groups.filter((g) => g.people.length > 0), ...(network.people.length > 0 ? [network] : [])];
}

/** Tags typed as one line: split on commas, trimmed, empty ones and repeats dropped. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const part of text.split(',')) {
    const tag = part.trim();
    if (tag && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      tags.push(tag);
    }
  }
  return tags;
}

/** A date and time typed in a form (`2024-03-05T09:00`, local) as an ISO moment with its offset. */
export function localDateTimeToIso(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), Number(match[4]), Number(match[5]));
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const abs = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
