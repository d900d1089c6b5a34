import { ExternalError, UserError } from '../core/errors.js';
import type { NotifyMessage } from './notify-format.js';
import { slackPayload, teamsPayload } from './notify-format.js';

export type { NotifyMessage, NotifyVerdict } from './notify-format.js';
export { escapeSlack, escapeTeams, slackPayload, teamsPayload } from './notify-format.js';

/** The payload style a webhook takes. */
export type WebhookFormat = 'slack' | 'teams';

/** An incoming webhook. Its URL is a secret: it never appears in a message or an error. */
export interface Webhook {
  url: string;
  /** Needed when the host does not say it (a proxy, a loopback test server). */
  format?: WebhookFormat;
}

/** Options of {@link notify}. */
export interface NotifyOptions {
  fetch?: typeof fetch;
  /** Whole request, default 10 s. */
  timeoutMs?: number;
}

/** The webhook's host for messages: the URL's path and query carry its secret, the host does not. */
function hostOf(url: URL): string {
  return url.host;
}

/**
 * The format a webhook takes: the explicit one, else from the host (`hooks.slack.com` is Slack;
 * `*.webhook.office.com` and Power Automate's `*.logic.azure.com` are Teams). Any other host needs an
 * explicit format: a {@link UserError} says so, naming the host only.
 */
export function webhookFormat(webhook: Webhook): WebhookFormat {
  const url = parseWebhookUrl(webhook.url);
  if (webhook.format) {
    if (webhook.format !== 'slack' && webhook.format !== 'teams') throw new UserError(`webhook format must be slack or teams, got '${String(webhook.format)}'`);
    return webhook.format;
  }
  const host = url.hostname.toLowerCase();
  if (host === 'hooks.slack.com') return 'slack';
  if (host.endsWith('.webhook.office.com') || host.endsWith('.logic.azure.com')) return 'teams';
  throw new UserError(`the webhook at ${hostOf(url)} is neither Slack's nor Teams' host; set its format to slack or teams`);
}

function parseWebhookUrl(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    // The text may be the secret with a typo: do not echo it.
    throw new UserError('the webhook URL is not a URL; expected https://hooks.slack.com/services/... or a Teams webhook URL');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UserError(`the webhook URL must be https, got '${url.protocol}'`);
  return url;
}

/** `text` with every occurrence of the URL (and its path, which is the secret part) replaced. */
function scrub(text: string, url: URL): string {
  let out = text.split(url.href).join('<webhook>');
  if (url.pathname.length > 1) out = out.split(url.pathname).join('<webhook path>');
  return out;
}

/**
 * Posts a message to a Slack or Microsoft Teams incoming webhook (see {@link slackPayload} and
 * {@link teamsPayload}: untrusted text is escaped and sizes capped). One attempt: a retry after a
 * timeout could post twice. A refusal or an unreachable webhook is an {@link ExternalError} (service
 * `Slack` or `Teams`) that names the webhook by its host only; callers report it as a warning.
 */
export async function notify(webhook: Webhook, message: NotifyMessage, options: NotifyOptions = {}): Promise<void> {
  const format = webhookFormat(webhook);
  const url = parseWebhookUrl(webhook.url);
  const service = format === 'slack' ? 'Slack' : 'Teams';
  const payload = format === 'slack' ? slackPayload(message) : teamsPayload(message);
  const timeoutMs = options.timeoutMs ?? 10_000;
  const where = `the ${service} webhook at ${hostOf(url)}`;
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(payload),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const reason = error instanceof Error && error.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : failureText(error);
    throw new ExternalError(`${where} could not be reached: ${scrub(reason, url)}`, service);
  }
  const text = (await response.text().catch(() => '')).trim();
  if (!response.ok) {
    const hint = response.status === 404 || response.status === 410 || response.status === 403 ? ' (the webhook may have been removed or revoked)' : '';
    throw new ExternalError(
      `${where} answered ${response.status}${hint}${text ? `: ${scrub(text.slice(0, 200), url)}` : ''}`,
      service,
      response.status,
      response.status >= 500 || response.status === 429,
    );
  }
}

function failureText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as Error & { cause?: unknown }).cause;
  return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
}
