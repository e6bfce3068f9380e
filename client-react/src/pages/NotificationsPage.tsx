import { useCallback } from 'react';
import type { Notification } from '../api/types';
import { useApi } from '../auth/authContext';
import { ErrorState } from '../components/ErrorState';
import { LoadMoreButton } from '../components/LoadMoreButton';
import { NotificationItem } from '../components/NotificationItem';
import { useCursorList } from '../hooks/useCursorList';
import { useUnreadCount } from '../notifications/unreadCountContext';

const NOTIFICATIONS_PAGE_SIZE = 20;

export function NotificationsPage() {
  const api = useApi();
  const { refresh: refreshUnreadCount } = useUnreadCount();
  const fetchPage = useCallback(
    (cursor: string | null) => api.getNotifications({ limit: NOTIFICATIONS_PAGE_SIZE, cursor }),
    [api],
  );
  const list = useCursorList(fetchPage);

  function handleOpen(notification: Notification) {
    if (notification.read) return;
    // Navigation to the post goes ahead right away; the badge catches up once the server confirms.
    api.markNotificationRead(notification.id).then(refreshUnreadCount, () => {});
  }

  return (
    <>
      <title>Notifications · Mini-LinkedIn</title>
      <h1 className="page-title">Notifications</h1>
      <div aria-busy={list.status === 'loading' || list.loadingMore}>
        {list.status === 'loading' && (
          <p className="card state" role="status">
            Loading notifications…
          </p>
        )}
        {list.status === 'error' && <ErrorState message={list.error ?? ''} onRetry={list.retry} />}
        {list.status === 'ready' && list.items.length === 0 && (
          <div className="card state">
            <p>No notifications yet.</p>
            <p className="muted">You will be notified here when other members post.</p>
          </div>
        )}
        {list.items.length > 0 && (
          <ul className="card notification-list" aria-label="Notifications">
            {list.items.map((notification) => (
              <li key={notification.id}>
                <NotificationItem notification={notification} onOpen={handleOpen} />
              </li>
            ))}
          </ul>
        )}
        {list.nextCursor && <LoadMoreButton onClick={list.loadMore} busy={list.loadingMore} error={list.loadMoreError} />}
      </div>
    </>
  );
}
