// Benchmark figures as a Markdown table, ready for the README.
import type autocannon from 'autocannon';

export interface Row {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  rssMb: number;
  /** Articles per second, for ingest runs. */
  articlesPerSecond?: number;
  /** The server's CPU time a request, in µs (see measureOn). */
  cpuUs?: number;
}

export function summarise(name: string, result: autocannon.Result, rssMb: number, articlesPerRequest?: number): Row {
  return {
    name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    rssMb,
    articlesPerSecond: articlesPerRequest === undefined ? undefined : (result['2xx'] * articlesPerRequest) / result.duration,
  };
}

export function printTable(rows: Row[]): void {
  const ingest = rows.some((r) => r.articlesPerSecond !== undefined);
  const cpu = rows.some((r) => r.cpuUs !== undefined);
  console.log(
    `| run | req/s | p50 ms | p99 ms | errors | non-2xx | peak RSS MB |${ingest ? ' articles/s |' : ''}${cpu ? ' server CPU µs a request |' : ''}`,
  );
  console.log(`|---|---|---|---|---|---|---|${ingest ? '---|' : ''}${cpu ? '---|' : ''}`);
  for (const r of rows) {
    const cells = [r.name, r.rps.toFixed(0), r.p50, r.p99, r.errors, r.non2xx, r.rssMb.toFixed(0)];
    if (ingest) cells.push(r.articlesPerSecond?.toFixed(0) ?? '');
    if (cpu) cells.push(r.cpuUs?.toFixed(0) ?? '');
    console.log(`| ${cells.join(' | ')} |`);
  }
}
