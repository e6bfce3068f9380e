import { Link, NavLink, useNavigate } from 'react-router';
import { useAuth } from '../auth/authContext';
import { useUnreadCount } from '../notifications/unreadCountContext';

export function NavBar() {
  const { session, logout } = useAuth();
  const unread = useUnreadCount().count ?? 0;
  const navigate = useNavigate();

  function handleLogout() {
    logout();
    navigate('/login', { replace: true });
  }

  return (
    <header className="topbar">
      <div className="topbar-inner">
        <Link to="/" className="brand" aria-label="Mini-LinkedIn home">
          <span className="brand-mark" aria-hidden="true">
            in
          </span>
          <span className="brand-name">Mini-LinkedIn</span>
        </Link>
        {session && (
          <nav aria-label="Main" className="nav">
            <NavLink to="/" end className="nav-link">
              Home
            </NavLink>
            <NavLink
              to="/notifications"
              className="nav-link"
              aria-label={unread > 0 ? `Notifications, ${unread} unread` : undefined}
            >
              Notifications
              {unread > 0 && (
                <span className="badge" data-testid="unread-count" aria-hidden="true">
                  {unread > 99 ? '99+' : unread}
                </span>
              )}
            </NavLink>
            <span className="nav-user" title={session.user.email}>
              {session.user.email}
            </span>
            <button type="button" className="button button-quiet" onClick={handleLogout}>
              Log out
            </button>
          </nav>
        )}
      </div>
    </header>
  );
}
