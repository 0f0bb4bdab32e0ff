import { describe, expect, it } from 'vitest';
import { isoLocal, timeLabel } from './programme';

describe('programme times', () => {
  it('writes machine-readable local times with their offset', () => {
    expect(isoLocal('2023-04-18', '09:30', '+02:00')).toBe('2023-04-18T09:30+02:00');
  });
  it('labels confirmed and unconfirmed times', () => {
    expect(timeLabel('09:30', '11:00', 'CEST')).toBe('09:30–11:00 CEST');
    expect(timeLabel(undefined, undefined, 'CEST')).toBe('Time not confirmed');
  });
});
