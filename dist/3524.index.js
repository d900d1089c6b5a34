export const id = 3524;
export const ids = [3524];
export const modules = {

/***/ 73524:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Bc: () => (/* reexport */ store_types/* isDigest */.Bc),
  Ch: () => (/* binding */ openStore)
});

// UNUSED EXPORTS: MEDIA_TYPES, checkAddress, isRepositoryName, isTag, redactUri

// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/registry/blob-files.js
var blob_files = __webpack_require__(1685);
// EXTERNAL MODULE: ./build/core/retry.js
var retry = __webpack_require__(68216);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(44708);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./build/core/files.js
var files = __webpack_require__(21645);
;// CONCATENATED MODULE: ./build/registry/registry-http.js




/**
 * One HTTP(S) request through node:http, which streams a file body faster than fetch. Network
 * failures reject with the socket's error; statuses are the caller's to judge.
 */
function httpRequest(url, spec) {
    const isHttps = url.protocol === 'https:';
    const send = isHttps ? external_node_https_.request : external_node_http_.request;
    const headers = { ...spec.headers };
    const body = spec.body;
    if (body)
        headers['content-length'] = String('bytes' in body ? body.bytes.length : body.end - body.start);
    return new Promise((resolve, reject) => {
        let settled = false;
        const fail = (error) => {
            if (settled)
                return;
            settled = true;
            reject(error);
        };
        const req = send(url, { method: spec.method, headers, agent: isHttps ? spec.agents.https : spec.agents.http, timeout: spec.timeoutMs }, (res) => {
            const status = res.statusCode ?? 0;
            if (spec.sink && status >= 200 && status < 300) {
                spec.sink(res).then(() => {
                    settled = true;
                    resolve({ status, headers: res.headers, body: Buffer.alloc(0) });
                }, (error) => {
                    res.destroy();
                    fail(error);
                });
                return;
            }
            const chunks = [];
            res.on('data', (chunk) => chunks.push(chunk));
            res.on('error', fail);
            res.on('end', () => {
                if (settled)
                    return;
                settled = true;
                resolve({ status, headers: res.headers, body: Buffer.concat(chunks) });
            });
        });
        req.on('error', fail);
        req.on('timeout', () => req.destroy(new Error(`no answer within ${spec.timeoutMs / 1000} s`)));
        if (!body) {
            req.end();
        }
        else if ('bytes' in body) {
            spec.onSent?.(body.bytes.length);
            req.end(body.bytes);
        }
        else if (body.end === body.start) {
            req.end();
        }
        else {
            const stream = (0,external_node_fs_.createReadStream)(body.file, { start: body.start, end: body.end - 1, highWaterMark: files/* READ_CHUNK */.vA });
            stream.on('data', (chunk) => spec.onSent?.(chunk.length));
            stream.on('error', (error) => req.destroy(error));
            // A dropped connection must stop the file read too, or the stream would wait forever.
            req.on('error', () => stream.destroy());
            stream.pipe(req);
        }
    });
}
/** The first value of a response header. */
function headerValue(headers, name) {
    const value = headers[name.toLowerCase()];
    return Array.isArray(value) ? value[0] : value;
}
/** The registry's error codes and messages from an OCI error body, for messages (never headers). */
function registryErrorText(body) {
    try {
        const parsed = JSON.parse(body.toString('utf8'));
        if (Array.isArray(parsed.errors) && parsed.errors.length > 0) {
            return parsed.errors.map((e) => [e.code, e.message].filter(Boolean).join(': ')).join('; ');
        }
    }
    catch {
        /* not JSON: fall back to the text */
    }
    return body.toString('utf8').slice(0, 200).replace(/\s+/g, ' ').trim();
}

;// CONCATENATED MODULE: ./build/registry/registry-auth.js


