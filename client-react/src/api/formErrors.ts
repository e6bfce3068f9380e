import { ApiError, messageOf } from './problem';

export interface FormErrors<Field extends string> {
  fields: Partial<Record<Field, string>>;
  general?: string;
}

/** Per-status overrides: a plain string becomes the general message, `{ field, message }` targets a field. */
export type StatusMessages<Field extends string> = Partial<
  Record<number, string | { field: Field; message: string }>
>;

/**
 * Maps an error from the API onto a form: validation messages go next to the
 * matching field (case-insensitive), everything else becomes one general message.
 */
export function toFormErrors<Field extends string>(
  error: unknown,
  fields: readonly Field[],
  statusMessages: StatusMessages<Field> = {},
): FormErrors<Field> {
  if (!(error instanceof ApiError)) return { fields: {}, general: messageOf(error) };

  const override = statusMessages[error.status];
  if (typeof override === 'string') return { fields: {}, general: override };
  if (override) return { fields: { [override.field]: error.problem.detail || override.message } as FormErrors<Field>['fields'] };

  const result: FormErrors<Field> = { fields: {} };
  const known = new Set<string>(fields.map((field) => field.toLowerCase()));
  for (const field of fields) {
    const message = error.fieldError(field);
    if (message) result.fields[field] = message;
  }
  const unmatched = Object.entries(error.fieldErrors)
    .filter(([key]) => !known.has(key))
    .flatMap(([, messages]) => messages);

  if (unmatched.length > 0) result.general = unmatched.join(' ');
  else if (Object.keys(result.fields).length === 0) result.general = error.message;
  return result;
}
