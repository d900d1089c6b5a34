import './worker/index.js';
