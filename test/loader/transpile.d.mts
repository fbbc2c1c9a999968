/** The JavaScript for a .ts file's source, from the cache when this exact source was transpiled before. */
export function transpile(path: string, source: string): string;
