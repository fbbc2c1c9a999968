// The progress ETA's rate: an exponentially weighted average of samples at least a second apart. Results
// arrive in bursts (a whole batch answered at once, then a wait for the next), so the rate between two
// updates swings from thousands a second to nothing, and an ETA from it from hours to zero.

/** How quickly old samples stop counting: a sample's weight halves every this many ms. */
const HALF_LIFE_MS = 15_000;
/** Updates closer than this to the last sample are counted in the next one. */
const MIN_SAMPLE_MS = 1000;

export interface SmoothedRate {
  /** Records that `done` items are finished at time `now` (ms). */
  update(done: number, now: number): void;
  /** Items a second, or undefined before the first sample. */
  perSecond(): number | undefined;
}

export function smoothedRate(): SmoothedRate {
  let rate: number | undefined;
  // The first update is the baseline, not a sample: before it nothing was measured but the start-up, and in
  // a burst it carries one item of the batch that took the whole wait.
  let last: { done: number; at: number } | undefined;
  return {
    update(done, now) {
      if (last === undefined) {
        last = { done, at: now };
        return;
      }
      const elapsed = now - last.at;
      if (elapsed < MIN_SAMPLE_MS) return;
      const sample = ((done - last.done) * 1000) / elapsed;
      const weight = 1 - 0.5 ** (elapsed / HALF_LIFE_MS);
      rate = rate === undefined ? sample : rate + weight * (sample - rate);
      last = { done, at: now };
    },
    perSecond: () => rate,
  };
}

/** Seconds as a short duration: "45 s", "3 min 20 s", "2 h 05 min". */
export function formatDuration(seconds: number): string {
  const s = Math.ceil(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
}

/** Time left at the smoothed rate: "?" before the first sample or while nothing moves, "0 s" when done. */
export function eta(rate: SmoothedRate, remaining: number): string {
  if (remaining <= 0) return formatDuration(0);
  const perSecond = rate.perSecond();
  return perSecond === undefined || perSecond <= 0 ? '?' : formatDuration(remaining / perSecond);
}
