// The one bundle's entry: dist/<id>.js stubs import runStep, dist/cli.js imports cli.
export { runStep, runOn } from './main.js';
export { cli } from './cli.js';
