// The UI's only way to the server: GraphQL over HTTP (POST JSON) and the account endpoints under
// /api/auth. Same-origin cookies; failures come back as ApiError with a kind the screens act on
// and the server's message in both languages when it gave one.

export type ApiErrorKind =
  | 'unauthenticated' // signed out, or the session ended: show the sign-in screen
  | 'forbidden' // signed in, but not allowed (or the thing does not exist: the API does not say which)
  | 'rateLimited'
  | 'tooLarge'
  | 'network' // no answer at all
  | 'server' // an answer that is not what was asked for (5xx, not JSON)
  | 'request'; // the API refused the request itself (a GraphQL error)

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    readonly code: string | null = null,
    readonly messageNb: string | null = null,
    readonly messageEn: string | null = null,
    readonly status = 0,
  ) {
    super(messageEn ?? messageNb ?? kind);
    this.name = 'ApiError';
  }
}

/** A problem the user can fix, from a mutation's payload or an account endpoint. */
export interface UserError {
  code: string;
  field: string;
  message?: string;
  messageNb: string;
  messageEn: string;
}

interface GraphQLErrorJson {
  message?: string;
  code?: string;
  messageNb?: string;
  messageEn?: string;
  extensions?: { code?: string; data?: { messageNb?: string; messageEn?: string } };
}

let acceptLanguage = 'nb';
let whenSignedOut: (() => void) | null = null;

/** The language the API answers in (the `message` fields and verdicts). */
export function setApiLanguage(lang: string): void {
  acceptLanguage = lang;
}

/** What to do whenever a call finds the session gone: the app shows the sign-in screen. */
export function onSignedOut(handler: () => void): void {
  whenSignedOut = handler;
}

function kindOf(code: string | undefined, status: number): ApiErrorKind {
  if (code === 'UNAUTHENTICATED' || status === 401) return 'unauthenticated';
  if (code === 'FORBIDDEN' || status === 403) return 'forbidden';
  if (code === 'RATE_LIMITED' || status === 429) return 'rateLimited';
  if (code === 'REQUEST_TOO_LARGE' || status === 413) return 'tooLarge';
  if (status >= 500) return 'server';
  return 'request';
}

/** Turns a GraphQL error list into one ApiError (the first error decides; they are rarely more). */
export function errorFromGraphQL(errors: GraphQLErrorJson[], status: number): ApiError {
  const first = errors[0] ?? {};
  const code = first.extensions?.code ?? first.code;
  const nb = first.extensions?.data?.messageNb ?? first.messageNb ?? first.message ?? null;
  const en = first.extensions?.data?.messageEn ?? first.messageEn ?? first.message ?? null;
  return new ApiError(kindOf(code, status), code ?? null, nb, en, status);
}

async function send(url: string, init: RequestInit): Promise<{ status: number; body: unknown }> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      credentials: 'same-origin',
      headers: { 'Accept-Language': acceptLanguage, ...(init.headers ?? {}) },
    });
  } catch {
    throw new ApiError('network');
  }
  const type = response.headers.get('content-type') ?? '';
  let body: unknown = null;
  if (type.includes('json')) {
    try {
      body = await response.json();
    } catch {
      throw new ApiError('server', null, null, null, response.status);
    }
  }
  return { status: response.status, body };
}

export async function gql<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const { status, body } = await send('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const result = body as { data?: T | null; errors?: GraphQLErrorJson[] } | null;
  if (result?.errors?.length) {
    const error = errorFromGraphQL(result.errors, status);
    if (error.kind === 'unauthenticated') whenSignedOut?.();
    throw error;
  }
  if (!result || result.data === undefined || result.data === null || status >= 500) {
    throw new ApiError(status === 401 ? 'unauthenticated' : status === 403 ? 'forbidden' : 'server', null, null, null, status);
  }
  return result.data;
}

export interface Me {
  personId: string;
  name: string;
  email: string | null;
  isAdministrator: boolean;
}

/** An account endpoint's answer: the value, or the user errors it gave (with the status). */
export type AccountResult<T> = { ok: true; value: T } | { ok: false; status: number; errors: UserError[]; lockedUntil?: string };

export async function post<T>(url: string, payload: unknown): Promise<AccountResult<T>> {
  const { status, body } = await send(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(payload ?? {}),
  });
  if (status >= 200 && status < 300) return { ok: true, value: body as T };
  const errors = (body as { errors?: UserError[] } | null)?.errors;
  if (status >= 500 || !errors) throw new ApiError(kindOf(undefined, status), null, null, null, status);
  return { ok: false, status, errors, lockedUntil: (body as { lockedUntil?: string }).lockedUntil };
}

export async function fetchMe(): Promise<Me | null> {
  const { status, body } = await send('/api/auth/me', { headers: { Accept: 'application/json' } });
  if (status === 401) return null;
  if (status !== 200 || !body) throw new ApiError('server', null, null, null, status);
  return body as Me;
}

export const auth = {
  signIn: (email: string, password: string) => post<Me>('/api/auth/sign-in', { email, password }),
  signOut: async () => {
    await send('/api/auth/sign-out', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
  },
  register: (input: { email: string; password: string; name: string; title?: string; invitationToken?: string }) =>
    post<{ me: Me; membershipErrors: UserError[] }>('/api/auth/register', input),
  requestReset: (email: string) => post<{ link?: string } | null>('/api/auth/password-reset/request', { email }),
  completeReset: (token: string, newPassword: string) => post<{ email: string }>('/api/auth/password-reset/complete', { token, newPassword }),
  providers: async (): Promise<{ password: boolean; oidc: { displayName: string } | null }> => {
    const { status, body } = await send('/api/auth/providers', { headers: { Accept: 'application/json' } });
    if (status !== 200 || !body) return { password: true, oidc: null };
    return body as { password: boolean; oidc: { displayName: string } | null };
  },
};

/** The errors for one form field (matched on the path's first segment), and the rest. */
export function errorsFor(errors: UserError[], field: string): UserError[] {
  return errors.filter((e) => e.field === field || e.field.startsWith(field + '.') || e.field.startsWith(field + '['));
}
