/**
 * Chat messages for Slack and Microsoft Teams incoming webhooks. Titles, lines and link texts come from
 * pull requests (a metric name, a branch, a PR title): they are escaped so they cannot mention a
 * channel, add a link or change formatting, and capped to what the services accept.
 */

/** How a run ended, as the message's verdict. */
export type NotifyVerdict = 'pass' | 'warn' | 'fail' | 'no-baseline' | 'promoted' | 'rolled-back';

/** A chat message: a title, its verdict, lines of detail and links (to the report, the run). */
export interface NotifyMessage {
  title: string;
  verdict: NotifyVerdict;
  lines: string[];
  links: { text: string; url: string }[];
}

/** Characters in one Slack section's text (Slack's limit). */
export const SLACK_SECTION_LIMIT = 3000;
/** Blocks in one Slack message (Slack's limit). */
export const MAX_BLOCKS = 50;
/** Characters of text in a Teams card: the whole message must stay under Teams' 28 KB. */
export const TEAMS_TEXT_LIMIT = 20_000;

const EMOJI: Record<NotifyVerdict, string> = {
  pass: ':white_check_mark:',
  warn: ':warning:',
  fail: ':x:',
  'no-baseline': ':warning:',
  promoted: ':rocket:',
  'rolled-back': ':rewind:',
};
const TEAMS_COLOR: Record<NotifyVerdict, string> = { pass: 'Good', warn: 'Warning', fail: 'Attention', 'no-baseline': 'Warning', promoted: 'Good', 'rolled-back': 'Warning' };

/** Text cut to `limit` characters, with an ellipsis when cut. */
function cap(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

/**
 * Slack mrkdwn text with `&`, `<` and `>` escaped: Slack only reads links, `<!channel>`-style mentions
 * and user references between angle brackets, so none can come from the text.
 */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Teams (Adaptive Card) text with markdown neutralised: every character the card's markdown reads
 * (emphasis, link brackets, code; list and heading markers at a line's start) gets a backslash, `<` and
 * `>` too so `<at>` cannot look like a mention, and `{{` is broken so the card's `{{DATE(...)}}`
 * functions do not run.
 */
export function escapeTeams(text: string): string {
  return (
    text
      .replace(/[\\`*_[\]~<>]/g, (char) => `\\${char}`)
      // Headings and list markers only count at the start of a line: escape them there, not in `2024-01`.
      .replace(/^(\s*)([#+-])/gm, '$1\\$2')
      .replace(/^(\s*\d+)\./gm, '$1\\.')
      .replace(/\{\{/g, '{\u200B{')
  );
}

/** An http(s) link, or `undefined` for anything else (a `javascript:` or `slack://` link from a PR). */
function safeLink(url: string): URL | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** Lines packed into chunks of at most `limit` characters (a longer line is cut). */
function pack(lines: readonly string[], limit: number): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const raw of lines) {
    const line = cap(raw, limit);
    if (current && current.length + 1 + line.length > limit) {
      chunks.push(current);
      current = line;
    } else {
      current = current ? `${current}\n${line}` : line;
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

/** A Slack mrkdwn section block. */
function section(text: string): { type: 'section'; text: { type: 'mrkdwn'; text: string } } {
  return { type: 'section', text: { type: 'mrkdwn', text } };
}

/**
 * The Slack incoming-webhook payload: `text` (the notification's plain fallback) and mrkdwn section
 * blocks: title with verdict, the lines packed into sections of at most {@link SLACK_SECTION_LIMIT}
 * characters, then the links; at most {@link MAX_BLOCKS} blocks, the last saying what was left out.
 */
export function slackPayload(message: NotifyMessage): { text: string; blocks: ReturnType<typeof section>[] } {
  const title = escapeSlack(cap(message.title, 200));
  const head = section(cap(`${EMOJI[message.verdict]} *${title}*: ${message.verdict}`, SLACK_SECTION_LIMIT));
  const body = pack(message.lines.map(escapeSlack), SLACK_SECTION_LIMIT).map(section);
  const links = message.links.map((link) => {
    const url = safeLink(link.url);
    const text = escapeSlack(link.text.replace(/\|/g, '¦'));
    // Inside <url|text> only `|` and `>` end the URL; percent-encode them (escaping is for text).
    return url ? `<${url.href.replace(/\|/g, '%7C').replace(/>/g, '%3E')}|${text}>` : text;
  });
  const linkBlocks = pack(links.length ? [links.join(' · ')] : [], SLACK_SECTION_LIMIT).map(section);
  let blocks = [head, ...body, ...linkBlocks];
  if (blocks.length > MAX_BLOCKS) {
    const kept = MAX_BLOCKS - 1 - linkBlocks.length;
    const dropped = body.length - (kept - 1);
    blocks = [head, ...body.slice(0, kept - 1), section(`_… ${dropped} more section${dropped === 1 ? '' : 's'} left out_`), ...linkBlocks].slice(0, MAX_BLOCKS);
  }
  return { text: cap(`${message.verdict}: ${title}`, SLACK_SECTION_LIMIT), blocks };
}

/** An Adaptive Card text block (wrapping). */
type TextBlock = { type: 'TextBlock'; text: string; wrap: true; size?: string; weight?: string; color?: string; spacing?: string };

/**
 * The Teams incoming-webhook (and Workflows) payload: a message with one Adaptive Card 1.4 whose body is
 * the escaped title, the verdict in its colour and the lines (packed, at most {@link MAX_BLOCKS} blocks,
 * {@link TEAMS_TEXT_LIMIT} characters in all), and whose actions open the http(s) links.
 */
export function teamsPayload(message: NotifyMessage): {
  type: 'message';
  attachments: {
    contentType: 'application/vnd.microsoft.card.adaptive';
    contentUrl: null;
    content: { $schema: string; type: 'AdaptiveCard'; version: '1.4'; body: TextBlock[]; actions: { type: 'Action.OpenUrl'; title: string; url: string }[] };
  }[];
} {
  const body: TextBlock[] = [
    { type: 'TextBlock', text: escapeTeams(cap(message.title, 200)), wrap: true, size: 'Large', weight: 'Bolder' },
    { type: 'TextBlock', text: message.verdict, wrap: true, weight: 'Bolder', color: TEAMS_COLOR[message.verdict], spacing: 'None' },
  ];
  let budget = TEAMS_TEXT_LIMIT;
  const chunks = pack(message.lines.map(escapeTeams), SLACK_SECTION_LIMIT);
  for (const [index, chunk] of chunks.entries()) {
    if (body.length === MAX_BLOCKS - 1 || chunk.length > budget) {
      body.push({ type: 'TextBlock', text: `… ${chunks.length - index} more section${chunks.length - index === 1 ? '' : 's'} left out`, wrap: true });
      break;
    }
    // Teams joins single newlines; a blank line keeps the lines apart.
    body.push({ type: 'TextBlock', text: chunk.replace(/\n/g, '\n\n'), wrap: true });
    budget -= chunk.length;
  }
  const actions = message.links.flatMap((link) => {
    const url = safeLink(link.url);
    // Action titles are plain text: no markdown to neutralise, only a length to cap.
    return url ? [{ type: 'Action.OpenUrl' as const, title: cap(link.text, 100), url: url.href }] : [];
  });
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: { $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', type: 'AdaptiveCard', version: '1.4', body, actions: actions.slice(0, 10) },
      },
    ],
  };
}
