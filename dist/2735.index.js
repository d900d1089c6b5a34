export const id = 2735;
export const ids = [2735];
export const modules = {

/***/ 62735:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  notify: () => (/* binding */ notify)
});

// UNUSED EXPORTS: escapeSlack, escapeTeams, slackPayload, teamsPayload, webhookFormat

// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
;// CONCATENATED MODULE: ./build/monitoring/notify-format.js
/**
 * Chat messages for Slack and Microsoft Teams incoming webhooks. Titles, lines and link texts come from
 * pull requests (a metric name, a branch, a PR title): they are escaped so they cannot mention a
 * channel, add a link or change formatting, and capped to what the services accept.
 */
/** Characters in one Slack section's text (Slack's limit). */
const SLACK_SECTION_LIMIT = 3000;
/** Blocks in one Slack message (Slack's limit). */
const MAX_BLOCKS = 50;
/** Characters of text in a Teams card: the whole message must stay under Teams' 28 KB. */
const TEAMS_TEXT_LIMIT = 20_000;
// Unicode rather than `:x:` codes: the title and lines go out as plain text, where codes are not read.
const EMOJI = {
    pass: '\u2705',
    warn: '\u26A0\uFE0F',
    fail: '\u274C',
    'no-baseline': '\u26A0\uFE0F',
    promoted: '\u{1F680}',
    'rolled-back': '\u23EA',
};
const TEAMS_COLOR = { pass: 'Good', warn: 'Warning', fail: 'Attention', 'no-baseline': 'Warning', promoted: 'Good', 'rolled-back': 'Warning' };
/** Text cut to `limit` characters, with an ellipsis when cut. */
function cap(text, limit) {
    return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}
/**
 * Slack mrkdwn text with `&`, `<` and `>` escaped: Slack only reads links, `<!channel>`-style mentions
 * and user references between angle brackets, so none can come from the text.
 */
