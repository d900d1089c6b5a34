import { execFileSync } from 'node:child_process';
import { X509Certificate, createHash, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { restoreServiceEnv, stubServiceEnv } from '../helpers/service-env.js';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExternalError, UserError } from '../../src/core/errors.js';
import { attestModel, sigstoreFor } from '../../src/platform/github-attest.js';

/*
 * The real @actions/attest 3 (with @sigstore/sign and jose) runs against nock: the runner's OIDC token service,
 * the issuer's JWKS (jose verifies the token's signature, so it is signed with a key made here), GitHub's Fulcio
 * and timestamp authority (a test CA made with openssl issues the certificate for the ephemeral key the request
 * carries, and stamps with `openssl ts`), and the attestations API.
 */
const OIDC = 'https://oidc.example.test';
const ISSUER = 'https://token.actions.githubusercontent.com';
// @sigstore/sign fetches with make-fetch-happen, whose @npmcli/agent reports defaultPort 80; nock 14's interceptor
// then sees https on port 80, so the scopes it reaches (the `sigstore` token, Fulcio, TSA) carry that port.
const MFH = ':80';
const FULCIO = `https://fulcio.githubapp.com${MFH}`;
const TSA = `https://timestamp.githubapp.com${MFH}`;
const API = 'https://api.github.com';
const REQUEST_TOKEN = 'request-token';
const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const FILES = [
  { path: 'models/model.onnx', sha256: createHash('sha256').update('weights').digest('hex') },
  { path: 'models/tokenizer.json', sha256: createHash('sha256').update('vocab').digest('hex') },
];

const jwtKey = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const jwk = { ...jwtKey.publicKey.export({ format: 'jwk' }), kid: 'test-key', alg: 'ES256', use: 'sig' };
function jwt(audience: string): string {
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    iss: ISSUER,
    aud: audience,
    sub: 'repo:acme/models:ref:refs/heads/main',
    iat: now,
    nbf: now - 5,
    exp: now + 300,
    ref: 'refs/heads/main',
    sha: 'a'.repeat(40),
    repository: 'acme/models',
    repository_id: '1',
    repository_owner_id: '2',
    event_name: 'push',
    workflow_ref: 'acme/models/.github/workflows/train.yml@refs/heads/main',
    job_workflow_ref: 'acme/models/.github/workflows/train.yml@refs/heads/main',
    runner_environment: 'github-hosted',
    run_id: '99',
    run_attempt: '1',
  };
  const input = `${b64({ alg: 'ES256', typ: 'JWT', kid: 'test-key' })}.${b64(claims)}`;
  return `${input}.${sign('sha256', Buffer.from(input), { key: jwtKey.privateKey, dsaEncoding: 'ieee-p1363' }).toString('base64url')}`;
}

let scratch: string;
let ca: { cert: string; key: string; tsConfig: string };
const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: scratch, stdio: ['ignore', 'pipe', 'pipe'] });

beforeAll(() => nock.disableNetConnect());
afterAll(() => nock.enableNetConnect());
beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'gh-attest-'));
  // One CA both issues the signing certificate and stamps (its EKU is timeStamping, which `openssl ts` requires).
  openssl(
    'req',
    '-x509',
    '-newkey',
    'ec',
    '-pkeyopt',
    'ec_paramgen_curve:P-256',
    '-nodes',
    '-keyout',
    'ca.key',
    '-out',
    'ca.pem',
    '-subj',
    '/CN=test-ca',
    '-days',
    '1',
    '-addext',
    'extendedKeyUsage=critical,timeStamping',
  );
  writeFileSync(join(scratch, 'serial'), '01\n');
  writeFileSync(join(scratch, 'ts.cnf'), '[tsa]\ndefault_tsa=t\n[t]\nserial=./serial\ndefault_policy=1.2.3.4\ndigests=sha256\nsigner_digest=sha256\ness_cert_id_alg=sha256\n');
  ca = { cert: join(scratch, 'ca.pem'), key: join(scratch, 'ca.key'), tsConfig: join(scratch, 'ts.cnf') };
  const event = join(scratch, 'event.json');
  writeFileSync(event, JSON.stringify({ repository: { full_name: 'acme/models', visibility: 'private', private: true } }));
  mkdirSync(join(scratch, 'temp'));
  const stub: Record<string, string | undefined> = {
    ACTIONS_ID_TOKEN_REQUEST_URL: `${OIDC}/token?api-version=2.0`,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: REQUEST_TOKEN,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: API,
    GITHUB_REPOSITORY: 'acme/models',
    GITHUB_EVENT_PATH: event,
    RUNNER_TEMP: join(scratch, 'temp'),
  };
  stubServiceEnv(stub, ['SIGSTORE_ID_TOKEN']);
});
afterEach(() => restoreServiceEnv(scratch));

