import { describe, expect, it } from 'vitest';
import type { NormalisedValue, SuggestContext, Suggestion } from '../../../app/entities/types.ts';
import { findValues, valueLanguage, warmUpValues } from '../../../app/entities/values.ts';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const FR: SuggestContext = { language: 'fr', published: null };
const EN: SuggestContext = { language: 'en', published: null };

/** All suggestions, after checking what every suggestion must be: offsets into the text, order, no overlap. */
function values(text: string, context: SuggestContext): Suggestion[] {
  const found = findValues(text, context);
  let end = 0;
  for (const s of found) {
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(s.start).toBeGreaterThanOrEqual(end);
    expect(s.source).toBe('recogniser');
    expect(s.score).toBeGreaterThan(0);
    expect(s.score).toBeLessThanOrEqual(1);
    end = s.end;
  }
  return found;
}

/** [type, text, value] of each suggestion. */
function brief(text: string, context: SuggestContext): Array<[string, string, NormalisedValue | undefined]> {
  return values(text, context).map((s) => [s.type, s.text, s.value]);
}

/** The one suggestion of `text`, which must cover `span` (at its first occurrence) and have `value`. */
function expectOne(text: string, context: SuggestContext, type: string, span: string, value: NormalisedValue): void {
  const found = values(text, context);
  expect(found.map((s) => [s.type, s.text])).toEqual([[type, span]]);
  expect(found[0]!.start).toBe(text.indexOf(span));
  expect(found[0]!.value).toEqual(value);
}

const money = (amount: number, currency: string): NormalisedValue => ({ kind: 'money', amount, currency });
const percent = (ratio: number): NormalisedValue => ({ kind: 'percent', ratio });
const date = (iso: string): NormalisedValue => ({ kind: 'date', date: iso });

describe('findValues — French money', () => {
  it('reads millions and milliards of euros, with no-break spaces and curly apostrophes', () => {
    expectOne(`Orange vise 500${NBSP}millions d’euros cette fois.`, FR, 'MONEY', `500${NBSP}millions d’euros`, money(500_000_000, 'EUR'));
    expectOne('un objectif de 500 millions d’euros de chiffre d’affaires', FR, 'MONEY', '500 millions d’euros', money(500_000_000, 'EUR'));
    expectOne("soit 1,2 milliard d'euros sur un an", FR, 'MONEY', "1,2 milliard d'euros", money(1_200_000_000, 'EUR'));
    expectOne("une perte de 240 millions d'euros.", FR, 'MONEY', "240 millions d'euros", money(240_000_000, 'EUR'));
    expectOne("s'élève à un million d'euros, a précisé", FR, 'MONEY', "un million d'euros", money(1_000_000, 'EUR'));
  });

  it('reads amounts in euros with decimals and grouped thousands', () => {
    expectOne('Le billet coûte 38,50 euros.', FR, 'MONEY', '38,50 euros', money(38.5, 'EUR'));
    expectOne('une prime de 25 000 euros', FR, 'MONEY', '25 000 euros', money(25_000, 'EUR'));
    expectOne(`une prime de 25${NNBSP}000 euros`, FR, 'MONEY', `25${NNBSP}000 euros`, money(25_000, 'EUR'));
    expectOne(`une prime de 25${NBSP}000 euros`, FR, 'MONEY', `25${NBSP}000 euros`, money(25_000, 'EUR'));
    expectOne(`un solde de 1${NNBSP}234,5 euros`, FR, 'MONEY', `1${NNBSP}234,5 euros`, money(1234.5, 'EUR'));
    expectOne('un chèque de 4.000 euros', FR, 'MONEY', '4.000 euros', money(4000, 'EUR'));
  });

  it('reads M€ and Md€', () => {
    expect(brief('un budget de 300 M€ et une dette de 1,5 Md€.', FR)).toEqual([
      ['MONEY', '300 M€', money(300_000_000, 'EUR')],
      ['MONEY', '1,5 Md€', money(1_500_000_000, 'EUR')],
    ]);
    expectOne("une levée de 2 Mds d'euros", FR, 'MONEY', "2 Mds d'euros", money(2_000_000_000, 'EUR'));
  });

  it('gives ISO codes to dollars, Swiss francs, yens and pounds', () => {
    expectOne('une offre de 2 milliards de dollars', FR, 'MONEY', '2 milliards de dollars', money(2_000_000_000, 'USD'));
    expectOne('une amende de 10 millions de francs suisses', FR, 'MONEY', '10 millions de francs suisses', money(10_000_000, 'CHF'));
    expectOne('un contrat de 500 millions de yens', FR, 'MONEY', '500 millions de yens', money(500_000_000, 'JPY'));
    expectOne('un rachat de 10 millions de livres sterling', FR, 'MONEY', '10 millions de livres sterling', money(10_000_000, 'GBP'));
  });

  it('stops an amount at the end of a clause', () => {
    expectOne("Au total, 500 millions d'euros ont été investis.", FR, 'MONEY', "500 millions d'euros", money(500_000_000, 'EUR'));
  });

  it('does not take counts, years, indices, models or phone numbers for money', () => {
    const text =
      '1.200 emplois et 3.600 salariés en 2019 ; le CAC 40 a ouvert mardi, l’A380 vole, appelez le 01 23 45 67 89 ou ' +
      'le +33 1 23 45 67 89. Elle a lu trois livres. La zone euro résiste.';
    expect(brief(text, FR).filter(([type]) => type !== 'DATE')).toEqual([]);
  });
});

