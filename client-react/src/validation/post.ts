import { limits } from '../api/limits';

export const MAX_POST_LENGTH = limits.maxPostTextLength;

export function validatePostText(text: string, hasImage: boolean): string | undefined {
  if (!text.trim() && !hasImage) return 'Write something or add an image.';
  if (text.length > MAX_POST_LENGTH) return `Posts can be at most ${MAX_POST_LENGTH} characters.`;
  return undefined;
}
