import { choice } from '../../core/input-kinds.js';
import { commandRegistryInputs } from '../registry-inputs.js';
import { declareStep, type InputsOf } from '../step.js';

/** `modelgate versions`, declared once: a CLI command (no action, no GitLab component). */
export const step = declareStep({
  id: 'versions',
  title: 'Versions and recorded runs',
  description: 'The versions and recorded runs of a model, newest first: each with its commit, creation time, outcome, headline metrics, CI run and the environments that run it.',
  usage: 'modelgate versions --model-name <name> [--registry <uri>] [--format table|markdown|json]',
  inputs: {
    ...commandRegistryInputs,
    format: choice(['table', 'markdown', 'json'], { default: 'table', description: 'How to print it: a table for the terminal, markdown, or `json` for scripts.' }),
  },
  outputs: {},
});

/** The parsed inputs of `modelgate versions`. */
export type VersionsInputs = InputsOf<typeof step>;
