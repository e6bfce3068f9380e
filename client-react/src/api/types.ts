/*
 * The API's shapes, under the names the app uses. They are the types generated from the server's
 * OpenAPI document (./openapi.ts), so a server change the client does not follow fails
 * `npm run typecheck`, and ./test.sh fails when openapi.ts is not regenerated after a server change.
 */
import type { components, operations } from './openapi';

type Schemas = components['schemas'];

export type User = Schemas['UserSummary'];
export type Credentials = Schemas['Credentials'];
export type LoginResponse = Schemas['LoginResponse'];
export type Post = Schemas['PostResponse'];
export type PostPage = Schemas['PostPageResponse'];
export type Notification = Schemas['NotificationResponse'];
export type NotificationPage = Schemas['NotificationPageResponse'];

/** What every page of a list has (PostPage and NotificationPage are pages). */
export type Page<T> = Pick<PostPage, 'nextCursor'> & { items: T[] };

type PageQuery = NonNullable<operations['getFeed']['parameters']['query']>;

/** `limit` and `cursor` of a list call; no cursor (or null) asks for the first page. */
export type PageRequest = Omit<PageQuery, 'cursor'> & { cursor?: PageQuery['cursor'] | null };

/** The request header of a conditional GET, as the API documents it. */
export type IfNoneMatchHeader = keyof NonNullable<operations['getNotifications']['parameters']['header']>;
