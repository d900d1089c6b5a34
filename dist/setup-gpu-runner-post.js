import { runStep } from './index.js';
await runStep('setup-gpu-runner', 'post');
