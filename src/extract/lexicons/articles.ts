// The articles that open a noun phrase (lower case): a title, a source or a name never starts after one.

export const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