function escapeSlack(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
/**
 * Teams (Adaptive Card) text with markdown neutralised: every character the card's markdown reads
 * (emphasis, link brackets, code; list and heading markers at a line's start) gets a backslash, `<` and
 * `>` too so `<at>` cannot look like a mention, `{{` is broken so the card's `{{DATE(...)}}`
 * functions do not run, and bare URLs get a word joiner so Teams does not make them links.
 */
function escapeTeams(text) {
    return (text
        .replace(/[\\`*_[\]~<>]/g, (char) => `\\${char}`)
        // Headings and list markers only count at the start of a line: escape them there, not in `2024-01`.
        .replace(/^(\s*)([#+-])/gm, '$1\\$2')
        .replace(/^(\s*\d+)\./gm, '$1\\.')
        .replace(/\{\{/g, '{\u200B{')
        // Teams links bare URLs in card text; a word joiner after the scheme (or `www`) keeps them text.
        .replace(/([a-z][a-z0-9+.-]*):\/\//gi, '$1:\u2060//')
        .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\u2060.`));
}
/** An http(s) link, or `undefined` for anything else (a `javascript:` or `slack://` link from a PR). */
function safeLink(url) {
    try {
        const parsed = new URL(url);
        return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}
/** Lines packed into chunks of at most `limit` characters (a longer line is cut). */
function pack(lines, limit) {
    const chunks = [];
    let current = '';
    for (const raw of lines) {
        const line = cap(raw, limit);
        if (current && current.length + 1 + line.length > limit) {
            chunks.push(current);
            current = line;
        }
        else {
            current = current ? `${current}\n${line}` : line;
        }
    }
    if (current)
        chunks.push(current);
    return chunks;
}
/** A Slack section of plain text: Slack applies no formatting, mention or emoji code to it. */
function plainSection(text) {
    return { type: 'section', text: { type: 'plain_text', text, emoji: false } };
}
/** A Slack mrkdwn section, `verbatim` so that Slack turns no bare URL or channel name into a link. */
function mrkdwnSection(text) {
    return { type: 'section', text: { type: 'mrkdwn', text, verbatim: true } };
}
/**
 * The Slack incoming-webhook payload: `text` (the notification's fallback) and section blocks: the
 * title with its verdict and the lines as plain text (Slack has no escape for `*`, `_` or `~`, so text
 * from a PR never goes through mrkdwn), packed into sections of at most {@link SLACK_SECTION_LIMIT}
 * characters, then the links as one verbatim mrkdwn section; at most {@link MAX_BLOCKS} blocks, the last
 * saying what was left out.
 */
function slackPayload(message) {
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
const SLACK_LOOKALIKE = { '*': '\u2217', _: '\uFF3F', '~': '\u223C', '`': '\u02CB' };
/**
 * The Teams incoming-webhook (and Workflows) payload: a message with one Adaptive Card 1.4 whose body is
 * the escaped title, the verdict in its colour and the lines (packed, at most {@link MAX_BLOCKS} blocks,
 * {@link TEAMS_TEXT_LIMIT} characters in all), and whose actions open the http(s) links.
 */
function teamsPayload(message) {
    const body = [
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
        return url ? [{ type: 'Action.OpenUrl', title: cap(link.text, 100), url: url.href }] : [];
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

;// CONCATENATED MODULE: ./build/monitoring/notify.js



/** The webhook's host for messages: the URL's path and query carry its secret, the host does not. */
function hostOf(url) {
    return url.host;
}
/**
 * The format a webhook takes: the explicit one, else from the host (`hooks.slack.com` is Slack;
 * `*.webhook.office.com` and Power Automate's `*.logic.azure.com` are Teams). Any other host needs an
 * explicit format: a {@link UserError} says so, naming the host only.
 */
function webhookFormat(webhook) {
    const url = parseWebhookUrl(webhook.url);
    if (webhook.format) {
        if (webhook.format !== 'slack' && webhook.format !== 'teams')
            throw new errors/* UserError */.yo(`webhook format must be slack or teams, got '${String(webhook.format)}'`);
        return webhook.format;
    }
    const host = url.hostname.toLowerCase();
    if (host === 'hooks.slack.com')
        return 'slack';
    if (host.endsWith('.webhook.office.com') || host.endsWith('.logic.azure.com'))
        return 'teams';
    throw new errors/* UserError */.yo(`the webhook at ${hostOf(url)} is neither Slack's nor Teams' host; set its format to slack or teams`);
}
function parseWebhookUrl(text) {
    let url;
    try {
        url = new URL(text);
    }
    catch {
        // The text may be the secret with a typo: do not echo it.
        throw new errors/* UserError */.yo('the webhook URL is not a URL; expected https://hooks.slack.com/services/... or a Teams webhook URL');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new errors/* UserError */.yo(`the webhook URL must be https, got '${url.protocol}'`);
    return url;
}
/** `text` with every occurrence of the URL (and its path, which is the secret part) replaced. */
function scrub(text, url) {
    let out = text.split(url.href).join('<webhook>');
    if (url.pathname.length > 1)
        out = out.split(url.pathname).join('<webhook path>');
    return out;
}
/**
 * Posts a message to a Slack or Microsoft Teams incoming webhook (see {@link slackPayload} and
 * {@link teamsPayload}: untrusted text is escaped and sizes capped). One attempt: a retry after a
 * timeout could post twice. A refusal or an unreachable webhook is an {@link ExternalError} (service
 * `Slack` or `Teams`) that names the webhook by its host only; callers report it as a warning.
 */
async function notify(webhook, message, options = {}) {
    const format = webhookFormat(webhook);
    const url = parseWebhookUrl(webhook.url);
    const service = format === 'slack' ? 'Slack' : 'Teams';
    const payload = format === 'slack' ? slackPayload(message) : teamsPayload(message);
    const timeoutMs = options.timeoutMs ?? 10_000;
    const where = `the ${service} webhook at ${hostOf(url)}`;
    let response;
    try {
        response = await (options.fetch ?? fetch)(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json; charset=utf-8' },
            body: JSON.stringify(payload),
            signal: AbortSignal.timeout(timeoutMs),
        });
    }
    catch (error) {
        const reason = error instanceof Error && error.name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : failureText(error);
        throw new errors/* ExternalError */.yA(`${where} could not be reached: ${scrub(reason, url)}`, service);
    }
    const text = (await response.text().catch(() => '')).trim();
    if (!response.ok) {
        const hint = response.status === 404 || response.status === 410 || response.status === 403 ? ' (the webhook may have been removed or revoked)' : '';
        throw new errors/* ExternalError */.yA(`${where} answered ${response.status}${hint}${text ? `: ${scrub(text.slice(0, 200), url)}` : ''}`, service, response.status, response.status >= 500 || response.status === 429);
    }
}
function failureText(error) {
    if (!(error instanceof Error))
        return String(error);
    const cause = error.cause;
    return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
}


/***/ })

};
