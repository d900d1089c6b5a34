import { createReadStream } from 'node:fs';
import { request as httpRequestRaw, type Agent as HttpAgent, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { request as httpsRequestRaw } from 'node:https';
import { READ_CHUNK } from '../core/files.js';

/** A request body: bytes in memory, or a byte range of a file (`end` exclusive) streamed from disk. */
export type RequestBody = { bytes: Buffer } | { file: string; start: number; end: number };

/** What {@link httpRequest} sends. */
export interface RequestSpec {
  method: string;
  headers?: Record<string, string>;
  body?: RequestBody;
  agents: { http: HttpAgent; https: HttpAgent };
  /** Idle time after which the request is abandoned. */
  timeoutMs: number;
  /** Called with each chunk's size as it is handed to the socket. */
  onSent?: (bytes: number) => void;
  /** Takes a 2xx response's body as a stream (a blob download) instead of buffering it. */
  sink?: (response: IncomingMessage) => Promise<void>;
}

/** A response with its body read (empty when a sink took it). */
export interface HttpResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/**
 * One HTTP(S) request through node:http, which streams a file body faster than fetch. Network
 * failures reject with the socket's error; statuses are the caller's to judge.
 */
export function httpRequest(url: URL, spec: RequestSpec): Promise<HttpResponse> {
  const isHttps = url.protocol === 'https:';
  const send = isHttps ? httpsRequestRaw : httpRequestRaw;
  const headers: Record<string, string> = { ...spec.headers };
  const body = spec.body;
  if (body) headers['content-length'] = String('bytes' in body ? body.bytes.length : body.end - body.start);
  return new Promise<HttpResponse>((resolve, reject) => {
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      reject(error);
    };
    const req = send(url, { method: spec.method, headers, agent: isHttps ? spec.agents.https : spec.agents.http, timeout: spec.timeoutMs }, (res) => {
      const status = res.statusCode ?? 0;
      if (spec.sink && status >= 200 && status < 300) {
        spec.sink(res).then(
          () => {
            settled = true;
            resolve({ status, headers: res.headers, body: Buffer.alloc(0) });
          },
          (error: Error) => {
            res.destroy();
            fail(error);
          },
        );
        return;
      }
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', fail);
      res.on('end', () => {
        if (settled) return;
        settled = true;
        resolve({ status, headers: res.headers, body: Buffer.concat(chunks) });
      });
    });
    req.on('error', fail);
    req.on('timeout', () => req.destroy(new Error(`no answer within ${spec.timeoutMs / 1000} s`)));
    if (!body) {
      req.end();
    } else if ('bytes' in body) {
      spec.onSent?.(body.bytes.length);
      req.end(body.bytes);
    } else if (body.end === body.start) {
      req.end();
    } else {
      const stream = createReadStream(body.file, { start: body.start, end: body.end - 1, highWaterMark: READ_CHUNK });
      stream.on('data', (chunk) => spec.onSent?.(chunk.length));
      stream.on('error', (error) => req.destroy(error));
      // A dropped connection must stop the file read too, or the stream would wait forever.
      req.on('error', () => stream.destroy());
      stream.pipe(req);
    }
  });
}

/** The first value of a response header. */
export function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
}

/** The registry's error codes and messages from an OCI error body, for messages (never headers). */
export function registryErrorText(body: Buffer): string {
  try {
    const parsed = JSON.parse(body.toString('utf8')) as { errors?: { code?: string; message?: string }[] };
    if (Array.isArray(parsed.errors) && parsed.errors.length > 0) {
      return parsed.errors.map((e) => [e.code, e.message].filter(Boolean).join(': ')).join('; ');
    }
  } catch {
    /* not JSON: fall back to the text */
  }
  return body.toString('utf8').slice(0, 200).replace(/\s+/g, ' ').trim();
}