describe('findValues — French percentages', () => {
  it('reads % with or without a (no-break) space and pour cent', () => {
    expectOne(`en hausse de 44,4${NBSP}% sur un an`, FR, 'PERCENT', `44,4${NBSP}%`, percent(0.444));
    expect(brief('Orange (44,4%), Thales (22,2%)', FR)).toEqual([
      ['PERCENT', '44,4%', percent(0.444)],
      ['PERCENT', '22,2%', percent(0.222)],
    ]);
    expectOne('un recul de 27 % du titre', FR, 'PERCENT', '27 %', percent(0.27));
    expectOne(`un recul de 27${NNBSP}% du titre`, FR, 'PERCENT', `27${NNBSP}%`, percent(0.27));
    expectOne('reprise à 100 % par Orange', FR, 'PERCENT', '100 %', percent(1));
    expectOne('la moitié (50 %) du capital', FR, 'PERCENT', '50 %', percent(0.5));
  });

  it('reads 0,5 pour cent as a percentage, not as money in cents', () => {
    expectOne('une baisse de 0,5 pour cent', FR, 'PERCENT', '0,5 pour cent', percent(0.005));
  });
});

describe('findValues — French dates', () => {
  it('finds the dateline date without its time', () => {
    const text = '[26/01/2012 11:18:42] PARIS (AFP) Orange a confirmé son objectif.';
    expectOne(text, FR, 'DATE', '26/01/2012', date('2012-01-26'));
  });

  it('gives a weekday and month without year --MM-DD, or the year of the article', () => {
    const text = 'Orange a annoncé lundi 27 juillet s’être vu confier le cloud de l’État.';
    expectOne(text, FR, 'DATE', 'lundi 27 juillet', date('--07-27'));
    expectOne(text, { language: 'fr', published: '2015-07-28' }, 'DATE', 'lundi 27 juillet', date('2015-07-27'));
    expectOne(text, { language: 'fr', published: '2015-07-27T10:00:00' }, 'DATE', 'lundi 27 juillet', date('2015-07-27'));
    // The year closest to the article's date: a January date in a late-December article is next January.
    expectOne('rendez-vous le 5 janvier', { language: 'fr', published: '2015-12-30' }, 'DATE', '5 janvier', date('2016-01-05'));
  });

  it('reads full dates, leaving out the article before them and the time after them', () => {
    expectOne('Le sommet aura lieu le 14 mars 2023 à 15 heures.', FR, 'DATE', '14 mars 2023', date('2023-03-14'));
    expectOne('Depuis le 1er janvier 2024, la loi s’applique.', FR, 'DATE', '1er janvier 2024', date('2024-01-01'));
    expectOne('publié le 2012-01-26 à Paris', FR, 'DATE', '2012-01-26', date('2012-01-26'));
  });

  it('reads a month and a year as YYYY-MM, a range as an ISO interval', () => {
    expectOne('Cloudwatt avait été lancé en septembre 2012 avec Orange.', FR, 'DATE', 'septembre 2012', date('2012-09'));
    expectOne('en mars 2023, le groupe', FR, 'DATE', 'mars 2023', date('2023-03'));
    expectOne('le salon se tient du 3 au 5 mai 2021.', FR, 'DATE', '3 au 5 mai 2021', date('2021-05-03/2021-05-05'));
    expectOne('du 28 février au 3 mars 2021', FR, 'DATE', '28 février au 3 mars 2021', date('2021-02-28/2021-03-03'));
  });

  it('tags years, months, weekdays and relative dates, without a value when the article has no date; not times', () => {
    const text = 'En 2019, puis en mars, mardi, hier et aujourd’hui, demain à 15 heures, à 11:18:42, 24/7, il y a trois jours.';
    expect(brief(text, FR)).toEqual([
      ['DATE', '2019', date('2019')], ['DATE', 'mars', undefined], ['DATE', 'mardi', undefined], ['DATE', 'hier', undefined],
      ['DATE', 'aujourd’hui', undefined], ['DATE', 'demain', undefined], ['DATE', 'il y a trois jours', undefined],
    ]);
  });
});

