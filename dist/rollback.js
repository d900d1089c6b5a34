import { runStep } from './index.js';
await runStep('rollback');
