// Generated articles ready to store (parse results included, no parsing), each with a text and externalId
// of its own: a repeat would be answered as existing without being stored. For the store benchmarks.
import type { NewArticle } from '../../src/store/articles.js';
import { createGenerator } from './generate.js';

/** A function that gives the next new article; `label` goes into each externalId. */
export function newArticles({ seed, officials, label }: { seed: number; officials: number; label: string }): () => NewArticle {
  const generate = createGenerator({ seed, officials });
  let counter = 0;
  return () => {
    const n = counter++;
    const article = generate(n);
    return {
      text: `${article.text}Reference ${process.pid}-${n}.\n`,
      externalId: `${label}-${process.pid}-${n}`,
      source: article.source,
      publishedAt: article.publishedAt,
      parsed: article.result,
    };
  };
}
