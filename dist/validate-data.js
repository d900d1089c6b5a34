import { runStep } from './index.js';
await runStep('validate-data');
