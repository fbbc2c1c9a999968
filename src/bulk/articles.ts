// One batch entry to a storable article: the same schema as POST /v1/articles (a JSON object with text and
// metadata, or a bare string), checked line by line, so a bad entry becomes its own 400 problem.
import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { EncodedParse } from '../parser-pool/codec.js';
import { ArticleBody } from '../schemas/articles.js';
import type { ArticleMeta } from '../schemas/articles.js';
import type { WireArticle } from '../store-writer/writes.js';
import { type HttpProblem, problemBody } from '../plugins/errors.js';
import { articleText } from '../routes/article-text.js';
import { describeValidation } from '../plugins/validation-errors.js';
import type { IngestSteps, Problem } from './ingest.js';

export type ArticleInput = ArticleMeta & { text: string };

// ajv-formats is CommonJS: under NodeNext its default export arrives as the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const ajv = new Ajv({ allErrors: false, verbose: true });
addFormats(ajv);
const valid = ajv.compile(ArticleBody);

/** Checks one entry; an article whose text is over `maxTextBytes` is a 413, as the same article posted alone. */
export function checkArticle(body: unknown, maxTextBytes = Infinity): { article: ArticleInput } | { problem: Problem } {
  if (!valid(body)) {
    return { problem: problemBody(400, describeValidation(valid.errors as ErrorObject[], 'body')) };
  }
  const article = typeof body === 'string' ? { text: body } : (body as ArticleInput);
  const bytes = Buffer.byteLength(article.text);
  if (bytes > maxTextBytes) {
    return { problem: problemBody(413, `The article is ${bytes} bytes; at most ${maxTextBytes} are accepted (MAX_ARTICLE_BYTES).`) };
  }
  try {
    // The same emptiness rule as a single POST.
    articleText(article);
  } catch (error) {
    return { problem: problemBody((error as HttpProblem).statusCode, (error as HttpProblem).message) };
  }
  return { article };
}

/** The pipeline's steps over a writer and a parser: records travel encoded from one to the other. */
export function storeSteps(
  writer: { saveArticles(items: WireArticle[]): Promise<{ id: number; created: boolean; conflict: boolean }[]> },
  parser: { parseEncoded(text: string): Promise<EncodedParse> },
  maxTextBytes: number,
): IngestSteps<ArticleInput, EncodedParse> {
  return {
    check: (body) => checkArticle(body, maxTextBytes),
    parse: (article) => parser.parseEncoded(article.text),
    save: async (items) =>
      (await writer.saveArticles(items.map(({ article, result }) => ({ ...article, parsed: result }))))
        // Only the ids: reading back each full stored article would be wasted work here.
        .map(({ id, created, conflict }) => ({ id, created, conflict })),
  };
}
