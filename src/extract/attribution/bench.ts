// Sieve: "A Bench of Chief Justice X and Justice Y remarked", "a bench headed by Justice X told": a bench is its
// court sitting, and speaks as the court (a body speaking as a whole), not as the judges its complement names.
import { COURT_PANELS } from '../lexicons/role-nouns.js';
import { capitalisedWords, type Sieve } from './sieve.js';

// the words before the panel noun place it ("the HC bench", "a division bench"); the complement names its judges.
// "the bench" alone points back as any body's noun does, for the role-noun sieve, after the document sieve has
// read an order's author ("In an order authored by Justice X, the bench ruled")
const PANELS = [...COURT_PANELS].join('|');
const PANEL = new RegExp(
  `^(?:(?:the|a|an)\\s+((?:[\\p{L}-]+\\s+){0,3}?)(?:${PANELS})\\s+(?:of|headed\\s+by|comprising|led\\s+by)\\s|an?\\s+((?:[\\p{L}-]+\\s+){0,3}?)(?:${PANELS})$)`,
  'iu',
);

export const bench: Sieve = (np, ctx) => {
  const mention = ctx.slice(np);
  const m = PANEL.exec(mention);
  if (!m) return null;
  // a capitalised word before the noun names its court ("the HC bench", "a Supreme Court bench"); a lower-case one
  // says which panel of it ("a division bench")
  const placed = capitalisedWords((m[1] ?? m[2]).split(/\s+/)).filter((w) => w !== 'court');
  const court = ctx.bodyOfKind('court', np.start, placed);
  return court && { speaker: { kind: 'organization', name: court.name, mention }, confidence: 0.75 };
};
