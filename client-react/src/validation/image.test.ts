import { describe, expect, it } from 'vitest';
import { MAX_IMAGE_BYTES, validateImage } from './image';

describe('validateImage', () => {
  it.each(['image/jpeg', 'image/png', 'image/gif', 'image/webp'])('accepts %s', (type) => {
    expect(validateImage({ type, size: 1024 })).toBeUndefined();
  });

  it.each(['image/svg+xml', 'image/bmp', 'application/pdf', 'text/html', ''])('rejects type %j', (type) => {
    expect(validateImage({ type, size: 1024 })).toBe('Choose a JPEG, PNG, GIF or WebP image.');
  });

  it('accepts exactly 5 MB and rejects one byte more', () => {
    expect(MAX_IMAGE_BYTES).toBe(5 * 1024 * 1024);
    expect(validateImage({ type: 'image/png', size: MAX_IMAGE_BYTES })).toBeUndefined();
    expect(validateImage({ type: 'image/png', size: MAX_IMAGE_BYTES + 1 })).toMatch(/larger than 5 MB/);
  });
});
