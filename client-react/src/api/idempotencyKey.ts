/**
 * A fresh Idempotency-Key for one submit: 128 random bits as hex. getRandomValues, unlike
 * crypto.randomUUID, also works on plain-http origins other than localhost.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
