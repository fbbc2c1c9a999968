// Searches: a binary search over spans kept in text order, the last match of a pattern.

/** Index of the first item starting at or after `at` (items sorted by start). */
export function firstAtOrAfter(items: readonly { start: number }[], at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where the last match of a global pattern starts in `s`, -1 if none. */
export function lastMatch(pattern: RegExp, s: string): number {
  pattern.lastIndex = 0;
  let at = -1;
  for (let m = pattern.exec(s); m; m = pattern.exec(s)) at = m.index;
  return at;
}
