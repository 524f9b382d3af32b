import { describe, expect, it } from 'vitest';
import { SseParser, reconnectDelay } from '../src/lib/sse';

describe('reading an event stream', () => {
  it('reads the api’s next and complete events and skips keep-alive comments', () => {
    const parser = new SseParser();
    const messages = parser.push('event: next\ndata: {"data":{"meetingEvents":{"kind":"SUBSCRIBED"}}}\n\n: keep-alive\n\nevent: complete\ndata:\n\n');
    expect(messages).toEqual([
      { event: 'next', data: '{"data":{"meetingEvents":{"kind":"SUBSCRIBED"}}}' },
      { event: 'complete', data: '' },
    ]);
  });

  it('puts together events split anywhere across pieces, also inside a CRLF', () => {
    const parser = new SseParser();
    const text = 'event: next\r\ndata: {"a":1}\r\n\r\nevent: next\r\ndata: {"a":2}\r\n\r\n';
    const out = [];
    for (let i = 0; i < text.length; i += 3) out.push(...parser.push(text.slice(i, i + 3)));
    expect(out).toEqual([
      { event: 'next', data: '{"a":1}' },
      { event: 'next', data: '{"a":2}' },
    ]);
  });

  it('returns nothing until the blank line ends the event', () => {
    const parser = new SseParser();
    expect(parser.push('event: next\ndata: {"a":1}\n')).toEqual([]);
    expect(parser.push('\n')).toEqual([{ event: 'next', data: '{"a":1}' }]);
  });

  it('joins several data lines with line breaks and names an unnamed event «message»', () => {
    const parser = new SseParser();
    expect(parser.push('data: one\ndata:two\n\n')).toEqual([{ event: 'message', data: 'one\ntwo' }]);
  });

  it('ignores a lone comment and unknown fields', () => {
    const parser = new SseParser();
    expect(parser.push(': hello\n\nid: 7\nretry: 10\n\n')).toEqual([]);
  });
});

describe('reconnecting', () => {
  it('waits longer after each failure, up to half a minute', () => {
    expect([0, 1, 2, 3].map(reconnectDelay)).toEqual([1000, 2000, 4000, 8000]);
    expect(reconnectDelay(10)).toBe(30_000);
    expect(reconnectDelay(-1)).toBe(1000);
  });
});
