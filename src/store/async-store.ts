// The store as the routes and the bulk code see it, whichever engine runs: every read returns a promise.
// SQLite answers synchronously and is wrapped here (an await costs microseconds); PostgreSQL answers over
// the network from a connection pool. Writes go through a Writer (src/store-writer/) in both cases.
import type { QuoteProvenance } from '../extract/types.js';
import type { Article, ArticleFilter, ArticleSummary } from '../schemas/articles.js';
import type { OfficialDetail, OfficialFilter, OfficialSummary } from '../schemas/officials.js';
import type { QuoteFilter, QuoteMonths, SpeakerCandidate, StoredQuote } from '../schemas/quotes.js';
import type { Existing } from './articles.js';
import type { Page, PageRequest } from './cursor.js';
import type { Store } from './index.js';
import type { QuotePageJson, QuotePageRequest } from './quotes.js';
import type { StaleArticle } from './reparse.js';

/** A page of quotes; `nextSince` in the change feed; `candidates` when a surname is several people's. */
export type QuoteList = Page<StoredQuote> & { nextSince?: number; candidates?: SpeakerCandidate[] };

/** Row counts and the database's size in bytes, for metrics. */
export interface StoreStats {
  articles: number;
  quotes: number;
  officials: number;
  databaseBytes: number;
}

export interface AsyncStore {
  /** The article stored with this externalId, else with this text (see articlesRepository.findExisting). */
  findExistingArticle(text: string, externalId?: string): Promise<Existing | undefined>;
  articleIdByExternalId(externalId: string): Promise<number | undefined>;
  getArticle(id: number): Promise<Article | undefined>;
  listArticles(filter: ArticleFilter, page: PageRequest): Promise<Page<ArticleSummary>>;
  listQuotes(filter: QuoteFilter, page: QuotePageRequest): Promise<QuoteList>;
  /**
   * A page of quotes as the JSON body listQuotes' page serialises to, where this store can write it (SQLite), or
   * the candidates listQuotes would give for a surname several people have (so it is not resolved twice); null
   * when only listQuotes answers that request, and always for a full-text search (`q`), which the quotes route
   * sends to a reader thread.
   */
  quotePageJson?(filter: QuoteFilter, page: QuotePageRequest): Promise<QuotePageJson>;
  getQuote(id: number): Promise<StoredQuote | undefined>;
  /** What decided each of these quotes, for those stored with it (GET ?explain=true). */
  quoteProvenances(ids: number[]): Promise<Map<number, QuoteProvenance>>;
  /** An official's quotes per month (the list's type and date filters apply). */
  quoteMonthsOfOfficial(officialId: number, filter: Pick<QuoteFilter, 'type' | 'from' | 'to'>): Promise<QuoteMonths>;
  listOfficials(filter: OfficialFilter, page: PageRequest): Promise<Page<OfficialSummary>>;
  getOfficial(id: number): Promise<OfficialDetail | undefined>;
  /** Whether an official with this id exists (one index lookup). */
  officialExists(id: number): Promise<boolean>;
  /** Up to `limit` articles parsed by a version older than `current`, with id > afterId, in id order. */
  staleArticles(current: string, afterId: number, limit: number): Promise<StaleArticle[]>;
  /** Resolves when the database answers (GET /ready). */
  ping(): Promise<void>;
  stats(): Promise<StoreStats>;
}

/** SQLite's synchronous store behind the asynchronous interface; a throw becomes a rejection. */
export function asyncSqliteStore(store: Store): AsyncStore {
  return {
    findExistingArticle: async (text, externalId) => store.findExistingArticle(text, externalId),
    articleIdByExternalId: async (externalId) => store.articleIdByExternalId(externalId),
    getArticle: async (id) => store.getArticle(id),
    listArticles: async (filter, page) => store.listArticles(filter, page),
    listQuotes: async (filter, page) => store.listQuotes(filter, page),
    quotePageJson: async (filter, page) => store.quotePageJson(filter, page),
    getQuote: async (id) => store.getQuote(id),
    quoteProvenances: async (ids) => store.quoteProvenances(ids),
    quoteMonthsOfOfficial: async (officialId, filter) => store.quoteMonthsOfOfficial(officialId, filter),
    listOfficials: async (filter, page) => store.listOfficials(filter, page),
    getOfficial: async (id) => store.getOfficial(id),
    officialExists: async (id) => store.officialExists(id),
    staleArticles: async (current, afterId, limit) => store.staleArticles(current, afterId, limit),
    ping: async () => store.ping(),
    stats: async () => store.stats(),
  };
}
