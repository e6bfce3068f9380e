import { createContext, useContext } from 'react';

export interface UnreadCountValue {
  /** Unread notifications of the logged-in user; null until known. */
  count: number | null;
  /** Fetch the count now (e.g. right after marking a notification read). */
  refresh: () => void;
}

export const UnreadCountContext = createContext<UnreadCountValue>({ count: null, refresh: () => {} });

export function useUnreadCount(): UnreadCountValue {
  return useContext(UnreadCountContext);
}