describe('findValues — English', () => {
  it('reads bn and m suffixes and currency symbols', () => {
    expectOne('The group raised $3.5bn in bonds.', EN, 'MONEY', '$3.5bn', money(3_500_000_000, 'USD'));
    expectOne('a £420m takeover', EN, 'MONEY', '£420m', money(420_000_000, 'GBP'));
    expectOne('a €1.2bn loan', EN, 'MONEY', '€1.2bn', money(1_200_000_000, 'EUR'));
    expectOne('tickets cost $1,200 each', EN, 'MONEY', '$1,200', money(1200, 'USD'));
    expectOne('a fine of 10 million Swiss francs', EN, 'MONEY', '10 million Swiss francs', money(10_000_000, 'CHF'));
    expectOne('worth $5 billion', EN, 'MONEY', '$5 billion', money(5_000_000_000, 'USD'));
    expectOne('a $2.5tn economy', EN, 'MONEY', '$2.5tn', money(2_500_000_000_000, 'USD'));
  });

  it('reads won, cedis, shillings and naira, and Indian crores and lakhs', () => {
    expectOne('a phone at 3.99 million won', EN, 'MONEY', '3.99 million won', money(3_990_000, 'KRW'));
    expectOne('a budget of GH¢640 million', EN, 'MONEY', 'GH¢640 million', money(640_000_000, 'GHS'));
    expectOne('tickets at TSh 60,000 each', EN, 'MONEY', 'TSh 60,000', money(60_000, 'TZS'));
    expectOne('a mission costing Rs 1,236 crore', EN, 'MONEY', 'Rs 1,236 crore', money(12_360_000_000, 'INR'));
    expectOne('a grant of 5 lakh rupees', EN, 'MONEY', '5 lakh rupees', money(500_000, 'INR'));
    // `won` the verb is no currency.
    expect(brief('The team won 3 games.', EN)).toEqual([]);
  });

  it('reads percent, per cent and %', () => {
    expectOne('sales rose 12.5 percent in the quarter', EN, 'PERCENT', '12.5 percent', percent(0.125));
    expectOne('sales rose 12.5 per cent', EN, 'PERCENT', '12.5 per cent', percent(0.125));
    expectOne('a 45% stake', EN, 'PERCENT', '45%', percent(0.45));
  });

  it('does not take percentage points or pounds of flour; cents are hundredths of a dollar, not a percentage', () => {
    expect(brief('Rates rose 2 percentage points; 200 pounds of flour.', EN)).toEqual([]);
    expect(brief('Gum costs 5 cents; shares fell 64 cents.', EN)).toEqual([
      ['MONEY', '5 cents', { kind: 'money', amount: 0.05, currency: 'USD' }],
      ['MONEY', '64 cents', { kind: 'money', amount: 0.64, currency: 'USD' }],
    ]);
  });

  it('reads rupees without their country as the rupees of the country the article names most', () => {
    expect(brief('In Lahore, Pakistan set aside Rs 1.2 billion and 90,000 rupees per family, or ₹500.', EN)).toEqual([
      ['MONEY', 'Rs 1.2 billion', { kind: 'money', amount: 1_200_000_000, currency: 'PKR' }],
      ['MONEY', '90,000 rupees', { kind: 'money', amount: 90_000, currency: 'PKR' }],
      ['MONEY', '₹500', { kind: 'money', amount: 500, currency: 'INR' }],
    ]);
    expect(brief('The budget: Rs 5 crore.', EN)).toEqual([['MONEY', 'Rs 5 crore', { kind: 'money', amount: 50_000_000, currency: 'INR' }]]);
  });

  it('reads pesos the same way, and dong, shekels and hryvnias', () => {
    expect(brief('In Bogota, Colombia set aside 180 billion pesos, and 3.1 million Chilean pesos went to Santiago.', EN)).toEqual([
      ['MONEY', '180 billion pesos', { kind: 'money', amount: 180_000_000_000, currency: 'COP' }],
      ['MONEY', '3.1 million Chilean pesos', { kind: 'money', amount: 3_100_000, currency: 'CLP' }],
    ]);
    expect(brief('It costs 500 pesos.', EN)).toEqual([['MONEY', '500 pesos', { kind: 'money', amount: 500, currency: 'MXN' }]]);
    expect(brief('Traders quoted 131,000 dong, 20,000 shekels and 3 million hryvnias.', EN).map((m) => (m[2] as { currency: string }).currency)).toEqual(['VND', 'ILS', 'UAH']);
    expect(brief('À Buenos Aires, l’Argentine a versé 2,4 millions de pesos et 131 000 dongs.', FR).map((m) => (m[2] as { currency: string }).currency)).toEqual(['ARS', 'VND']);
  });

  it('reads plain francs as the franc of the country the article names most, the French franc when it names none', () => {
    expect(brief('Nestle, the Swiss food group, paid 2 billion francs.', EN)).toEqual([['MONEY', '2 billion francs', { kind: 'money', amount: 2_000_000_000, currency: 'CHF' }]]);
    expect(brief('In Dakar, a bag of rice costs 15,000 francs.', EN).map((m) => (m[2] as { currency: string }).currency)).toEqual(['XOF']);
    expect(brief('The painting sold for 20,000 francs.', EN).map((m) => (m[2] as { currency: string }).currency)).toEqual(['FRF']);
    expect(brief('Nestlé a payé 2 milliards de francs suisses, puis 300 millions de francs.', FR).map((m) => (m[2] as { currency: string }).currency))
      .toEqual(['CHF', 'CHF']);
  });

  it('reads rand, naira and shillings written with their letter and a multiplier where the article names their country', () => {
    expect(brief('South Africa lost about R500 billion; Nigeria’s N4.2 billion; Kenya’s Safaricom made Sh71.2 billion.', EN)).toEqual([
      ['MONEY', 'R500 billion', { kind: 'money', amount: 500_000_000_000, currency: 'ZAR' }],
      ['MONEY', 'N4.2 billion', { kind: 'money', amount: 4_200_000_000, currency: 'NGN' }],
      ['MONEY', 'Sh71.2 billion', { kind: 'money', amount: 71_200_000_000, currency: 'KES' }],
    ]);
    // No letter alone, nor a letter in an article about no such country.
    expect(brief('The R2 road and the N4 motorway; R28 billion elsewhere.', EN)).toEqual([]);
  });

  it('reads plain shillings as those of the East African country the article names most', () => {
    expect(brief('The bond would have raised 346 billion shillings in Kenya and Nairobi.', EN).map((m) => (m[2] as { currency: string }).currency)).toEqual(['KES']);
    expect(brief('In Kampala, Uganda, it cost 120 million shillings.', EN).map((m) => (m[2] as { currency: string }).currency)).toEqual(['UGX']);
  });

  it('reads pounds as money when another currency converts them', () => {
    expect(brief('The prize is worth 50,000 pounds ($56,500); he weighs 200 pounds (90 kg).', EN)).toEqual([
      ['MONEY', '50,000 pounds', { kind: 'money', amount: 50_000, currency: 'GBP' }],
      ['MONEY', '$56,500', { kind: 'money', amount: 56_500, currency: 'USD' }],
    ]);
  });

  it('reads taka with crore and the Tk prefix', () => {
    expect(brief('Relief of 35 crore taka, and Tk 3,000 per family.', EN)).toEqual([
      ['MONEY', '35 crore taka', { kind: 'money', amount: 350_000_000, currency: 'BDT' }],
      ['MONEY', 'Tk 3,000', { kind: 'money', amount: 3000, currency: 'BDT' }],
    ]);
  });

  it('reads dates either way round, without the time or the preposition', () => {
    expectOne('On March 3, 2024 at 3pm, the board met.', EN, 'DATE', 'March 3, 2024', date('2024-03-03'));
    expectOne('The board met on 3 March 2024.', EN, 'DATE', '3 March 2024', date('2024-03-03'));
    expectOne('[26/01/2012 11:18:42] LONDON (Reuters)', EN, 'DATE', '26/01/2012', date('2012-01-26'));
    expectOne('in March 2024, the group', EN, 'DATE', 'March 2024', date('2024-03'));
    expectOne('on Monday, July 27, it said', { language: 'en', published: '2015-08-01' }, 'DATE', 'Monday, July 27', date('2015-07-27'));
  });

  it('tags years, weekdays and relative dates, not indices, models or phone numbers', () => {
    expect(brief('In 2019, on Tuesday, yesterday and today, the CAC 40 and the A380 did well; call 020 7946 0958.', { language: 'en', published: '2019-05-16' })).toEqual([
      ['DATE', '2019', date('2019')], ['DATE', 'Tuesday', date('2019-05-14')], ['DATE', 'yesterday', date('2019-05-15')], ['DATE', 'today', date('2019-05-16')],
    ]);
  });
});

