// A minister's country from the ministry of his portfolio, when the article marks that ministry's country.
import { MINISTER_UNDER_RANKS } from '../../lexicons/titles.js';
import type { Scan } from './scan.js';

/** A minister's portfolio, under any rank: "Assistant Foreign Minister" → "foreign". */
const PORTFOLIO = new RegExp(`^(?:(?:${MINISTER_UNDER_RANKS.join('|')})\\s+)?(.+?)\\s+minister$`, 'i');

/** The names a portfolio's ministry goes by: "Foreign Ministry", "Ministry of Foreign Affairs". */
const ministryNames = (portfolio: string): string[] =>
  [portfolio, `${portfolio} affairs`].flatMap((p) => [`${p} ministry`, `ministry of ${p}`]);

/**
 * "Qatar's Foreign Ministry condemned ... Assistant Foreign Minister X tweeted" in a story from Ankara: a
 * minister works in the ministry of his portfolio, so one the article does not place serves the country of
 * that ministry when the article names it with one. Only where the article never names the default country:
 * a story about that country ("Islamabad: India's Foreign Ministry ... Foreign Minister Dar") keeps it.
 */
export function settleByMinistry(sc: Scan): void {
  const { people, orgs, countries, defaultCountry } = sc;
  if (countries.some((c) => c?.country === defaultCountry)) return;
  const ministries = new Map<string, string>();
  for (const o of orgs.orgs) if (o.head === 'ministry' && o.country) ministries.set(o.name.toLowerCase(), o.country);
  for (const p of people) {
    const portfolio = p.defaulted ? PORTFOLIO.exec(p.title ?? '')?.[1].toLowerCase() : undefined;
    const country = portfolio
      ? ministryNames(portfolio)
          .map((n) => ministries.get(n))
          .find(Boolean)
      : undefined;
    if (country) [p.country, p.defaulted] = [country, false];
  }
}
