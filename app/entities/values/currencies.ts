/**
 * The currencies the money recogniser knows, keyed by ISO 4217 code, in the `name|name|…` form the Microsoft
 * NumberWithUnit extractor takes (its own lists are keyed by currency *names* — "Euro", "Yen Japonais" — and its French
 * name→ISO map is not exported, so ours give the code straight away). Lower case: the extractor ignores case.
 *
 * Kept to the currencies agency news quotes: a short list is also a fast one, since the extractor runs one regex per
 * currency over each window. Longer names come first where they matter only for readability: the extractor keeps the
 * longest unit that follows the number.
 */

export type Language = 'fr' | 'en';

export interface CurrencyLists {
  /** Units after the number: `500 millions d'euros`, `38,50 euros`, `300 M€`. */
  suffix: ReadonlyMap<string, string>;
  /** Units before the number: `$3.5bn`, `€1.2bn`, `US$ 12`. */
  prefix: ReadonlyMap<string, string>;
}

const FR_SUFFIX = new Map<string, string>([
  ['EUR', "euros|euro|€|eur|d'euros|d'euro"],
  ['USD', "dollars américains|dollar américain|dollars us|dollar us|dollars|dollar|$|usd|$us|$ us|us$|d'usd"],
  ['CAD', 'dollars canadiens|dollar canadien|$ canadiens|$ ca|$ can|$can|$ca|cad'],
  ['AUD', 'dollars australiens|dollar australien|aud'],
  ['HKD', 'dollars de hong kong|dollars hongkongais|hkd'],
  ['SGD', 'dollars de singapour|dollars singapouriens|sgd'],
  ['NZD', 'dollars néo-zélandais|nzd'],
  ['GBP', 'livres sterling|livre sterling|livres britanniques|livre britannique|livres|livre|£|gbp|sterling'],
  ['CHF', 'francs suisses|franc suisse|chf'],
  ['XOF', 'francs cfa|franc cfa|fcfa|xof|xaf'],
  ['FRF', 'francs français|francs|franc'],
  ['JPY', 'yens|yen|¥|jpy'],
  ['CNY', 'yuans|yuan|renminbi|cny|rmb'],
  ['RUB', 'roubles|rouble|₽|rub'],
  ['INR', 'roupies indiennes|roupie indienne|roupies|roupie|₹|inr'],
  ['BRL', 'réals brésiliens|real brésilien|réals|reais|brl'],
  ['KRW', 'wons|won|₩|krw'],
  ['SEK', 'couronnes suédoises|couronne suédoise|sek'],
  ['NOK', 'couronnes norvégiennes|couronne norvégienne|nok'],
  ['DKK', 'couronnes danoises|couronne danoise|dkk'],
  ['CZK', 'couronnes tchèques|couronne tchèque|czk'],
  ['CDF', 'francs congolais|franc congolais|cdf'],
  ['RWF', 'francs rwandais|franc rwandais|rwf'],
  ['PLN', 'zlotys|zloty|złotys|złoty|pln'],
  ['TRY', 'livres turques|livre turque'],
  ['MXN', 'pesos mexicains|peso mexicain|mxn|pesos|peso'],
  ['COP', 'pesos colombiens|peso colombien|cop'],
  ['ARS', 'pesos argentins|peso argentin|ars'],
  ['CLP', 'pesos chiliens|peso chilien|clp'],
  ['PEN', 'sols péruviens|sol péruvien|soles péruviens|pen'],
  ['VND', 'dongs|dong|vnd'],
  ['ILS', 'shekels|shekel|ils'],
  ['UAH', 'hryvnias|hryvnia|uah'],
  ['MYR', 'ringgits|ringgit|myr'],
  ['ZAR', 'rands|rand|zar'],
  ['MAD', 'dirhams marocains|dirham marocain|dirhams|dirham'],
  ['DZD', 'dinars algériens|dinar algérien|dzd'],
  ['TND', 'dinars tunisiens|dinar tunisien|tnd'],
  ['BDT', 'takas|taka|bdt'],
]);

const FR_PREFIX = new Map<string, string>([
  ['EUR', '€|eur'],
  ['USD', '$|us$|$us|usd'],
  ['CAD', 'c$|ca$|$ca|cad'],
  ['AUD', 'a$|au$|aud'],
  ['HKD', 'hk$|hkd'],
  ['GBP', '£|gbp'],
  ['CHF', 'chf'],
  ['JPY', '¥|jpy'],
  ['CNY', 'cny|rmb'],
  ['INR', '₹'],
  ['BRL', 'r$|brl'],
  ['KRW', '₩'],
  ['RUB', '₽'],
]);

