// Word pools for generated news: names, roles, places and the phrases quotes are built from. Combinations
// give 20k+ distinct officials and varied quote text, so indexes and full-text search see realistic data.
export const FIRST_NAMES = (
  'Aamir Abdul Adnan Ahmed Aisha Ali Amina Amir Anwar Arif Asad Asma Ayesha Babar Bilal Daniel David Ejaz Elena ' +
  'Emily Faisal Farah Farhan Fatima Fawad Ghulam Hamid Hana Haris Hassan Hina Imran Irfan Ishaq Jamal James Javed ' +
  'John Junaid Kamran Karim Khalid Laila Li Lina Mahmood Maria Maryam Masood Michael Mohsin Murad Nadia Naveed ' +
  'Nawaz Nida Omar Pervez Qasim Rabia Rahul Raza Rehman Rizwan Saad Sadia Saima Salman Sameer Sana Sara Shahid ' +
  'Shazia Sohail Tariq Usman Vedant Waqar Yasir Zahid Zainab Zubair Anna Peter Thomas Olga Wei Hiroshi Kenji ' +
  'Priya Arjun Ravi Meera Sofia Carlos Lucia Ahmet Mehmet Leyla Omid Reza Farid Nasrin Yusuf Ibrahim Khadija'
).split(' ');

export const SURNAMES = (
  'Abbasi Afridi Ahmad Akhtar Alvi Ansari Awan Aziz Baig Bajwa Baloch Bhatti Bhutto Butt Chaudhry Dar Durrani ' +
  'Farooqi Gillani Gul Haider Hashmi Hussain Iqbal Jadoon Jamali Javed Kakar Kazmi Khan Khattak Khokhar Lodhi ' +
  'Malik Mansoor Marri Mazari Memon Mirza Mughal Naqvi Niazi Noon Paracha Patel Qureshi Rana Rashid Rizvi Saeed ' +
  'Sattar Shah Sharif Sheikh Siddiqui Soomro Tareen Tiwana Usmani Warraich Yousafzai Zaidi Zardari Smith Johnson ' +
  'Brown Miller Wilson Taylor Anderson Clark Lewis Walker Young King Wright Scott Green Baker Adams Nelson Carter ' +
  'Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris Rogers Reed Cook Morgan ' +
  'Bell Murphy Bailey Cooper Richardson Cox Howard Ward Torres Peterson Gray Ramirez Watson Brooks Kelly Sanders ' +
  'Price Bennett Wood Barnes Ross Henderson Coleman Jenkins Perry Powell Long Patterson Hughes Flores Washington ' +
  'Butler Simmons Foster Gonzales Bryant Alexander Russell Griffin Diaz Hayes Wang Zhang Liu Chen Yang Huang Zhao ' +
  'Tanaka Suzuki Sato Kumar Singh Sharma Gupta Mehta Yilmaz Demir Kaya Rahimi Karimi Hosseini Haddad Nasser Mansour'
).split(' ');

export const TITLES = [
  'Foreign Minister',
  'Finance Minister',
  'Interior Minister',
  'spokesperson',
  'Ambassador',
  'Deputy Spokesperson',
  'Secretary',
  'Chief Minister',
  'Governor',
  'Senator',
  'Chairman',
  'Director General',
  'Adviser',
  'Prime Minister',
  'Minister of State',
  'Special Envoy',
  'Commissioner',
  'President',
  'Chief Economist',
  'High Commissioner',
];

export const ORGANIZATIONS = [
  'Foreign Office',
  'Ministry of Finance',
  'Ministry of Interior',
  'State Department',
  'State Bank',
  'Election Commission',
  'National Assembly',
  'Senate',
  'Planning Commission',
  'United Nations',
  'World Bank',
  'International Monetary Fund',
  'Ministry of Defence',
  'Ministry of Energy',
  'Supreme Court',
  'Board of Investment',
  'Ministry of Health',
  'Ministry of Education',
  'Federal Board of Revenue',
  'NATO',
];

export const PLACES: ReadonlyArray<readonly [string, string]> = [
  ['Islamabad', 'Pakistan'],
  ['Lahore', 'Pakistan'],
  ['Karachi', 'Pakistan'],
  ['Peshawar', 'Pakistan'],
  ['Quetta', 'Pakistan'],
  ['Washington', 'United States'],
  ['New York', 'United States'],
  ['London', 'United Kingdom'],
  ['Beijing', 'China'],
  ['New Delhi', 'India'],
  ['Kabul', 'Afghanistan'],
  ['Tehran', 'Iran'],
  ['Dubai', 'United Arab Emirates'],
  ['Riyadh', 'Saudi Arabia'],
  ['Ankara', 'Turkey'],
  ['Moscow', 'Russia'],
  ['Tokyo', 'Japan'],
  ['Brussels', 'Belgium'],
  ['Geneva', 'Switzerland'],
  ['Paris', 'France'],
  ['Berlin', 'Germany'],
  ['Doha', 'Qatar'],
  ['Dhaka', 'Bangladesh'],
];

export const SOURCES = ['The Nation', 'Dawn', 'APP', 'Reuters', 'AP', 'AFP', 'The News', 'Express Tribune'];

export const SUBJECTS = [
  'the government',
  'the country',
  'our partners',
  'the committee',
  'the talks',
  'the economy',
  'the budget',
  'the new policy',
  'the agreement',
  'the delegation',
  'the people',
  'the region',
  'trade',
  'the reforms',
  'security cooperation',
  'the energy sector',
  'the negotiations',
  'the ministry',
  'the investigation',
  'growth',
];
export const PREDICATES = [
  'remained committed to',
  'would continue to support',
  'was working hard on',
  'had made progress on',
  'could not ignore',
  'needed more time for',
  'fully backed',
  'was deeply concerned about',
  'welcomed',
  'would soon announce',
  'had agreed on',
  'was closely monitoring',
  'strongly rejected',
  'would review',
];
export const OBJECTS = [
  'regional stability',
  'the bilateral relationship',
  'economic recovery',
  'the peace process',
  'tax reforms',
  'the rights of citizens',
  'the rule of law',
  'the upcoming elections',
  'climate resilience',
  'border security',
  'debt relief',
  'the flood reconstruction plan',
  'energy prices',
  'foreign investment',
  'public health',
  'the education budget',
  'water sharing',
  'counter-terrorism efforts',
  'inflation',
  'the trade corridor',
];
export const ANONYMOUS = ['one diplomat', 'officials', 'sources', 'a senior official', 'analysts'];
