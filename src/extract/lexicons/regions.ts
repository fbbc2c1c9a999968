/** Regions of the world: places, no one's government. */
export const WORLD_REGIONS: ReadonlySet<string> = new Set([
  'South Asia', 'Central Asia', 'East Asia', 'Southeast Asia', 'West Asia', 'Middle East', 'North Africa', 'Latin America',
  'North America', 'South America', 'Western Europe', 'Eastern Europe', 'Horn of Africa', 'Indo-Pacific',
]);

// Provinces, states and territories that head titles ("Sindh Chief Minister") or sit between a title and
// a name ("Chief Minister of Punjab Sabahat Ali Khokhar"): name -> country, null where two countries share
// it; and the regions of the world.
export const REGIONS: ReadonlyMap<string, string | null> = new Map(Object.entries({
  Sindh: 'Pakistan', Balochistan: 'Pakistan', 'Khyber Pakhtunkhwa': 'Pakistan', 'Khyber-Pakhtunkhwa': 'Pakistan', 'K-P': 'Pakistan', KP: 'Pakistan',
  KPK: 'Pakistan', 'Gilgit-Baltistan': 'Pakistan', 'Gilgit Baltistan': 'Pakistan', 'Azad Kashmir': 'Pakistan', AJK: 'Pakistan',
  'Azad Jammu and Kashmir': 'Pakistan', 'Azad Jammu & Kashmir': 'Pakistan', 'Islamabad Capital Territory': 'Pakistan',
  Punjab: null, Kashmir: null, 'Jammu and Kashmir': 'India', Bengal: null, 'West Bengal': 'India', Maharashtra: 'India',
  Gujarat: 'India', Rajasthan: 'India', 'Uttar Pradesh': 'India', Bihar: 'India', Kerala: 'India', 'Tamil Nadu': 'India',
  Karnataka: 'India', Haryana: 'India', Assam: 'India', Odisha: 'India', 'Madhya Pradesh': 'India', 'Andhra Pradesh': 'India',
  Telangana: 'India', Xinjiang: 'China', Tibet: 'China', Yunnan: 'China', Sichuan: 'China', Guangdong: 'China',
  Helmand: 'Afghanistan', Kandahar: 'Afghanistan', Nangarhar: 'Afghanistan', Khorasan: 'Iran', 'Sistan-Baluchestan': 'Iran',
  Scotland: 'United Kingdom', Wales: 'United Kingdom', England: 'United Kingdom', California: 'United States',
  Texas: 'United States', 'New York': 'United States', Florida: 'United States', Virginia: 'United States', Maryland: 'United States',
  // the other US states (not Georgia, a country, nor Washington, a city): "Sen. X of Montana" is American
  Alabama: 'United States', Alaska: 'United States', Arizona: 'United States', Arkansas: 'United States',
  Colorado: 'United States', Connecticut: 'United States', Delaware: 'United States', Hawaii: 'United States',
  Idaho: 'United States', Illinois: 'United States', Indiana: 'United States', Iowa: 'United States',
  Kansas: 'United States', Kentucky: 'United States', Louisiana: 'United States', Maine: 'United States',
  Massachusetts: 'United States', Michigan: 'United States', Minnesota: 'United States',
  Mississippi: 'United States', Missouri: 'United States', Montana: 'United States', Nebraska: 'United States',
  Nevada: 'United States', 'New Hampshire': 'United States', 'New Jersey': 'United States',
  'New Mexico': 'United States', 'North Carolina': 'United States', 'North Dakota': 'United States',
  Ohio: 'United States', Oklahoma: 'United States', Oregon: 'United States', Pennsylvania: 'United States',
  'Rhode Island': 'United States', 'South Carolina': 'United States', 'South Dakota': 'United States',
  Tennessee: 'United States', Utah: 'United States', Vermont: 'United States', 'West Virginia': 'United States',
  Wisconsin: 'United States', Wyoming: 'United States',
  // Canadian provinces and Australian states (not Victoria, a given name): "Ontario's health minister"
  Ontario: 'Canada', Quebec: 'Canada', 'Nova Scotia': 'Canada', 'British Columbia': 'Canada', Alberta: 'Canada',
  Manitoba: 'Canada', Saskatchewan: 'Canada', 'New Brunswick': 'Canada', 'Prince Edward Island': 'Canada',
  Newfoundland: 'Canada', 'New South Wales': 'Australia', Queensland: 'Australia', Tasmania: 'Australia',
  'Western Australia': 'Australia', 'South Australia': 'Australia',
  // Pakistani copy's other spelling of the province ("chief minister Khyber Pakhtunkhawa")
  'Khyber Pakhtunkhawa': 'Pakistan',
  // Kenya's counties, its first-level divisions ("West Pokot Governor", "Bungoma Governor", "Kisumu County
  // Commissioner"): its copy names them where others name a province; not Busia, Meru or Nandi, which
  // name a Ugandan town, a Tanzanian mountain and an Indian given name too
  ...Object.fromEntries(
    [
      'Mombasa', 'Kwale', 'Kilifi', 'Tana River', 'Lamu', 'Taita Taveta', 'Taita-Taveta', 'Garissa', 'Wajir', 'Mandera',
      'Marsabit', 'Isiolo', 'Tharaka Nithi', 'Tharaka-Nithi', 'Embu', 'Kitui', 'Machakos', 'Makueni', 'Nyandarua', 'Nyeri',
      'Kirinyaga', "Murang'a", 'Kiambu', 'Turkana', 'West Pokot', 'Samburu', 'Trans Nzoia', 'Trans-Nzoia', 'Uasin Gishu',
      'Elgeyo Marakwet', 'Elgeyo-Marakwet', 'Baringo', 'Laikipia', 'Nakuru', 'Narok', 'Kajiado', 'Kericho', 'Bomet',
      'Kakamega', 'Vihiga', 'Bungoma', 'Siaya', 'Kisumu', 'Homa Bay', 'Migori', 'Kisii', 'Nyamira',
    ].map((county) => [county, 'Kenya']),
  ),
  ...Object.fromEntries([...WORLD_REGIONS].map((r) => [r, null])),
}));

/** Continents and their adjectives as they open the names of bodies ("African Union", "Inter-American Court"). */
export const CONTINENTAL_NAMES: readonly string[] = [
  'Africa', 'African', 'Pan-African', 'Asia', 'Asian', 'Europe', 'European', 'Inter-American', 'Latin American',
];

/** Provinces' initials as Pakistani copy writes them, to their names: the government of "KP" is Khyber Pakhtunkhwa's. */
export const REGION_INITIALS: ReadonlyMap<string, string> = new Map([
  ['KP', 'Khyber Pakhtunkhwa'], ['KPK', 'Khyber Pakhtunkhwa'], ['K-P', 'Khyber Pakhtunkhwa'], ['AJK', 'Azad Jammu and Kashmir'],
]);
