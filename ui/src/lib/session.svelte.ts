// Who is signed in (GET /api/auth/me), as state the layout and screens read.
import { fetchMe, auth, type Me } from './api';

let me = $state<Me | null>(null);
let known = $state(false);
let notice = $state<'signedOut' | 'sessionEnded' | null>(null);

export const session = {
  get me(): Me | null {
    return me;
  },
  /** False until the first answer from /api/auth/me. */
  get known(): boolean {
    return known;
  },
  /** Why the sign-in screen is showing, if a reason should be told. */
  get notice(): 'signedOut' | 'sessionEnded' | null {
    return notice;
  },
  set notice(value: 'signedOut' | 'sessionEnded' | null) {
    notice = value;
  },
};

export async function loadSession(): Promise<void> {
  try {
    me = await fetchMe();
  } catch {
    me = null;
  }
  known = true;
}

export function signedIn(who: Me): void {
  me = who;
  known = true;
  notice = null;
}

export async function signOut(): Promise<void> {
  await auth.signOut();
  me = null;
  notice = 'signedOut';
}

/** A call found the session gone (expired cookie, account removed). */
export function sessionEnded(): void {
  if (me) notice = 'sessionEnded';
  me = null;
}
