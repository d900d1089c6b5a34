import { runStep } from './index.js';
await runStep('deploy-model');
