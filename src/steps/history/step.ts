import { choice, environment } from '../../core/input-kinds.js';
import { registryInputs } from '../registry-inputs.js';
import { declareStep, type InputsOf } from '../step.js';

/** `modelgate history`, declared once: a CLI command (no action, no GitLab component). */
export const step = declareStep({
  id: 'history',
  title: 'Deployment history',
  description: 'The deployment history of an environment, newest first, and the pointer it ends at.',
  usage: 'modelgate history --model-name <name> --env <environment> [--registry <uri>] [--format table|markdown|json]',
  inputs: {
    ...registryInputs,
    environment: environment({
      required: true,
      alias: 'env',
      hint: 'the environment whose history to show (--env production)',
      description: 'The environment whose history to show.',
    }),
    format: choice(['table', 'markdown', 'json'], { default: 'table', description: 'How to print it.' }),
  },
  outputs: {},
});

/** The parsed inputs of `modelgate history`. */
export type HistoryInputs = InputsOf<typeof step>;
