// Telling a personal name inside a capitalised phrase, for people the entity finder did not list.
import { BODY_ROLES, PERSON_ROLES } from '../lexicons/role-nouns.js';

const HONORIFIC = /^(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Justice|Barrister|Senator|Sen|Rep|Ambassador|Maj|Gen|Lt|Col|Brig|Capt|Major|General|Lieutenant|Colonel|Brigadier|Captain|Advocate|Engr|Engineer)\.?\s+|\((?:retd|r|retired)\)\s*)+/;

/** "Mr Soomro" -> "Soomro", "Maj Gen (retd) Rana" -> "Rana". Keeps a lone word whatever it is. */
export function stripHonorifics(s: string): string {
  const out = s.replace(HONORIFIC, '');
  return out || s;
}

const CONNECTOR = new Set(['van', 'der', 'de', 'del', 'da', 'al', 'bin', 'ul', 'ud', 'e', 'le', 'la', 'von']);
const NOT_NAME = new Set(['The', 'A', 'An', 'He', 'She', 'They', 'It', 'We', 'I', 'You', 'This', 'That', 'One', 'Pakistan', 'Federal', 'Foreign', 'Office', 'State', 'Department', 'Ministry',
  'Provincial', 'National', 'Senior', 'Former', 'Deputy', 'Special', 'Principal', 'Acting', 'Additional', 'Joint', 'Interior',
  'Finance', 'Chief', 'Vice', 'Prime', 'High', 'Commissioner', 'Secretary', 'General', 'Advocate']);

/** The personal name at the end of a capitalised phrase: "PCB Chairman Zubair Hassan Qureshi" -> "Zubair Hassan Qureshi". */
export function trailingName(phrase: string): string | null {
  const ws = phrase.replace(/\([^)]*\)/g, ' ').split(/\s+/).filter(Boolean);
  const name: string[] = [];
  for (let i = ws.length - 1; i >= 0; i--) {
    const w = ws[i].replace(/[,.;:]+$/, '');
    const capital = /^\p{Lu}\p{Ll}/u.test(w);
    if (!(capital || (CONNECTOR.has(w) && name.length > 0))) break;
    const lower = w.toLowerCase();
    if (PERSON_ROLES.has(lower) || BODY_ROLES.has(lower) || NOT_NAME.has(w) || /['’]s$/.test(w)) break;
    name.unshift(w);
  }
  // a personal name is rarely longer than three words (plus "van der"); longer runs carry a title
  while (name.filter((w) => !CONNECTOR.has(w)).length > 3) name.shift();
  while (name.length && CONNECTOR.has(name[0])) name.shift();
  const joined = stripHonorifics(name.join(' '));
  return joined ? joined : null;
}
