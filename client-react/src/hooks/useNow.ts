import { useEffect, useState } from 'react';

/** Current time in epoch ms, refreshed every `intervalMs` so relative times stay accurate. */
export function useNow(intervalMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
