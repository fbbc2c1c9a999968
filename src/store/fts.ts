// User input in `q` is words to find, never FTS5 syntax: every word is quoted, so `"`, `*`, `NEAR(`,
// `-` or unbalanced parentheses cannot reach the FTS query parser.

/** An FTS5 MATCH expression requiring every word of `input`, or null when it holds no word at all. */
export function matchAllWords(input: string, { prefix = false } = {}): string | null {
  const words = input.match(/[\p{L}\p{N}]+/gu);
  if (!words) return null;
  return words.map((word) => `"${word}"${prefix ? '*' : ''}`).join(' ');
}
