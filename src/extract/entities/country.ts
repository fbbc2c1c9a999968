// The country a person belongs to when nothing in the article says: the dateline's, else the country
// the article names most.
import type { CountrySpan } from './words.js';

export function defaultCountry(countries: (CountrySpan | undefined)[], datelineCountry: string | null): string | null {
  if (datelineCountry) return datelineCountry;
  const counts = new Map<string, number>();
  for (let i = 0; i < countries.length; i++) {
    const c = countries[i];
    if (!c) continue;
    counts.set(c.country, (counts.get(c.country) ?? 0) + 1);
    i += c.length - 1;
  }
  let top: string | null = null;
  for (const [country, n] of counts) if (top === null || n > counts.get(top)!) top = country;
  return top;
}
