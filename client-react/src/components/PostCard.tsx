import { Link } from 'react-router';
import type { Post } from '../api/types';
import { RelativeTime } from './RelativeTime';

/** One post. Text is rendered as plain text (React escapes it); line breaks are kept by CSS. */
export function PostCard({ post, headingLevel = 'h3' }: { post: Post; headingLevel?: 'h2' | 'h3' }) {
  const Heading = headingLevel;
  return (
    <article className="card post" aria-labelledby={`post-${post.id}-author`}>
      <header className="post-header">
        <span className="avatar" aria-hidden="true">
          {post.author.email.charAt(0).toUpperCase()}
        </span>
        <div>
          <Heading className="post-author" id={`post-${post.id}-author`}>
            {post.author.email}
          </Heading>
          <Link to={`/posts/${encodeURIComponent(post.id)}`} className="post-time">
            <RelativeTime iso={post.createdAt} />
            <span className="sr-only"> – open post</span>
          </Link>
        </div>
      </header>
      {post.text && <p className="post-text">{post.text}</p>}
      {post.imageUrl && (
        <img className="post-image" src={post.imageUrl} alt={`Image shared by ${post.author.email}`} loading="lazy" />
      )}
    </article>
  );
}
