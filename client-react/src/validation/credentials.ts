import { limits } from '../api/limits';

// Mirrors the server's rules for /api/register and /api/login; the numbers come from the API.
export const PASSWORD_MIN_LENGTH = limits.minPasswordLength;
export const PASSWORD_MAX_LENGTH = limits.maxPasswordLength;
const EMAIL_MAX_LENGTH = limits.maxEmailLength;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type CredentialField = 'email' | 'password';
export type Credentials = Record<CredentialField, string>;
export type CredentialErrors = Partial<Record<CredentialField, string>>;

export function validateEmail(email: string): string | undefined {
  const value = email.trim();
  if (!value) return 'Enter your email address.';
  if (value.length > EMAIL_MAX_LENGTH || !EMAIL_PATTERN.test(value)) return 'Enter a valid email address, like name@example.com.';
  return undefined;
}

export function validatePassword(password: string): string | undefined {
  if (!password) return 'Enter your password.';
  if (password.length < PASSWORD_MIN_LENGTH) return `Password must be at least ${PASSWORD_MIN_LENGTH} characters.`;
  if (password.length > PASSWORD_MAX_LENGTH) return `Password must be at most ${PASSWORD_MAX_LENGTH} characters.`;
  return undefined;
}

export function validateCredentials({ email, password }: Credentials): CredentialErrors {
  const errors: CredentialErrors = {};
  const emailError = validateEmail(email);
  const passwordError = validatePassword(password);
  if (emailError) errors.email = emailError;
  if (passwordError) errors.password = passwordError;
  return errors;
}
