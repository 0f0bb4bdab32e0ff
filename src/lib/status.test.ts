import { describe, expect, it } from 'vitest';
import { conferenceStatus } from './status';

const at = (iso: string) => conferenceStatus(new Date(iso), '2023-04-18', '2023-04-19', '+02:00');

describe('conferenceStatus', () => {
  it('is upcoming until midnight Vienna time before the first day', () => {
    expect(at('2023-04-17T21:59:00Z')).toBe('upcoming');
    expect(at('2023-04-17T22:00:00Z')).toBe('under-way');
  });
  it('is under way through the last day, Vienna time', () => {
    expect(at('2023-04-19T21:59:00Z')).toBe('under-way');
    expect(at('2023-04-19T22:00:00Z')).toBe('concluded');
  });
  it('is concluded long after', () => {
    expect(at('2026-11-28T12:00:00Z')).toBe('concluded');
  });
  it('rejects a malformed offset', () => {
    expect(() => conferenceStatus(new Date(), '2023-04-18', '2023-04-19', 'CEST')).toThrow('utcOffset');
  });
});