describe('findValues — whole articles', () => {
  it('finds every value of an agency dispatch, in order', () => {
    const text =
      '“Cloud computing” : Orange se félicite\n\n' +
      '[26/01/2012 11:18:42] PARIS (AFP) Orange a confirmé jeudi son objectif d’un chiffre d’affaires de 500 millions ' +
      'd’euros en 2015, avec 3.600 clients à son actif. L’activité a augmenté de 70% sur un an, contre 23% pour les ' +
      `entreprises de 100 à 1.000 salariés. Le titre gagnait 1,5${NBSP}% à 11h30.`;
    expect(brief(text, { language: 'fr', published: '2012-01-26' })).toEqual([
      ['DATE', '26/01/2012', date('2012-01-26')],
      ['DATE', 'jeudi', date('2012-01-26')],
      ['MONEY', '500 millions d’euros', money(500_000_000, 'EUR')],
      ['DATE', '2015', date('2015')],
      ['PERCENT', '70%', percent(0.7)],
      ['PERCENT', '23%', percent(0.23)],
      ['PERCENT', `1,5${NBSP}%`, percent(0.015)],
    ]);
  });

  it('mixes units and dates in English copy', () => {
    const text = 'LONDON, March 3, 2024 (Reuters) - Acme agreed to buy Widget for £420m ($530m), a 12.5 percent premium.';
    expect(brief(text, EN)).toEqual([
      ['DATE', 'March 3, 2024', date('2024-03-03')],
      ['MONEY', '£420m', money(420_000_000, 'GBP')],
      ['MONEY', '$530m', money(530_000_000, 'USD')],
      ['PERCENT', '12.5 percent', percent(0.125)],
    ]);
  });

  it('finds nothing in text without values', () => {
    expect(findValues('', FR)).toEqual([]);
    expect(findValues('Le projet Andromède vise à créer de grandes centrales numériques.', FR)).toEqual([]);
  });
});

