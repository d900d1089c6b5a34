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

// Unicode rather than `:x:` codes: the title and lines go out as plain text, where codes are not read.
const EMOJI: Record<NotifyVerdict, string> = {
  pass: '\u2705',
  warn: '\u26A0\uFE0F',
  fail: '\u274C',
  'no-baseline': '\u26A0\uFE0F',
  promoted: '\u{1F680}',
  'rolled-back': '\u23EA',
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
 * `>` too so `<at>` cannot look like a mention, `{{` is broken so the card's `{{DATE(...)}}`
 * functions do not run, and bare URLs get a word joiner so Teams does not make them links.
 */
export function escapeTeams(text: string): string {
  return (
    text
      .replace(/[\\`*_[\]~<>]/g, (char) => `\\${char}`)
      // Headings and list markers only count at the start of a line: escape them there, not in `2024-01`.
      .replace(/^(\s*)([#+-])/gm, '$1\\$2')
      .replace(/^(\s*\d+)\./gm, '$1\\.')
      .replace(/\{\{/g, '{\u200B{')
      // Teams links bare URLs in card text; a word joiner after the scheme (or `www`) keeps them text.
      .replace(/([a-z][a-z0-9+.-]*):\/\//gi, '$1:\u2060//')
      .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\u2060.`)
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

/** A Slack section of plain text: Slack applies no formatting, mention or emoji code to it. */
function plainSection(text: string): SlackSection {
  return { type: 'section', text: { type: 'plain_text', text, emoji: false } };
}

/** A Slack mrkdwn section, `verbatim` so that Slack turns no bare URL or channel name into a link. */
function mrkdwnSection(text: string): SlackSection {
  return { type: 'section', text: { type: 'mrkdwn', text, verbatim: true } };
}

type SlackSection = { type: 'section'; text: { type: 'plain_text'; text: string; emoji: false } | { type: 'mrkdwn'; text: string; verbatim: true } };

/**
 * The Slack incoming-webhook payload: `text` (the notification's fallback) and section blocks: the
 * title with its verdict and the lines as plain text (Slack has no escape for `*`, `_` or `~`, so text
 * from a PR never goes through mrkdwn), packed into sections of at most {@link SLACK_SECTION_LIMIT}
 * characters, then the links as one verbatim mrkdwn section; at most {@link MAX_BLOCKS} blocks, the last
 * saying what was left out.
 */
export function slackPayload(message: NotifyMessage): { text: string; mrkdwn: false; blocks: SlackSection[] } {
  const title = cap(message.title, 200);
  const head = plainSection(cap(`${EMOJI[message.verdict]} ${title}: ${message.verdict}`, SLACK_SECTION_LIMIT));
  const body = pack(message.lines, SLACK_SECTION_LIMIT).map(plainSection);
  const links = message.links.map((link) => {
    const url = safeLink(link.url);
    // A link's label is read as mrkdwn: formatting characters become look-alikes that format nothing.
    const text = escapeSlack(link.text.replace(/\|/g, '¦')).replace(/[*_~`]/g, (c) => SLACK_LOOKALIKE[c] ?? c);
    // Inside <url|text> only `|` and `>` end the URL; percent-encode them (escaping is for text).
    return url ? `<${url.href.replace(/\|/g, '%7C').replace(/>/g, '%3E')}|${text}>` : text;
  });
  const linkBlocks = pack(links.length ? [links.join(' · ')] : [], SLACK_SECTION_LIMIT).map(mrkdwnSection);
  let blocks = [head, ...body, ...linkBlocks];
  if (blocks.length > MAX_BLOCKS) {
    const kept = MAX_BLOCKS - 1 - linkBlocks.length;
    const dropped = body.length - (kept - 1);
    blocks = [head, ...body.slice(0, kept - 1), plainSection(`… ${dropped} more section${dropped === 1 ? '' : 's'} left out`), ...linkBlocks].slice(0, MAX_BLOCKS);
  }
  // `mrkdwn: false`: the fallback text (shown in notifications) is plain as well.
  return { text: cap(`${message.verdict}: ${title}`, SLACK_SECTION_LIMIT), mrkdwn: false, blocks };
}

const SLACK_LOOKALIKE: Record<string, string> = { '*': '\u2217', _: '\uFF3F', '~': '\u223C', '`': '\u02CB' };

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
