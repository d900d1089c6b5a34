import { rmSync } from 'node:fs';
import nock from 'nock';
import { expect, vi } from 'vitest';

/**
 * Sets the environment a GitHub service library reads (it takes `process.env`, not ours), clearing the
 * names whose values on the machine running the tests would steer it elsewhere, and silences the
 * `@actions/core` lines the library prints on stdout.
 */
export function stubServiceEnv(values: Record<string, string | undefined>, cleared: readonly string[]): void {
  const all: Record<string, string | undefined> = { ...values };
  for (const name of [...cleared, 'RUNNER_DEBUG', 'HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy']) all[name] = undefined;
  for (const [name, value] of Object.entries(all)) vi.stubEnv(name, value);
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
}

/** Undoes {@link stubServiceEnv}, removes the scratch folder, and fails the test on unused mocks. */
export function restoreServiceEnv(scratch: string): void {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  rmSync(scratch, { recursive: true, force: true });
  const pending = nock.pendingMocks();
  nock.cleanAll();
  expect(pending).toEqual([]);
}
