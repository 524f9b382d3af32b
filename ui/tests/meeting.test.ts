import { describe, expect, it } from 'vitest';
import {
  cardsInOrder, groupInvitees, localDateTimeToIso, mayPropose, mayVote, mayWithdraw, parseTags, refreshFor, votingAfterEvent,
  type InsightCard, type MeetingEvent, type Voting,
} from '../src/lib/meeting';

const stamp = { at: '2024-03-05T09:00:00+01:00', personId: 'p1', name: 'Kari' };

function card(id: string, votes: number | null, myVotes = 0): InsightCard {
  return { id, title: id, description: null, proposed: stamp, votes, myVotes, chosen: false, valueForPatients: null, chosenBy: null };
}

function voting(overrides: Partial<Voting> = {}): Voting {
  return {
    meetingId: 'm', state: 'OPEN', votesPerPerson: 2, maxVotesPerCard: 1, resultsWhileOpen: false, resultsVisible: false,
    votesCast: 0, voters: 0, votesLeft: 2, cards: [card('a', null), card('b', null)], ...overrides,
  };
}

function event(kind: MeetingEvent['kind'], v: Voting | null = null): MeetingEvent {
  return { kind, meetingId: 'm', at: stamp.at, by: null, subjectId: null, voting: v };
}

describe('what a live event asks the screen to fetch', () => {
  it('everything once subscribed, the voting for voting events, the meeting for attendance and learnings', () => {
    expect(refreshFor('SUBSCRIBED')).toEqual({ voting: true, meeting: true });
    expect(refreshFor('VOTE_CAST')).toEqual({ voting: true, meeting: false });
    expect(refreshFor('CARD_ADDED')).toEqual({ voting: true, meeting: false });
    expect(refreshFor('ATTENDANCE_RECORDED')).toEqual({ voting: false, meeting: true });
    expect(refreshFor('LEARNING_ADDED')).toEqual({ voting: false, meeting: true });
  });

  it('fetches the meeting when its details, an action item or a report changed (another screen edited it)', () => {
    expect(refreshFor('MEETING_CHANGED')).toEqual({ voting: false, meeting: true });
    expect(refreshFor('ACTION_ITEM_CHANGED')).toEqual({ voting: false, meeting: true });
    expect(refreshFor('STATUS_REPORT_SAVED')).toEqual({ voting: false, meeting: true });
  });
});

describe('the voting after an event', () => {
  it('takes the event’s voting, seen as this person, at once', () => {
    const next = voting({ votesCast: 1, voters: 1 });
    expect(votingAfterEvent(voting(), event('VOTE_CAST', next))).toBe(next);
  });

  it('keeps what it has when the event carries no voting', () => {
    const current = voting();
    expect(votingAfterEvent(current, event('ATTENDANCE_RECORDED'))).toBe(current);
  });

  it('never goes back to an earlier state or fewer cards from a late event', () => {
    const closed = voting({ state: 'CLOSED', resultsVisible: true });
    expect(votingAfterEvent(closed, event('VOTE_CAST', voting()))).toBe(closed);
    const three = voting({ cards: [card('a', null), card('b', null), card('c', null)] });
    expect(votingAfterEvent(three, event('VOTE_CAST', voting()))).toBe(three);
  });
});

describe('what a person may do with the cards', () => {
  it('votes while open, with votes left and room on the card', () => {
    expect(mayVote(voting(), card('a', null))).toBe(true);
    expect(mayVote(voting({ votesLeft: 0 }), card('a', null))).toBe(false);
    expect(mayVote(voting(), card('a', null, 1))).toBe(false);
    expect(mayVote(voting({ maxVotesPerCard: 2 }), card('a', null, 1))).toBe(true);
    expect(mayVote(voting({ state: 'CLOSED' }), card('a', null))).toBe(false);
    expect(mayVote(voting({ state: 'NOT_OPEN' }), card('a', null))).toBe(false);
  });

  it('takes back only their own votes, and only while open', () => {
    expect(mayWithdraw(voting(), card('a', null, 1))).toBe(true);
    expect(mayWithdraw(voting(), card('a', null, 0))).toBe(false);
    expect(mayWithdraw(voting({ state: 'CLOSED' }), card('a', null, 1))).toBe(false);
  });

  it('proposes until the voting closes; after that only the facilitator', () => {
    expect(mayPropose(voting({ state: 'NOT_OPEN' }), true, false)).toBe(true);
    expect(mayPropose(voting({ state: 'CLOSED' }), true, false)).toBe(false);
    expect(mayPropose(voting({ state: 'CLOSED' }), false, true)).toBe(true);
    expect(mayPropose(voting(), false, false)).toBe(false);
  });
});

describe('the order of the cards', () => {
  it('is as proposed while counts are hidden', () => {
    const v = voting({ cards: [card('a', null), card('b', null)] });
    expect(cardsInOrder(v).map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('is most votes first once counts show, ties as proposed', () => {
    const v = voting({ state: 'CLOSED', resultsVisible: true, cards: [card('a', 1), card('b', 3), card('c', 1), card('d', 0)] });
    expect(cardsInOrder(v).map((c) => c.id)).toEqual(['b', 'a', 'c', 'd']);
  });
});

describe('attendance by service', () => {
  it('groups the invited under their first invited service, by name, and the network’s people last', () => {
    const groups = groupInvitees(
      [{ id: 's1', name: 'Helsehuset' }, { id: 's2', name: 'Hjemmetjenester' }, { id: 's3', name: 'Tom' }],
      [
        { personId: 'p3', person: { name: 'Åse' }, services: [{ id: 's1', name: 'Helsehuset' }], networkRole: null },
        { personId: 'p1', person: { name: 'Berit' }, services: [{ id: 's1', name: 'Helsehuset' }, { id: 's2', name: 'Hjemmetjenester' }], networkRole: null },
        { personId: 'p2', person: { name: 'Ola' }, services: [{ id: 's2', name: 'Hjemmetjenester' }], networkRole: null },
        { personId: 'f', person: { name: 'Fasilitator' }, services: [], networkRole: 'FACILITATOR' },
      ],
    );
    expect(groups.map((g) => [g.serviceId, g.people.map((p) => p.name)])).toEqual([
      ['s1', ['Berit', 'Åse']],
      ['s2', ['Ola']],
      [null, ['Fasilitator']],
    ]);
  });
});

describe('form helpers', () => {
  it('split tags on commas, trimmed, without repeats', () => {
    expect(parseTags(' samhandling, Utskrivning ,, samhandling,utskrivning ')).toEqual(['samhandling', 'Utskrivning']);
    expect(parseTags('')).toEqual([]);
  });

  it('turn a local date and time into an ISO moment with the offset of that day', () => {
    const iso = localDateTimeToIso('2024-03-05T09:30');
    expect(iso).toMatch(/^2024-03-05T09:30:00[+-]\d{2}:\d{2}$/);
    expect(new Date(iso!).getTime()).toBe(new Date(2024, 2, 5, 9, 30).getTime());
    expect(localDateTimeToIso('5.3.2024')).toBeNull();
  });
});
