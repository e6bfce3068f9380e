import type { Location } from 'react-router';

/** Router state carried to /login and /register. */
export interface LoginState {
  /** The protected page the user first asked for. */
  from?: Partial<Location>;
  /** Message to show above the login form. */
  notice?: string;
}

function asLoginState(state: unknown): LoginState {
  return state && typeof state === 'object' ? (state as LoginState) : {};
}

export function fromOf(state: unknown): LoginState['from'] {
  return asLoginState(state).from;
}

/** Where to go after logging in: the page the user first asked for, or home. */
export function redirectTargetFrom(state: unknown): string {
  const from = fromOf(state);
  if (!from?.pathname || from.pathname === '/login' || from.pathname === '/register') return '/';
  return `${from.pathname}${from.search ?? ''}${from.hash ?? ''}`;
}

export function noticeFrom(state: unknown): string | undefined {
  return asLoginState(state).notice;
}
