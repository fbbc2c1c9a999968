// One document per article, built once: the text with scraped-page noise repaired (and the way back to
// the posted offsets), the dateline, paragraphs, sentences and the body's word tokens. The syntax layer's
// tokens, tags, lemmas and dependency trees come per sentence, on first request, and are kept: the passes
// pay for syntax only in the sentences they ask about (those that hold a quotation or a reporting cue).
import {
  parseTagged,
  sentences as syntaxSentences,
  tagLazily,
  tokenize,
  type ParsedToken,
  type TaggedToken,
  type Token,
} from '../../syntax/index.js';
import { parseDateline } from '../dateline/index.js';
import { firstAtOrAfter } from '../text/search.js';
import { paragraphs, sentences, type Sentence, type Span } from '../text/segment.js';
import type { WordsIn } from '../text/words.js';
import type { Dateline } from '../types.js';
import { repairText } from './repair.js';
import { wordTokens, wordsIn, type Token as WordToken } from './tokens.js';

/** A parsed stretch of a sentence (the syntax layer cuts very long ones), offsets in the repaired text. */
export interface Tree extends Span {
  readonly tokens: ParsedToken[];
}

/** A stretch of a sentence as the syntax layer cuts it, tagged as far as it is read (tagLazily). */
interface Piece {
  readonly tokens: Token[];
  tagged?: (n: number) => TaggedToken[];
}

