import { describe, expect, it } from 'vitest';
import { ApiError } from '../src/lib/api';
import { enqueue, flush, isConnectionFailure, readQueue, removeEntry, STORAGE_KEY, type KeyValueStore, type QueuedEntry } from '../src/lib/outbox';

function memory(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

const entry = (id: string, personId = 'person_1', kind: 'log' | 'tally' = 'tally'): QueuedEntry => ({
  id,
  kind,
  personId,
  measureId: 'measure_1',
  measureName: 'Sjekkliste',
  period: '2024-05',
  input: { measureId: 'measure_1', period: '2024-05', done: true, clientRequestId: id },
  queuedAt: '2024-05-07T10:00:00Z',
  state: 'pending',
  errors: [],
});

describe('the offline queue', () => {
  it('keeps entries in the store, once per key, across a new read (a reload)', () => {
    const store = memory();
    enqueue(store, entry('a'));
    enqueue(store, entry('b'));
    enqueue(store, entry('a'));
    expect(readQueue(store).map((e) => e.id)).toEqual(['a', 'b']);
    expect(JSON.parse(store.data.get(STORAGE_KEY)!)).toHaveLength(2);
    removeEntry(store, 'a');
    expect(readQueue(store).map((e) => e.id)).toEqual(['b']);
  });

  it('reads a damaged store as empty rather than failing', () => {
    const store = memory();
    store.setItem(STORAGE_KEY, '{not json');
    expect(readQueue(store)).toEqual([]);
    store.setItem(STORAGE_KEY, JSON.stringify([{ id: 1 }, entry('ok')]));
    expect(readQueue(store).map((e) => e.id)).toEqual(['ok']);
  });

  it('sends in order, each once, with its own key, and only the signed-in person\'s', async () => {
    const store = memory();
    enqueue(store, entry('a'));
    enqueue(store, entry('other', 'person_2'));
    enqueue(store, entry('b'));
    const sent: string[] = [];
    const result = await flush(store, 'person_1', async (e) => {
      sent.push(e.input.clientRequestId as string);
      return { errors: [] };
    });
    expect(sent).toEqual(['a', 'b']);
    expect(result.sent.map((e) => e.id)).toEqual(['a', 'b']);
    expect(readQueue(store).map((e) => e.id)).toEqual(['other']);
  });

  it('stops at a dropped connection and keeps that entry and the rest pending', async () => {
    const store = memory();
    enqueue(store, entry('a'));
    enqueue(store, entry('b'));
    let calls = 0;
    const result = await flush(store, 'person_1', async () => {
      calls++;
      throw new ApiError('network');
    });
    expect(calls).toBe(1);
    expect(result.offline).toBe(true);
    expect(readQueue(store).map((e) => [e.id, e.state])).toEqual([['a', 'pending'], ['b', 'pending']]);
  });

  it('keeps an entry the server refuses, with its errors, and goes on with the next', async () => {
    const store = memory();
    enqueue(store, entry('a', 'person_1', 'log'));
    enqueue(store, entry('b'));
    const refusal = { code: 'PATIENT_IDENTIFIABLE', field: 'note', messageNb: 'nei', messageEn: 'no' };
    const result = await flush(store, 'person_1', async (e) => ({ errors: e.id === 'a' ? [refusal] : [] }));
    expect(result.refused.map((e) => e.id)).toEqual(['a']);
    expect(readQueue(store)).toEqual([{ ...entry('a', 'person_1', 'log'), state: 'refused', errors: [refusal] }]);
    // A refused entry is not sent again.
    let calls = 0;
    await flush(store, 'person_1', async () => {
      calls++;
      return { errors: [] };
    });
    expect(calls).toBe(0);
  });

  it('does not send an entry another tab sent meanwhile', async () => {
    const store = memory();
    enqueue(store, entry('a'));
    enqueue(store, entry('b'));
    const sent: string[] = [];
    await flush(store, 'person_1', async (e) => {
      sent.push(e.id);
      if (e.id === 'a') removeEntry(store, 'b'); // the other tab took b
      return { errors: [] };
    });
    expect(sent).toEqual(['a']);
  });

  it('tells a dropped connection from an answer', () => {
    expect(isConnectionFailure(new ApiError('network'))).toBe(true);
    expect(isConnectionFailure(new ApiError('server', null, null, null, 503))).toBe(true);
    expect(isConnectionFailure(new ApiError('server', null, null, null, 500))).toBe(false);
    expect(isConnectionFailure(new ApiError('forbidden'))).toBe(false);
    expect(isConnectionFailure(new TypeError('Failed to fetch'))).toBe(true);
  });
});
