import { describe, expect, it } from 'vitest';
import { limits } from '../api/limits';
import { MAX_IMAGE_BYTES, validateImage } from './image';

describe('validateImage', () => {
  it.each(['image/jpeg', 'image/png', 'image/gif', 'image/webp'])('accepts %s', (type) => {
    expect(validateImage({ type, size: 1024 })).toBeUndefined();
  });

  it.each(['image/svg+xml', 'image/bmp', 'application/pdf', 'text/html', ''])('rejects type %j', (type) => {
    expect(validateImage({ type, size: 1024 })).toBe('Choose a JPEG, PNG, GIF or WebP image.');
  });

  it('accepts exactly the limit and rejects one byte more', () => {
    expect(MAX_IMAGE_BYTES).toBe(limits.maxImageMegabytes * 1024 * 1024);
    expect(validateImage({ type: 'image/png', size: MAX_IMAGE_BYTES })).toBeUndefined();
    expect(validateImage({ type: 'image/png', size: MAX_IMAGE_BYTES + 1 })).toContain(`larger than ${limits.maxImageMegabytes} MB`);
  });
});
