// Tokens of raw text in the style of Universal Dependencies English: clitics split off ("do" "n't",
// "it" "'s"), punctuation and hyphens apart, but URLs, e-mail addresses, numbers such as 3.5 or 1,000,
// initialisms (U.S.) and common abbreviations (Dr.) kept whole. Offsets index the original text.
// Every alternative either consumes what it scans or is bounded, so tokenising is linear in the text.

export interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

// Abbreviations that keep their full stop; "no" only before a digit (No. 10), below.
const ABBREVIATIONS = [
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'sr',
  'jr',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'sgt',
  'adm',
  'sen',
  'rep',
  'gov',
  'rev',
  'hon',
  'vs',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'dept',
  'govt',
  'approx',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mt',
  'ft',
  'est',
  'fig',
];

/** "dr" -> "[dD][rR]": only the abbreviations match either case, so \p{Lu} below stays upper case. */
function anyCase(word: string): string {
  return [...word].map((c) => `[${c}${c.toUpperCase()}]`).join('');
}

const TOKEN = new RegExp(
  [
    String.raw`(?:https?:\/\/|www\.)[^\s<>"“”‘’]+`,
    String.raw`[\p{L}\p{N}._%+\-]{1,64}@[\p{L}\p{N}\-]{1,63}(?:\.[\p{L}\p{N}\-]{1,63}){1,8}`,
    String.raw`(?:${ABBREVIATIONS.map(anyCase).join('|')})\.(?!\p{L})`,
    String.raw`${anyCase('no')}\.(?=\s*\d)`,
    String.raw`(?:\p{L}\.){2,}`,
    String.raw`\p{Lu}\.(?=\s+\p{Lu})`,
    String.raw`\d+(?:[.,:/]\d+){0,8}(?:st|nd|rd|th|s)?(?![\p{L}\d])`,
    String.raw`[\p{L}\p{M}\p{N}_]+(?:['’][\p{L}\p{M}]+)*`,
    String.raw`\.{2,}|-{2,}`,
    String.raw`\S`,
  ]
    .map((alternative) => `(?:${alternative})`)
    .join('|'),
  'yu',
);

const WHITESPACE = /\s+/y;
const NEGATION = /^(.+?)(n['’]t)$/i;
const CLITIC = /^(.+?)(['’](?:s|m|d|ll|re|ve))$/i;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    WHITESPACE.lastIndex = at;
    if (WHITESPACE.test(text)) {
      at = WHITESPACE.lastIndex;
      continue;
    }
    TOKEN.lastIndex = at;
    const match = TOKEN.exec(text)!;
    const end = at + trimUrl(match[0]).length;
    pushWord(tokens, text.slice(at, end), at);
    at = end;
  }
  return tokens;
}

/** A URL does not take the sentence's closing punctuation (its scheme or "www" always remains). */
function trimUrl(token: string): string {
  if (!/^(?:https?:|www\.)/i.test(token)) return token;
  return token.replace(/[.,;:!?)\]'"]+$/, '');
}

/** Splits "don't" into "do" "n't" and "it's" into "it" "'s", as the treebank does. */
function pushWord(tokens: Token[], word: string, start: number): void {
  const split = NEGATION.exec(word) ?? CLITIC.exec(word);
  if (split && /\p{L}/u.test(split[1])) {
    const head = split[1].length;
    pushWord(tokens, word.slice(0, head), start);
    tokens.push({ text: word.slice(head), start: start + head, end: start + word.length });
    return;
  }
  tokens.push({ text: word, start, end: start + word.length });
}
