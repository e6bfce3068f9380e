import type { LoginResponse, User } from '../api/types';

/*
 * The access token is kept in localStorage so a reload or a new tab stays logged in.
 * Trade-off: any script running on this origin could read it (XSS), which an
 * HttpOnly cookie would prevent. It is acceptable here because this is a teaching
 * project with short-lived tokens, the API takes Bearer tokens (so no CSRF
 * surface), the app loads no third-party scripts and React renders all user text
 * as text (no dangerouslySetInnerHTML). The token is also dropped once expired.
 */
export const SESSION_STORAGE_KEY = 'mini-linkedin.session';

export interface Session {
  accessToken: string;
  user: User;
  /** Epoch milliseconds after which the token must no longer be used. */
  expiresAt: number;
}

export function sessionFromLogin(response: LoginResponse, now = Date.now()): Session {
  return {
    accessToken: response.accessToken,
    user: response.user,
    expiresAt: now + response.expiresIn * 1000,
  };
}

export function isExpired(session: Session, now = Date.now()): boolean {
  return now >= session.expiresAt;
}

/** The stored session, or null when absent, malformed or expired (which is then removed). */
export function loadSession(now = Date.now()): Session | null {
  const raw = localStorage.getItem(SESSION_STORAGE_KEY);
  if (!raw) return null;
  const session = parseSession(raw);
  if (!session || isExpired(session, now)) {
    clearSession();
    return null;
  }
  return session;
}

export function saveSession(session: Session): void {
  localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
}

export function clearSession(): void {
  localStorage.removeItem(SESSION_STORAGE_KEY);
}

function parseSession(raw: string): Session | null {
  try {
    const value = JSON.parse(raw) as Partial<Session> | null;
    if (
      typeof value?.accessToken === 'string' &&
      typeof value.expiresAt === 'number' &&
      (typeof value.user?.id === 'string' || typeof value.user?.id === 'number') &&
      typeof value.user.email === 'string'
    ) {
      return { accessToken: value.accessToken, user: value.user, expiresAt: value.expiresAt };
    }
  } catch {
    // Corrupt entry: treated as logged out.
  }
  return null;
}
