import { ExternalError } from '../core/errors.js';
import { retry } from '../core/retry.js';
import { isTransient, type RegistryClient } from './registry-client.js';
import { headerValue, registryErrorText, type HttpResponse } from './registry-http.js';

/**
 * Chunk size for PATCH uploads. Each chunk costs the registry a request (Distribution 2.8: 64 MiB chunks
 * pushed a 1 GiB blob at 62-83 % of curl's rate, 256 MiB at 77-90 %, in the same runs of bench/push.mjs);
 * a registry that keeps only whole chunks makes a resume re-send at most one.
 */
export const DEFAULT_CHUNK_BYTES = 256 * 1024 * 1024;
const OCTET_STREAM = { 'content-type': 'application/octet-stream' };
const MAX_FAILURES = 5;
/**
 * Upload sessions the registry may lose in a row, with no chunk stored in between, before the upload
 * gives up: a registry restarted now and then loses one at a time; one that loses every session is
 * several instances without a shared secret, and retrying would never end.
 */
const MAX_LOST_SESSIONS = 3;
/** Error codes of an upload session the registry no longer knows or will not go on with. */
const SESSION_GONE = /BLOB_UPLOAD_UNKNOWN|BLOB_UPLOAD_INVALID/;

/** What one blob upload needs. */
export interface UploadSpec {
  /** The full repository name on the registry (prefix included). */
  name: string;
  file: string;
  digest: string;
  size: number;
  chunkBytes: number;
  onProgress?: (sent: number) => void;
}

/**
 * Uploads a file as a blob: POST for an upload session, PATCH chunks, and a closing PUT with the digest.
 * The newest Location is followed each time and the offset is taken from the server's `Range`. Returns
 * the bytes handed to the network, retries included.
 *
 * A dropped connection, or a registry that is down for a while (SIGKILLed, restarted; waited for as
 * {@link RegistryClient.retrying} says), is followed by a query of the session's status (GET):
 * - the registry still knows the session (Distribution: the same `http.secret`, and the stored size
 *   matches the session's state): the upload resumes at its `Range`, so at most the chunk in flight is
 *   sent again;
 * - it does not (404, or 400 with BLOB_UPLOAD_UNKNOWN / BLOB_UPLOAD_INVALID): the blob is started over in
 *   a new session, unless a HEAD shows the registry has it in full already (a closing PUT whose answer
 *   was lost).
 * Distribution 2.8 resumes only a session whose last PATCH ended before the drop: one cut mid-PATCH has
 * more bytes stored than its state says, and is cancelled. A session left behind (the client killed, or
 * started over) is never used again, so it does not hurt a re-run; Distribution purges such uploads itself
 * (storage.maintenance.uploadpurging, after 168 h by default).
 */
export async function uploadBlobFile(client: RegistryClient, spec: UploadSpec): Promise<number> {
  const what = `upload of blob ${spec.digest} to '${spec.name}'`;
  let sent = 0;
  let inFlight = 0;
  const count = (bytes: number) => {
    sent += bytes;
    inFlight += bytes;
    spec.onProgress?.(offset + inFlight);
  };
  let location = await startUpload(client, spec.name);
  let offset = 0;
  let resumed = false;
  let lostSessions = 0;

  /** A new session from byte 0; true when the registry turns out to hold the blob already. */
  const startOver = async (response: HttpResponse): Promise<boolean> => {
    if (++lostSessions > MAX_LOST_SESSIONS) {
      const detail = registryErrorText(response.body) || `status ${response.status}`;
      throw new ExternalError(
        `${client.target.label}: ${what} lost its upload session ${MAX_LOST_SESSIONS} times in a row (${detail}); if several registry instances serve this address, ` +
          'give them one shared upload secret (Distribution: http.secret), then run the step again',
        'registry',
        response.status,
        true,
      );
    }
    if (await headBlob(client, spec.name, spec.digest)) return true;
    location = await startUpload(client, spec.name);
    offset = 0;
    resumed = false;
    return false;
  };

  /** One PATCH, or the closing PUT once every byte is in; true when the blob is complete. */
  const step = async (): Promise<boolean> => {
    inFlight = 0;
    // Data goes in PATCHes and the closing PUT carries none, so every byte is sent in a request whose
    // interruption the session's status can report.
    if (offset >= spec.size) {
      const response = await client.send({
        url: withDigest(location, spec.digest),
        repository: spec.name,
        method: 'PUT',
        headers: OCTET_STREAM,
        body: { bytes: Buffer.alloc(0) },
      });
      if (response.status === 201) return true;
      if (sessionGone(response)) return startOver(response);
      // The server's offset after the drop was off by a byte or more: start the blob over.
      if (response.status === 400 && resumed && /DIGEST_INVALID|SIZE_INVALID/.test(response.body.toString('utf8'))) return startOver(response);
      throw client.failure(`${what} (closing PUT)`, response);
    }
    const end = Math.min(offset + spec.chunkBytes, spec.size);
    const response = await client.send({
      url: location,
      repository: spec.name,
      method: 'PATCH',
      headers: { ...OCTET_STREAM, 'content-range': `${offset}-${end - 1}` },
      body: { file: spec.file, start: offset, end },
      onSent: count,
    });
    // 416: the registry holds another offset than ours; its status says which.
    if (response.status === 416) return resume();
    if (sessionGone(response)) return startOver(response);
    if (response.status !== 202) throw client.failure(`${what} (PATCH at byte ${offset})`, response);
    location = headerValue(response.headers, 'location') ?? location;
    // `0-0` (or no Range) after a PATCH that stored bytes means the chunk went in whole.
    const reported = rangeEnd(response);
    offset = reported !== undefined && reported > offset ? reported : end;
    lostSessions = 0;
    return false;
  };

  /** After a drop, the session's status says where to go on from; true when the blob turns out complete. */
  const resume = async (): Promise<boolean> => {
    const status = await client.retrying(`status of ${what}`, () => client.send({ url: location, repository: spec.name, method: 'GET' }));
    if (status.status === 204) {
      location = headerValue(status.headers, 'location') ?? location;
      offset = rangeEnd(status) ?? 0;
      resumed = true;
      return false;
    }
    if (sessionGone(status)) return startOver(status);
    throw client.failure(`status of ${what}`, status);
  };

  // The status query has had its own retries (the registry's downtime included), and a session in an
  // unexpected state will not get better: a failure to resume ends the upload rather than counting as
  // one more failed chunk.
  let resuming = false;
  const stepAfterResume = async (attempt: number): Promise<boolean> => {
    if (attempt > 1) {
      resuming = true;
      const complete = await resume();
      resuming = false;
      if (complete) return true;
    }
    return step();
  };
  // Each chunk gets MAX_FAILURES tries: a long upload over a flaky link goes on as long as chunks get through.
  for (;;) {
    try {
      if (await retry(stepAfterResume, { attempts: MAX_FAILURES, baseMs: 200, retryable: (error) => !resuming && isTransient(error) })) return sent;
    } catch (error) {
      throw resuming || error instanceof ExternalError || !isTransient(error) ? error : client.networkFailure(`${what} (after ${MAX_FAILURES} tries)`, error);
    }
  }
}

