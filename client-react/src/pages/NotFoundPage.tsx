import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <div className="card state">
      <title>Page not found · Mini-LinkedIn</title>
      <h1 className="page-title">Page not found</h1>
      <p>There is nothing at this address.</p>
      <p>
        <Link to="/">Go to the home page</Link>
      </p>
    </div>
  );
}
