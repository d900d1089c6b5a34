import { choice, environment } from '../../core/input-kinds.js';
import { commandRegistryInputs } from '../registry-inputs.js';
import { declareStep, type InputsOf } from '../step.js';

/** `modelgate history`, declared once: a CLI command (no action, no GitLab component). */
export const step = declareStep({
  id: 'history',
  title: 'Deployment history',
  description:
    'The deployment history of an environment (or of every environment of the model), newest first: each record with its version, commit, headline metrics and CI run, and the pointer it ends at.',
  usage: 'modelgate history --model-name <name> [--env <environment>] [--registry <uri>] [--format table|markdown|json]',
  inputs: {
    ...commandRegistryInputs,
    environment: environment({
      alias: 'env',
      description: 'The environment whose history to show (`production`). Default: every environment of the model, by name.',
    }),
    format: choice(['table', 'markdown', 'json'], { default: 'table', description: 'How to print it: a table for the terminal, markdown, or `json` for scripts.' }),
  },
  outputs: {},
});

/** The parsed inputs of `modelgate history`. */
export type HistoryInputs = InputsOf<typeof step>;
