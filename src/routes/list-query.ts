// Splits a list's query string into its filter and its page, and rejects a date range that ends
// before it starts (a client bug worth a 400, not an empty page).
import { problem } from '../plugins/errors.js';
import type { PageRequest } from '../store/index.js';

type PageQuery = PageRequest & { since?: number };

export function splitListQuery<Q extends PageQuery & { from?: string; to?: string }>(
  query: Q,
): { filter: Omit<Q, keyof PageQuery>; page: PageQuery } {
  const { limit, cursor, count, since, ...filter } = query;
  const { from, to } = query;
  if (from !== undefined && to !== undefined && from > to) throw problem(400, `from (${from}) is after to (${to}).`);
  return { filter, page: { limit, cursor, count, since } };
}
