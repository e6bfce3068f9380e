import { useCallback, useEffect, useState } from 'react';
import { messageOf } from '../api/problem';
import type { Page } from '../api/types';

export type FetchPage<T> = (cursor: string | null) => Promise<Page<T>>;

interface CursorListState<T> {
  items: T[];
  nextCursor: string | null;
  /** Status of the first page. */
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  loadingMore: boolean;
  loadMoreError: string | null;
}

const initialState = {
  items: [],
  nextCursor: null,
  status: 'loading',
  error: null,
  loadingMore: false,
  loadMoreError: null,
} as const satisfies CursorListState<never>;

/**
 * A list fetched page by page with an opaque cursor: first page on mount,
 * `loadMore` for the next one, `retry` after a failed first page.
 * `fetchPage` must be stable (wrap it in useCallback).
 */
export function useCursorList<T extends { id: string }>(fetchPage: FetchPage<T>) {
  const [state, setState] = useState<CursorListState<T>>(initialState);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let cancelled = false;
    fetchPage(null).then(
      (page) => {
        if (!cancelled) setState({ ...initialState, status: 'ready', items: page.items, nextCursor: page.nextCursor });
      },
      (error: unknown) => {
        if (!cancelled) setState({ ...initialState, status: 'error', error: messageOf(error) });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [fetchPage, attempt]);

  const retry = useCallback(() => {
    setState(initialState);
    setAttempt((value) => value + 1);
  }, []);

  const loadMore = useCallback(async () => {
    const cursor = state.nextCursor;
    if (!cursor || state.loadingMore) return;
    setState((current) => ({ ...current, loadingMore: true, loadMoreError: null }));
    try {
      const page = await fetchPage(cursor);
      setState((current) => {
        const seen = new Set(current.items.map((item) => item.id));
        return {
          ...current,
          items: [...current.items, ...page.items.filter((item) => !seen.has(item.id))],
          nextCursor: page.nextCursor,
          loadingMore: false,
        };
      });
    } catch (error) {
      setState((current) => ({ ...current, loadingMore: false, loadMoreError: messageOf(error) }));
    }
  }, [fetchPage, state.nextCursor, state.loadingMore]);

  return { ...state, loadMore, retry };
}