/** The OIDC service (both audiences) and the issuer's discovery documents. */
function mockOidc(audiences: string[] = []) {
  // `nobody` (the provenance claims) through @actions/core, `sigstore` (the certificate) through @sigstore/sign.
  for (const [origin, audience] of [
    [OIDC, 'nobody'],
    [`${OIDC}${MFH}`, 'sigstore'],
  ] as const) {
    nock(origin, { reqheaders: { authorization: `Bearer ${REQUEST_TOKEN}` } })
      .get('/token')
      .query({ 'api-version': '2.0', audience })
      .reply(200, () => {
        audiences.push(audience);
        return { value: jwt(audience) };
      });
  }
  nock(ISSUER)
    .get('/.well-known/openid-configuration')
    .reply(200, { issuer: ISSUER, jwks_uri: `${ISSUER}/.well-known/jwks` })
    .get('/.well-known/jwks')
    .reply(200, { keys: [jwk] });
}

/** Fulcio issuing a certificate for the request's public key, after checking its proof of possession. */
function mockFulcio(seen: { publicKey?: string } = {}) {
  nock(FULCIO)
    .post('/api/v2/signingCert')
    .reply(200, (_uri, body: any) => {
      const publicKey: string = body.publicKeyRequest.publicKey.content;
      const token: string = body.credentials.oidcIdentityToken;
      const subject = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()).sub;
      if (!verify('sha256', Buffer.from(subject), publicKey, Buffer.from(body.publicKeyRequest.proofOfPossession, 'base64'))) throw new Error('bad proof of possession');
      seen.publicKey = publicKey;
      writeFileSync(join(scratch, 'leaf.pub'), publicKey);
      openssl('x509', '-new', '-force_pubkey', 'leaf.pub', '-subj', '/O=sigstore.dev', '-CA', ca.cert, '-CAkey', ca.key, '-days', '1', '-out', 'leaf.pem');
      const leaf = readFileSync(join(scratch, 'leaf.pem'), 'utf8');
      return { signedCertificateEmbeddedSct: { chain: { certificates: [leaf, readFileSync(ca.cert, 'utf8')] } } };
    });
}

/** The timestamp authority answering an RFC 3161 response for the hash the request carries. */
function mockTsa() {
  nock(TSA)
    .post('/api/v1/timestamp', (b) => b.hashAlgorithm === 'sha256' && typeof b.artifactHash === 'string')
    .reply(
      200,
      (_uri, body: any) => {
        const hex = Buffer.from(body.artifactHash, 'base64').toString('hex');
        openssl('ts', '-query', '-digest', hex, '-sha256', '-cert', '-out', 'q.tsq');
        openssl('ts', '-reply', '-config', ca.tsConfig, '-queryfile', 'q.tsq', '-signer', ca.cert, '-inkey', ca.key, '-out', 'r.tsr');
        return readFileSync(join(scratch, 'r.tsr'));
      },
      { 'content-type': 'application/timestamp-reply' },
    );
}

