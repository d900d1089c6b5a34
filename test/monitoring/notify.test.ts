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
  it('posts text and mrkdwn sections with untrusted text escaped', async () => {
    await notify({ url: `${base}${SECRET_PATH}`, format: 'slack' }, hostile);
    expect(received).toHaveLength(1);
    const { body, path, contentType } = received[0]!;
    expect(path).toBe(SECRET_PATH);
    expect(contentType).toMatch(/^application\/json/);
    expect(body.text).toBe('fail: Model &lt;!channel&gt; &amp; *bold* [x](http://evil)');
    expect(body.blocks.every((b: any) => b.type === 'section' && b.text.type === 'mrkdwn')).toBe(true);
    const texts: string[] = body.blocks.map((b: any) => b.text.text);
    expect(texts[0]).toBe(':x: *Model &lt;!channel&gt; &amp; *bold* [x](http://evil)*: fail');
    expect(texts[1]).toBe(
      'accuracy: 0.91 → 0.85 &lt;http://evil.example|click&gt; &lt;@U123&gt; &lt;at&gt;everyone&lt;/at&gt;\n- list item\n# heading\n{{DATE(2017-02-14T06:08:39Z)}}',
    );
    // The only angle-bracket link is ours, to the http(s) URL; the javascript: one is plain text.
    expect(texts[2]).toBe('<https://ci.example.com/runs/1?a=1&b=2|Report &gt;here¦now> · bad');
    const all = texts.join('\n');
    expect(all.match(/</g)).toHaveLength(1);
  });

  it('caps sections at 3000 characters and messages at 50 blocks', async () => {
    const lines = Array.from({ length: 200 }, (_, i) => `${i}: ${'x'.repeat(1400)}`);
    lines.push('y'.repeat(5000));
    await notify({ url: `${base}/hook`, format: 'slack' }, { title: 'big', verdict: 'warn', lines, links: [{ text: 'run', url: 'https://ci.example.com' }] });
    const blocks: any[] = received[0]!.body.blocks;
    expect(blocks).toHaveLength(MAX_BLOCKS);
    for (const block of blocks) expect(block.text.text.length).toBeLessThanOrEqual(SLACK_SECTION_LIMIT);
    expect(blocks.at(-2).text.text).toMatch(/^_… \d+ more sections left out_$/);
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
    expect(texts[0]).toBe('Model \\<!channel\\> & \\*bold\\* \\[x\\](http://evil)');
    expect(attachment.content.body[1]).toMatchObject({ text: 'fail', color: 'Attention' });
    const lines = texts[2]!.split('\n\n');
    expect(lines).toEqual([
      'accuracy: 0.91 → 0.85 \\<http://evil.example|click\\> \\<@U123\\> \\<at\\>everyone\\</at\\>',
      '\\- list item',
      '\\# heading',
      '{\u200B{DATE(2017-02-14T06:08:39Z)}}',
    ]);
    expect(attachment.content.actions).toEqual([{ type: 'Action.OpenUrl', title: 'Report >here|now', url: 'https://ci.example.com/runs/1?a=1&b=2' }]);
    expect(JSON.stringify(body)).not.toMatch(/(?<!\\)<at>/);
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
