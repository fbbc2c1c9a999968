// Binary search over spans kept in text order.

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
