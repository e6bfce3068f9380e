import type { ReactNode } from 'react';
import { AuthProvider } from './auth/AuthProvider';
import { UnreadCountProvider } from './notifications/UnreadCountProvider';

export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <AuthProvider>
      <UnreadCountProvider>{children}</UnreadCountProvider>
    </AuthProvider>
  );
}
