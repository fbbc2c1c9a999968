// Writes with the storage checked around them, on real files: a deleted or replaced file, a read-only
// connection that recovers once a writable one opens, another process's lock, a damaged file.
import { renameSync, rmSync } from 'node:fs';
import t from 'tap';
import { openReadOnlyStore, openStore, type Store } from '../../src/store/index.js';
import { guardWrites } from '../../src/store-writer/guard.js';
import type { WriteRequest } from '../../src/store-writer/writes.js';
import { article } from '../store/fixtures.js';
import { damagedDatabase, holdWriteLock, tempDatabase } from './storage.js';

const save = (text: string): WriteRequest => ({ kind: 'save', items: [article(text)], withArticles: false });

function guarded(path: string, initial: Store = openStore(path), reopen: () => Store = () => openStore(path)) {
  const released: Store[] = [];
  let clock = 0;
  const writes = guardWrites(initial, {
    path,
    maxArticlesPerTransaction: 10,
    startupCheckMs: 60_000,
    reopen,
    release: (store) => (released.push(store), store.close()),
    now: () => clock,
  });
  return { writes, released, tick: (ms: number) => (clock += ms) };
}

t.test('a sound file: writes go through, the probe finds nothing, other errors pass as they are', async (t) => {
  const path = tempDatabase(t);
  const { writes } = guarded(path);
  t.teardown(() => writes.close());
  t.same(
    writes.run([save('one')]).map((o) => o.ok),
    [true],
  );
  t.equal(writes.probe(), null);
  const [missing] = writes.run([
    {
      kind: 'replace',
      items: [
        {
          id: 999,
          parsed: {
            ...article('x').parsed,
            quotes: [{ text: 'q', type: 'direct', start: 0, end: 1, cue: null, speaker: null, confidence: 1 }],
          },
        },
      ],
    },
  ]);
  t.match(missing, { ok: false, error: /no article 999/ });
  t.notOk('fault' in missing, 'a mistake of the request is no storage fault');
  t.equal(writes.probe(), null);
});

t.test('a deleted file refuses every write from then on, and a file moved in its place too', async (t) => {
  for (const how of ['deleted', 'replaced'] as const) {
    const path = tempDatabase(t);
    const { writes } = guarded(path);
    t.teardown(() => writes.close());
    t.ok(writes.run([save('before')])[0].ok);
    if (how === 'deleted') rmSync(path);
    else {
      const other = tempDatabase(t);
      openStore(other).close();
      renameSync(other, path);
    }
    const [refused] = writes.run([save('after')]);
    t.match(refused, { ok: false, fault: { kind: 'deleted', transient: false } }, how);
    t.match(refused.ok === false && refused.error, new RegExp(`was ${how} while the service ran.*Restore the file from a backup`));
    t.match(writes.probe(), { kind: 'deleted' });
  }
});

t.test('a read-only connection is reopened, at most once a second, until a write can be made', async (t) => {
  const path = tempDatabase(t);
  openStore(path).close();
  const opens: string[] = [];
  const reopen = () => {
    opens.push('open');
    // The first reopen is still read-only (the operator has not fixed it yet); the second can write.
    return opens.length === 1 ? openReadOnlyStore(path) : openStore(path);
  };
  const { writes, released, tick } = guarded(path, openReadOnlyStore(path), reopen);
  t.teardown(() => writes.close());
  const [refused] = writes.run([save('while read-only')]);
  t.match(refused, { ok: false, code: 'SQLITE_READONLY', fault: { kind: 'read-only', transient: true } });
  t.match(writes.probe(), { kind: 'read-only' }, 'it stays until writes succeed');
  t.equal(opens.length, 0, 'no reopen within a second of the last');
  tick(1000);
  t.match(writes.run([save('still read-only')])[0], { ok: false, fault: { kind: 'read-only' } });
  t.equal(opens.length, 1);
  t.equal(released.length, 1, 'the fresh connection that could not write is closed');
  tick(1000);
  t.equal(writes.probe(), null, 'a writable connection replaced the read-only one');
  t.equal(released.length, 2, 'and the read-only one is closed');
  t.same(
    writes.run([save('recovered')]).map((o) => o.ok),
    [true],
  );
});

t.test('a reopen that throws leaves the fault as it was', async (t) => {
  const path = tempDatabase(t);
  openStore(path).close();
  const { writes, tick } = guarded(path, openReadOnlyStore(path), () => {
    throw new Error('cannot open');
  });
  t.teardown(() => writes.close());
  writes.run([save('refused')]);
  tick(1000);
  t.match(writes.probe(), { kind: 'read-only' });
});

t.test('text left unindexed waits while writes are refused, and a failed indexing is a fault like a failed write', async (t) => {
  const path = tempDatabase(t);
  const deferring = openStore(path, { deferFullText: true });
  deferring.saveArticles([article('Text to index later.')]);
  deferring.close();
  const { writes } = guarded(path, openReadOnlyStore(path), () => {
    throw new Error('cannot open');
  });
  t.teardown(() => writes.close());
  writes.indexText();
  t.match(writes.probe(), { kind: 'read-only' }, 'the read-only connection could not index');
  t.doesNotThrow(() => writes.indexText(), 'and is not tried again while the fault stands');
});

t.test("another process's lock fails the write as locked, and does not outlast it", async (t) => {
  const path = tempDatabase(t);
  const { writes } = guarded(path, openStore(path, { busyTimeoutMs: 20 }));
  t.teardown(() => writes.close());
  const lock = holdWriteLock(path);
  t.match(writes.run([save('waits')])[0], { ok: false, code: 'SQLITE_BUSY', fault: { kind: 'locked', transient: true } });
  t.match(writes.probe(), { kind: 'locked', detail: /another process holds/ });
  lock.release();
  t.equal(writes.probe(), null);
  t.ok(writes.run([save('after the lock')])[0].ok);
});

t.test('a damaged file found at start refuses writes and names the recovery steps', async (t) => {
  const path = damagedDatabase(t);
  const { writes } = guarded(path);
  t.teardown(() => writes.close());
  t.match(writes.probe(), {
    kind: 'corrupt',
    transient: false,
    detail: /page \d+ of articles cannot be decoded[\s\S]*sqlite3 damaged.db .recover/,
  });
  t.match(writes.run([save('refused')])[0], { ok: false, fault: { kind: 'corrupt' } });
});

t.test('damage reported by a read stops writes, and no later fault replaces it', async (t) => {
  const path = tempDatabase(t);
  const { writes } = guarded(path);
  t.teardown(() => writes.close());
  writes.report({ kind: 'corrupt', transient: false, detail: 'damaged' });
  writes.report({ kind: 'read-only', transient: true, detail: 'read-only' });
  t.match(writes.probe(), { kind: 'corrupt' });
});
