// Demonyms and country adjectives -> the country's English exonym. Country names themselves come from
// the ISO list (dateline/gazetteer.ts findCountry).
export const DEMONYMS: ReadonlyMap<string, string> = new Map(Object.entries({
  American: 'United States', US: 'United States', USA: 'United States', 'U.S': 'United States',
  British: 'United Kingdom', UK: 'United Kingdom', English: 'United Kingdom', Scottish: 'United Kingdom',
  Welsh: 'United Kingdom', Pakistani: 'Pakistan', Chinese: 'China', Indian: 'India', Afghan: 'Afghanistan',
  Iranian: 'Iran', Saudi: 'Saudi Arabia', Turkish: 'Turkey', Russian: 'Russia', French: 'France', German: 'Germany',
  Japanese: 'Japan', Emirati: 'United Arab Emirates', UAE: 'United Arab Emirates', Qatari: 'Qatar', Kuwaiti: 'Kuwait',
  Bahraini: 'Bahrain', Omani: 'Oman', Egyptian: 'Egypt', Iraqi: 'Iraq', Syrian: 'Syria', Jordanian: 'Jordan',
  Lebanese: 'Lebanon', Israeli: 'Israel', Palestinian: 'Palestine', Bangladeshi: 'Bangladesh', 'Sri Lankan': 'Sri Lanka',
  Nepali: 'Nepal', Nepalese: 'Nepal', Malaysian: 'Malaysia', Indonesian: 'Indonesia', Thai: 'Thailand',
  Vietnamese: 'Vietnam', Filipino: 'Philippines', Philippine: 'Philippines', Singaporean: 'Singapore',
  Australian: 'Australia', Canadian: 'Canada', Mexican: 'Mexico', Brazilian: 'Brazil', Italian: 'Italy',
  Spanish: 'Spain', Dutch: 'Netherlands', Belgian: 'Belgium', Swiss: 'Switzerland', Swedish: 'Sweden',
  Norwegian: 'Norway', Danish: 'Denmark', Finnish: 'Finland', Polish: 'Poland', Ukrainian: 'Ukraine', Greek: 'Greece',
  Azerbaijani: 'Azerbaijan', Uzbek: 'Uzbekistan', Kazakh: 'Kazakhstan', Tajik: 'Tajikistan', Turkmen: 'Turkmenistan',
  Kyrgyz: 'Kyrgyzstan', Nigerian: 'Nigeria', Kenyan: 'Kenya', 'South African': 'South Africa', Ethiopian: 'Ethiopia',
  Sudanese: 'Sudan', Libyan: 'Libya', Tunisian: 'Tunisia', Algerian: 'Algeria', Moroccan: 'Morocco', Yemeni: 'Yemen',
  'North Korean': 'North Korea', 'South Korean': 'South Korea', Korean: 'South Korea', Irish: 'Ireland',
  Portuguese: 'Portugal', Austrian: 'Austria', Hungarian: 'Hungary', Czech: 'Czechia', Romanian: 'Romania',
  Serbian: 'Serbia', Georgian: 'Georgia', Armenian: 'Armenia', Belarusian: 'Belarus', Myanmar: 'Myanmar',
  Burmese: 'Myanmar', Cambodian: 'Cambodia', Mongolian: 'Mongolia', Taiwanese: 'Taiwan', Argentine: 'Argentina',
  Chilean: 'Chile', Colombian: 'Colombia', Peruvian: 'Peru', Venezuelan: 'Venezuela', Cuban: 'Cuba',
  Somali: 'Somalia', Ghanaian: 'Ghana', Ugandan: 'Uganda', Tanzanian: 'Tanzania', Zimbabwean: 'Zimbabwe',
  Maldivian: 'Maldives', Bhutanese: 'Bhutan', Senegalese: 'Senegal', Malian: 'Mali', Ivorian: 'Ivory Coast',
  Gambian: 'Gambia', Mauritanian: 'Mauritania', Zambian: 'Zambia', Rwandan: 'Rwanda', Cameroonian: 'Cameroon',
  Angolan: 'Angola', Mozambican: 'Mozambique', Namibian: 'Namibia', Malawian: 'Malawi',
}));

/** Nouns for a national that are no adjective ("the New Zealander said"); the adjectives above serve as nouns too. */
export const NATIONALITY_NOUNS: ReadonlySet<string> = new Set([
  'New Zealander', 'Briton', 'Englishman', 'Scot', 'Welshman', 'Irishman', 'Frenchman', 'Dutchman', 'Spaniard', 'Swede',
  'Dane', 'Finn', 'Pole', 'Turk', 'Icelander', 'Kiwi', 'Aussie',
]);

/** Words before a demonym used as a noun for a person: "an Iranian", "three Chinese". */
export const NATIONAL_BEFORE: ReadonlySet<string> = new Set(['a', 'an', 'the', 'two', 'three', 'four', 'five', 'several']);

/** Nouns after a demonym for a person of that country: "Chinese national David Go". */
export const NATIONALS: ReadonlySet<string> = new Set(['national', 'nationals', 'citizen', 'citizens']);

/**
 * Words after "the" and a demonym that make it a person: "the Iranian was", "the Iranian who". A verb in -ed
 * ("the Iranian claimed") is read from its ending.
 */
export const NATIONAL_AFTER: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'who', 'said', 'says']);
