import { render } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import { AppRoutes } from '../App';
import { AppProviders } from '../AppProviders';
import { saveSession, type Session } from '../auth/storedSession';

function CurrentPath() {
  const location = useLocation();
  return <div data-testid="current-path">{location.pathname}</div>;
}

/** Renders the whole app at `path`, optionally already logged in. */
export function renderApp(path: string, { session }: { session?: Session } = {}) {
  if (session) saveSession(session);
  return render(
    <MemoryRouter initialEntries={[path]}>
      <AppProviders>
        <AppRoutes />
        <CurrentPath />
      </AppProviders>
    </MemoryRouter>,
  );
}
