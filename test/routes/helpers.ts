// A fresh app per test on its own in-memory database, closed when the test ends.
import type { Test } from 'tap';
import { buildApp, type AppOptions } from '../../src/app.js';
import type { ParseResult } from '../../src/extract/types.js';

/**
 * Load shedding off in tests: on 2 shared cores a full `npm test` stalls event loops for seconds, and a
 * sample interval with no loop tick at all reads as an infinite delay, so only 0 (no check) is safe.
 */
export const NO_LOAD_SHEDDING = { maxEventLoopDelayMs: 0 };

export async function testApp(t: Test, options: AppOptions = {}) {
  const app = await buildApp({ databasePath: ':memory:', logger: false, ...NO_LOAD_SHEDDING, ...options });
  t.teardown(() => app.close());
  return app;
}

/** Makes the app's parser answer with hand-made records, so route tests do not hang on engine quality. */
export function fakeParser(app: Awaited<ReturnType<typeof testApp>>, records: (text: string) => Partial<ParseResult>) {
  Object.assign(app.parser, {
    parse: async (text: string): Promise<ParseResult> => ({
      parserVersion: '0.1.0',
      dateline: { date: null, city: null, country: null },
      quotes: [],
      officials: [],
      ...records(text),
    }),
  });
}
