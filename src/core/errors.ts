/** Where in a user's file a problem was found. Lines and columns are 1-based. */
export interface SourceLocation {
  file: string;
  line?: number;
  column?: number;
}

/**
 * A problem the user fixes: a bad input, a malformed file, a missing token.
 * The message names the input or file and says what is allowed; it is shown without a stack trace.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  constructor(
    message: string,
    readonly location?: SourceLocation,
  ) {
    super(message);
  }
}

/**
 * A server that refused the credentials (401/403): the user fixes them. Registries answer so for a
 * repository that does not exist yet too (GHCR: "denied"), which callers that only look may need to tell.
 */
export class AccessRefusedError extends UserError {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

/**
 * A server or API that failed: names which, its status, and whether retrying the step is safe.
 */
export class ExternalError extends Error {
  override readonly name = 'ExternalError';
  constructor(
    message: string,
    readonly service: string,
    readonly status?: number,
    readonly retrySafe = true,
  ) {
    super(message);
  }
}

/** The message of any thrown value, for places that must not leak a stack. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Untrusted text (a key, a name) as it goes into a message: JSON-quoted, cut at `max` characters, and
 * with the line separators JSON leaves raw (U+2028, U+2029) escaped too, so it stays on one log line.
 */
export function quoted(text: string, max = 80): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return JSON.stringify(cut).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}