describe('attestModel (real @actions/attest against mocked OIDC, Fulcio, TSA and attestations API)', () => {
  it('signs the files as provenance subjects with GitHub’s sigstore and stores the bundle', async () => {
    const audiences: string[] = [];
    const fulcio: { publicKey?: string } = {};
    let stored: any;
    mockOidc(audiences);
    mockFulcio(fulcio);
    mockTsa();
    nock(API, { reqheaders: { authorization: 'token gh-token' } })
      .post('/repos/acme/models/attestations', (b) => Boolean((stored = b.bundle)))
      .reply(201, { id: 4242 });

    const result = await attestModel(FILES, process.env, 'gh-token', { fetch });

    expect(result.id).toBe('4242');
    expect(result.url).toBe('https://github.com/acme/models/attestations/4242');
    expect(audiences.sort()).toEqual(['nobody', 'sigstore']);
    // The stored bundle: an in-toto SLSA provenance statement naming each file by its digest.
    const envelope = stored.dsseEnvelope;
    const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString());
    expect(statement.predicateType).toBe('https://slsa.dev/provenance/v1');
    expect(statement.subject).toEqual(FILES.map((f) => ({ name: f.path, digest: { sha256: f.sha256 } })));
    expect(statement.predicate.buildDefinition.externalParameters.workflow).toEqual({
      ref: 'refs/heads/main',
      repository: 'https://github.com/acme/models',
      path: '.github/workflows/train.yml',
    });
    // Signed with the ephemeral key that Fulcio certified, and timestamped (GitHub's instance has no Rekor).
    const cert = new X509Certificate(Buffer.from(stored.verificationMaterial.certificate.rawBytes, 'base64'));
    expect(cert.publicKey.export({ format: 'pem', type: 'spki' })).toBe(createPublicKey(fulcio.publicKey!).export({ format: 'pem', type: 'spki' }));
    const payload = Buffer.from(envelope.payload, 'base64');
    const pae = Buffer.concat([Buffer.from(`DSSEv1 ${envelope.payloadType.length} ${envelope.payloadType} ${payload.length} `), payload]);
    expect(verify('sha256', pae, cert.publicKey, Buffer.from(envelope.signatures[0].sig, 'base64'))).toBe(true);
    expect(stored.verificationMaterial.tlogEntries ?? []).toEqual([]);
    expect(stored.verificationMaterial.timestampVerificationData.rfc3161Timestamps).toHaveLength(1);
    // The same bundle is kept on disk for upload or offline verification.
    expect(result.bundlePath).toMatch(/modelgate-attestation-.*[/\\]attestation\.sigstore\.json$/);
    expect(JSON.parse(readFileSync(result.bundlePath!, 'utf8'))).toEqual(stored);
  });

  it('wraps a 403 from the attestations API in an ExternalError with its status', async () => {
    mockOidc();
    mockFulcio();
    mockTsa();
    nock(API).post('/repos/acme/models/attestations').reply(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' });
    const error = await attestModel(FILES, process.env, 'gh-token', { fetch }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExternalError);
    expect(error).toMatchObject({ service: 'GitHub attestations', status: 403, retrySafe: false });
    expect((error as Error).message).toMatch(/could not store the attestation in acme\/models: Resource not accessible by integration.*attestations: write/);
  });

  it('wraps a refusal from Fulcio in an ExternalError with its status', async () => {
    mockOidc();
    nock(FULCIO).post('/api/v2/signingCert').reply(401, { code: 401, message: 'error processing the identity token' }, { 'content-type': 'application/json' });
    const error = await attestModel(FILES, process.env, 'gh-token', { fetch }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExternalError);
    expect(error).toMatchObject({ service: 'GitHub attestations', status: 401, retrySafe: false });
    expect((error as Error).message).toMatch(/could not sign the provenance attestation: error creating signing certificate.*\(401\) error processing the identity token/);
  });

  it('asks for id-token and attestations permissions when the job has no OIDC token', async () => {
    const env = { ...process.env, ACTIONS_ID_TOKEN_REQUEST_URL: undefined, ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined };
    const error = await attestModel(FILES, env, 'gh-token').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/id-token: write/);
    expect((error as Error).message).toMatch(/attestations: write/);
  });

  it('refuses GitHub Enterprise Server, which has no attestations', async () => {
    const error = await attestModel(FILES, { ...process.env, GITHUB_SERVER_URL: 'https://ghes.example.com' }, 'gh-token').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/not available on https:\/\/ghes\.example\.com/);
  });
});

describe('sigstoreFor', () => {
  const withEvent = (payload: object) => {
    const path = join(scratch, 'event-2.json');
    writeFileSync(path, JSON.stringify(payload));
    return { GITHUB_EVENT_PATH: path };
  };
  it('uses the public-good instance for public repositories and GitHub’s for the rest', () => {
    expect(sigstoreFor(withEvent({ repository: { visibility: 'public', private: false } }))).toBe('public-good');
    expect(sigstoreFor(withEvent({ repository: { visibility: 'internal', private: true } }))).toBe('github');
    expect(sigstoreFor(withEvent({ repository: { private: false } }))).toBe('public-good');
    expect(sigstoreFor({})).toBe('github');
  });

  it('passes an explicit instance and the subjects to attestProvenance, importing it only when called', async () => {
    const calls: any[] = [];
    vi.doMock('@actions/attest', () => ({
      attestProvenance: async (options: any) => {
        calls.push(options);
        return { bundle: { mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json' }, certificate: '', attestationID: undefined };
      },
    }));
    try {
      vi.resetModules();
      const fresh = await import('../../src/platform/github-attest.js');
      expect(calls).toEqual([]);
      nock(API).post('/repos/acme/models/attestations').reply(201, { id: 7 });
      const result = await fresh.attestModel(FILES.slice(0, 1), { ...process.env, RUNNER_TEMP: undefined }, 'gh-token', { sigstore: 'public-good', fetch });
      expect(calls).toEqual([{ subjects: [{ name: FILES[0]!.path, digest: { sha256: FILES[0]!.sha256 } }], token: 'gh-token', sigstore: 'public-good', skipWrite: true }]);
      expect(result).toEqual({ id: '7', url: 'https://github.com/acme/models/attestations/7' });
    } finally {
      vi.doUnmock('@actions/attest');
      vi.resetModules();
    }
  });
});
