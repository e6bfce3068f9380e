import { useEffect, useMemo, useReducer, useState, type ReactNode } from 'react';
import { useAuth } from '../auth/authContext';
import { UnreadCountContext } from './unreadCountContext';

const UNREAD_POLL_INTERVAL_MS = 15_000;

/**
 * Keeps the unread notification count fresh: on login, every 15 s while visible, and on window focus.
 * Each poll sends the ETag of the last answer, so while nothing changed the server answers a cheap 304.
 */
export function UnreadCountProvider({ children }: { children: ReactNode }) {
  const { session, api } = useAuth();
  const userId = session?.user.id ?? null;
  const [known, setKnown] = useState<{ userId: string; count: number } | null>(null);
  const [refreshRequest, refresh] = useReducer((value: number) => value + 1, 0);

  useEffect(() => {
    if (userId === null) return;
    let cancelled = false;
    let etag: string | null = null;
    const fetchCount = () => {
      api.pollUnreadCount(etag).then(
        (answer) => {
          if (cancelled || answer.unchanged) return;
          etag = answer.etag;
          setKnown({ userId, count: answer.body });
        },
        () => {
          // Keep the last known count; a 401 already logs the user out.
        },
      );
    };
    // Background tabs skip the timer; focusing the window fetches right away.
    const fetchIfVisible = () => {
      if (document.visibilityState === 'visible') fetchCount();
    };
    fetchCount();
    const timer = setInterval(fetchIfVisible, UNREAD_POLL_INTERVAL_MS);
    window.addEventListener('focus', fetchCount);
    return () => {
      cancelled = true;
      clearInterval(timer);
      window.removeEventListener('focus', fetchCount);
    };
  }, [api, userId, refreshRequest]);

  // A count fetched for a previous user must never be shown to the next one.
  const count = known && known.userId === userId ? known.count : null;
  const value = useMemo(() => ({ count, refresh }), [count]);
  return <UnreadCountContext.Provider value={value}>{children}</UnreadCountContext.Provider>;
}
