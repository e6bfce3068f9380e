import { describe, expect, it } from 'vitest';
import { toFormErrors } from './formErrors';
import { ApiError } from './problem';

const fields = ['email', 'password'] as const;

describe('toFormErrors', () => {
  it('puts validation messages next to their field', () => {
    const error = new ApiError(400, { title: 'Invalid', errors: { Email: ['Bad email.'], password: ['Too short.'] } });
    expect(toFormErrors(error, fields)).toEqual({ fields: { email: 'Bad email.', password: 'Too short.' } });
  });

  it('turns messages for unknown fields into the general message', () => {
    const error = new ApiError(400, { title: 'Invalid', errors: { '': ['Body is required.'], Email: ['Bad email.'] } });
    expect(toFormErrors(error, fields)).toEqual({ fields: { email: 'Bad email.' }, general: 'Body is required.' });
  });

  it('uses the problem detail or title when there are no field errors', () => {
    expect(toFormErrors(new ApiError(500, { title: 'Server error', detail: 'Database down.' }), fields)).toEqual({
      fields: {},
      general: 'Database down.',
    });
  });

  it('applies per-status general messages', () => {
    const messages = { 401: 'Wrong email or password.', 429: 'Too many attempts, try again later.' };
    expect(toFormErrors(new ApiError(401, { title: 'Unauthorized' }), fields, messages).general).toBe('Wrong email or password.');
    expect(toFormErrors(new ApiError(429), fields, messages).general).toBe('Too many attempts, try again later.');
  });

  it('can target a field for a status, preferring the server detail', () => {
    const messages = { 409: { field: 'email' as const, message: 'Taken.' } };
    expect(toFormErrors(new ApiError(409, { title: 'Conflict' }), fields, messages)).toEqual({ fields: { email: 'Taken.' } });
    expect(toFormErrors(new ApiError(409, { detail: 'Email already registered.' }), fields, messages)).toEqual({
      fields: { email: 'Email already registered.' },
    });
  });

  it('gives a generic message for unexpected errors', () => {
    expect(toFormErrors(new Error('boom'), fields)).toEqual({ fields: {}, general: 'Something went wrong. Please try again.' });
  });
});
