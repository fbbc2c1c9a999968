// Reporting cues in a sentence: reporting verbs, "according to", "was quoted (by X) as saying".
import { REPORTING_VERBS, type VerbInfo } from '../lexicons/reporting-verbs.js';
import type { Span } from '../text/segment.js';

export type CueKind = 'verb' | 'participle' | 'according' | 'quoted';

export interface Cue extends Span {
  kind: CueKind;
  /** The cue as written: "said", "told", "according to", "was quoted by PTV as saying". */
  text: string;
  verb: VerbInfo | null;
}

const verbAlternation = [...REPORTING_VERBS.keys()].sort((a, b) => b.length - a.length).join('|').replace(/ /g, '\\s+');
const CUE = new RegExp(
  `\\b(?:(?<quoted>(?:was|were|is|are|has been|had been|have been)\\s+(?:also\\s+|later\\s+)?quoted\\s+(?:by\\s+[^.,;:"“”]{1,60}?\\s+)?as\\s+(?:saying|telling\\s+[^.,;:"“”]{1,40}?))|(?<according>[Aa]ccording\\s+to)|(?<verb>${verbAlternation}))\\b`,
  'g',
);
const SAYING = REPORTING_VERBS.get('saying') as VerbInfo;
const BEFORE_NOT_A_CUE = /\b(?:the|a|an|this|these|those|his|her|its|their|our|such|was|were|is|are|be|been|being|to|so-called)\s+$/i;
const AFTER_COMMA = /,\s*(?:while\s+|before\s+|after\s+|also\s+|further\s+|and\s+)?$/;

/** Cues in text[start, end) that are not inside any of the `masked` spans (quotations). */
export function findCues(text: string, start: number, end: number, masked: Span[]): Cue[] {
  const out: Cue[] = [];
  const chunk = text.slice(start, end);
  let q = 0;
  CUE.lastIndex = 0;
  for (let m = CUE.exec(chunk); m; m = CUE.exec(chunk)) {
    const s = start + m.index;
    const e = s + m[0].length;
    while (q < masked.length && masked[q].end <= s) q++;
    if (q < masked.length && masked[q].start < e) continue;
    const g = m.groups as Record<string, string | undefined>;
    const before = text.slice(Math.max(start, s - 20), s);
    if (g.quoted) {
      out.push({ start: s, end: e, kind: 'quoted', text: m[0], verb: SAYING });
    } else if (g.according) {
      out.push({ start: s, end: e, kind: 'according', text: m[0], verb: null });
    } else {
      const verb = REPORTING_VERBS.get(m[0].replace(/\s+/g, ' '));
      if (!verb || BEFORE_NOT_A_CUE.test(before)) continue;
      if (verb.nounLike && !/^\s+that\b/.test(text.slice(e, e + 6))) continue;
      // "adding to pressure on prices", "added to the list": "add to" is to increase, not to say more
      if (verb.lemma === 'add' && /^\s+to\b/.test(text.slice(e, e + 5))) continue;
      if (verb.form === 'participle') {
        if (!AFTER_COMMA.test(before)) continue;
        out.push({ start: s, end: e, kind: 'participle', text: m[0], verb });
      } else {
        out.push({ start: s, end: e, kind: 'verb', text: m[0], verb });
      }
    }
  }
  return out;
}
