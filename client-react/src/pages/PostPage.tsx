import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, messageOf } from '../api/problem';
import type { Post } from '../api/types';
import { useApi } from '../auth/authContext';
import { ErrorState } from '../components/ErrorState';
import { PostCard } from '../components/PostCard';

type PostState =
  | { status: 'loading' }
  | { status: 'ready'; post: Post }
  | { status: 'not-found' }
  | { status: 'error'; message: string };

export function PostPage() {
  const { id = '' } = useParams();
  // A new id remounts the view, so stale state from the previous post never shows.
  return <PostView key={id} id={id} />;
}

function PostView({ id }: { id: string }) {
  const api = useApi();
  const [state, setState] = useState<PostState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    api.getPost(id).then(
      (post) => {
        if (!cancelled) setState({ status: 'ready', post });
      },
      (error: unknown) => {
        if (cancelled) return;
        // 400 means the id is malformed: for the reader that is the same as a missing post.
        const missing = error instanceof ApiError && (error.status === 404 || error.status === 400);
        setState(missing ? { status: 'not-found' } : { status: 'error', message: messageOf(error) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [api, id, attempt]);

  function retry() {
    setState({ status: 'loading' });
    setAttempt((value) => value + 1);
  }

  return (
    <>
      <title>{state.status === 'not-found' ? 'Post not found · Mini-LinkedIn' : 'Post · Mini-LinkedIn'}</title>
      <p>
        <Link to="/" className="back-link">
          ← Back to feed
        </Link>
      </p>
      {state.status === 'not-found' ? (
        <div className="card state">
          <h1 className="page-title">Post not found</h1>
          <p>This post does not exist or the link is wrong.</p>
        </div>
      ) : (
        <h1 className="page-title">Post</h1>
      )}
      {state.status === 'loading' && (
        <p className="card state" role="status">
          Loading post…
        </p>
      )}
      {state.status === 'error' && <ErrorState message={state.message} onRetry={retry} />}
      {state.status === 'ready' && <PostCard post={state.post} headingLevel="h2" />}
    </>
  );
}
