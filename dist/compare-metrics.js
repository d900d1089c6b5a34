import { runStep } from './index.js';
await runStep('compare-metrics');
