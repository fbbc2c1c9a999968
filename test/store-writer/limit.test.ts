// The PostgreSQL writer's limit on transactions at once: never more than the limit running, the rest started in
// the order they came, and a task that fails gives its place to the next as one that succeeds does.
import t from 'tap';
import { concurrencyLimit } from '../../src/store-writer/limit.js';

/** A task that runs until `finish` is called, recording when it starts and how many run beside it. */
function gatedTasks() {
  let running = 0;
  let most = 0;
  const started: number[] = [];
  const gates = new Map<number, { resolve: (value: number) => void; reject: (error: Error) => void }>();
  const task = (n: number) => () => {
    started.push(n);
    most = Math.max(most, ++running);
    return new Promise<number>((resolve, reject) => gates.set(n, { resolve, reject })).finally(() => running--);
  };
  const settle = async (n: number, fail = false) => {
    const gate = gates.get(n)!;
    if (fail) gate.reject(new Error(`task ${n} failed`));
    else gate.resolve(n * 10);
    // Let the limit hand the place over and the next task start.
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { task, settle, started, most: () => most };
}

t.test('at most the limit at once, the rest in the order they came', async (t) => {
  const limited = concurrencyLimit(2);
  const { task, settle, started, most } = gatedTasks();
  const results = [1, 2, 3, 4, 5].map((n) => limited(task(n)));
  await Promise.resolve();
  t.same(started, [1, 2], 'two start, three wait');
  await settle(2);
  t.same(started, [1, 2, 3], 'a settled task lets the first waiting one start');
  await settle(1, true);
  t.same(started, [1, 2, 3, 4], 'so does a failed one');
  await settle(3);
  await settle(4);
  await settle(5);
  t.equal(most(), 2, 'never more than two running');
  t.same(await Promise.allSettled(results), [
    { status: 'rejected', reason: new Error('task 1 failed') },
    { status: 'fulfilled', value: 20 },
    { status: 'fulfilled', value: 30 },
    { status: 'fulfilled', value: 40 },
    { status: 'fulfilled', value: 50 },
  ]);
});

t.test('places given back: below the limit again, a new task starts at once', async (t) => {
  const limited = concurrencyLimit(1);
  const { task, settle, started } = gatedTasks();
  const first = limited(task(1));
  await settle(1);
  t.equal(await first, 10);
  const second = limited(task(2));
  await Promise.resolve();
  t.same(started, [1, 2], 'nothing running: it starts without waiting');
  await settle(2);
  t.equal(await second, 20);
});
