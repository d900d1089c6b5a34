/**
 * The worker side of column-split validation (see parallel.ts): runs {@link checkShare} and posts
 * the result back. It is started by the main thread only.
 */
import { type MessagePort, parentPort } from 'node:worker_threads';
import { UserError } from '../core/errors.js';
import { checkShare } from './check-share.js';
import type { WorkerInput, WorkerMessage } from './parallel.js';

if (parentPort) {
  const port = parentPort;
  // The share comes once the main thread has planned the split; the modules load meanwhile.
  port.once('message', (input: WorkerInput) => void run(port, input));
}

function run(port: MessagePort, input: WorkerInput): Promise<void> {
  return checkShare(input).then(
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
