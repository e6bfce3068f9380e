import { useRef, useState, type FormEvent } from 'react';
import type { FormErrors } from '../api/formErrors';
import {
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  validateCredentials,
  type CredentialField,
  type Credentials,
} from '../validation/credentials';
import { TextField } from './TextField';

interface CredentialsFormProps {
  submitLabel: string;
  busyLabel: string;
  passwordAutoComplete: 'current-password' | 'new-password';
  /** Resolves with errors to show, or nothing on success. */
  onSubmit: (credentials: Credentials) => Promise<FormErrors<CredentialField> | void>;
}

/**
 * Email + password form used by login and register. Client-side rules are checked
 * when a field is left and on submit; server messages appear next to their field.
 */
export function CredentialsForm({ submitLabel, busyLabel, passwordAutoComplete, onSubmit }: CredentialsFormProps) {
  const [values, setValues] = useState<Credentials>({ email: '', password: '' });
  const [visited, setVisited] = useState<Partial<Record<CredentialField, boolean>>>({});
  const [serverErrors, setServerErrors] = useState<FormErrors<CredentialField>>({ fields: {} });
  const [busy, setBusy] = useState(false);
  const emailInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);

  const clientErrors = validateCredentials(values);
  const errorFor = (field: CredentialField) =>
    (visited[field] ? clientErrors[field] : undefined) ?? serverErrors.fields[field];

  function change(field: CredentialField, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    setServerErrors((current) => ({ fields: { ...current.fields, [field]: undefined } }));
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setVisited({ email: true, password: true });
    if (clientErrors.email || clientErrors.password) {
      (clientErrors.email ? emailInput : passwordInput).current?.focus();
      return;
    }
    setBusy(true);
    setServerErrors({ fields: {} });
    const errors = await onSubmit({ email: values.email.trim(), password: values.password });
    setBusy(false);
    if (errors) {
      setServerErrors(errors);
      if (errors.fields.email) emailInput.current?.focus();
      else if (errors.fields.password) passwordInput.current?.focus();
    }
  }

  return (
    <form className="stack" onSubmit={handleSubmit} noValidate aria-busy={busy}>
      {serverErrors.general && (
        <p className="form-error" role="alert">
          {serverErrors.general}
        </p>
      )}
      <TextField
        ref={emailInput}
        label="Email"
        type="email"
        name="email"
        autoComplete="email"
        inputMode="email"
        required
        value={values.email}
        error={errorFor('email')}
        onChange={(event) => change('email', event.target.value)}
        onBlur={() => setVisited((current) => ({ ...current, email: true }))}
      />
      <TextField
        ref={passwordInput}
        label="Password"
        type="password"
        name="password"
        autoComplete={passwordAutoComplete}
        required
        hint={`${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters.`}
        value={values.password}
        error={errorFor('password')}
        onChange={(event) => change('password', event.target.value)}
        onBlur={() => setVisited((current) => ({ ...current, password: true }))}
      />
      <button type="submit" className="button button-primary button-block" disabled={busy}>
        {busy ? busyLabel : submitLabel}
      </button>
    </form>
  );
}