const EN_SUFFIX = new Map<string, string>([
  ['EUR', 'euros|euro|€|eur'],
  ['USD', 'us dollars|u.s. dollars|american dollars|dollars|dollar|$|usd|bucks|cents'],
  ['CAD', 'canadian dollars|canadian dollar|cad'],
  ['AUD', 'australian dollars|australian dollar|aud'],
  ['HKD', 'hong kong dollars|hong kong dollar|hkd'],
  ['SGD', 'singapore dollars|singapore dollar|sgd'],
  ['NZD', 'new zealand dollars|new zealand dollar|nzd'],
  ['GBP', 'pounds sterling|pound sterling|british pounds|pounds|pound|sterling|£|gbp|pence'],
  ['CHF', 'swiss francs|swiss franc|chf'],
  ['XOF', 'cfa francs|cfa franc|xof|xaf'],
  ['FRF', 'french francs|french franc|francs|franc'],
  ['JPY', 'japanese yen|yen|¥|jpy'],
  ['CNY', 'chinese yuan|yuan|renminbi|cny|rmb'],
  ['RUB', 'roubles|rouble|rubles|ruble|₽|rub'],
  ['INR', 'indian rupees|rupees|rupee|₹|inr'],
  ['BRL', 'brazilian reais|brazilian real|reais|brl'],
  ['KRW', 'south korean won|korean won|won|₩|krw'],
  ['SEK', 'swedish kronor|swedish krona|swedish crowns|swedish crown|sek'],
  ['NOK', 'norwegian kroner|norwegian krone|norwegian crowns|norwegian crown|nok'],
  ['DKK', 'danish kroner|danish krone|danish crowns|danish crown|dkk'],
  ['CZK', 'czech crowns|czech koruna|czk'],
  ['CDF', 'congolese francs|congolese franc|cdf'],
  ['RWF', 'rwandan francs|rwandan franc|rwf'],
  ['PLN', 'zlotys|zloty|pln'],
  ['MXN', 'mexican pesos|mexican peso|mxn|pesos|peso'],
  ['COP', 'colombian pesos|colombian peso|cop'],
  ['ARS', 'argentine pesos|argentinian pesos|argentine peso|ars'],
  ['CLP', 'chilean pesos|chilean peso|clp'],
  ['PEN', 'peruvian soles|peruvian sol|soles|pen'],
  ['VND', 'vietnamese dong|dong|vnd'],
  ['ILS', 'israeli shekels|new shekels|shekels|shekel|ils'],
  ['UAH', 'hryvnias|hryvnia|uah'],
  ['MYR', 'malaysian ringgit|ringgit|myr'],
  ['ZAR', 'rand|zar'],
  ['GHS', 'ghanaian cedis|cedis|cedi|ghs'],
  ['TZS', 'tanzanian shillings|tzs'],
  ['KES', 'kenyan shillings|shillings|shilling|kes'],
  ['UGX', 'ugandan shillings|ugx'],
  ['NGN', 'naira|₦|ngn'],
  ['EGP', 'egyptian pounds|egp'],
  ['TRY', 'turkish lira|lira|try'],
  ['THB', 'baht|thb'],
  ['IDR', 'rupiah|idr'],
  ['BGN', 'bulgarian leva|leva|bgn'],
  ['PHP', 'philippine pesos|php'],
  ['BDT', 'bangladeshi taka|taka|bdt'],
  ['PKR', 'pakistani rupees|pkr'],
]);

const EN_PREFIX = new Map<string, string>([
  ['EUR', '€|eur'],
  ['USD', '$|us$|us $|u.s. $|usd'],
  ['CAD', 'c$|ca$|cad'],
  ['AUD', 'a$|au$|aud'],
  ['HKD', 'hk$|hkd'],
  ['SGD', 's$|sgd'],
  ['NZD', 'nz$|nzd'],
  ['GBP', '£|gbp'],
  ['CHF', 'chf|sfr'],
  ['JPY', '¥|jpy'],
  ['CNY', 'cny|rmb'],
  ['INR', '₹|rs|inr'],
  ['BRL', 'r$|brl'],
  ['KRW', '₩|krw'],
  ['RUB', '₽'],
  ['GHS', 'gh¢|ghs'],
  ['TZS', 'tsh|tzs'],
  ['KES', 'ksh|kes'],
  ['UGX', 'ush|ugx'],
  ['NGN', '₦|ngn'],
  ['BDT', '৳|tk|bdt'],
  ['PKR', 'pkr'],
  ['IDR', 'rp|idr'],
]);

export const CURRENCIES: Readonly<Record<Language, CurrencyLists>> = {
  fr: { suffix: FR_SUFFIX, prefix: FR_PREFIX },
  en: { suffix: EN_SUFFIX, prefix: EN_PREFIX },
};

/**
 * Units that are also ordinary words (`trois livres` are books, `200 pounds` may be a weight): taken as
 * money only with a multiplier (`10 millions de livres`, `£`-free `5bn pounds`) or a qualifier already in the unit
 * (`livres sterling`).
 */
export const AMBIGUOUS_UNITS: Readonly<Record<Language, ReadonlySet<string>>> = {
  fr: new Set(['livre', 'livres', 'won', 'wons', 'rand', 'rands']),
  en: new Set(['pound', 'pounds', 'rand', 'rs', 'bucks']),
};

/** Every unit spelling of a language, longest first (for the cheap candidate finder). */
export function unitSpellings(language: Language): string[] {
  const all = new Set<string>();
  const lists = CURRENCIES[language];
  for (const map of [lists.suffix, lists.prefix]) {
    for (const names of map.values()) for (const name of names.split('|')) if (name) all.add(name);
  }
  return [...all].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

/** The spellings that may stand before a number (`$`, `€`, `US$`, `CHF`). */
export function prefixSpellings(language: Language): string[] {
  return [...CURRENCIES[language].prefix.values()].flatMap((names) => names.split('|')).filter(Boolean);
}
