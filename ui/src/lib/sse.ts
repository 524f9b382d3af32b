// Server-Sent Events as the api sends them (graphql-sse, distinct connections mode): a parser for
// the text stream, and a subscription over fetch (POST, so the query is not in the address) that
// reports whether it is live and reconnects with growing pauses when the stream drops.

export interface SseMessage {
  event: string;
  data: string;
}

/**
 * Reads an event stream piece by piece: `push` takes text as it arrives (split anywhere) and
 * returns the messages completed by it. Comments (`: keep-alive`) are not messages; `data` lines
 * of one message are joined with line breaks, as the SSE standard says.
 */
export class SseParser {
  private buffer = '';
  private event = '';
  private data: string[] = [];

  push(text: string): SseMessage[] {
    this.buffer += text;
    const out: SseMessage[] = [];
    let end: number;
    while ((end = this.lineEnd()) >= 0) {
      const line = this.buffer.slice(0, end);
      const skip = this.buffer[end] === '\r' && this.buffer[end + 1] === '\n' ? 2 : 1;
      this.buffer = this.buffer.slice(end + skip);
      this.line(line, out);
    }
    return out;
  }

  private lineEnd(): number {
    const n = this.buffer.indexOf('\n');
    const r = this.buffer.indexOf('\r');
    // A lone \r at the very end may be the first half of \r\n: wait for the next piece.
    if (r >= 0 && (n < 0 || r < n)) return r === this.buffer.length - 1 ? -1 : r;
    return n;
  }

  private line(line: string, out: SseMessage[]): void {
    if (line === '') {
      if (this.data.length > 0 || this.event !== '') out.push({ event: this.event || 'message', data: this.data.join('\n') });
      this.event = '';
      this.data = [];
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') this.event = value;
    else if (field === 'data') this.data.push(value);
  }
}

/** The pause before reconnect attempt `attempt` (0, 1, 2 …): 1 s, 2 s, 4 s … up to 30 s. */
export function reconnectDelay(attempt: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, attempt));
}

export type LiveState = 'connecting' | 'live' | 'offline';

export interface GraphQLResult<T> {
  data?: T | null;
  errors?: { message?: string; extensions?: { code?: string } }[];
}

export interface Subscription {
  stop(): void;
}

/**
 * Subscribes with a GraphQL subscription over SSE and keeps at it: each `next` result goes to
 * `onResult`, the state to `onState`; when the stream ends or fails it tries again after
 * `reconnectDelay`, until `stop()`. A result with errors (no access, say) stops retrying.
 */
export function subscribe<T>(
  query: string,
  variables: Record<string, unknown>,
  handlers: { onResult: (data: T) => void; onState: (state: LiveState) => void; onErrors?: (errors: NonNullable<GraphQLResult<T>['errors']>) => void },
  headers: Record<string, string> = {},
): Subscription {
  let stopped = false;
  let attempt = 0;
  let controller: AbortController | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  async function connect(): Promise<void> {
    controller = new AbortController();
    handlers.onState('connecting');
    let refused = false;
    try {
      const response = await fetch('/graphql', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream', ...headers },
        body: JSON.stringify({ query, variables }),
        signal: controller.signal,
      });
      if (!response.ok || !response.body || !(response.headers.get('content-type') ?? '').includes('text/event-stream')) throw new Error(`HTTP ${response.status}`);
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      const parser = new SseParser();
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        for (const message of parser.push(value)) {
          if (message.event === 'complete') break;
          if (message.event !== 'next') continue;
          const result = JSON.parse(message.data) as GraphQLResult<T>;
          if (result.errors?.length) {
            refused = true;
            handlers.onErrors?.(result.errors);
          } else if (result.data) {
            attempt = 0;
            handlers.onState('live');
            handlers.onResult(result.data);
          }
        }
      }
    } catch {
      // Dropped, refused or aborted: handled below.
    }
    if (stopped) return;
    handlers.onState('offline');
    if (refused) return;
    timer = setTimeout(() => {
      timer = null;
      if (!stopped) void connect();
    }, reconnectDelay(attempt++));
  }

  void connect();
  return {
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      controller?.abort();
    },
  };
}
