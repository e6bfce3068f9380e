import { useCallback } from 'react';
import { useApi } from '../auth/authContext';
import { useCursorList } from '../hooks/useCursorList';
import { ErrorState } from './ErrorState';
import { LoadMoreButton } from './LoadMoreButton';
import { PostCard } from './PostCard';

const FEED_PAGE_SIZE = 10;

/** Latest posts of everybody else, newest first (the API leaves out the caller's own posts). */
export function Feed() {
  const api = useApi();
  const fetchPage = useCallback((cursor: string | null) => api.getFeed({ limit: FEED_PAGE_SIZE, cursor }), [api]);
  const feed = useCursorList(fetchPage);

  return (
    <section className="feed" aria-labelledby="feed-title" aria-busy={feed.status === 'loading' || feed.loadingMore}>
      <h2 id="feed-title" className="section-title">
        Latest posts
      </h2>
      {feed.status === 'loading' && (
        <p className="card state" role="status">
          Loading posts…
        </p>
      )}
      {feed.status === 'error' && <ErrorState message={feed.error ?? ''} onRetry={feed.retry} />}
      {feed.status === 'ready' && feed.items.length === 0 && (
        <div className="card state">
          <p>No posts yet.</p>
          <p className="muted">When other members share something, it shows up here.</p>
        </div>
      )}
      {feed.items.length > 0 && (
        <ul className="post-list" aria-label="Posts">
          {feed.items.map((post) => (
            <li key={post.id}>
              <PostCard post={post} />
            </li>
          ))}
        </ul>
      )}
      {feed.nextCursor && <LoadMoreButton onClick={feed.loadMore} busy={feed.loadingMore} error={feed.loadMoreError} />}
    </section>
  );
}
