import { createContext, useContext } from 'react';
import type { ApiClient } from '../api/client';
import type { Session } from './storedSession';

export interface AuthContextValue {
  session: Session | null;
  api: ApiClient;
  /** Message to show on the login page after an involuntary logout (expired or rejected token). */
  notice: string | null;
  login: (email: string, password: string) => Promise<void>;
  logout: (notice?: string) => void;
}

export const AuthContext = createContext<AuthContextValue | null>(null);

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}

export function useApi(): ApiClient {
  return useAuth().api;
}
