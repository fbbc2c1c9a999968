// News outlets and agencies -> the country whose readers they write for; null for international wires.
// An unmarked "Federal Minister" in a Riyadh story that a source "told Dawn" is Pakistani.
export const OUTLETS: ReadonlyMap<string, string | null> = new Map(Object.entries({
  Reuters: null, AP: null, 'Associated Press': null, 'The Associated Press': null, AFP: null, 'Agence France-Presse': null,
  Bloomberg: null, DPA: null, dpa: null, UPI: null, EFE: null, 'Al Jazeera': null,
  Dawn: 'Pakistan', 'The Nation': 'Pakistan', 'The News': 'Pakistan', 'Express Tribune': 'Pakistan',
  'The Express Tribune': 'Pakistan', 'Business Recorder': 'Pakistan', APP: 'Pakistan', 'Associated Press of Pakistan': 'Pakistan',
  'Geo News': 'Pakistan', Geo: 'Pakistan', 'ARY News': 'Pakistan', PTV: 'Pakistan', 'Radio Pakistan': 'Pakistan',
  'Daily Times': 'Pakistan', 'Samaa TV': 'Pakistan', 'Press Trust of India': 'India', 'The Hindu': 'India',
  'Hindustan Times': 'India', 'The Times of India': 'India', 'Times of India': 'India', NDTV: 'India', ANI: 'India',
  'The Indian Express': 'India', 'The Daily Star': 'Bangladesh', BSS: 'Bangladesh', BBC: 'United Kingdom',
  'The Guardian': 'United Kingdom', 'The Times': 'United Kingdom', 'Financial Times': 'United Kingdom',
  // Sky News is also Australia's and Arabia's: its name says no country
  'Sky News': null, CNN: 'United States', 'The New York Times': 'United States',
  'The Washington Post': 'United States', 'The Wall Street Journal': 'United States', NPR: 'United States',
  Xinhua: 'China', 'Global Times': 'China', CGTN: 'China', IRNA: 'Iran', 'Press TV': 'Iran', Anadolu: 'Turkey',
  'Anadolu Agency': 'Turkey', TOLOnews: 'Afghanistan', 'Pajhwok': 'Afghanistan', 'Arab News': 'Saudi Arabia',
  'Gulf News': 'United Arab Emirates', Kyodo: 'Japan', Yonhap: 'South Korea', TVNZ: 'New Zealand', RNZ: 'New Zealand',
  RTÉ: 'Ireland', RTE: 'Ireland', CBC: 'Canada',
}));

/** Verbs before "to" that name the outlet a source spoke to: "talking to Dawn". */
export const SPOKE_TO: ReadonlySet<string> = new Set(['talking', 'speaking', 'spoke', 'talked', 'said']);

/** Common nouns for a news outlet: "the paper said" speaks for a body, not for an unnamed person. */
export const OUTLET_NOUNS: ReadonlySet<string> = new Set(['paper', 'newspaper', 'daily', 'broadcaster', 'channel', 'magazine', 'outlet']);
