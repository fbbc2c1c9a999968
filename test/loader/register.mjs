// Runs the tests' TypeScript on plain Node: tap passes `--import` of this file to every test process
// (.taprc), worker threads inherit it, and so do the server children a test starts with its execArgv.
// Each file is transpiled once and cached (transpile.mjs), instead of once per process and thread.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
