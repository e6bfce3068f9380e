const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
const exact = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const shortDate = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

// The API sends UTC; a timestamp without a zone designator is read as UTC, not local time.
const HAS_ZONE = /(Z|[+-]\d{2}:?\d{2})$/i;

export function parseUtc(iso: string): number {
  return Date.parse(HAS_ZONE.test(iso) ? iso : `${iso}Z`);
}

/** "just now", "5 minutes ago", "yesterday"...; older than a week falls back to a short date. */
export function formatRelativeTime(iso: string, now: number): string {
  const time = parseUtc(iso);
  if (Number.isNaN(time)) return '';
  const elapsed = Math.max(now - time, 0);
  if (elapsed < MINUTE) return 'just now';
  if (elapsed < HOUR) return relative.format(-Math.floor(elapsed / MINUTE), 'minute');
  if (elapsed < DAY) return relative.format(-Math.floor(elapsed / HOUR), 'hour');
  if (elapsed < WEEK) return relative.format(-Math.floor(elapsed / DAY), 'day');
  return shortDate.format(time);
}

export function formatExactTime(iso: string): string {
  const time = parseUtc(iso);
  return Number.isNaN(time) ? iso : exact.format(time);
}
