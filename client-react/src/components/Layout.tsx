import { Outlet } from 'react-router';
import { NavBar } from './NavBar';

/** Page chrome shared by every route: skip link, header with navigation, main landmark. */
export function Layout() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <NavBar />
      <main id="main" className="page" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
