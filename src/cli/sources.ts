// The ingest CLI's input: files and folders (searched recursively, in name order) of .txt files, one
// article each, and .jsonl files, one article object a line. Entries are labelled file or file:line.
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Entry } from '../bulk/ingest.js';
import { splitLines } from '../bulk/lines.js';
import { ndjsonEntries } from '../bulk/ndjson.js';

const isArticleFile = (path: string) => path.endsWith('.txt') || path.endsWith('.jsonl');

async function walk(folder: string): Promise<string[]> {
  const files: string[] = [];
  for (const entry of (await readdir(folder, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) files.push(...(await walk(path)));
    else if (isArticleFile(path)) files.push(path);
  }
  return files;
}

/** Every article file under the given paths; a missing path or a named file of another kind is an error. */
export async function listFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    if ((await stat(path)).isDirectory()) files.push(...(await walk(path)));
    else if (isArticleFile(path)) files.push(path);
    else throw new Error(`${path}: not a .txt or .jsonl file (nor a folder)`);
  }
  return files;
}

/** How many articles the files hold (non-blank .jsonl lines), for the progress bar's total and ETA. */
export async function countArticles(files: string[], maxLineBytes: number): Promise<number> {
  let count = 0;
  for (const file of files) {
    if (extname(file) === '.txt') count++;
    else for await (const _ of splitLines(createReadStream(file), maxLineBytes)) count++;
  }
  return count;
}

const ARTICLE_FIELDS = ['text', 'url', 'source', 'publishedAt', 'externalId'];

/**
 * A .jsonl line as an article body. Exports and annotated corpora carry more than an article (an `id`, gold
 * quotes...): the CLI takes the article's fields and lets the rest go, so such files load as they are, and a
 * line's own `id` becomes its externalId, which makes loading the same file twice idempotent. What is left
 * is still checked like any POST /v1/articles body.
 */
export function articleFields(line: unknown): unknown {
  if (line === null || typeof line !== 'object' || Array.isArray(line)) return line;
  const record = line as Record<string, unknown>;
  const body: Record<string, unknown> = {};
  for (const field of ARTICLE_FIELDS) if (field in record) body[field] = record[field];
  if (!('externalId' in body) && (typeof record.id === 'string' || typeof record.id === 'number')) body.externalId = String(record.id);
  return body;
}

export async function* readArticles(files: string[], maxLineBytes: number): AsyncGenerator<Entry<string>> {
  for (const file of files) {
    if (extname(file) === '.txt') {
      yield { ref: file, body: { text: await readFile(file, 'utf8') } };
      continue;
    }
    for await (const entry of ndjsonEntries(createReadStream(file), maxLineBytes)) {
      yield 'body' in entry ? { ref: `${file}:${entry.ref}`, body: articleFields(entry.body) } : { ...entry, ref: `${file}:${entry.ref}` };
    }
  }
}
