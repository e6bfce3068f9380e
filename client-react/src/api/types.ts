export interface User {
  id: string;
  email: string;
}

export interface LoginResponse {
  accessToken: string;
  tokenType: string;
  /** Lifetime of the access token in seconds. */
  expiresIn: number;
  user: User;
}

export interface Post {
  id: string;
  author: User;
  text: string;
  /** Same-origin path of the attached image, or null. */
  imageUrl: string | null;
  /** ISO-8601 UTC timestamp. */
  createdAt: string;
}

export interface Notification {
  id: string;
  postId: string;
  author: User;
  preview: string;
  createdAt: string;
  read: boolean;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface NotificationPage extends Page<Notification> {
  unreadCount: number;
}

export interface PageRequest {
  limit?: number;
  cursor?: string | null;
}
