import { describe, expect, it } from 'vitest';
import { addable, auditKindKey, auditKinds, byActiveThenName, daysLeft, looksLikeEmail } from '../src/lib/people';
import { nb } from '../src/lib/i18n/nb';

describe('members in order', () => {
  it('lists those still taking part first, by name in the language, then those who left', () => {
    const rows = [
      { name: 'Øystein', active: true },
      { name: 'Anne', active: false },
      { name: 'Åse', active: true },
      { name: 'Bjørn', active: true },
    ];
    expect(byActiveThenName(rows, 'nb').map((r) => r.name)).toEqual(['Bjørn', 'Øystein', 'Åse', 'Anne']);
  });

  it('does not change the list it was given', () => {
    const rows = [{ name: 'B', active: true }, { name: 'A', active: true }];
    byActiveThenName(rows, 'en');
    expect(rows[0].name).toBe('B');
  });
});

describe('whom a facilitator may add', () => {
  it('leaves out the active members and sorts the rest by name', () => {
    const people = [{ id: 'p3', name: 'Cecilie' }, { id: 'p1', name: 'Arne' }, { id: 'p2', name: 'Berit' }];
    expect(addable(people, ['p2'], 'nb').map((p) => p.id)).toEqual(['p1', 'p3']);
    expect(addable(people, new Set<string>(), 'nb')).toHaveLength(3);
  });
});

describe('the invitation', () => {
  it('counts the days left, never below zero', () => {
    const now = new Date('2026-03-01T12:00:00Z');
    expect(daysLeft('2026-03-08T12:00:00Z', now)).toBe(7);
    expect(daysLeft('2026-03-01T13:00:00Z', now)).toBe(1);
    expect(daysLeft('2026-02-01T12:00:00Z', now)).toBe(0);
  });

  it('asks the server only about what looks like an e-mail address', () => {
    expect(looksLikeEmail(' kari@kommune.no ')).toBe(true);
    expect(looksLikeEmail('kari')).toBe(false);
    expect(looksLikeEmail('kari@kommune')).toBe(false);
    expect(looksLikeEmail('kari nordmann@kommune.no')).toBe(false);
    expect(looksLikeEmail('')).toBe(false);
  });
});

describe('the audit log', () => {
  it('names every entity kind the API logs, and an unknown one as other', () => {
    for (const kind of auditKinds) expect(auditKindKey(kind) in nb, kind).toBe(true);
    expect(auditKindKey('Spaceship')).toBe('audit.kind.other');
  });
});
