import { useNow } from '../hooks/useNow';
import { formatExactTime, formatRelativeTime } from '../time/formatTime';

/** "5 minutes ago", with the exact date and time on hover and in the machine-readable attribute. */
export function RelativeTime({ iso }: { iso: string }) {
  const now = useNow();
  return (
    <time dateTime={iso} title={formatExactTime(iso)}>
      {formatRelativeTime(iso, now)}
    </time>
  );
}
