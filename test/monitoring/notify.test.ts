import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ExternalError, UserError } from '../../src/core/errors.js';
import { escapeTeams, notify, webhookFormat, type NotifyMessage } from '../../src/monitoring/notify.js';
import { MAX_BLOCKS, SLACK_SECTION_LIMIT } from '../../src/monitoring/notify-format.js';

/** notify against a loopback HTTP server standing in for Slack's and Teams' incoming webhooks. */

interface Received {
  path: string;
  contentType?: string;
  body: any;
}

let server: Server;
let base: string;
const received: Received[] = [];
let answer = { status: 200, body: 'ok' };

beforeAll(async () => {
  server = createServer((request, response) => {
    let text = '';
    request.on('data', (chunk: Buffer) => (text += chunk.toString()));
    request.on('end', () => {
      received.push({ path: request.url ?? '', contentType: request.headers['content-type'], body: JSON.parse(text) });
      response.writeHead(answer.status, { 'content-type': 'text/plain' }).end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(() => {
  received.length = 0;
  answer = { status: 200, body: 'ok' };
});

const SECRET_PATH = '/services/T000/B000/XXXXsecretXXXX';
const hostile: NotifyMessage = {
  title: 'Model <!channel> & *bold* [x](http://evil)',
  verdict: 'fail',
  lines: ['accuracy: 0.91 → 0.85 <http://evil.example|click> <@U123> <at>everyone</at>', '- list item', '# heading', '{{DATE(2017-02-14T06:08:39Z)}}'],
  links: [
    { text: 'Report >here|now', url: 'https://ci.example.com/runs/1?a=1&b=2' },
    { text: 'bad', url: 'javascript:alert(1)' },
  ],
};

describe('notify to a Slack webhook', () => {
  it('posts untrusted text as plain text, so it cannot mention, link or format; only our links are mrkdwn', async () => {
    const formatting: NotifyMessage = { ...hostile, lines: [...hostile.lines, 'f1 *bold* _it_ ~strike~ `code` https://evil.example/x www.evil.example #general'] };
    await notify({ url: `${base}${SECRET_PATH}`, format: 'slack' }, { ...formatting, links: [...hostile.links, { text: '*bold* _it_', url: 'https://ci.example.com/2' }] });
    expect(received).toHaveLength(1);
    const { body, path, contentType } = received[0]!;
    expect(path).toBe(SECRET_PATH);
    expect(contentType).toMatch(/^application\/json/);
    expect(body.text).toBe('fail: Model <!channel> & *bold* [x](http://evil)');
    expect(body.mrkdwn).toBe(false);
    expect(body.blocks.every((b: any) => b.type === 'section')).toBe(true);
    const [head, lines, links, ...rest] = body.blocks;
    expect(rest).toEqual([]);
    // Title and lines exactly as given, in plain_text (no mrkdwn, no mention parsing, no emoji codes).
    expect(head.text).toEqual({ type: 'plain_text', text: '\u274C Model <!channel> & *bold* [x](http://evil): fail', emoji: false });
    expect(lines.text).toEqual({ type: 'plain_text', text: formatting.lines.join('\n'), emoji: false });
    // The links section is mrkdwn, verbatim (no auto-linking); the only angle-bracket links are ours, to http(s) URLs.
    expect(links.text.type).toBe('mrkdwn');
    expect(links.text.verbatim).toBe(true);
    expect(links.text.text).toBe('<https://ci.example.com/runs/1?a=1&b=2|Report &gt;here¦now> · bad · <https://ci.example.com/2|\u2217bold\u2217 \uFF3Fit\uFF3F>');
    expect(links.text.text.match(/</g)).toHaveLength(2);
    expect(links.text.text).not.toMatch(/[*_~`]/);
  });

  it('caps sections at 3000 characters and messages at 50 blocks', async () => {
    const lines = Array.from({ length: 200 }, (_, i) => `${i}: ${'x'.repeat(1400)}`);
    lines.push('y'.repeat(5000));
    await notify({ url: `${base}/hook`, format: 'slack' }, { title: 'big', verdict: 'warn', lines, links: [{ text: 'run', url: 'https://ci.example.com' }] });
    const blocks: any[] = received[0]!.body.blocks;
    expect(blocks).toHaveLength(MAX_BLOCKS);
    for (const block of blocks) expect(block.text.text.length).toBeLessThanOrEqual(SLACK_SECTION_LIMIT);
    expect(blocks.at(-2).text).toMatchObject({ type: 'plain_text', text: expect.stringMatching(/^… \d+ more sections left out$/) });
    expect(blocks.at(-1).text.text).toBe('<https://ci.example.com/|run>');
  });
});

describe('notify to a Teams webhook', () => {
  it('posts an Adaptive Card with markdown and mentions neutralised and links as actions', async () => {
    await notify({ url: `${base}/webhookb2/abc`, format: 'teams' }, hostile);
    const { body } = received[0]!;
    expect(body.type).toBe('message');
    expect(body.attachments).toHaveLength(1);
    const [attachment] = body.attachments;
    expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(attachment.content).toMatchObject({ type: 'AdaptiveCard', version: '1.4' });
    const texts: string[] = attachment.content.body.map((b: any) => b.text);
    expect(attachment.content.body.every((b: any) => b.type === 'TextBlock' && b.wrap === true)).toBe(true);
    expect(texts[0]).toBe('Model \\<!channel\\> & \\*bold\\* \\[x\\](http:\u2060//evil)');
    expect(attachment.content.body[1]).toMatchObject({ text: 'fail', color: 'Attention' });
    const lines = texts[2]!.split('\n\n');
    expect(lines).toEqual([
      'accuracy: 0.91 → 0.85 \\<http:\u2060//evil.example|click\\> \\<@U123\\> \\<at\\>everyone\\</at\\>',
      '\\- list item',
      '\\# heading',
      '{\u200B{DATE(2017-02-14T06:08:39Z)}}',
    ]);
    expect(attachment.content.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Report >here|now', url: 'https://ci.example.com/runs/1?a=1&b=2' }]);
    expect(JSON.stringify(body)).not.toMatch(/(?<!\\)<at>/);
  });

  it('keeps bare URLs from becoming links', () => {
    const text = escapeTeams('see https://evil.example/x and WWW.evil.example or ftp://x');
    expect(text).toBe('see https:\u2060//evil.example/x and WWW\u2060.evil.example or ftp:\u2060//x');
    expect(text).not.toMatch(/[a-z]:\/\/|www\./i);
  });

  it('keeps ordinary text readable', () => {
    expect(escapeTeams('accuracy 0.91 on 2024-01-02 (+3%)')).toBe('accuracy 0.91 on 2024-01-02 (+3%)');
    expect(escapeTeams('1. first')).toBe('1\\. first');
  });
});

describe('webhook format and failures', () => {
  it('chooses the format by host, and asks for one elsewhere without echoing the URL', () => {
    expect(webhookFormat({ url: 'https://hooks.slack.com/services/T/B/secret' })).toBe('slack');
    expect(webhookFormat({ url: 'https://contoso.webhook.office.com/webhookb2/secret' })).toBe('teams');
    expect(webhookFormat({ url: 'https://prod-12.westus.logic.azure.com:443/workflows/secret/triggers' })).toBe('teams');
    expect(webhookFormat({ url: 'https://hooks.slack.com/services/T/B/secret', format: 'teams' })).toBe('teams');
    expect(() => webhookFormat({ url: `${base}/secret-hook` })).toThrow(UserError);
    expect(() => webhookFormat({ url: `${base}/secret-hook` })).toThrow(/the webhook at 127\.0\.0\.1:\d+ is neither/);
    expect(() => webhookFormat({ url: 'hooks.slack.com/secret-hook' })).toThrow(/not a URL/);
    let message = '';
    try {
      webhookFormat({ url: `${base}/secret-hook` });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).not.toContain('secret-hook');
  });

  it('turns a 500 into an ExternalError that does not contain the URL', async () => {
    answer = { status: 500, body: `internal error for ${base}${SECRET_PATH}` };
    const sent = notify({ url: `${base}${SECRET_PATH}`, format: 'slack' }, hostile);
    await expect(sent).rejects.toBeInstanceOf(ExternalError);
    const error = (await sent.catch((e: unknown) => e)) as ExternalError;
    expect(error).toMatchObject({ service: 'Slack', status: 500, retrySafe: true });
    expect(error.message).toMatch(/^the Slack webhook at 127\.0\.0\.1:\d+ answered 500: internal error for <webhook>$/);
    expect(error.message).not.toContain('XXXXsecretXXXX');
  });

  it('reports an unreachable webhook by host only', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const sent = notify({ url: `http://127.0.0.1:${port}${SECRET_PATH}`, format: 'teams' }, hostile, { timeoutMs: 2000 });
    await expect(sent).rejects.toMatchObject({ service: 'Teams', status: undefined });
    const message = await sent.catch((e: Error) => e.message);
    expect(message).toMatch(/^the Teams webhook at 127\.0\.0\.1:\d+ could not be reached/);
    expect(message).not.toContain('secret');
  });
});