/** A full sentence of ten words or more, closed by its stop (and a closing mark). */
const STANDFIRST = /^(?:\S+\s+){9,}\S*[.!?]["”’']?$/;

/**
 * Where the read text starts: at the line before the dateline's when that line is a standfirst, a summary
 * sentence with its full stop ("X will recruit 16,000 teachers, officials said."), which is written as body text;
 * a headline carries no full stop.
 */
function standfirstStart(text: string, bodyStart: number): number {
  const lineStart = text.lastIndexOf('\n', bodyStart - 1) + 1;
  const before = text.slice(0, lineStart).trimEnd();
  const start = before.lastIndexOf('\n') + 1;
  return before.length > 0 && STANDFIRST.test(before.slice(start)) ? start : bodyStart;
}

export class ArticleDocument {
  /** The repaired text, which every pass reads; its offsets map back with toOriginal. */
  readonly text: string;
  readonly toOriginal: (offset: number) => number;
  readonly dateline: Dateline;
  /** The agency in the dateline's brackets ("Reuters"), else null. */
  readonly agency: string | null;
  /** Where the body starts in the repaired text, after prefix, headline and dateline. */
  readonly bodyStart: number;
  readonly paragraphs: Span[];
  readonly sentences: Sentence[];
  /** The body's words and punctuation marks, tokenised once for every pass that reads words. */
  readonly tokens: WordToken[];
  /** The words of a stretch of the body, read off the tokens. */
  readonly words: WordsIn = (start, end, limit) => wordsIn(this.text, this.tokens, start, end, limit);
  private readonly trees = new Map<number, Tree[]>();
  private readonly pieces = new Map<number, Piece[]>();

  constructor(readonly original: string) {
    const repaired = repairText(original);
    this.text = repaired.text;
    this.toOriginal = repaired.toOriginal;
    const { dateline, bodyStart, agency } = parseDateline(this.text);
    this.dateline = dateline;
    this.agency = agency;
    this.bodyStart = bodyStart;
    const from = standfirstStart(this.text, bodyStart);
    this.paragraphs = paragraphs(this.text, from);
    this.sentences = sentences(this.text, this.paragraphs, []);
    this.tokens = wordTokens(this.text, from);
  }

  /** The index of the sentence holding the offset, or -1 outside every sentence. */
  sentenceAt(offset: number): number {
    const i = firstAtOrAfter(this.sentences, offset + 1) - 1;
    return i >= 0 && offset < this.sentences[i].end ? i : -1;
  }

  /** The parsed tokens around the offset: tags, lemmas, heads (indices among them) and relations. */
  treeAt(offset: number): Tree | null {
    const sentence = this.sentenceAt(offset);
    if (sentence < 0) return null;
    let trees = this.trees.get(sentence);
    if (!trees) {
      trees = this.piecesOf(sentence).map((piece) => {
        const parsed = parseTagged(tagged(piece, piece.tokens.length));
        return { start: parsed[0].start, end: parsed[parsed.length - 1].end, tokens: parsed };
      });
      this.trees.set(sentence, trees);
    }
    // the last piece ends where the sentence does, so one always holds the offset
    return trees.find((tree) => offset < tree.end) as Tree;
  }

  /**
   * The tagged tokens (part of speech, lemma) of the sentence stretch around the offset, without its tree,
   * from its start through the word after the offset's at least: a pass that only asks what a word is pays
   * for the tagger, a fraction of the parser's cost, and only up to that word.
   */
  tagsAt(offset: number): TaggedToken[] | null {
    const sentence = this.sentenceAt(offset);
    if (sentence < 0) return null;
    const piece = this.piecesOf(sentence).find((p) => offset < p.tokens[p.tokens.length - 1].end) as Piece;
    return tagged(piece, piece.tokens.findIndex((t) => t.end > offset) + 2);
  }

  /**
   * The first `count` tagged tokens inside the span, read on across the syntax layer's cuts and sentences.
   * Each stretch is tagged only up to the span's last token read, so a short span costs little.
   */
  readonly tagsIn = (span: Span, count: number): TaggedToken[] => {
    const found: TaggedToken[] = [];
    const first = Math.max(0, firstAtOrAfter(this.sentences, span.start + 1) - 1);
    for (let k = first; k < this.sentences.length && this.sentences[k].start < span.end; k++) {
      for (const piece of this.piecesOf(k)) {
        if (found.length >= count || piece.tokens[0].start >= span.end) return found;
        const [from, to] = inside(piece.tokens, span, count - found.length);
        if (to > from) found.push(...tagged(piece, to).slice(from, to));
      }
    }
    return found;
  };

  /** The sentence tokenised once and cut where the syntax layer cuts very long ones; tagged piece by piece. */
  private piecesOf(sentence: number): Piece[] {
    let pieces = this.pieces.get(sentence);
    if (!pieces) {
      const s = this.sentences[sentence];
      const tokens = tokenize(this.text.slice(s.start, s.end)).map((t) => ({
        text: t.text,
        start: t.start + s.start,
        end: t.end + s.start,
      }));
      pieces = syntaxSentences(this.text, tokens).map(({ start, end }) => ({ tokens: tokens.slice(start, end) }));
      this.pieces.set(sentence, pieces);
    }
    return pieces;
  }

  /** Proper-noun runs ("Sadia Noor Baig") in the tree around the offset, as spans of the repaired text. */
  namesAt(offset: number): Span[] {
    const spans: Span[] = [];
    const tokens = this.treeAt(offset)?.tokens ?? [];
    tokens.forEach((t, i) => {
      if (t.upos !== 'PROPN') return;
      if (i > 0 && tokens[i - 1].upos === 'PROPN') spans[spans.length - 1].end = t.end;
      else spans.push({ start: t.start, end: t.end });
    });
    return spans;
  }
}

/** The indices [from, to) of the first tokens inside the span, at most `room` of them. */
function inside(tokens: readonly Token[], span: Span, room: number): [number, number] {
  const from = tokens.findIndex((t) => t.start >= span.start);
  if (from < 0) return [0, 0];
  let to = from;
  while (to < tokens.length && tokens[to].end <= span.end && to - from < room) to++;
  return [from, to];
}

/** The piece's tagged tokens from its first through the n-th at least. */
function tagged(piece: Piece, n: number): TaggedToken[] {
  piece.tagged ??= tagLazily(piece.tokens);
  return piece.tagged(n);
}

export function buildDocument(text: string): ArticleDocument {
  return new ArticleDocument(text);
}