/** Uploads bytes in memory as a blob: POST, then one PUT with the digest. */
export async function uploadBlobBytes(client: RegistryClient, name: string, bytes: Buffer, digest: string): Promise<number> {
  return client.retrying(`upload of blob ${digest} to '${name}'`, async () => {
    const location = await startUpload(client, name);
    const response = await client.send({ url: withDigest(location, digest), repository: name, method: 'PUT', headers: OCTET_STREAM, body: { bytes } });
    if (response.status !== 201) throw client.failure(`upload of blob ${digest} to '${name}'`, response);
    return bytes.length;
  });
}

/**
 * Whether the repository holds the blob (HEAD). A registry links a blob into a repository only once
 * its closing PUT was verified against the digest, so true means the whole blob is there.
 */
export async function headBlob(client: RegistryClient, name: string, digest: string): Promise<boolean> {
  const what = `HEAD of blob ${digest} in '${name}'`;
  return client.retrying(what, async () => {
    const response = await client.send({ url: `/v2/${name}/blobs/${digest}`, repository: name, method: 'HEAD' });
    if (response.status === 200) return true;
    if (response.status === 404) return false;
    throw client.failure(what, response);
  });
}

/** Opens an upload session. The single-request `POST ?digest=` is never used: Distribution drops its body. */
async function startUpload(client: RegistryClient, name: string): Promise<string> {
  return client.retrying(`start of a blob upload to '${name}'`, async () => {
    const response = await client.send({ url: `/v2/${name}/blobs/uploads/`, repository: name, method: 'POST', headers: { 'content-length': '0' } });
    const location = headerValue(response.headers, 'location');
    if (response.status !== 202 || !location) throw client.failure(`start of a blob upload to '${name}'`, response);
    return location;
  });
}

/**
 * An answer about the session that says it is gone: any 404 (Distribution answers 404 with
 * BLOB_UPLOAD_UNKNOWN or BLOB_UPLOAD_INVALID), or a 400 with either code (other registries).
 */
function sessionGone(response: HttpResponse): boolean {
  return response.status === 404 || (response.status === 400 && SESSION_GONE.test(response.body.toString('utf8')));
}

function withDigest(location: string, digest: string): string {
  return `${location}${location.includes('?') ? '&' : '?'}digest=${encodeURIComponent(digest)}`;
}

/**
 * The next offset from `Range: 0-<last byte>`. Distribution answers `0-0` for an empty session too, so
 * `0-0` counts as nothing stored (a wrong guess shows up as a digest error, and the blob is started over).
 */
function rangeEnd(response: HttpResponse): number | undefined {
  const match = /^(?:bytes=)?0-(\d+)$/.exec(headerValue(response.headers, 'range') ?? '');
  if (!match) return undefined;
  const last = Number(match[1]);
  return last === 0 ? 0 : last + 1;
}
