import fp from 'fastify-plugin';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { ParseOptions } from '../parser-pool/pool.js';
import type { StoreStats } from '../store/async-store.js';

/** Work waiting or running in each queue: the parser's lanes and the search threads. */
export interface QueueDepths {
  parse: { main: number; open: number };
  search: number;
}

export interface MetricsOptions {
  /** What is stored, read from the database at scrape time so the figures never drift. */
  storeStats: () => Promise<StoreStats>;
  queueDepths?: () => QueueDepths;
  /** The app's parser: its parse() is timed in place, so every caller (routes, batch) is measured. */
  parser?: {
    parse(text: string, options?: ParseOptions): Promise<unknown>;
    parseEncoded(text: string, options?: ParseOptions): Promise<unknown>;
  };
}

declare module 'fastify' {
  interface FastifyInstance {
    /** This app's own registry (one per app, so apps built side by side in tests never collide). */
    metrics: {
      registry: Registry;
      parseSeconds: Histogram;
      /** The Prometheus text exposition of every metric. */
      scrape(): Promise<string>;
    };
  }
}

const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

export default fp<MetricsOptions>(
  async (app, { storeStats, queueDepths, parser }) => {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry });

    const requests = new Counter({
      name: 'http_requests_total',
      help: 'HTTP requests answered, by method, route pattern and status code.',
      labelNames: ['method', 'route', 'status'] as const,
      registers: [registry],
    });
    const latency = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Time from receiving a request to sending its response, by method, route pattern and status.',
      labelNames: ['method', 'route', 'status'] as const,
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    });
    const parseSeconds = new Histogram({
      name: 'article_parse_duration_seconds',
      help: 'Time to parse one article (including any wait for a parser worker).',
      buckets: LATENCY_BUCKETS,
      registers: [registry],
    });

    const stored = [
      ['articles_stored', 'Articles in the database.', 'articles'],
      ['quotes_stored', 'Quotes in the database.', 'quotes'],
      ['officials_stored', 'Distinct officials in the database.', 'officials'],
      ['database_size_bytes', 'Size of the SQLite database file.', 'databaseBytes'],
    ] as const;
    // One read of the store per scrape serves all four gauges.
    let scrape: Promise<StoreStats> | undefined;
    for (const [name, help, field] of stored) {
      new Gauge({
        name,
        help,
        registers: [registry],
        async collect() {
          scrape ??= storeStats();
          this.set((await scrape)[field]);
        },
      });
    }
    if (queueDepths) {
      new Gauge({
        name: 'parse_queue_depth',
        help: 'Articles being parsed or waiting for a parser thread, by lane (main: writes and keyed parses; open: parses without a key).',
        labelNames: ['lane'] as const,
        registers: [registry],
        collect() {
          const { parse } = queueDepths();
          this.set({ lane: 'main' }, parse.main);
          this.set({ lane: 'open' }, parse.open);
        },
      });
      new Gauge({
        name: 'search_queue_depth',
        help: 'Full-text searches running or waiting for a reader thread.',
        registers: [registry],
        collect() {
          this.set(queueDepths().search);
        },
      });
    }

    const scrapeAll = async () => {
      try {
        return await registry.metrics();
      } finally {
        scrape = undefined;
      }
    };

    app.decorate('metrics', { registry, parseSeconds, scrape: scrapeAll });

    if (parser) {
      for (const method of ['parse', 'parseEncoded'] as const) {
        const parse = parser[method].bind(parser);
        parser[method] = async (text, options) => {
          const stop = parseSeconds.startTimer();
          try {
            return await parse(text, options);
          } finally {
            stop();
          }
        };
      }
    }

    app.addHook('onResponse', async (request, reply) => {
      // The route pattern, not the URL, keeps label cardinality bounded (ids and queries vary).
      const labels = {
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status: String(reply.statusCode),
      };
      requests.inc(labels);
      latency.observe(labels, reply.elapsedTime / 1000);
    });
  },
  { name: 'metrics', fastify: '5.x' },
);
