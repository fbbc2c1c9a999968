// A test app on a temporary database file, with the bulk routes, closed and removed after the test.
import type { Test } from 'tap';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, type AppOptions } from '../../src/app.js';

export function tempDir(t: Test): string {
  const dir = mkdtempSync(join(tmpdir(), 'quotes-bulk-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export async function testApp(t: Test, options: AppOptions = {}) {
  // Load shedding off (0: a stalled sample reads as an infinite delay, so any finite limit can still 503).
  const app = await buildApp({ logger: false, databasePath: join(tempDir(t), 'test.db'), maxEventLoopDelayMs: 0, ...options });
  t.teardown(() => app.close());
  return app;
}

export const article = (n: number) => `ISLAMABAD - Article number ${n}. “We are here,” said Foreign Minister Ali Khan.`;
