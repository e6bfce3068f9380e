import type { ReactNode } from 'react';

/** Centered card used by the login and register pages. */
export function AuthCard({ title, children, footer }: { title: string; children: ReactNode; footer: ReactNode }) {
  return (
    <div className="auth-page">
      <title>{`${title} · Mini-LinkedIn`}</title>
      <section className="card auth-card" aria-labelledby="auth-title">
        <h1 id="auth-title">{title}</h1>
        {children}
      </section>
      <p className="auth-footer">{footer}</p>
    </div>
  );
}
