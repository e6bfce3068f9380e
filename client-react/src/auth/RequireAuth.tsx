import { Navigate, Outlet, useLocation } from 'react-router';
import { useAuth } from './authContext';

/** Route guard: sends logged-out visitors to /login and remembers where they were going. */
export function RequireAuth() {
  const { session } = useAuth();
  const location = useLocation();
  if (!session) return <Navigate to="/login" replace state={{ from: location }} />;
  return <Outlet />;
}
