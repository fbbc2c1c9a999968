// The progress ETA: smoothed over time, so results that come in batches do not swing it from hours to zero.
import t from 'tap';
import { eta, formatDuration, smoothedRate } from '../../src/cli/rate.js';

t.test('batches of 500 every 10 s: a steady 50/s from the first whole batch, no swing', async (t) => {
  const rate = smoothedRate();
  const etas: { shown: string; left: number }[] = [];
  // Each batch is answered at once: 500 updates within a few ms, then a 10 s wait.
  for (let batch = 0; batch < 12; batch++) {
    for (let i = 1; i <= 500; i++) {
      const done = batch * 500 + i;
      rate.update(done, 10_000 * (batch + 1) + i / 100);
      etas.push({ shown: eta(rate, 6000 - done), left: 6000 - done });
    }
  }
  t.ok(
    etas.slice(0, 500).every((e) => e.shown === '?'),
    'no estimate before a whole batch was timed',
  );
  t.equal(etas[500].shown, '1 min 50 s', 'the first estimate: 5,499 left at 50/s');
  const off = etas.slice(500).filter((e) => e.shown !== formatDuration(e.left / 50));
  t.same(off, [], 'every later estimate is what is left at 50/s');
  t.ok(Math.abs(rate.perSecond()! - 50) < 1e-9);
  t.equal(etas.at(-1)!.shown, '0 s');
});

t.test('a change of pace moves the rate gradually, by the time passed', async (t) => {
  const rate = smoothedRate();
  rate.update(0, 0);
  rate.update(100, 1000);
  t.equal(rate.perSecond(), 100);
  rate.update(100, 1500);
  t.equal(rate.perSecond(), 100, 'updates less than a second after a sample wait for the next');
  rate.update(100, 16_000);
  t.equal(rate.perSecond(), 50, 'a pause of one half-life halves it');
  t.equal(eta(rate, 500), '10 s');
  rate.update(100, 1_000_000);
  t.ok(rate.perSecond()! < 1e-6);
  t.equal(eta(rate, 500), '?', 'nothing moves: no guess');
  t.equal(eta(rate, 0), '0 s');
});

t.test('durations read as seconds, minutes or hours', async (t) => {
  t.equal(formatDuration(0), '0 s');
  t.equal(formatDuration(44.2), '45 s');
  t.equal(formatDuration(200), '3 min 20 s');
  t.equal(formatDuration(7500), '2 h 05 min');
  t.equal(formatDuration(40_000), '11 h 06 min');
});
