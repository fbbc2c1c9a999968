// English dateline spellings of cities that GeoNames lists under another name: the local form ("GENEVA" is
// Genève), a newer name ("BOMBAY" is Mumbai) or an official one ("NEW YORK" is New York City). Without them
// the most populous town spelled the English way wins: Geneva, Illinois. Names the English way that are
// also common towns of their own (Canton, Ohio; Brunswick, Georgia) are left out. Values are GeoNames
// names, so each entry takes its country and population from the same data as every other city. Pakistani
// papers spell some Punjab district seats otherwise than GeoNames does, or without the "Sadr" or "City" it
// adds ("JHANG:", "SHEIKHUPURA -", "Vehari -", "ATTOCK -" in Dawn, The News, The Nation and UrduPoint).
export const CITY_EXONYMS: Readonly<Record<string, string>> = {
  Antwerp: 'Antwerpen',
  Astana: 'Nur-Sultan',
  Attock: 'Attock City',
  Bangalore: 'Bengaluru',
  Basra: 'Basrah',
  Bombay: 'Mumbai',
  Calcutta: 'Kolkata',
  Cologne: 'Köln',
  Fez: 'Fès',
  Geneva: 'Genève',
  Gothenburg: 'Göteborg',
  Hanover: 'Hannover',
  Jhang: 'Jhang Sadr',
  Kiev: 'Kyiv',
  Lucerne: 'Luzern',
  Madras: 'Chennai',
  'Mazar-i-Sharif': 'Mazār-e Sharīf',
  'New York': 'New York City',
  Nuremberg: 'Nürnberg',
  Peking: 'Beijing',
  Rangoon: 'Yangon',
  Saigon: 'Ho Chi Minh City',
  Saragossa: 'Zaragoza',
  Seville: 'Sevilla',
  Sheikhupura: 'Shekhupura',
  Ulaanbaatar: 'Ulan Bator',
  Vehari: 'Vihari',
};
