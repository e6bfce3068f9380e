import { Link, Navigate, useLocation } from 'react-router';
import { toFormErrors } from '../api/formErrors';
import { useAuth } from '../auth/authContext';
import { TOO_MANY_ATTEMPTS_MESSAGE, WRONG_CREDENTIALS_MESSAGE } from '../auth/authMessages';
import { fromOf, noticeFrom, redirectTargetFrom } from '../auth/loginState';
import { CredentialsForm } from '../components/CredentialsForm';
import type { Credentials } from '../validation/credentials';
import { AuthCard } from './AuthCard';

export function LoginPage() {
  const { session, login, notice } = useAuth();
  const location = useLocation();

  // Also the success path: once login() stores the session, this page re-renders into the redirect.
  if (session) return <Navigate to={redirectTargetFrom(location.state)} replace />;

  async function handleSubmit({ email, password }: Credentials) {
    try {
      await login(email, password);
    } catch (error) {
      return toFormErrors(error, ['email', 'password'], {
        401: WRONG_CREDENTIALS_MESSAGE,
        429: TOO_MANY_ATTEMPTS_MESSAGE,
      });
    }
  }

  const message = notice ?? noticeFrom(location.state);
  return (
    <AuthCard
      title="Log in"
      footer={
        <>
          New to Mini-LinkedIn?{' '}
          <Link to="/register" state={{ from: fromOf(location.state) }}>
            Create an account
          </Link>
        </>
      }
    >
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      <CredentialsForm
        submitLabel="Log in"
        busyLabel="Logging in…"
        passwordAutoComplete="current-password"
        onSubmit={handleSubmit}
      />
    </AuthCard>
  );
}
