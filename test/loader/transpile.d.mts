/** The name of the cache file that holds the JavaScript for this source of this file. */
export function cacheFile(path: string, source: string): string;
/** The JavaScript for a .ts file's source, from the cache when this exact source was transpiled before. */
export function transpile(path: string, source: string): string;
