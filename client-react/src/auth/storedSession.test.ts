import { describe, expect, it } from 'vitest';
import { loadSession, saveSession, sessionFromLogin, SESSION_STORAGE_KEY } from './storedSession';

const user = { id: 'u1', email: 'ada@example.com' };

describe('session storage', () => {
  it('computes the expiry from expiresIn seconds', () => {
    const session = sessionFromLogin({ accessToken: 't', tokenType: 'Bearer', expiresIn: 3600, user }, 1_000);
    expect(session).toEqual({ accessToken: 't', user, expiresAt: 1_000 + 3_600_000 });
  });

  it('returns a saved session until it expires, then drops it', () => {
    saveSession({ accessToken: 't', user, expiresAt: 5_000 });
    expect(loadSession(4_999)?.accessToken).toBe('t');
    expect(loadSession(5_000)).toBeNull();
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it('ignores corrupt entries', () => {
    localStorage.setItem(SESSION_STORAGE_KEY, '{not json');
    expect(loadSession()).toBeNull();
    localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ accessToken: 't' }));
    expect(loadSession()).toBeNull();
  });
});
