import { runStep } from './index.js';
await runStep('train-model');
