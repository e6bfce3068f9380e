import { Link } from 'react-router';
import type { Notification } from '../api/types';
import { RelativeTime } from './RelativeTime';

interface NotificationItemProps {
  notification: Notification;
  onOpen: (notification: Notification) => void;
}

/** A notification is a link to its post; following it (click or Enter) also marks it read. */
export function NotificationItem({ notification, onOpen }: NotificationItemProps) {
  const { read, author, preview, createdAt, postId } = notification;
  return (
    <Link
      to={`/posts/${encodeURIComponent(postId)}`}
      className={read ? 'notification' : 'notification notification-unread'}
      onClick={() => onOpen(notification)}
    >
      {!read && <span className="unread-dot" aria-hidden="true" />}
      <span className="notification-body">
        {!read && <span className="sr-only">Unread:</span>}{' '}
        <span className="notification-author">{author.email}</span> posted:{' '}
        <span className="notification-preview">{preview}</span>{' '}
        <span className="notification-time">
          <RelativeTime iso={createdAt} />
        </span>
      </span>
    </Link>
  );
}
