// The check of the database file at start-up, within a time budget. SQLite's quick_check reads the whole file
// and cannot be interrupted (better-sqlite3 has no progress handler), so on a large file it would hold writes
// back for minutes. Instead every b-tree (the schema, each table and index) is walked page by page through
// dbstat, which decodes each page's header and cells and reports a page it cannot decode as `corrupted`. The
// b-trees are read in turns, a few pages each, until the budget is spent: the schema and the first pages of
// every table and index are always read, and the turns of b-trees already read whole go to the others.
// quick_check, which also checks the pages' order, depth and free list, follows only when the walk read every
// page in half the budget (its cost is of the same order as the walk's).
import type { Database } from 'better-sqlite3';

export interface PageCheck {
  /** What is wrong, or null when nothing was found. */
  damage: string | null;
  pagesRead: number;
  pageCount: number;
  /** Every page was read (and quick_check ran when the budget allowed it). */
  complete: boolean;
  quickCheck: boolean;
}

/** Pages of one b-tree read in a turn: enough that the clock is seldom read, few enough to share the budget. */
const PAGES_A_TURN = 64;

/** `now` in milliseconds (tests pass a clock of their own). */
export function checkPages(db: Database, budgetMs: number, now: () => number = performance.now.bind(performance)): PageCheck {
  const started = now();
  const pageCount = db.pragma('page_count', { simple: true }) as number;
  const names = db.prepare('SELECT name FROM sqlite_schema WHERE rootpage > 0 ORDER BY rootpage').pluck().all() as string[];
  // One statement a b-tree: their walks are open side by side, each closed at the end however it ended.
  const all = ['sqlite_schema', ...names].map((tree) => ({
    tree,
    pages: db.prepare<[string], { pageno: number; pagetype: string }>('SELECT pageno, pagetype FROM dbstat WHERE name = ?').iterate(tree),
  }));
  const check: PageCheck = { damage: null, pagesRead: 0, pageCount, complete: false, quickCheck: false };
  /** One turn of a walk: false once it has read its last page, or once damage is found anywhere. */
  const turn = ({ tree, pages }: (typeof all)[number]): boolean => {
    for (let i = 0; i < PAGES_A_TURN && check.damage === null; i++) {
      const next = pages.next();
      if (next.done) return false;
      check.pagesRead++;
      if (next.value.pagetype === 'corrupted') check.damage = `page ${next.value.pageno} of ${tree} cannot be decoded`;
    }
    return check.damage === null;
  };
  let walks = all;
  do walks = walks.filter(turn);
  while (walks.length > 0 && check.damage === null && now() - started <= budgetMs);
  for (const { pages } of all) pages.return?.();
  if (check.damage !== null || walks.length > 0) return check;
  check.complete = true;
  if (now() - started > budgetMs / 2) return check;
  const found = db.pragma('quick_check(1)', { simple: true }) as string;
  return { ...check, quickCheck: true, damage: found === 'ok' ? null : `quick_check: ${found}` };
}
