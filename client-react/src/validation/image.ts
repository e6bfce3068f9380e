import { limits } from '../api/limits';

export const MAX_IMAGE_BYTES = limits.maxImageBytes;
export const ALLOWED_IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp'] as const;
export const IMAGE_TYPE_MESSAGE = 'Choose a JPEG, PNG, GIF or WebP image.';
export const IMAGE_SIZE_MESSAGE = `The image is larger than ${limits.maxImageMegabytes} MB. Choose a smaller one.`;

/** Returns why an image cannot be posted, or undefined when it is acceptable. */
export function validateImage(file: Pick<File, 'type' | 'size'>): string | undefined {
  if (!(ALLOWED_IMAGE_TYPES as readonly string[]).includes(file.type)) {
    return IMAGE_TYPE_MESSAGE;
  }
  if (file.size > MAX_IMAGE_BYTES) return IMAGE_SIZE_MESSAGE;
  return undefined;
}
