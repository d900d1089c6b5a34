import { describe, expect, it } from 'vitest';
import { ExternalError } from '../../src/core/errors.js';
import { requestJson, type Fetch } from '../../src/core/http.js';

/** A fetch that answers from a list, one per call (the last repeats), and counts its calls. */
function scripted(answers: (() => Response)[]): { fetch: Fetch; calls: () => number } {
  let n = 0;
  const fetch = (async () => {
    const answer = answers[Math.min(n, answers.length - 1)]!;
    n++;
    return answer();
  }) as Fetch;
  return { fetch, calls: () => n };
}

const json =
  (status: number, body: unknown, headers: Record<string, string> = {}) =>
  () =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
const dropped = () => {
  throw new TypeError('fetch failed');
};

describe('requestJson', () => {
  it('retries 5xx and 429 and returns the answer that succeeds', async () => {
    const { fetch, calls } = scripted([json(502, {}), json(429, {}, { 'retry-after': '0' }), json(200, { id: 7 })]);
    const { data } = await requestJson<{ id: number }>('https://api.test/x', {}, { service: 'API', fetch, backoffMs: 1 });
    expect(data).toEqual({ id: 7 });
    expect(calls()).toBe(3);
  });

  it('makes 4 attempts by default, then throws the last answer as a retry-safe ExternalError', async () => {
    const { fetch, calls } = scripted([json(503, { message: 'down' })]);
    const error = await requestJson('https://api.test/x', {}, { service: 'API', fetch, backoffMs: 1 }).catch((e: unknown) => e);
    expect(calls()).toBe(4);
    expect(error).toBeInstanceOf(ExternalError);
    expect(error).toMatchObject({ service: 'API', status: 503, retrySafe: true, message: 'API: GET https://api.test/x answered 503: "down"' });
  });

  it('honours `attempts`', async () => {
    const { fetch, calls } = scripted([json(500, {})]);
    await expect(requestJson('https://api.test/x', {}, { service: 'API', fetch, backoffMs: 1, attempts: 2 })).rejects.toMatchObject({ status: 500 });
    expect(calls()).toBe(2);
  });

  it('does not retry a client error', async () => {
    const { fetch, calls } = scripted([json(404, { message: 'not found' })]);
    await expect(requestJson('https://api.test/x', {}, { service: 'API', fetch, backoffMs: 1 })).rejects.toMatchObject({ status: 404, retrySafe: false });
    expect(calls()).toBe(1);
  });

  it('does not retry a success whose body is not JSON', async () => {
    const { fetch, calls } = scripted([() => new Response('<html>proxy</html>', { status: 200 })]);
    await expect(requestJson('https://api.test/x', {}, { service: 'API', fetch, backoffMs: 1 })).rejects.toMatchObject({ status: 200, retrySafe: false });
    expect(calls()).toBe(1);
  });

  it('retries dropped connections and names the request, never the token, when they persist', async () => {
    const { fetch, calls } = scripted([dropped]);
    const error = await requestJson('https://api.test/x?private_token=s3cret', { method: 'POST' }, { service: 'API', fetch, backoffMs: 1 }).catch((e: unknown) => e);
    expect(calls()).toBe(4);
    expect(error).toMatchObject({ service: 'API', status: undefined, message: 'API: POST https://api.test/x?private_token=*** failed: fetch failed' });
  });

  it('waits as long as Retry-After says when longer than the back-off, at most a minute', async () => {
    const waits: number[] = [];
    const sleep = async (ms: number) => void waits.push(ms);
    const { fetch } = scripted([json(429, {}, { 'retry-after': '7' }), json(503, {}, { 'retry-after': '3600' }), json(503, {}), json(200, {})]);
    await requestJson('https://api.test/x', {}, { service: 'API', fetch, backoffMs: 500, sleep });
    expect(waits).toEqual([7000, 60_000, 2000]);
  });

  it('does not wait for the Retry-After of an answer it will not retry', async () => {
    const waits: number[] = [];
    const sleep = async (ms: number) => void waits.push(ms);
    const { fetch, calls } = scripted([json(403, {}, { 'retry-after': '30' })]);
    await expect(requestJson('https://api.test/x', {}, { service: 'API', fetch, sleep })).rejects.toMatchObject({ status: 403 });
    expect(calls()).toBe(1);
    expect(waits).toEqual([]);
  });

  it('recovers from a dropped connection', async () => {
    const { fetch, calls } = scripted([dropped, json(200, [1])]);
    await expect(requestJson('https://api.test/x', {}, { service: 'API', fetch, backoffMs: 1 })).resolves.toMatchObject({ data: [1] });
    expect(calls()).toBe(2);
  });
});
