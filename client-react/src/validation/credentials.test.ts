import { describe, expect, it } from 'vitest';
import { validateCredentials, validateEmail, validatePassword } from './credentials';

describe('validateEmail', () => {
  it.each(['ada@example.com', '  ada@example.com  ', 'first.last+tag@sub.example.org'])('accepts %j', (email) => {
    expect(validateEmail(email)).toBeUndefined();
  });

  it('asks for an email when empty', () => {
    expect(validateEmail('   ')).toBe('Enter your email address.');
  });

  it.each(['ada', 'ada@', '@example.com', 'ada@example', 'a da@example.com', 'ada@@example.com'])('rejects %j', (email) => {
    expect(validateEmail(email)).toMatch(/valid email/);
  });
});

describe('validatePassword', () => {
  it('accepts 8 to 128 characters', () => {
    expect(validatePassword('x'.repeat(8))).toBeUndefined();
    expect(validatePassword('x'.repeat(128))).toBeUndefined();
  });

  it('rejects 7 and 129 characters', () => {
    expect(validatePassword('x'.repeat(7))).toBe('Password must be at least 8 characters.');
    expect(validatePassword('x'.repeat(129))).toBe('Password must be at most 128 characters.');
  });

  it('asks for a password when empty', () => {
    expect(validatePassword('')).toBe('Enter your password.');
  });
});

describe('validateCredentials', () => {
  it('reports each invalid field', () => {
    expect(validateCredentials({ email: 'nope', password: 'short' })).toEqual({
      email: expect.stringMatching(/valid email/),
      password: expect.stringMatching(/at least 8/),
    });
    expect(validateCredentials({ email: 'ada@example.com', password: 'long enough' })).toEqual({});
  });
});
