/**
 * The names modelgate gives things in a store, one grammar and one message each: a model is an OCI
 * repository, a version an OCI tag, and an environment becomes part of a tag (`env-<name>`).
 */

const REPOSITORY = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const TAG = /^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$/;
const ENVIRONMENT = /^[a-z0-9][a-z0-9._-]{0,63}$/;

/** A name with its grammar and what to tell a user whose name breaks it. */
export interface NameRule {
  test(name: string): boolean;
  /** The grammar as one regular expression (no lookarounds: GitLab checks `spec:inputs:regex` with RE2). */
  readonly pattern: RegExp;
  /** Completes "must be …" / "may hold …" in a message. */
  readonly allowed: string;
}

/** A model: an OCI repository name (lowercase components separated by `/`, at most 255 characters). */
export const MODEL_NAME: NameRule = {
  test: (name) => name.length <= 255 && REPOSITORY.test(name),
  pattern: REPOSITORY,
  allowed: 'must be an OCI repository name: lowercase letters and digits, separated by ., _, - or /',
};

/** A version: an OCI tag. */
export const VERSION_TAG: NameRule = {
  test: (name) => TAG.test(name),
  pattern: TAG,
  allowed: 'must be an OCI tag: letters, digits, _ . - (at most 128, not starting with . or -)',
};

/** An environment: lowercase, so that `env-<name>` is a tag on every registry. */
export const ENVIRONMENT_NAME: NameRule = {
  test: (name) => ENVIRONMENT.test(name),
  pattern: ENVIRONMENT,
  allowed: 'may hold lowercase letters, digits, . _ - (at most 64), e.g. production',
};
