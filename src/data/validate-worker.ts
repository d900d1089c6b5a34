/**
 * The worker side of column-split validation (see parallel.ts): runs {@link checkShare} and posts
 * the result back. It is started by the main thread only.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { UserError } from '../core/errors.js';
import { checkShare } from './check-share.js';
import type { WorkerInput, WorkerMessage } from './parallel.js';

if (parentPort) {
  const port = parentPort;
  checkShare(workerData as WorkerInput).then(
    (result) => port.postMessage({ ok: true, result } satisfies WorkerMessage),
    (error: unknown) => {
      const user = error instanceof UserError;
      port.postMessage({
        ok: false,
        message: error instanceof Error ? error.message : String(error),
        user,
        file: user ? error.location?.file : undefined,
        line: user ? error.location?.line : undefined,
      } satisfies WorkerMessage);
    },
  );
}