/** Parses a `WWW-Authenticate` header value with one challenge, e.g. `Bearer realm="https://x/token",service="x",scope="repository:m:pull"`. */
function parseChallenge(header) {
    const match = /^\s*([A-Za-z]+)\s*(.*)$/s.exec(header);
    if (!match)
        return undefined;
    const params = {};
    const pair = /([A-Za-z_]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))\s*,?/g;
    for (const m of (match[2] ?? '').matchAll(pair)) {
        params[(m[1] ?? '').toLowerCase()] = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : (m[3] ?? '');
    }
    return { scheme: (match[1] ?? '').toLowerCase(), params };
}
function isLoopback(host) {
    return host === 'localhost' || host === '[::1]' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
/**
 * Credentials for one registry: anonymous, basic, or the bearer token flow (a 401 names a token
 * realm; the token is fetched there, with basic credentials when given, and cached per scope).
 * GITHUB_TOKEN and CI_JOB_TOKEN arrive as the password. Secrets never enter a message.
 */
class RegistryAuth {
    registryLabel;
    username;
    password;
    agents;
    timeoutMs;
    basic = false;
    tokens = new Map();
    /** The scope last granted for a repository, so the next request sends its token straight away. */
    scopeOf = new Map();
    constructor(registryLabel, username, password, agents, timeoutMs) {
        this.registryLabel = registryLabel;
        this.username = username;
        this.password = password;
        this.agents = agents;
        this.timeoutMs = timeoutMs;
    }
    /** The Authorization header to send for a repository now, if any. */
    header(repository) {
        const scope = this.scopeOf.get(repository);
        const token = scope === undefined ? undefined : this.tokens.get(scope);
        if (token)
            return `Bearer ${token}`;
        if (this.basic)
            return this.basicHeader();
        return undefined;
    }
    /**
     * Answers a 401: gets what the challenge asks for and returns true when the request is worth
     * repeating with the new {@link header}; false when nothing new can be offered.
     */
    async answer(wwwAuthenticate, repository, sent) {
        const challenge = wwwAuthenticate ? parseChallenge(wwwAuthenticate) : undefined;
        if (challenge?.scheme === 'basic') {
            if (this.username === undefined || this.password === undefined || this.basic)
                return false;
            this.basic = true;
            return true;
        }
        if (challenge?.scheme !== 'bearer' || !challenge.params.realm)
            return false;
        const scope = challenge.params.scope ?? '';
        const key = `${challenge.params.realm} ${challenge.params.service ?? ''} ${scope}`;
        const cached = this.tokens.get(key);
        if (cached && `Bearer ${cached}` !== sent) {
            this.scopeOf.set(repository, key);
            return true;
        }
        if (cached)
            return false;
        this.tokens.set(key, await this.fetchToken(challenge.params.realm, challenge.params.service, scope));
        this.scopeOf.set(repository, key);
        return true;
    }
    basicHeader() {
        return `Basic ${Buffer.from(`${this.username ?? ''}:${this.password ?? ''}`).toString('base64')}`;
    }
    async fetchToken(realm, service, scope) {
        let url;
        try {
            url = new URL(realm);
        }
        catch {
            throw new errors/* ExternalError */.yA(`${this.registryLabel}: the token realm '${realm}' is not a URL`, 'registry', 401, false);
        }
        if (service)
            url.searchParams.set('service', service);
        for (const s of scope.split(' ').filter(Boolean))
            url.searchParams.append('scope', s);
        const headers = {};
        const shown = `${url.origin}${url.pathname}`;
        if (this.username !== undefined || this.password !== undefined) {
            // The realm is the registry's to name, often on another host (GitLab's, Docker Hub's): any host will
            // do, but a password crosses the network only encrypted.
            if (url.protocol !== 'https:' && !isLoopback(url.hostname))
                throw new errors/* ExternalError */.yA(`${this.registryLabel}: the registry names the token service ${shown}, which is not https: modelgate sends the registry credentials only over https (or to this machine)`, 'registry', 401, false);
            headers.authorization = this.basicHeader();
        }
        let response;
        try {
            response = await httpRequest(url, { method: 'GET', headers, agents: this.agents, timeoutMs: this.timeoutMs });
        }
        catch (error) {
            throw new errors/* ExternalError */.yA(`${this.registryLabel}: token request to ${shown} failed: ${error.message}`, 'registry', undefined, true);
        }
        if (response.status === 401 || response.status === 403) {
            throw new errors/* AccessRefusedError */.R2(`${this.registryLabel}: the token service ${shown} refused the credentials (${response.status}) for '${scope}'; check the registry username and password (or token)`, response.status);
        }
        if (response.status !== 200) {
            throw new errors/* ExternalError */.yA(`${this.registryLabel}: token request to ${shown} answered ${response.status}`, 'registry', response.status, response.status >= 500);
        }
        let body;
        try {
            body = JSON.parse(response.body.toString('utf8'));
        }
        catch {
            throw new errors/* ExternalError */.yA(`${this.registryLabel}: token service ${shown} answered with a body that is not JSON`, 'registry', 200, false);
        }
        const token = typeof body.token === 'string' ? body.token : typeof body.access_token === 'string' ? body.access_token : undefined;
        if (!token)
            throw new errors/* ExternalError */.yA(`${this.registryLabel}: token service ${shown} answered without a token`, 'registry', 200, false);
        return token;
    }
}

;// CONCATENATED MODULE: ./build/registry/registry-client.js






/**
 * How long a registry that refuses or drops connections (or whose proxy answers 502/503/504) is waited
 * for before a step gives up: long enough for a registry process or pod to be restarted, short enough
 * that a registry that is really gone fails the CI job within a few minutes.
 */
const DEFAULT_UNREACHABLE_MS = 60_000;
/** The longest wait between two tries while the registry is unreachable: a restart is noticed within it. */
const UNREACHABLE_POLL_MS = 2_000;
/** Socket errors of a server that is down or restarting; DNS failures and timeouts are not among them. */
const DOWN_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ECONNABORTED']);
/**
 * The registry could not be reached for the whole bound: the wait is over, so no caller retries it
 * again (layered retries would multiply the bound).
 */
class RegistryUnreachableError extends errors/* ExternalError */.yA {
}
/** Whether an error is worth another try: a dropped connection, a timeout, a 5xx or a 429. */
function isTransient(error) {
    if (error instanceof RegistryUnreachableError)
        return false;
    if (error instanceof errors/* ExternalError */.yA)
        return error.retrySafe && (error.status === undefined || error.status >= 500 || error.status === 429);
    // Socket errors (ECONNRESET, EPIPE, timeouts) are plain Errors; ours and programming errors are not retried.
    return !(error instanceof errors/* UserError */.yo) && !(error instanceof TypeError) && !(error instanceof SyntaxError) && error instanceof Error;
}
/**
 * Whether an error says the registry is down or restarting: the connection was refused, reset or cut
 * (a SIGKILLed registry, a restarting pod), or a proxy in front of it answered 502/503/504. Such errors
 * are retried for a time ({@link DEFAULT_UNREACHABLE_MS}), not a count.
 */
function isUnreachable(error) {
    if (error instanceof RegistryUnreachableError)
        return false;
    if (error instanceof errors/* ExternalError */.yA) {
        if (error.status !== undefined)
            return error.status === 502 || error.status === 503 || error.status === 504;
        return error.cause !== undefined && isUnreachable(error.cause);
    }
    if (!(error instanceof Error))
        return false;
    const code = error.code;
    return (code !== undefined && DOWN_CODES.has(code)) || error.message === 'socket hang up';
}
/**
 * HTTP to one registry: keep-alive connections, authentication on 401 (basic or bearer), redirects
 * for downloads (credentials are dropped when a redirect leaves the registry's origin).
 */
class RegistryClient {
    target;
    auth;
    agents = { http: new external_node_http_.Agent({ keepAlive: true }), https: new external_node_https_.Agent({ keepAlive: true }) };
    constructor(target) {
        this.target = target;
        this.auth = new RegistryAuth(target.label, target.username, target.password, this.agents, target.timeoutMs);
    }
    /** Sends a request, answering authentication challenges; network errors reject as they are. */
    async send(request) {
        let url = new URL(request.url, this.target.origin);
        for (let hop = 0, challenges = 0;;) {
            const sameOrigin = url.origin === this.target.origin;
            const headers = { ...request.headers };
            const authorization = sameOrigin ? this.auth.header(request.repository) : undefined;
            if (authorization)
                headers.authorization = authorization;
            const response = await httpRequest(url, { ...request, headers, agents: this.agents, timeoutMs: this.target.timeoutMs });
            if (response.status === 401 && sameOrigin && challenges < 2) {
                challenges++;
                if (await this.auth.answer(headerValue(response.headers, 'www-authenticate'), request.repository, authorization))
                    continue;
            }
            const location = headerValue(response.headers, 'location');
            if ([301, 302, 303, 307, 308].includes(response.status) && location && (request.method === 'GET' || request.method === 'HEAD') && hop < 5) {
                hop++;
                url = new URL(location, url);
                continue;
            }
            return response;
        }
    }
    /**
     * The error for an unexpected answer: 401/403 say to check credentials (a UserError); others name the
     * status and the registry's error codes, never a header.
     */
    failure(what, response) {
        if (response.status === 401 || response.status === 403) {
            const how = this.target.username !== undefined || this.target.password !== undefined
                ? 'check the registry username and password (or token) and that they may push and pull'
                : 'this registry needs credentials: give a username and password (or token)';
            return new errors/* AccessRefusedError */.R2(`${this.target.label}: ${what} was refused (${response.status}); ${how}`, response.status);
        }
        const detail = registryErrorText(response.body);
        return new errors/* ExternalError */.yA(`${this.target.label}: ${what} answered ${response.status}${detail ? `: ${detail}` : ''}`, 'registry', response.status, response.status >= 500 || response.status === 429);
    }
    /** A network failure as an ExternalError naming what was attempted (the socket error kept as its cause). */
    networkFailure(what, error) {
        const failure = new errors/* ExternalError */.yA(`${this.target.label}: ${what} failed: ${error.message}`, 'registry', undefined, true);
        failure.cause = error;
        return failure;
    }
    /** The bound on waiting for an unreachable registry, in milliseconds. */
    get unreachableMs() {
        return this.target.unreachableMs ?? DEFAULT_UNREACHABLE_MS;
    }
    /**
     * Runs `attempt` until it succeeds, with doubling back-off (200 ms first, at most 2 s). A registry that
     * is down or restarting ({@link isUnreachable}) is waited for until it has been so for
     * {@link unreachableMs} in a row, then a {@link RegistryUnreachableError} says so; other transient
     * failures (a 500, a 429, a timeout) get `attempts` tries in all.
     */
    async retrying(what, attempt, attempts = 4) {
        let downSince;
        let failures = 0;
        const retryable = (error) => {
            if (isUnreachable(error)) {
                downSince ??= Date.now();
                return Date.now() - downSince < this.unreachableMs;
            }
            downSince = undefined;
            return isTransient(error) && ++failures < attempts;
        };
        try {
            return await (0,retry/* retry */.L5)(() => attempt(), { attempts: Infinity, baseMs: 200, capMs: UNREACHABLE_POLL_MS, retryable });
        }
        catch (error) {
            if (downSince !== undefined && isUnreachable(error))
                throw this.unreachableFailure(what, error);
            // A socket error says nothing of what was asked: it is named before it is the final failure.
            throw isTransient(error) && !(error instanceof errors/* ExternalError */.yA) ? this.networkFailure(what, error) : error;
        }
    }
    /** The failure once the registry has been unreachable for the whole bound: what to check, and that a re-run is safe. */
    unreachableFailure(what, error) {
        const seconds = Math.round(this.unreachableMs / 1000);
        const reason = error instanceof errors/* ExternalError */.yA ? (error.cause instanceof Error ? error.cause.message : `it answered ${error.status ?? 'nothing'}`) : error.message;
        const failure = new RegistryUnreachableError(`${this.target.label}: ${what} failed: the registry could not be reached for ${seconds} s (${reason}); ` +
            'check that it is running and that this runner can reach it, then run the step again (what the registry already has is not sent again)', 'registry', undefined, true);
        failure.cause = error;
        return failure;
    }
    /** Closes idle keep-alive connections. */
    close() {
        this.agents.http.destroy();
        this.agents.https.destroy();
    }
}

;// CONCATENATED MODULE: ./build/registry/blob-upload.js




/**
 * Chunk size for PATCH uploads. Each chunk costs the registry a request (Distribution 2.8: 64 MiB chunks
 * pushed a 1 GiB blob at 62-83 % of curl's rate, 256 MiB at 77-90 %, in the same runs of bench/push.mjs);
 * a registry that keeps only whole chunks makes a resume re-send at most one.
 */
const DEFAULT_CHUNK_BYTES = 256 * 1024 * 1024;
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
async function uploadBlobFile(client, spec) {
    const what = `upload of blob ${spec.digest} to '${spec.name}'`;
    let sent = 0;
    let inFlight = 0;
    const count = (bytes) => {
        sent += bytes;
        inFlight += bytes;
        spec.onProgress?.(offset + inFlight);
    };
    let location = await startUpload(client, spec.name);
    let offset = 0;
    let resumed = false;
    let lostSessions = 0;
    /** A new session from byte 0; true when the registry turns out to hold the blob already. */
    const startOver = async (response) => {
        if (++lostSessions > MAX_LOST_SESSIONS) {
            const detail = registryErrorText(response.body) || `status ${response.status}`;
            throw new errors/* ExternalError */.yA(`${client.target.label}: ${what} lost its upload session ${MAX_LOST_SESSIONS} times in a row (${detail}); if several registry instances serve this address, ` +
                'give them one shared upload secret (Distribution: http.secret), then run the step again', 'registry', response.status, true);
        }
        if (await headBlob(client, spec.name, spec.digest))
            return true;
        location = await startUpload(client, spec.name);
        offset = 0;
        resumed = false;
        return false;
    };
    /** One PATCH, or the closing PUT once every byte is in; true when the blob is complete. */
    const step = async () => {
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
            if (response.status === 201)
                return true;
            if (sessionGone(response))
                return startOver(response);
            // The server's offset after the drop was off by a byte or more: start the blob over.
            if (response.status === 400 && resumed && /DIGEST_INVALID|SIZE_INVALID/.test(response.body.toString('utf8')))
                return startOver(response);
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
        if (response.status === 416)
            return resume();
        if (sessionGone(response))
            return startOver(response);
        if (response.status !== 202)
            throw client.failure(`${what} (PATCH at byte ${offset})`, response);
        location = headerValue(response.headers, 'location') ?? location;
        // `0-0` (or no Range) after a PATCH that stored bytes means the chunk went in whole.
        const reported = rangeEnd(response);
        offset = reported !== undefined && reported > offset ? reported : end;
        lostSessions = 0;
        return false;
    };
    /** After a drop, the session's status says where to go on from; true when the blob turns out complete. */
    const resume = async () => {
        const status = await client.retrying(`status of ${what}`, () => client.send({ url: location, repository: spec.name, method: 'GET' }));
        if (status.status === 204) {
            location = headerValue(status.headers, 'location') ?? location;
            offset = rangeEnd(status) ?? 0;
            resumed = true;
            return false;
        }
        if (sessionGone(status))
            return startOver(status);
        throw client.failure(`status of ${what}`, status);
    };
    // The status query has had its own retries (the registry's downtime included), and a session in an
    // unexpected state will not get better: a failure to resume ends the upload rather than counting as
    // one more failed chunk.
    let resuming = false;
    const stepAfterResume = async (attempt) => {
        if (attempt > 1) {
            resuming = true;
            const complete = await resume();
            resuming = false;
            if (complete)
                return true;
        }
        return step();
    };
    // Each chunk gets MAX_FAILURES tries: a long upload over a flaky link goes on as long as chunks get through.
    for (;;) {
        try {
            if (await (0,retry/* retry */.L5)(stepAfterResume, { attempts: MAX_FAILURES, baseMs: 200, retryable: (error) => !resuming && isTransient(error) }))
                return sent;
        }
        catch (error) {
            throw resuming || error instanceof errors/* ExternalError */.yA || !isTransient(error) ? error : client.networkFailure(`${what} (after ${MAX_FAILURES} tries)`, error);
        }
    }
}
/** Uploads bytes in memory as a blob: POST, then one PUT with the digest. */
async function uploadBlobBytes(client, name, bytes, digest) {
    return client.retrying(`upload of blob ${digest} to '${name}'`, async () => {
        const location = await startUpload(client, name);
        const response = await client.send({ url: withDigest(location, digest), repository: name, method: 'PUT', headers: OCTET_STREAM, body: { bytes } });
        if (response.status !== 201)
            throw client.failure(`upload of blob ${digest} to '${name}'`, response);
        return bytes.length;
    });
}
/**
 * Whether the repository holds the blob (HEAD). A registry links a blob into a repository only once
 * its closing PUT was verified against the digest, so true means the whole blob is there.
 */
async function headBlob(client, name, digest) {
    const what = `HEAD of blob ${digest} in '${name}'`;
    return client.retrying(what, async () => {
        const response = await client.send({ url: `/v2/${name}/blobs/${digest}`, repository: name, method: 'HEAD' });
        if (response.status === 200)
            return true;
        if (response.status === 404)
            return false;
        throw client.failure(what, response);
    });
}
/** Opens an upload session. The single-request `POST ?digest=` is never used: Distribution drops its body. */
async function startUpload(client, name) {
    return client.retrying(`start of a blob upload to '${name}'`, async () => {
        const response = await client.send({ url: `/v2/${name}/blobs/uploads/`, repository: name, method: 'POST', headers: { 'content-length': '0' } });
        const location = headerValue(response.headers, 'location');
        if (response.status !== 202 || !location)
            throw client.failure(`start of a blob upload to '${name}'`, response);
        return location;
    });
}
/**
 * An answer about the session that says it is gone: any 404 (Distribution answers 404 with
 * BLOB_UPLOAD_UNKNOWN or BLOB_UPLOAD_INVALID), or a 400 with either code (other registries).
 */
function sessionGone(response) {
    return response.status === 404 || (response.status === 400 && SESSION_GONE.test(response.body.toString('utf8')));
}
function withDigest(location, digest) {
    return `${location}${location.includes('?') ? '&' : '?'}digest=${encodeURIComponent(digest)}`;
}
/**
 * The next offset from `Range: 0-<last byte>`. Distribution answers `0-0` for an empty session too, so
 * `0-0` counts as nothing stored (a wrong guess shows up as a digest error, and the blob is started over).
 */
function rangeEnd(response) {
    const match = /^(?:bytes=)?0-(\d+)$/.exec(headerValue(response.headers, 'range') ?? '');
    if (!match)
        return undefined;
    const last = Number(match[1]);
    return last === 0 ? 0 : last + 1;
}

// EXTERNAL MODULE: ./build/registry/store-types.js
var store_types = __webpack_require__(86535);
;// CONCATENATED MODULE: ./build/registry/oci-distribution.js






const MANIFEST_ACCEPT = [store_types/* MEDIA_TYPES */.Z2.manifest, store_types/* MEDIA_TYPES */.Z2.index, store_types/* MEDIA_TYPES */.Z2.dockerManifest, store_types/* MEDIA_TYPES */.Z2.dockerList].join(', ');
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
/**
 * An OCI Distribution v2 registry (Distribution, GHCR, GitLab, Harbor, ...), over node:http(s).
 * Repositories are `<prefix>/<repository>`. Blobs are checked with HEAD before any upload, so
 * unchanged files are never sent twice; downloads are verified against their digest. A manifest is sent
 * only once every blob it names is known to be stored in full, so no tag ever names a partial model.
 */
class OciDistributionStore {
    host;
    prefix;
    options;
    uri;
    client;
    /** `<name>@<digest>` of blobs this store saw stored in full (HEAD 200 or a closing PUT's 201). */
    stored = new Set();
    constructor(host, prefix, options) {
        this.host = host;
        this.prefix = prefix;
        this.options = options;
        this.uri = `oci://${host}${prefix ? `/${prefix}` : ''}`;
        const plain = options.insecure === true || LOOPBACK.has(host.replace(/:\d+$/, ''));
        this.client = new RegistryClient({
            origin: `${plain ? 'http' : 'https'}://${host}`,
            label: this.uri,
            username: options.username,
            password: options.password,
            timeoutMs: options.fetchTimeoutMs ?? 60_000,
            unreachableMs: options.unreachableMs ?? DEFAULT_UNREACHABLE_MS,
        });
    }
    /** Parses `oci://<host[:port]>/<repository-prefix>`; credentials belong in options, never in the URI. */
    static fromUri(uri, options = {}) {
        const rest = uri.slice('oci://'.length).replace(/\/+$/, '');
        const slash = rest.indexOf('/');
        const host = slash === -1 ? rest : rest.slice(0, slash);
        const prefix = slash === -1 ? '' : rest.slice(slash + 1);
        if (host.includes('@')) {
            throw new errors/* UserError */.yo(`registry: credentials do not belong in the store URI; give them as the registry username and password (the URI must be 'oci://<host[:port]>/<repository-prefix>')`);
        }
        if (!/^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:]+\])(?::\d{1,5})?$/.test(host)) {
            throw new errors/* UserError */.yo(`registry: '${host}' is not a registry host; use 'oci://<host[:port]>/<repository-prefix>', e.g. 'oci://ghcr.io/my-org'`);
        }
        if (prefix && !(0,store_types/* isRepositoryName */.en)(prefix)) {
            throw new errors/* UserError */.yo(`registry: the repository prefix '${prefix}' is not valid; use lowercase letters, digits and '.', '_', '-' between them, with '/' between parts`);
        }
        return new OciDistributionStore(host, prefix, options);
    }
    async hasBlob(repository, digest) {
        const name = this.name(repository, digest);
        const found = await headBlob(this.client, name, digest);
        if (found)
            this.stored.add(`${name}@${digest}`);
        return found;
    }
    async pushBlobFile(repository, file, digest, size, onProgress) {
        if (await this.hasBlob(repository, digest))
            return 0;
        const name = this.name(repository, digest);
        const sent = await uploadBlobFile(this.client, { name, file, digest, size, chunkBytes: this.options.chunkBytes ?? DEFAULT_CHUNK_BYTES, onProgress });
        this.stored.add(`${name}@${digest}`);
        return sent;
    }
    async pushBlobBytes(repository, bytes, digest) {
        if ((0,blob_files/* digestOf */.ol)(bytes) !== digest)
            throw new Error(`pushBlobBytes: the bytes do not have digest ${digest}`);
        if (await this.hasBlob(repository, digest))
            return 0;
        const name = this.name(repository, digest);
        const sent = await uploadBlobBytes(this.client, name, bytes, digest);
        this.stored.add(`${name}@${digest}`);
        return sent;
    }
    async readBlob(repository, digest) {
        const name = this.name(repository, digest);
        const what = `download of blob ${digest} from '${name}'`;
        const bytes = await this.client.retrying(what, async () => {
            const response = await this.client.send({ url: `/v2/${name}/blobs/${digest}`, repository: name, method: 'GET' });
            if (response.status !== 200)
                throw this.client.failure(what, response);
            return response.body;
        });
        if ((0,blob_files/* digestOf */.ol)(bytes) !== digest)
            throw new errors/* ExternalError */.yA(`${this.uri}: ${what} gave content with another digest`, 'registry', 200, true);
        return bytes;
    }
    async fetchBlobToFile(repository, digest, file) {
        const name = this.name(repository, digest);
        const what = `download of blob ${digest} from '${name}'`;
        await this.client.retrying(what, async () => {
            const response = await this.client.send({
                url: `/v2/${name}/blobs/${digest}`,
                repository: name,
                method: 'GET',
                sink: async (stream) => {
                    await (0,blob_files/* writeStreamVerified */.ai)(file, stream, digest, () => new errors/* ExternalError */.yA(`${this.uri}: ${what} gave content with another digest`, 'registry', 200, true));
                },
            });
            if (response.status !== 200)
                throw this.client.failure(what, response);
        });
    }
    async putManifest(repository, reference, bytes, mediaType) {
        const name = this.name(repository, reference);
        const digest = (0,blob_files/* digestOf */.ol)(bytes);
        if ((0,store_types/* isDigest */.Bc)(reference) && reference !== digest)
            throw new Error(`putManifest: the bytes do not have digest ${reference}`);
        const what = `PUT of manifest '${name}:${reference}'`;
        await this.checkReferencedBlobs(name, reference, bytes);
        await this.client.retrying(what, async () => {
            const response = await this.client.send({
                url: `/v2/${name}/manifests/${reference}`,
                repository: name,
                method: 'PUT',
                headers: { 'content-type': mediaType },
                body: { bytes },
            });
            if (response.status !== 201)
                throw this.client.failure(what, response);
            const stored = headerValue(response.headers, 'docker-content-digest');
            if (stored && stored !== digest)
                throw new errors/* ExternalError */.yA(`${this.uri}: ${what} stored digest ${stored}, not ${digest} (the registry rewrote the manifest)`, 'registry', 201, false);
        });
        return digest;
    }
    async getManifest(repository, reference) {
        const name = this.name(repository, reference);
        const what = `GET of manifest '${name}:${reference}'`;
        return this.client.retrying(what, async () => {
            const response = await this.client.send({ url: `/v2/${name}/manifests/${reference}`, repository: name, method: 'GET', headers: { accept: MANIFEST_ACCEPT } });
            if (response.status === 404)
                return undefined;
            if (response.status !== 200)
                throw this.client.failure(what, response);
            const digest = (0,blob_files/* digestOf */.ol)(response.body);
            if ((0,store_types/* isDigest */.Bc)(reference) && digest !== reference)
                throw new errors/* ExternalError */.yA(`${this.uri}: ${what} gave content with another digest`, 'registry', 200, true);
            const mediaType = (headerValue(response.headers, 'content-type') ?? store_types/* MEDIA_TYPES */.Z2.manifest).split(';')[0]?.trim() ?? store_types/* MEDIA_TYPES */.Z2.manifest;
            return { digest, bytes: response.body, mediaType };
        });
    }
    async listTags(repository) {
        const name = this.name(repository);
        const tags = [];
        let next = `/v2/${name}/tags/list`;
        // Distribution ignores `n`/`Link`; other registries page, so a `Link: <...>; rel="next"` is followed.
        for (let page = 0; next && page < 1000; page++) {
            const url = next;
            const what = `tag list of '${name}'`;
            const response = await this.client.retrying(what, () => this.client.send({ url, repository: name, method: 'GET' }));
            if (response.status === 404)
                return tags;
            if (response.status !== 200)
                throw this.client.failure(what, response);
            let body;
            try {
                body = JSON.parse(response.body.toString('utf8'));
            }
            catch {
                throw new errors/* ExternalError */.yA(`${this.uri}: ${what} is not JSON`, 'registry', 200, false);
            }
            if (Array.isArray(body.tags))
                tags.push(...body.tags.filter((t) => typeof t === 'string'));
            next = /<([^>]+)>\s*;\s*rel="?next"?/.exec(headerValue(response.headers, 'link') ?? '')?.[1];
        }
        return [...new Set(tags)];
    }
    /**
     * Refuses a manifest that names a blob the registry does not hold in full. Distribution makes the same
     * check; not every registry does, and a tag must never land on a model with a blob missing. Blobs this
     * store saw stored are not asked again, so a push costs no extra request; a deploy asks once per blob.
     */
    async checkReferencedBlobs(name, reference, bytes) {
        let manifest;
        try {
            manifest = JSON.parse(bytes.toString('utf8'));
        }
        catch {
            throw new Error('putManifest: the manifest is not JSON');
        }
        // An index names manifests, which the registry checks itself; only config and layers are blobs.
        const blobs = [manifest.config, ...(Array.isArray(manifest.layers) ? manifest.layers : [])].filter((b) => typeof b?.digest === 'string');
        for (const blob of blobs) {
            if (this.stored.has(`${name}@${blob.digest}`))
                continue;
            if (!(0,store_types/* isDigest */.Bc)(blob.digest) || !(await headBlob(this.client, name, blob.digest))) {
                throw new errors/* ExternalError */.yA(`${this.uri}: manifest '${name}:${reference}' names blob ${blob.digest}, which the registry does not have (MANIFEST_BLOB_UNKNOWN); ` +
                    'push the version again: missing blobs are sent, and the tag is set only once all of them are stored', 'registry', 400, false);
            }
            this.stored.add(`${name}@${blob.digest}`);
        }
    }
    /** Closes idle connections (a process exits without it; tests with many stores call it). */
    close() {
        this.client.close();
    }
    name(repository, reference) {
        (0,store_types/* checkAddress */.l_)(this.uri, repository, reference);
        return this.prefix ? `${this.prefix}/${repository}` : repository;
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./build/registry/layout-lock.js
var layout_lock = __webpack_require__(89152);
;// CONCATENATED MODULE: ./build/registry/oci-layout.js









const REF_NAME = 'org.opencontainers.image.ref.name';
/** A layout is read without following links: a repository can commit `index.json -> ~/.ssh/id_rsa`. */
const READ_NO_FOLLOW = external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW;
/**
 * An OCI image layout per repository under one folder: `<dir>/<repository>/{oci-layout,index.json,blobs/sha256/*}`.
 * Blobs are written to a temporary file, checked against their digest and renamed; index.json is rewritten
 * the same way under an exclusive lock file, so concurrent processes never lose a tag. A writer killed
 * mid-push leaves a temporary file and maybe its lock: the next writer to the repository removes the
 * first ({@link removeDeadTemporaries}) and takes over the second ({@link withFileLock}).
 */
class OciLayoutStore {
    dir;
    workspace;
    uri;
    /** Repository roots whose dead writers' temporary files this store has removed already. */
    swept = new Map();
    constructor(dir, workspace) {
        this.dir = dir;
        this.workspace = workspace;
        this.uri = `oci-layout:${dir}`;
    }
    async hasBlob(repository, digest) {
        const path = await this.blobPath(repository, digest);
        // A link in a blob's place is not the blob: the next push replaces it with the real file.
        return (0,promises_.lstat)(path).then((s) => s.isFile(), () => false);
    }
    async pushBlobFile(repository, file, digest, size, onProgress) {
        if (await this.hasBlob(repository, digest))
            return 0;
        const target = await this.blobPath(repository, digest);
        await this.sweep(repository);
        const written = await (0,blob_files/* writeStreamVerified */.ai)(target, (0,external_node_fs_.createReadStream)(file, { highWaterMark: files/* READ_CHUNK */.vA }), digest, (actual) => new errors/* UserError */.yo(`'${file}' is not the content expected: its digest is ${actual}, not ${digest} (it changed after it was recorded, or while it was stored)`), onProgress);
        if (written !== size)
            throw new errors/* UserError */.yo(`'${file}' has ${written} bytes, not the ${size} expected; push again once nothing writes to it`);
        return written;
    }
    async pushBlobBytes(repository, bytes, digest) {
        if ((0,blob_files/* digestOf */.ol)(bytes) !== digest)
            throw new Error(`pushBlobBytes: the bytes do not have digest ${digest}`);
        if (await this.hasBlob(repository, digest))
            return 0;
        await this.sweep(repository);
        await (0,blob_files/* writeStreamVerified */.ai)(await this.blobPath(repository, digest), external_node_stream_.Readable.from([bytes]), digest, () => new Error(`pushBlobBytes: the bytes changed while written`));
        return bytes.length;
    }
    async readBlob(repository, digest) {
        const path = await this.blobPath(repository, digest);
        let bytes;
        try {
            bytes = await (0,promises_.readFile)(path, { flag: READ_NO_FOLLOW });
        }
        catch {
            throw new errors/* ExternalError */.yA(`${this.uri}: blob ${digest} of '${repository}' is missing (the layout is incomplete)`, 'oci-layout', 404, false);
        }
        if ((0,blob_files/* digestOf */.ol)(bytes) !== digest)
            throw new errors/* ExternalError */.yA(`${this.uri}: blob ${digest} of '${repository}' is corrupt (its content has another digest)`, 'oci-layout', undefined, false);
        return bytes;
    }
    async fetchBlobToFile(repository, digest, file) {
        const path = await this.blobPath(repository, digest);
        if (!(await this.hasBlob(repository, digest)))
            throw new errors/* ExternalError */.yA(`${this.uri}: blob ${digest} of '${repository}' is missing (the layout is incomplete)`, 'oci-layout', 404, false);
        await (0,blob_files/* writeStreamVerified */.ai)(file, (await (0,promises_.open)(path, READ_NO_FOLLOW)).createReadStream({ highWaterMark: files/* READ_CHUNK */.vA }), digest, () => new errors/* ExternalError */.yA(`${this.uri}: blob ${digest} of '${repository}' is corrupt (its content has another digest)`, 'oci-layout', undefined, false));
    }
    async putManifest(repository, reference, bytes, mediaType) {
        (0,store_types/* checkAddress */.l_)(this.uri, repository, reference);
        const digest = (0,blob_files/* digestOf */.ol)(bytes);
        if ((0,store_types/* isDigest */.Bc)(reference) && reference !== digest)
            throw new Error(`putManifest: the bytes do not have digest ${reference}`);
        await this.checkReferencedBlobs(repository, bytes);
        const root = await this.repositoryRoot(repository);
        await this.sweep(repository);
        await this.pushBlobBytes(repository, bytes, digest);
        const parsed = JSON.parse(bytes.toString('utf8'));
        const entry = { mediaType, digest, size: bytes.length };
        if (parsed.artifactType)
            entry.artifactType = parsed.artifactType;
        await (0,layout_lock/* withFileLock */.Ux)((0,external_node_path_.join)(root, 'index.json'), async () => {
            const index = await this.readIndex(root);
            if ((0,store_types/* isDigest */.Bc)(reference)) {
                // An untagged entry keeps the manifest reachable, so layout garbage collectors keep it.
                if (!index.manifests.some((m) => m.digest === digest))
                    index.manifests.push(entry);
            }
            else {
                index.manifests = index.manifests.filter((m) => m.annotations?.[REF_NAME] !== reference);
                index.manifests.push({ ...entry, annotations: { [REF_NAME]: reference } });
            }
            await (0,files/* writeFileAtomic */.Zf)((0,external_node_path_.join)(root, 'index.json'), JSON.stringify(index, null, 2) + '\n');
        });
        return digest;
    }
    async getManifest(repository, reference) {
        (0,store_types/* checkAddress */.l_)(this.uri, repository, reference);
        const root = await this.repositoryRoot(repository);
        const index = await this.readIndex(root);
        const entry = (0,store_types/* isDigest */.Bc)(reference) ? index.manifests.find((m) => m.digest === reference) : index.manifests.find((m) => m.annotations?.[REF_NAME] === reference);
        const digest = entry?.digest ?? ((0,store_types/* isDigest */.Bc)(reference) ? reference : undefined);
        if (!digest || !(await this.hasBlob(repository, digest)))
            return undefined;
        const bytes = await this.readBlob(repository, digest);
        const mediaType = entry?.mediaType ?? JSON.parse(bytes.toString('utf8')).mediaType ?? store_types/* MEDIA_TYPES */.Z2.manifest;
        return { digest, bytes, mediaType };
    }
    async listTags(repository) {
        (0,store_types/* checkAddress */.l_)(this.uri, repository);
        const index = await this.readIndex(await this.repositoryRoot(repository));
        return [...new Set(index.manifests.flatMap((m) => (m.annotations?.[REF_NAME] ? [m.annotations[REF_NAME]] : [])))];
    }
    /**
     * Removes what dead writers left in a repository (partial blobs, index rewrites), once per store and
     * repository: before this store's first write there, so a re-run after a crash starts clean.
     */
    async sweep(repository) {
        const root = await this.repositoryRoot(repository);
        let done = this.swept.get(root);
        if (!done) {
            done = (async () => {
                await (0,blob_files/* removeDeadTemporaries */.K9)((0,external_node_path_.join)(root, 'blobs', 'sha256'));
                await (0,blob_files/* removeDeadTemporaries */.K9)(root);
            })();
            this.swept.set(root, done);
        }
        await done;
    }
    /** The same check a registry makes: a manifest may only name blobs the repository has. */
    async checkReferencedBlobs(repository, bytes) {
        let manifest;
        try {
            manifest = JSON.parse(bytes.toString('utf8'));
        }
        catch {
            throw new Error('putManifest: the manifest is not JSON');
        }
        for (const blob of [manifest.config, ...(manifest.layers ?? []), ...(manifest.manifests ?? [])]) {
            if (blob && !(await this.hasBlob(repository, blob.digest))) {
                throw new errors/* ExternalError */.yA(`${this.uri}: manifest for '${repository}' names blob ${blob.digest}, which is not stored (MANIFEST_BLOB_UNKNOWN)`, 'oci-layout', 400, false);
            }
        }
    }
    async repositoryRoot(repository) {
        (0,store_types/* checkAddress */.l_)(this.uri, repository);
        return (0,files/* confinePath */.ey)(this.workspace, (0,external_node_path_.join)(this.dir, repository), 'registry');
    }
    async blobPath(repository, digest) {
        if (!(0,store_types/* isDigest */.Bc)(digest))
            throw new errors/* UserError */.yo(`${this.uri}: '${digest}' is not a sha256 digest`);
        // Confined as a whole: a committed `blobs -> /elsewhere` link must not take writes out of the workspace.
        return (0,files/* confinePath */.ey)(this.workspace, (0,external_node_path_.join)(await this.repositoryRoot(repository), 'blobs', 'sha256', digest.slice('sha256:'.length)), 'registry');
    }
    async readIndex(root) {
        const file = (0,external_node_path_.join)(root, 'index.json');
        let text;
        try {
            text = await (0,promises_.readFile)(file, { encoding: 'utf8', flag: READ_NO_FOLLOW });
        }
        catch (error) {
            const code = error.code;
            if (code === 'ELOOP')
                throw new errors/* UserError */.yo(`${file} is a symbolic link: modelgate does not read a layout through one (remove it from the repository)`, { file });
            if (code !== 'ENOENT')
                throw error;
            await this.initLayout(root);
            return { schemaVersion: 2, mediaType: store_types/* MEDIA_TYPES */.Z2.index, manifests: [] };
        }
        let index;
        try {
            index = JSON.parse(text);
        }
        catch {
            // JSON.parse's message quotes the text: never shown, the file may be anything.
        }
        if (!index || !Array.isArray(index.manifests)) {
            throw new errors/* UserError */.yo(`${file}: not an OCI image index (${index ? 'no manifests array' : 'not JSON'}); restore it from version control or remove the folder`, { file });
        }
        return index;
    }
    async initLayout(root) {
        const marker = (0,external_node_path_.join)(root, 'oci-layout');
        if (!(await (0,promises_.lstat)(marker).then(() => true, () => false))) {
            await (0,files/* writeFileAtomic */.Zf)(marker, JSON.stringify({ imageLayoutVersion: '1.0.0' }) + '\n');
        }
    }
}

;// CONCATENATED MODULE: ./build/registry/store.js





/**
 * Opens a store from its URI: `oci-layout:<dir>` (a folder in the workspace, one OCI image layout per
 * repository) or `oci://<host[:port]>/<repository-prefix>` (an OCI Distribution registry).
 */
function openStore(uri, options = {}) {
    const text = uri.trim();
    if (text.startsWith('oci-layout:')) {
        const dir = text.slice('oci-layout:'.length);
        if (!dir)
            throw new errors/* UserError */.yo(`registry: 'oci-layout:' needs a folder, e.g. 'oci-layout:models'`);
        return new OciLayoutStore(dir, options.workspace ?? process.cwd());
    }
    if (text.startsWith('oci://'))
        return OciDistributionStore.fromUri(text, options);
    throw new errors/* UserError */.yo(`registry: '${(0,store_types/* redactUri */.sU)(text)}' is not a store URI; use 'oci-layout:<folder>' (an OCI image layout in the workspace) or 'oci://<host[:port]>/<repository-prefix>' (an OCI registry)`);
}


/***/ })

};
