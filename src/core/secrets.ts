/**
 * Every secret this process knows, and the one place that takes them out of what modelgate writes.
 * A process of the job's user can read the step's initial environment (`/proc/<pid>/environ`) whatever
 * the step does, so a training command or a hook may find the tokens and print them, raw or encoded,
 * or write them into a metric name. GitHub masks its own log, GitLab masks only variables marked
 * masked, and neither masks files: so logs, reports, comments, records and outputs pass through here.
 */

/** Shorter values would mask ordinary words; GitHub's own masking has the same floor in practice. */
const MIN_LENGTH = 6;

/** Environment variables that hold a credential on the platforms modelgate runs on. */
export const SECRET_ENV = [
  'GITHUB_TOKEN',
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'CI_JOB_TOKEN',
  'CI_JOB_JWT',
  'CI_JOB_JWT_V2',
  'CI_REGISTRY_PASSWORD',
  'CI_DEPENDENCY_PROXY_PASSWORD',
  'CI_DEPLOY_PASSWORD',
  'MODELGATE_TOKEN',
  'MODELGATE_REGISTRY_PASSWORD',
  'MODELGATE_NOTIFY_WEBHOOK',
  'MODELGATE_PROMETHEUS_TOKEN',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'NODE_AUTH_TOKEN',
] as const;

const forms = new Set<string>();
let longest = 0;
let pattern: RegExp | undefined;

/** The standard base64 of `value` as it appears inside any longer base64 text: one core per alignment. */
function base64Cores(value: string): string[] {
  const bytes = Buffer.from(value, 'utf8');
  const cores: string[] = [];
  for (let shift = 0; shift < 3; shift++) {
    const encoded = Buffer.concat([Buffer.alloc(shift), bytes]).toString('base64');
    // Drop the characters that carry the padding bytes before and the partial group after.
    const start = shift === 0 ? 0 : Math.ceil((shift * 4) / 3);
    const end = Math.floor(((shift + bytes.length) * 4) / 3);
    const core = encoded.slice(start, end);
    if (core.length >= MIN_LENGTH) cores.push(core, core.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return cores;
}

/** The ways a secret may be written: as is, URL-encoded, JSON-escaped, base64 (standard and URL-safe, any alignment), hex. */
export function secretForms(value: string): string[] {
  if (value.length < MIN_LENGTH) return [];
  const all = [value, encodeURIComponent(value), JSON.stringify(value).slice(1, -1), Buffer.from(value).toString('hex'), ...base64Cores(value)];
  return [...new Set(all)].filter((f) => f.length >= MIN_LENGTH);
}

/** Adds a secret (an input marked secret, a token from the environment): from now on it is scrubbed from what modelgate writes. */
export function addSecret(value: string | undefined): void {
  const trimmed = value?.trim();
  if (!trimmed) return;
  for (const form of secretForms(trimmed)) {
    if (forms.has(form)) continue;
    forms.add(form);
    longest = Math.max(longest, form.length);
    pattern = undefined;
  }
}

/** Adds the credentials the environment holds ({@link SECRET_ENV}). */
export function addEnvironmentSecrets(env: NodeJS.ProcessEnv): void {
  for (const name of SECRET_ENV) addSecret(env[name]);
}

function compiled(): RegExp | undefined {
  if (forms.size === 0) return undefined;
  // Longest first, so a form inside another is not replaced first and leaves the rest visible.
  pattern ??= new RegExp(
    [...forms]
      .sort((a, b) => b.length - a.length)
      .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|'),
    'g',
  );
  return pattern;
}

/** `text` with every known secret, in every form, replaced by `***`. */
export function scrub(text: string): string {
  const regex = compiled();
  return regex ? text.replace(regex, '***') : text;
}

/** {@link scrub} for a byte buffer of text (UTF-8); the same bytes when nothing is secret. */
export function scrubBytes(data: Uint8Array): Uint8Array {
  if (!compiled()) return data;
  const text = Buffer.from(data).toString('utf8');
  const clean = scrub(text);
  return clean === text ? data : Buffer.from(clean, 'utf8');
}

/**
 * Scrubs a stream of text cut into chunks anywhere, even inside a secret: each call returns what is
 * safe to write now and holds back a tail that could still be the start of one; `end()` returns the rest.
 */
export function streamScrubber(): { push(chunk: string): string; end(): string } {
  let held = '';
  return {
    push(chunk) {
      const text = scrub(held + chunk);
      const keep = Math.max(0, longest - 1);
      // Hold back only what may still be the start of a secret; everything before it is written now.
      const cut = keep === 0 ? text.length : Math.max(0, text.length - keep);
      held = text.slice(cut);
      return text.slice(0, cut);
    },
    end() {
      const rest = scrub(held);
      held = '';
      return rest;
    },
  };
}
