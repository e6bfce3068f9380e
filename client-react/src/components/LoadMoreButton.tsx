interface LoadMoreButtonProps {
  onClick: () => void;
  busy: boolean;
  error: string | null;
  label?: string;
}

/** "Load more" for cursor-paged lists; turns into a retry after a failed page. */
export function LoadMoreButton({ onClick, busy, error, label = 'Load more' }: LoadMoreButtonProps) {
  return (
    <div className="load-more">
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="button button-secondary" onClick={onClick} disabled={busy}>
        {busy ? 'Loading…' : error ? 'Try again' : label}
      </button>
    </div>
  );
}
