// User-facing messages of the login/register flows, in one place.
export const WRONG_CREDENTIALS_MESSAGE = 'Wrong email or password.';
export const TOO_MANY_ATTEMPTS_MESSAGE = 'Too many attempts, try again later.';
export const EMAIL_TAKEN_MESSAGE = 'An account with this email already exists.';
export const ACCOUNT_CREATED_NOTICE = 'Your account was created. Log in to continue.';
export const SESSION_ENDED_NOTICE = 'Your session has expired. Please log in again.';
