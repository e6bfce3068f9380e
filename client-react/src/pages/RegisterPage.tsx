import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { toFormErrors } from '../api/formErrors';
import { useAuth } from '../auth/authContext';
import { ACCOUNT_CREATED_NOTICE, EMAIL_TAKEN_MESSAGE, TOO_MANY_ATTEMPTS_MESSAGE } from '../auth/authMessages';
import { fromOf, redirectTargetFrom, type LoginState } from '../auth/loginState';
import { CredentialsForm } from '../components/CredentialsForm';
import type { Credentials } from '../validation/credentials';
import { AuthCard } from './AuthCard';

export function RegisterPage() {
  const { session, api, login } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const from = fromOf(location.state);

  // Also the success path: the automatic login stores the session and this page redirects.
  if (session) return <Navigate to={redirectTargetFrom(location.state)} replace />;

  async function handleSubmit({ email, password }: Credentials) {
    try {
      await api.register(email, password);
    } catch (error) {
      return toFormErrors(error, ['email', 'password'], {
        409: { field: 'email', message: EMAIL_TAKEN_MESSAGE },
        429: TOO_MANY_ATTEMPTS_MESSAGE,
      });
    }
    try {
      await login(email, password);
    } catch {
      // The account exists; if the automatic login fails, let the user log in by hand.
      const state: LoginState = { from, notice: ACCOUNT_CREATED_NOTICE };
      navigate('/login', { replace: true, state });
    }
  }

  return (
    <AuthCard
      title="Create your account"
      footer={
        <>
          Already have an account?{' '}
          <Link to="/login" state={{ from }}>
            Log in
          </Link>
        </>
      }
    >
      <CredentialsForm
        submitLabel="Create account"
        busyLabel="Creating account…"
        passwordAutoComplete="new-password"
        onSubmit={handleSubmit}
      />
    </AuthCard>
  );
}
