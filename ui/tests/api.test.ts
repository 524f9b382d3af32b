import { describe, expect, it } from 'vitest';
import { errorFromGraphQL, errorsFor, type UserError } from '../src/lib/api';

describe('errorFromGraphQL', () => {
  it('reads the access refusals with their messages in both languages', () => {
    const error = errorFromGraphQL([{ message: 'x / y', extensions: { code: 'FORBIDDEN', data: { messageNb: 'Ingen tilgang', messageEn: 'No access' } } }], 400);
    expect(error.kind).toBe('forbidden');
    expect(error.messageNb).toBe('Ingen tilgang');
    expect(error.messageEn).toBe('No access');
  });

  it('tells a signed-out caller from a refused one', () => {
    expect(errorFromGraphQL([{ extensions: { code: 'UNAUTHENTICATED' } }], 400).kind).toBe('unauthenticated');
    expect(errorFromGraphQL([{ message: 'boom' }], 401).kind).toBe('unauthenticated');
  });

  it('reads the limits’ own shape', () => {
    const error = errorFromGraphQL([{ code: 'RATE_LIMITED', messageNb: 'Vent', messageEn: 'Wait', extensions: { code: 'RATE_LIMITED' } }], 429);
    expect(error.kind).toBe('rateLimited');
    expect(error.messageNb).toBe('Vent');
  });

  it('calls anything else a refused request, or a server fault from a 5xx', () => {
    expect(errorFromGraphQL([{ message: 'Syntax error' }], 400).kind).toBe('request');
    expect(errorFromGraphQL([{ message: 'oops' }], 500).kind).toBe('server');
  });
});

describe('errorsFor', () => {
  const errors: UserError[] = [
    { code: 'REQUIRED', field: 'value', messageNb: 'a', messageEn: 'a' },
    { code: 'INVALID', field: 'points[2].value', messageNb: 'b', messageEn: 'b' },
    { code: 'INVALID', field: 'note', messageNb: 'c', messageEn: 'c' },
    { code: 'INVALID', field: 'values', messageNb: 'd', messageEn: 'd' },
  ];

  it('picks a field’s errors by its path', () => {
    expect(errorsFor(errors, 'value').map((e) => e.messageNb)).toEqual(['a']);
    expect(errorsFor(errors, 'points').map((e) => e.messageNb)).toEqual(['b']);
    expect(errorsFor(errors, 'note').map((e) => e.messageNb)).toEqual(['c']);
  });
});
