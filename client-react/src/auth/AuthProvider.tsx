import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { createApiClient } from '../api/client';
import { AuthContext, type AuthContextValue } from './authContext';
import { SESSION_ENDED_NOTICE } from './authMessages';
import { clearSession, loadSession, saveSession, sessionFromLogin, SESSION_STORAGE_KEY } from './storedSession';

// setTimeout cannot wait longer than this (about 24.8 days).
const MAX_TIMER_DELAY_MS = 2_147_483_647;

export function AuthProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState(() => loadSession());
  const [notice, setNotice] = useState<string | null>(null);

  const logout = useCallback((message?: string) => {
    clearSession();
    setSession(null);
    setNotice(message ?? null);
  }, []);

  const api = useMemo(
    () =>
      createApiClient({
        getToken: () => loadSession()?.accessToken ?? null,
        onUnauthorized: () => logout(SESSION_ENDED_NOTICE),
      }),
    [logout],
  );

  const login = useCallback(
    async (email: string, password: string) => {
      const next = sessionFromLogin(await api.login(email, password));
      saveSession(next);
      setSession(next);
      setNotice(null);
    },
    [api],
  );

  // Drop the token as soon as it expires, even if no request is made.
  useEffect(() => {
    if (!session) return;
    const delay = Math.min(Math.max(session.expiresAt - Date.now(), 0), MAX_TIMER_DELAY_MS);
    const timer = setTimeout(() => logout(SESSION_ENDED_NOTICE), delay);
    return () => clearTimeout(timer);
  }, [session, logout]);

  // Keep tabs in sync: logging in or out in one tab applies to the others.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === SESSION_STORAGE_KEY || event.key === null) setSession(loadSession());
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);

  const value = useMemo<AuthContextValue>(
    () => ({ session, api, notice, login, logout }),
    [session, api, notice, login, logout],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
