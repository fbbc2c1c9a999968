// The check of the database file at start-up, within a time budget. SQLite's quick_check reads the whole file
// and cannot be interrupted (better-sqlite3 has no progress handler), so on a large file it would hold writes
// back for minutes. Instead every b-tree (the schema, each table and index) is walked page by page through
// dbstat, which decodes each page's header and cells and reports a page it cannot decode as `corrupted`: the
// walk can stop between any two pages. Each b-tree gets an equal share of the budget left, so the schema and
// the first pages of every table and index are read however large the file. quick_check, which also checks
// the pages' order, depth and free list, follows only when the walk read every page in half the budget (its
// cost is of the same order as the walk's).
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

/** `now` in milliseconds (tests pass a clock of their own). */
export function checkPages(db: Database, budgetMs: number, now: () => number = performance.now.bind(performance)): PageCheck {
  const started = now();
  const deadline = started + budgetMs;
  const pageCount = db.pragma('page_count', { simple: true }) as number;
  const trees = [
    'sqlite_schema',
    ...(db.prepare('SELECT name FROM sqlite_schema WHERE rootpage > 0 ORDER BY rootpage').pluck().all() as string[]),
  ];
  const pages = db.prepare<[string], { pageno: number; pagetype: string }>('SELECT pageno, pagetype FROM dbstat WHERE name = ?');
  const check: PageCheck = { damage: null, pagesRead: 0, pageCount, complete: true, quickCheck: false };
  for (const [i, tree] of trees.entries()) {
    const treeDeadline = now() + (deadline - now()) / (trees.length - i);
    for (const { pageno, pagetype } of pages.iterate(tree)) {
      check.pagesRead++;
      if (pagetype === 'corrupted') return { ...check, damage: `page ${pageno} of ${tree} cannot be decoded` };
      if (now() > treeDeadline) {
        check.complete = false;
        break;
      }
    }
  }
  if (!check.complete || now() - started > budgetMs / 2) return check;
  const found = db.pragma('quick_check(1)', { simple: true }) as string;
  return { ...check, quickCheck: true, damage: found === 'ok' ? null : `quick_check: ${found}` };
}
