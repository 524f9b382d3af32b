// The offline queue as app state: what is pending for the signed-in person, sending when the
// connection returns (the browser's `online` event, the app's start, and a retry every 30 s while
// anything waits). Entries go through the queue's order, so a correction saved offline never
// overtakes the value it corrects. Across tabs, a Web Lock lets one tab send at a time; the server
// still writes each key once if two ever do.
import { gql, type UserError } from './api';
import { enqueue, flush, isConnectionFailure, newRequestId, readQueue, removeEntry, type EntryKind, type QueuedEntry } from './outbox';

export interface LoggedPoint {
  period: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

type Payload = { point: LoggedPoint | null; errors: UserError[] };

const ERRORS = 'errors { code field message messageNb messageEn }';
const POINT = 'point { period value numerator denominator }';
const MUTATIONS: Record<EntryKind, { query: string; field: 'logMeasurement' | 'logTally' }> = {
  log: { query: `mutation Log($input: LogMeasurementInput!) { logMeasurement(input: $input) { ${POINT} ${ERRORS} } }`, field: 'logMeasurement' },
  tally: { query: `mutation Tally($input: LogTallyInput!) { logTally(input: $input) { ${POINT} ${ERRORS} } }`, field: 'logTally' },
};

async function send(kind: EntryKind, input: Record<string, unknown>): Promise<Payload> {
  const { query, field } = MUTATIONS[kind];
  const data = await gql<Record<string, Payload>>(query, { input });
  return data[field];
}

let entries = $state<QueuedEntry[]>([]);
let personId: string | null = null;
let lastSent = $state<QueuedEntry[]>([]);
let timer: ReturnType<typeof setInterval> | null = null;
let flushing: Promise<void> | null = null;

function refresh(): void {
  entries = personId ? readQueue(localStorage).filter((e) => e.personId === personId) : [];
}

export const outbox = {
  /** The signed-in person's entries: pending, or refused with the server's errors. */
  get entries(): QueuedEntry[] {
    return entries;
  },
  get pending(): QueuedEntry[] {
    return entries.filter((e) => e.state === 'pending');
  },
  /** Entries sent from the queue since the app started (for the "sent" notice). */
  get sent(): QueuedEntry[] {
    return lastSent;
  },
};

/** Starts (or switches to) the queue of the person signed in; null stops it. */
export function startOutbox(person: string | null): void {
  personId = person;
  refresh();
  if (typeof window === 'undefined') return;
  window.removeEventListener('online', sendPending);
  window.removeEventListener('storage', refresh);
  if (timer) clearInterval(timer);
  timer = null;
  if (!person) return;
  window.addEventListener('online', sendPending);
  window.addEventListener('storage', refresh);
  timer = setInterval(() => {
    if (outbox.pending.length > 0) sendPending();
  }, 30_000);
  sendPending();
}

/** Sends what is pending now (also the "send now" button). */
export function sendPending(): Promise<void> {
  if (!personId) return Promise.resolve();
  const who = personId;
  flushing ??= (async () => {
    const run = async () => {
      const result = await flush(localStorage, who, (entry) => send(entry.kind, entry.input));
      if (result.sent.length > 0) lastSent = [...lastSent, ...result.sent];
    };
    try {
      const locks = (navigator as Navigator & { locks?: LockManager }).locks;
      if (locks) await locks.request('forbedring-outbox', run);
      else await run();
    } finally {
      flushing = null;
      refresh();
    }
  })();
  return flushing;
}

export function dismiss(id: string): void {
  removeEntry(localStorage, id);
  refresh();
}

export type SaveOutcome = { status: 'saved'; point: LoggedPoint } | { status: 'refused'; errors: UserError[] } | { status: 'queued'; entry: QueuedEntry };

/**
 * Saves a log or a tally with a new request key. Without a connection (or behind entries still
 * waiting) it goes into the queue and is sent later; other failures are thrown to the screen.
 */
export async function save(kind: EntryKind, meta: { measureId: string; measureName: string; period: string }, input: Record<string, unknown>): Promise<SaveOutcome> {
  if (!personId) throw new Error('No one is signed in.');
  const entry: QueuedEntry = {
    id: newRequestId(),
    kind,
    personId,
    ...meta,
    input: { ...input, clientRequestId: undefined },
    queuedAt: new Date().toISOString(),
    state: 'pending',
    errors: [],
  };
  entry.input.clientRequestId = entry.id;
  const queue = () => {
    enqueue(localStorage, entry);
    refresh();
    return { status: 'queued' as const, entry };
  };
  if (outbox.pending.length > 0) {
    const outcome = queue();
    void sendPending();
    return outcome;
  }
  try {
    const payload = await send(kind, entry.input);
    if (payload.errors.length > 0 || !payload.point) return { status: 'refused', errors: payload.errors };
    return { status: 'saved', point: payload.point };
  } catch (error) {
    if (isConnectionFailure(error)) return queue();
    throw error;
  }
}
