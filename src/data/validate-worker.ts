/**
 * The worker side of column-split validation (see parallel.ts): runs {@link checkShare} and posts
 * the result back. It is started by the main thread only.
 */
import { type MessagePort, parentPort, workerData } from 'node:worker_threads';
import { UserError } from '../core/errors.js';
import { checkShare } from './check-share.js';
import type { WorkerInput, WorkerMessage, WorkerStart } from './parallel.js';

if (parentPort) {
  const port = parentPort;
  // The share comes once the main thread has planned the split; the modules load meanwhile, the
  // Parquet ones too when there are Parquet files (they are loaded only for them).
  const { parquet } = workerData as WorkerStart;
  const ready = parquet ? import('./parquet-source.js') : undefined;
  ready?.catch(() => undefined);
  port.once('message', (input: WorkerInput) => void run(port, input, ready));
}

async function run(port: MessagePort, input: WorkerInput, ready: Promise<typeof import('./parquet-source.js')> | undefined): Promise<void> {
  // Seeding the footers only saves time: should the modules fail to load, the reader reports it.
  const footers = input.footers;
  if (ready && footers)
    await ready.then(
      (m) => m.keepFooters(footers),
      () => undefined,
    );
  return share(port, input);
}

function share(port: MessagePort, input: WorkerInput): Promise<void> {
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
