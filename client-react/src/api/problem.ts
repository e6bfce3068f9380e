/** RFC 9457 problem details as returned by the API for every error. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: Record<string, string[]>;
}

/** Status used for failures where no HTTP response arrived (offline, DNS, CORS...). */
export const NETWORK_ERROR_STATUS = 0;

const FALLBACK_MESSAGE = 'Something went wrong. Please try again.';

export class ApiError extends Error {
  readonly status: number;
  readonly problem: ProblemDetails;
  /** Validation messages keyed by lower-cased field name. */
  readonly fieldErrors: Readonly<Record<string, string[]>>;

  constructor(status: number, problem: ProblemDetails = {}) {
    super(problem.detail || problem.title || defaultMessageFor(status));
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    this.fieldErrors = lowerCaseKeys(problem.errors);
  }

  /** First validation message for a field; field names match case-insensitively. */
  fieldError(field: string): string | undefined {
    return this.fieldErrors[field.toLowerCase()]?.[0];
  }
}

function defaultMessageFor(status: number): string {
  if (status === NETWORK_ERROR_STATUS) return 'Cannot reach the server. Check your connection and try again.';
  if (status === 401) return 'Please log in again.';
  if (status === 404) return 'Not found.';
  if (status === 413) return 'The upload is too large.';
  if (status === 429) return 'Too many attempts, try again later.';
  if (status >= 500) return 'Something went wrong on our side. Please try again.';
  return FALLBACK_MESSAGE;
}

/** A user-facing message for any thrown value. */
export function messageOf(error: unknown): string {
  return error instanceof ApiError ? error.message : FALLBACK_MESSAGE;
}

/** Builds an ApiError from a failed response, tolerating bodies that are not problem+json. */
export async function apiErrorFromResponse(response: Response): Promise<ApiError> {
  let problem: ProblemDetails = {};
  try {
    const body: unknown = await response.json();
    if (body && typeof body === 'object') problem = body as ProblemDetails;
  } catch {
    // Empty or non-JSON body (e.g. a proxy error page): keep the status-based message.
  }
  return new ApiError(response.status, problem);
}

function lowerCaseKeys(errors: ProblemDetails['errors']): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  if (!errors || typeof errors !== 'object') return result;
  for (const [key, messages] of Object.entries(errors)) {
    const list = Array.isArray(messages) ? messages.map(String) : [String(messages)];
    const normalized = key.toLowerCase();
    result[normalized] = [...(result[normalized] ?? []), ...list];
  }
  return result;
}
