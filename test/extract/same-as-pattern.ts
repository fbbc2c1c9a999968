// A hand-written scan against the pattern it replaces: both read strings made of pieces chosen to meet the
// pattern's edges, from a fixed seed (the same inputs, and coverage, every run) and from a fresh one.
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';

export function sameAsPattern<T>(pieces: string[], scan: (s: string) => T, pattern: (s: string) => T, runs = 500): void {
  for (const seed of [20261202, undefined]) {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const s = parts.join('');
        return isDeepStrictEqual(scan(s), pattern(s));
      }),
      { numRuns: runs, seed },
    );
  }
}
