// The project's news corpus (test/corpus/*.jsonl) as article texts, for the throughput benchmarks.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function corpusTexts(): string[] {
  const corpus = join(process.cwd(), 'test', 'corpus');
  return readdirSync(corpus)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) =>
      readFileSync(join(corpus, f), 'utf8')
        .split('\n')
        .filter((l) => l.trim()),
    )
    .map((l) => (JSON.parse(l) as { text: string }).text);
}
