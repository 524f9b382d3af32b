// The offline queue for logged measurements (pure: storage and sending are passed in, so the
// tests drive it without a browser). A save that fails because the connection dropped is kept on
// the device under a key of its own (the mutation's clientRequestId), shown as pending, and sent
// again later. The server remembers each key, so sending an entry twice (two tabs, an answer lost
// on the way back) writes it once; the queue itself never drops an entry unless the server
// answered it, and an entry the server refuses is kept, with the errors, until the person
// dismisses it.
import { ApiError, type UserError } from './api';

export type EntryKind = 'log' | 'tally';

export interface QueuedEntry {
  /** Also the mutation's clientRequestId. */
  id: string;
  kind: EntryKind;
  /** Sent only while the same person is signed in. */
  personId: string;
  measureId: string;
  measureName: string;
  period: string;
  /** The mutation's input, clientRequestId included. */
  input: Record<string, unknown>;
  queuedAt: string;
  state: 'pending' | 'refused';
  errors: UserError[];
}

/** The part of `localStorage` the queue uses. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const STORAGE_KEY = 'forbedring.outbox.v1';

/** What sending one entry gave: the server's answer (errors empty when written). */
export type SendResult = { errors: UserError[] };

export function readQueue(store: KeyValueStore): QueuedEntry[] {
  try {
    const parsed = JSON.parse(store.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isEntry) : [];
  } catch {
    return [];
  }
}

function isEntry(value: unknown): value is QueuedEntry {
  const e = value as QueuedEntry;
  return !!e && typeof e.id === 'string' && (e.kind === 'log' || e.kind === 'tally') && typeof e.personId === 'string' &&
    typeof e.measureId === 'string' && typeof e.input === 'object' && e.input !== null;
}

function writeQueue(store: KeyValueStore, entries: QueuedEntry[]): void {
  store.setItem(STORAGE_KEY, JSON.stringify(entries));
}

/** Adds an entry (once: an entry with the same key is not added again). */
export function enqueue(store: KeyValueStore, entry: QueuedEntry): QueuedEntry[] {
  const entries = readQueue(store);
  if (!entries.some((e) => e.id === entry.id)) entries.push(entry);
  writeQueue(store, entries);
  return entries;
}

export function removeEntry(store: KeyValueStore, id: string): QueuedEntry[] {
  const entries = readQueue(store).filter((e) => e.id !== id);
  writeQueue(store, entries);
  return entries;
}

/** Failures that mean "no connection" (try again later), not "the server said no". */
export function isConnectionFailure(error: unknown): boolean {
  if (!(error instanceof ApiError)) return error instanceof TypeError;
  return error.kind === 'network' || (error.kind === 'server' && [0, 502, 503, 504].includes(error.status));
}

/** A new key for an entry: a UUID where the browser has one (every secure context does). */
export function newRequestId(random: () => string = () => crypto.randomUUID()): string {
  return random();
}

/**
 * Sends the person's pending entries in the order they were saved, re-reading the store before
 * each one (another tab may have sent it). Stops at the first connection failure, leaving it and
 * the rest pending. Returns what happened to each entry sent.
 */
export async function flush(
  store: KeyValueStore,
  personId: string,
  send: (entry: QueuedEntry) => Promise<SendResult>,
): Promise<{ sent: QueuedEntry[]; refused: QueuedEntry[]; offline: boolean }> {
  const sent: QueuedEntry[] = [];
  const refused: QueuedEntry[] = [];
  for (;;) {
    const next = readQueue(store).find((e) => e.personId === personId && e.state === 'pending' && !sent.some((s) => s.id === e.id));
    if (!next) return { sent, refused, offline: false };
    let result: SendResult;
    try {
      result = await send(next);
    } catch (error) {
      if (isConnectionFailure(error)) return { sent, refused, offline: true };
      // Anything else (signed out, forbidden, a server fault): keep it pending for a later try.
      return { sent, refused, offline: false };
    }
    if (result.errors.length === 0) {
      removeEntry(store, next.id);
      sent.push(next);
    } else {
      const entries = readQueue(store).map((e) => (e.id === next.id ? { ...e, state: 'refused' as const, errors: result.errors } : e));
      writeQueue(store, entries);
      refused.push({ ...next, state: 'refused', errors: result.errors });
    }
  }
}