describe('valueLanguage', () => {
  it('takes French for fr, English for anything else, and guesses when unknown', () => {
    expect(valueLanguage('', 'fr')).toBe('fr');
    expect(valueLanguage('', 'fr-CA')).toBe('fr');
    expect(valueLanguage('', 'de')).toBe('en');
    expect(valueLanguage('Le groupe a confirmé son objectif pour les entreprises de la région.', null)).toBe('fr');
    expect(valueLanguage('The group confirmed its target for the companies of the region.', null)).toBe('en');
  });

  it('reads French conventions when the language is guessed', () => {
    expect(brief('Le groupe a confirmé un objectif de 1,2 milliard d’euros pour la région.', { language: null, published: null })).toEqual([
      ['MONEY', '1,2 milliard d’euros', money(1_200_000_000, 'EUR')],
    ]);
  });

  it('can warm up ahead of time', () => {
    expect(() => warmUpValues('fr')).not.toThrow();
    expect(() => warmUpValues('en')).not.toThrow();
  });
});

describe('currencies of agency copy', () => {
  it('reads crowns and francs by their country, and pence as hundredths of the pound', () => {
    const money = (text: string, language: 'fr' | 'en') => findValues(text, { language, published: '2027-05-18' })
      .filter((s) => s.type === 'MONEY').map((s) => [s.text, s.value?.kind === 'money' ? `${s.value.amount} ${s.value.currency}` : '']);
    expect(money('It put in 18 million Norwegian crowns; trucks paid 50,000 Congolese francs; shares rose to 1,348 pence.', 'en'))
      .toEqual([['18 million Norwegian crowns', '18000000 NOK'], ['50,000 Congolese francs', '50000 CDF'], ['1,348 pence', '13.48 GBP']]);
    expect(money('Ils ont payé 50 000 francs congolais.', 'fr')).toEqual([['50 000 francs congolais', '50000 CDF']]);
  });

  it('reads an amount whose first word carries an elision', () => {
    const money = findValues('Elle doit verser plus d’un milliard de dollars, puis plus d\'un million d’euros.', { language: 'fr', published: '2027-05-18' })
      .filter((s) => s.type === 'MONEY').map((s) => s.text);
    expect(money).toEqual(['un milliard de dollars', 'un million d’euros']);
  });
});

describe('findValues — pence by their letter', () => {
  it('reads 4p and 55p as pence where the article speaks of pounds, and no time or other letter', () => {
    expect(brief('Petrol costs £1.30, up 4p from last month; the dividend is 55p.', EN).filter(([type]) => type === 'MONEY'))
      .toEqual([['MONEY', '£1.30', money(1.3, 'GBP')], ['MONEY', '4p', money(0.04, 'GBP')], ['MONEY', '55p', money(0.55, 'GBP')]]);
    expect(brief('Meet at 4p.m. in room 5p; a 3p model.', EN).filter(([type]) => type === 'MONEY')).toEqual([]);
  });
});

describe('findValues — rupiah and leva', () => {
  it('reads Rp before an amount and leva after one', () => {
    expect(brief('The government allocated Rp 100 billion; police seized 1 billion leva.', EN).filter(([type]) => type === 'MONEY'))
      .toEqual([['MONEY', 'Rp 100 billion', money(100_000_000_000, 'IDR')], ['MONEY', '1 billion leva', money(1_000_000_000, 'BGN')]]);
  });
});

