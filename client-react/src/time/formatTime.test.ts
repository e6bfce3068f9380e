import { describe, expect, it } from 'vitest';
import { formatRelativeTime, parseUtc } from './formatTime';

const now = Date.parse('2025-03-10T12:00:00Z');
const ago = (ms: number) => new Date(now - ms).toISOString();

describe('formatRelativeTime', () => {
  it.each([
    [10_000, 'just now'],
    [5 * 60_000, '5 minutes ago'],
    [3 * 3_600_000, '3 hours ago'],
    [24 * 3_600_000, 'yesterday'],
    [3 * 24 * 3_600_000, '3 days ago'],
  ])('%i ms ago reads %j', (elapsed, expected) => {
    expect(formatRelativeTime(ago(elapsed), now)).toBe(expected);
  });

  it('falls back to a date after a week', () => {
    expect(formatRelativeTime('2025-01-02T12:00:00Z', now)).toMatch(/2025/);
  });

  it('treats clock skew (a future time) as just now', () => {
    expect(formatRelativeTime(new Date(now + 5_000).toISOString(), now)).toBe('just now');
  });
});

describe('parseUtc', () => {
  it('reads timestamps without a zone as UTC', () => {
    expect(parseUtc('2025-03-10T12:00:00')).toBe(now);
    expect(parseUtc('2025-03-10T12:00:00.000Z')).toBe(now);
    expect(parseUtc('2025-03-10T13:00:00+01:00')).toBe(now);
  });
});
