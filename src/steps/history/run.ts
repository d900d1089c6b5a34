import type { Platform } from '../../platform/platform.js';
import { historyReport } from '../deployments.js';
import { LOCAL_STORE } from '../registry-inputs.js';
import type { StepResult } from '../step.js';
import type { HistoryInputs } from './step.js';

/** `modelgate history`: prints an environment's chain of deployment records on stdout. */
export async function run(inputs: HistoryInputs, platform: Platform): Promise<StepResult> {
  const [{ openStore }, { history }] = await Promise.all([import('../../registry/store.js'), import('../../registry/models.js')]);
  const { modelName, environment, format } = inputs;
  const store = openStore(inputs.registry ?? LOCAL_STORE, { workspace: platform.context.workspace, username: inputs.registryUsername, password: inputs.registryPassword });
  const chain = await history(store, modelName, environment);
  if (format === 'json')
    process.stdout.write(
      `${JSON.stringify({ model: modelName, environment, pointer: chain.pointer ?? null, forks: chain.forks, records: chain.records, offChain: chain.offChain }, null, 2)}\n`,
    );
  else {
    const report = historyReport(modelName, environment, chain.records, chain.pointer, chain.offChain);
    process.stdout.write(format === 'markdown' ? report.markdown : report.text);
  }
  return {};
}
