import { describe, expect, it } from 'vitest';
import { day, isoAt } from '../../../app/entities/values/calendar.ts';
import { findValues } from '../../../app/entities/values.ts';

/** [text, value] of each DATE suggestion. */
function dates(text: string, language: 'fr' | 'en', published: string | null): Array<[string, string | undefined]> {
  return findValues(text, { language, published })
    .filter((s) => s.type === 'DATE')
    .map((s) => [s.text, s.value?.kind === 'date' ? s.value.date : undefined]);
}

// An AFP dispatch of Thursday 26 January 2012 and a story of Tuesday 8 March 2011.
const THURSDAY = '2012-01-26';
const TUESDAY = '2011-03-08';

describe('calendar', () => {
  it('writes ISO weeks by their Thursday, across the turn of a year', () => {
    expect(isoAt(day(2012, 1, 26), 'week')).toBe('2012-W04');
    expect(isoAt(day(2012, 1, 1), 'week')).toBe('2011-W52');
    expect(isoAt(day(2015, 12, 31), 'week')).toBe('2015-W53');
    expect(isoAt(day(2021, 1, 3), 'week')).toBe('2020-W53');
    expect(isoAt(day(2019, 12, 30), 'week')).toBe('2020-W01');
  });
});

describe('relative dates in French, resolved against the article', () => {
  it('reads a passive by its auxiliary: "could be affected on Monday" is to come, "were affected on Monday" past', () => {
    expect(dates('Flights could be affected on Monday, Fraport estimated. Flights were affected on Friday.', 'en', THURSDAY))
      .toEqual([['Monday', '2012-01-30'], ['Friday', '2012-01-20']]);
  });

  it('takes a market’s close for the past, whatever the sentence’s tense', () => {
    expect(dates('Ardentis proposera 38,50 euros par action, soit une prime de 27 % sur le cours de clôture de lundi.', 'fr', THURSDAY)).toEqual([['lundi', '2012-01-23']]);
    expect(dates("The group will pay $278 a share, a premium to the closing price on Monday.", 'en', THURSDAY)).toEqual([['Monday', '2012-01-23']]);
  });

  it('takes a night between two days as one date, from the first to the second', () => {
    expect(dates('Dans la nuit de mardi à mercredi, un incendie a ravagé l’usine.', 'fr', THURSDAY)).toEqual([['mardi à mercredi', '2012-01-24/2012-01-25']]);
    expect(dates('La nuit de samedi à mardi.', 'fr', THURSDAY).map(([text]) => text)).toEqual(['samedi', 'mardi']);
  });

  it('takes a past infinitive for the past: après avoir été remarquée en janvier; a passive infinitive for neither', () => {
    expect(dates('Elle présentera son capteur en octobre, après avoir été remarquée à Las Vegas en janvier.', 'fr', THURSDAY)).toEqual([
      ['octobre', '2012-10'], ['janvier', '2012-01'],
    ]);
    expect(dates('Le plan devrait être présenté, pour des licenciements effectifs en juillet.', 'fr', THURSDAY)).toEqual([['juillet', '2012-07']]);
  });

  it('places weekdays by the tense of their sentence, or by dernier and prochain', () => {
    expect(dates('Le ministre a annoncé jeudi un plan, présenté mardi aux syndicats.', 'fr', THURSDAY)).toEqual([
      ['jeudi', '2012-01-26'], ['mardi', '2012-01-24'],
    ]);
    expect(dates('Le conseil se réunira mardi.', 'fr', THURSDAY)).toEqual([['mardi', '2012-01-31']]);
    expect(dates('jeudi dernier, vendredi prochain, ce lundi', 'fr', THURSDAY)).toEqual([
      ['jeudi dernier', '2012-01-19'], ['vendredi prochain', '2012-01-27'], ['ce lundi', '2012-01-23'],
    ]);
    expect(dates('Dimanche soir, la foule a envahi la place.', 'fr', THURSDAY)).toEqual([['Dimanche', '2012-01-22']]);
  });

  it('counts days, weeks, months and years from the article’s date', () => {
    expect(dates('Hier, avant-hier, aujourd’hui, demain et après-demain.', 'fr', THURSDAY)).toEqual([
      ['Hier', '2012-01-25'], ['avant-hier', '2012-01-24'], ['aujourd’hui', '2012-01-26'], ['demain', '2012-01-27'], ['après-demain', '2012-01-28'],
    ]);
    expect(dates('La semaine dernière, le mois prochain, l’an dernier, l’année prochaine, cette année, ce mois-ci.', 'fr', THURSDAY)).toEqual([
      ['La semaine dernière', '2012-W03'], ['le mois prochain', '2012-02'], ['l’an dernier', '2011'], ['l’année prochaine', '2013'],
      ['cette année', '2012'], ['ce mois-ci', '2012-01'],
    ]);
    expect(dates('Il y a deux ans, puis il y a 3 mois, et dans quinze jours.', 'fr', THURSDAY)).toEqual([
      ['Il y a deux ans', '2010'], ['il y a 3 mois', '2011-10'], ['dans quinze jours', '2012-02-10'],
    ]);
    expect(dates('Depuis le début de l’année, le titre a gagné.', 'fr', THURSDAY)).toEqual([['l’année', '2012']]);
  });

  it('counts la veille and le lendemain from the day the paragraph is at', () => {
    expect(dates('Le 3 mars 2023, le conseil a voté. La veille, les élus avaient débattu ; le lendemain, ils ont signé.', 'fr', THURSDAY)).toEqual([
      ['3 mars 2023', '2023-03-03'], ['La veille', '2023-03-02'], ['le lendemain', '2023-03-04'],
    ]);
    // A new paragraph starts again from the article's date.
    expect(dates('Le 3 mars 2023, le conseil a voté.\nLa veille, rien.', 'fr', THURSDAY)).toEqual([['3 mars 2023', '2023-03-03'], ['La veille', '2012-01-25']]);
  });

  it('gives a month alone its year by dernier, prochain or the tense', () => {
    expect(dates('En mars, le groupe a publié ses comptes.', 'fr', THURSDAY)).toEqual([['mars', '2011-03']]);
    expect(dates('En mars, le groupe publiera ses comptes.', 'fr', THURSDAY)).toEqual([['mars', '2012-03']]);
    expect(dates('depuis mai dernier, jusqu’en juin prochain', 'fr', THURSDAY)).toEqual([['mai dernier', '2011-05'], ['juin prochain', '2012-06']]);
    expect(dates('Mars est la quatrième planète.', 'fr', THURSDAY)).toEqual([]);
    expect(dates('Il les suit depuis mars et depuis lundi.', 'fr', THURSDAY)).toEqual([['mars', '2011-03'], ['lundi', '2012-01-23']]);
  });

  it('takes years after their cue words, and ranges of years', () => {
    expect(dates('En 2015, à l’horizon 2017, depuis 2010, fin 2013, mi-2012, entre 2012-2015.', 'fr', THURSDAY)).toEqual([
      ['2015', '2015'], ['2017', '2017'], ['2010', '2010'], ['2013', '2013'], ['2012', '2012'], ['2012-2015', '2012/2015'],
    ]);
  });

  it('joins two days of one month, ranges of years and weekends into one mention', () => {
    expect(dates('Les élections ont lieu les 9 et 10 juillet, puis le 1er et 2 août 2013.', 'fr', THURSDAY)).toEqual([
      ['9 et 10 juillet', '2012-07-09'], ['1er et 2 août 2013', '2013-08-01'],
    ]);
    expect(dates('Il a dirigé le groupe de 2004 à 2009. Ce week-end, puis le week-end dernier.', 'fr', THURSDAY)).toEqual([
      ['2004 à 2009', '2004/2009'], ['Ce week-end', '2012-01-28/2012-01-29'], ['le week-end dernier', '2012-01-21/2012-01-22'],
    ]);
  });

  it('leaves out counts, names, addresses, times, numbers and durations', () => {
    const text =
      'Le groupe compte 2000 salariés et 1800 clients. Le plan France 2030 et l’Euro 2016. Voir https://exemple.fr/2012/01/page ' +
      'ou rapport-2012.pdf. Un budget de 12 2015 000 — non : 1 2015,5. Il a travaillé deux ans, pendant trois mois, ce matin.';
    expect(dates(text, 'fr', THURSDAY)).toEqual([]);
  });

  it('suggests relative dates without a value when the article has no date', () => {
    expect(dates('Hier, jeudi dernier, en mars, en 2015.', 'fr', null)).toEqual([
      ['Hier', undefined], ['jeudi dernier', undefined], ['mars', undefined], ['2015', '2015'],
    ]);
  });
});

describe('relative dates in English', () => {
  it('takes the tense of the verb before the date first, irregular past forms included', () => {
    // An article of Thursday 14 September 2017.
    expect(dates('Sales rose in August and will rise in December.', 'en', '2017-09-14')).toEqual([['August', '2017-08'], ['December', '2017-12']]);
    expect(dates('On Tuesday, Apple unveiled a phone.', 'en', '2017-09-14')).toEqual([['Tuesday', '2017-09-12']]);
    // But a relative clause's own verb: the main clause's past tells nothing of it.
    expect(dates('The board said it had asked for a new venue, where nights in early December can be cold.', 'en', '2017-09-14')).toEqual([['December', '2017-12']]);
    expect(dates('Le club a indiqué qu’il jouerait à Lille, où il avait gagné en mars.', 'fr', '2017-09-14')).toEqual([['mars', '2017-03']]);
  });

  it('reads deadlines and the present forward, and `expected`, `planned` as the future', () => {
    expect(dates('It asked Parliament to release the money by Friday.', 'en', '2017-09-14')).toEqual([['Friday', '2017-09-15']]);
    expect(dates('A meeting is planned for Tuesday. The ship is expected to reach port on Monday.', 'en', '2017-09-14')).toEqual([
      ['Tuesday', '2017-09-19'], ['Monday', '2017-09-18'],
    ]);
    expect(dates('It goes on sale in December. Rival Samsung, which reports results on Tuesday, said so.', 'en', '2017-09-14')).toEqual([
      ['December', '2017-12'], ['Tuesday', '2017-09-19'],
    ]);
    // `OLED` is no past tense: the English lists are case-sensitive.
    expect(dates('LG would cut spending on its OLED range in December.', 'en', '2017-09-14')).toEqual([['December', '2017-12']]);
    expect(dates('Le ministre est attendu lundi ; la vigilance est maintenue jusqu’à dimanche ; la grève est votée pour vendredi.', 'fr', THURSDAY)).toEqual([
      ['lundi', '2012-01-30'], ['dimanche', '2012-01-29'], ['vendredi', '2012-01-27'],
    ]);
  });

  it('reads ranges of months, `that year` from the date before it, and years that qualify a noun', () => {
    expect(dates('Cases from January to June 2026 rose.', 'en', '2026-06-16')).toEqual([['January to June 2026', '2026-01/2026-06']]);
    expect(dates('De janvier à juin 2024, tout a changé.', 'fr', '2024-03-12')).toEqual([['janvier à juin 2024', '2024-01/2024-06']]);
    expect(dates('In March 2021 it began; in that year it grew.', 'en', '2024-03-12')).toEqual([['March 2021', '2021-03'], ['that year', '2021']]);
    expect(dates('En janvier 2021, un rapport est paru ; l’année suivante, un autre. Cette année-là, rien.', 'fr', '2024-03-12')).toEqual([
      ['janvier 2021', '2021-01'], ['l’année suivante', '2022'], ['Cette année-là', '2022'],
    ]);
    expect(dates("Boeing's 2024 deliveries fell to 90% of 2019 levels. The cap stays until at least July.", 'en', '2024-03-05')).toEqual([
      ['2024', '2024'], ['2019', '2019'], ['July', '2024-07'],
    ]);
    expect(dates('It hired 2000 people.', 'en', '2024-03-05')).toEqual([]);
  });

  it('reads a year before a pronoun, and the end of the month as the article’s month', () => {
    expect(dates('In 2016 it lost money.', 'en', '2017-09-14')).toEqual([['2016', '2016']]);
    expect(dates('Results are due by the end of the month, the rest at the end of the year.', 'en', '2017-09-14')).toEqual([
      ['the month', '2017-09'], ['the year', '2017'],
    ]);
    expect(dates('the end of the year before', 'en', '2017-09-14')).toEqual([]);
  });

  it('places weekdays back in a report and forward in an announcement', () => {
    expect(dates('Microsoft announced on Friday that it is time.', 'en', TUESDAY)).toEqual([['Friday', '2011-03-04']]);
    expect(dates('The board will meet on Wednesday.', 'en', TUESDAY)).toEqual([['Wednesday', '2011-03-09']]);
    expect(dates('last Friday, next Monday, this Thursday', 'en', TUESDAY)).toEqual([
      ['last Friday', '2011-03-04'], ['next Monday', '2011-03-14'], ['this Thursday', '2011-03-10'],
    ]);
  });

  it('counts from the article’s date and from the day the text is at', () => {
    expect(dates('Yesterday, today and tomorrow; last week, next month, this year, last year.', 'en', TUESDAY)).toEqual([
      ['Yesterday', '2011-03-07'], ['today', '2011-03-08'], ['tomorrow', '2011-03-09'], ['last week', '2011-W09'],
      ['next month', '2011-04'], ['this year', '2011'], ['last year', '2010'],
    ]);
    expect(dates('Two years ago, a week ago, 3 days ago.', 'en', TUESDAY)).toEqual([['Two years ago', '2009'], ['a week ago', '2011-W09'], ['3 days ago', '2011-03-05']]);
    expect(dates('On March 3, 2011, the vote failed; the day before, talks had collapsed.', 'en', TUESDAY)).toEqual([
      ['March 3, 2011', '2011-03-03'], ['the day before', '2011-03-02'],
    ]);
  });

  it('takes May alone only after a word that makes it a date, other months before a common noun too', () => {
    expect(dates('Sales rose in March; May said so, and the March sales were strong.', 'en', TUESDAY)).toEqual([['March', '2011-03'], ['March', '2011-03']]);
    expect(dates('The plan starts in May.', 'en', TUESDAY)).toEqual([['May', '2011-05']]);
  });

  it('takes a month after "by" for a deadline to come, whatever the verb', () => {
    expect(dates('The ministry sent letters asking each to name a representative by March. Sales rose in March.', 'en', '2011-01-20'))
      .toEqual([['March', '2011-03'], ['March', '2010-03']]);
  });

  it('takes a month after the end or start of it, and a modal for the future', () => {
    expect(dates('They aim to close the deal by the end of September.', 'en', TUESDAY)).toEqual([['September', '2011-09']]);
    expect(dates('The regulator could well open an investigation in June, an analyst said.', 'en', '2011-09-01')).toEqual([['June', '2012-06']]);
  });

  it('reads “the weekend” as the one just past or to come, by the sentence’s tense', () => {
    // Tuesday 18 May 2027, then Sunday 12 September 2027.
    expect(dates('Hotel occupancy reached 94% over the weekend. Fans will gather over the weekend.', 'en', '2027-05-18'))
      .toEqual([['the weekend', '2027-05-15/2027-05-16'], ['the weekend', '2027-05-22/2027-05-23']]);
    expect(dates('Hotel occupancy reached 94% over the weekend.', 'en', '2027-09-12')).toEqual([['the weekend', '2027-09-11/2027-09-12']]);
  });

  it('reads an event announced, an event’s verb in the present and an intent as things to come', () => {
    // Thursday 26 January 2012.
    expect(dates('Les syndicats ont annoncé un rassemblement samedi devant la mairie.', 'fr', THURSDAY)).toEqual([['samedi', '2012-01-28']]);
    expect(dates('The ceasefire extension takes effect at midnight on Friday.', 'en', THURSDAY)).toEqual([['Friday', '2012-01-27']]);
    expect(dates('The minister struck a softer tone, offering to mediate talks on Monday.', 'en', THURSDAY)).toEqual([['Monday', '2012-01-30']]);
    expect(dates('Pilots will begin training at Sacheon, where KAI is based, in January.', 'en', '2011-03-08')).toEqual([['January', '2012-01']]);
    // A participle opening the sentence tells of the past.
    expect(dates('Paru fin août, le roman se vend bien et va être réimprimé.', 'fr', '2026-11-03')).toEqual([['août', '2026-08']]);
    // Without such a cue, the past stays the past.
    expect(dates('The minister struck a softer tone on Monday.', 'en', THURSDAY)).toEqual([['Monday', '2012-01-23']]);
  });

  it('takes a year after its cue whatever word follows, but a counted noun, and a year earlier as the year before', () => {
    expect(dates('It fell out with the festival in 2018 over rules, and expects no cut before 2029 because of tariffs. Its appeal for 2027 is short.', 'en', '2027-05-18'))
      .toEqual([['2018', '2018'], ['2029', '2029'], ['2027', '2027']]);
    expect(dates('Fondée en 1903 selon les vœux, elle suit l’accord de 2023 conclu avec l’État et les premiers mois de 2026.', 'fr', '2027-05-18'))
      .toEqual([['1903', '1903'], ['2023', '2023'], ['2026', '2026']]);
    expect(dates('It hired for 2000 people. Il vend en 2000 exemplaires.', 'en', '2027-05-18')).toEqual([]);
    expect(dates('Il a vu son chiffre d’affaires 2011 fortement augmenter. Budget 2027 : l’Assemblée rejette la partie recettes.', 'fr', '2027-05-18'))
      .toEqual([['2011', '2011'], ['2027', '2027']]);
    expect(dates('Profit rose to $3 billion from $2.09 billion a year earlier.', 'en', '2027-04-29')).toEqual([['a year earlier', '2026']]);
  });

  it('takes a year before a verb after its cue, and a year qualifying a noun after "a"', () => {
    expect(dates('The grant promised in 2009 had been spent.', 'en', TUESDAY)).toEqual([['2009', '2009']]);
    expect(dates('The film draws on a 2008 book by a physicist.', 'en', TUESDAY)).toEqual([['2008', '2008']]);
    // A count after `a` stays a count: thousands there take a comma, and a number before a capital is a name's.
    expect(dates('A 2,000-strong crowd and a 1500 m race.', 'en', TUESDAY)).toEqual([]);
  });

  it('takes a month after a capitalised preposition, years before "from" or after "above", and nineteenth-century years qualifying a noun', () => {
    expect(dates('In January the bank capped withdrawals.', 'en', TUESDAY)).toEqual([['January', '2011-01']]);
    expect(dates('Funding fell to $2 billion in 2010 from a peak; turnout came in above 2008 levels; after the 1897 raid.', 'en', TUESDAY))
      .toEqual([['2010', '2010'], ['2008', '2008'], ['1897', '1897']]);
    // Lengths are no years, and a plan named with a cue word and a capital is no date.
    expect(dates('The 1500 m race, the 1850 metres.', 'en', TUESDAY)).toEqual([]);
    expect(dates('Le plan Horizon 2045 prévoit, à l’horizon 2030, une baisse.', 'fr', THURSDAY)).toEqual([['2030', '2030']]);
  });

  it('reads a call to vote, strike or march as pointing to the day it names, not to the day of the call', () => {
    expect(dates('Opposition parties have called on voters to go to the polls on Sunday. The UN on Monday urged both sides to talk.', 'en', THURSDAY))
      .toEqual([['Sunday', '2012-01-29'], ['Monday', '2012-01-23']]);
    expect(dates('Le parti a appelé ses électeurs à voter dimanche. Il a appelé lundi à la retenue.', 'fr', THURSDAY))
      .toEqual([['dimanche', '2012-01-29'], ['lundi', '2012-01-23']]);
  });

  it('reads a name’s scheduled present and a fixture after a comma as to come, and no compound’s participle as past', () => {
    expect(dates('Rival Alphabet reported strong results last week, while Amazon and Apple report on Thursday.', 'en', '2025-04-30')).toEqual([['last week', '2025-W17'], ['Thursday', '2025-05-01']]);
    expect(dates('Rival Standard Chartered reports its results on Friday. Liverpool, in third place, host Chelsea on Sunday.', 'en', '2026-02-24'))
      .toEqual([['Friday', '2026-02-27'], ['Sunday', '2026-03-01']]);
    // (A result is past: `beat … 3-1`.)
    expect(dates('Sporting, who beat Young Boys 3-1 on Thursday, travel to Switzerland next.', 'en', '2024-02-18')).toEqual([['Thursday', '2024-02-15']]);
    expect(dates('Erdogan is expected to visit the worst-hit areas on Wednesday. The paper reported on Friday that it was off.', 'en', '2023-02-07'))
      .toEqual([['Wednesday', '2023-02-08'], ['Friday', '2023-02-03']]);
  });

  it('reads a participle or a score right before a date as past, not a passive or what schedules; `d’ici à` as a deadline', () => {
    expect(dates('La cour confirme l’arrêt rendu le 12 janvier. Le prix sera remis le 19 janvier ; le procès prévu le 12 février.', 'fr', '2027-11-30'))
      .toEqual([['12 janvier', '2027-01-12'], ['19 janvier', '2028-01-19'], ['12 février', '2028-02-12']]);
    expect(dates('Le club jouera lundi, après sa défaite contre Botafogo (1-0) jeudi. Retour à la normale d’ici à lundi.', 'fr', '2025-06-22'))
      .toEqual([['lundi', '2025-06-23'], ['jeudi', '2025-06-19'], ['lundi', '2025-06-23']]);
  });

  it('reads a weekday after `avant le…` as to come when no verb says, and no `a year later than planned`', () => {
    expect(dates('Macron et Le Pen observent samedi la période de réserve, avant le second tour de l’élection dimanche.', 'fr', '2022-04-23'))
      .toEqual([['samedi', '2022-04-23'], ['dimanche', '2022-04-24']]);
    expect(dates('The Games ended on Sunday, a year later than planned.', 'en', '2021-08-08')).toEqual([['Sunday', '2021-08-08']]);
  });

  it('reads a name’s scheduled present as to come, `Friday’s close` as past, and no noun of a past’s form as a verb', () => {
    expect(dates('The Federal Reserve concludes a two-day meeting on Wednesday; Ford Motor reports third-quarter results on Thursday.', 'en', '2024-04-30'))
      .toEqual([['Wednesday', '2024-05-01'], ['Thursday', '2024-05-02']]);
    expect(dates('Holders will receive a 30.6% premium to Friday’s close.', 'en', '2021-08-09')).toEqual([['Friday', '2021-08-06']]);
    expect(dates('Analysts at Itaú Unibanco expect the first cut in December.', 'en', '2026-09-24')).toEqual([['December', '2026-12']]);
  });

  it('takes `ce week-end` on a Friday for the one to come', () => {
    expect(dates('Quelque 800 000 voyageurs sont touchés ce week-end.', 'fr', '2024-07-26')).toEqual([['ce week-end', '2024-07-27/2024-07-28']]);
  });

  it('takes a month that ends a period (`the three months to December`)', () => {
    expect(dates('Inflation had slowed in the three months to December; profit rose in the year to March.', 'en', '2025-02-18')).toEqual([['December', '2024-12'], ['March', '2024-03']]);
  });

  it('takes a year with no cue as its sentence’s subject before a singular verb, not a count before a plural one', () => {
    expect(dates('Analysts say 2023 will be a difficult year; some 2000 were arrested.', 'en', TUESDAY)).toEqual([['2023', '2023']]);
    expect(dates('Selon lui, 2024 a été une année record. Quelque 2000 ont manifesté.', 'fr', THURSDAY)).toEqual([['2024', '2024']]);
  });

  it('reads ranges of years, two days of a month and weekends', () => {
    expect(dates('He led it from 2004 to 2009, on 9 and 10 March and this weekend.', 'en', TUESDAY)).toEqual([
      ['2004 to 2009', '2004/2009'], ['9 and 10 March', '2011-03-09'], ['this weekend', '2011-03-12/2011-03-13'],
    ]);
  });

  it('leaves out times, counts and durations', () => {
    expect(dates('At 1930 GMT, 2000 people marched for two years; the 10-year-old browser.', 'en', TUESDAY)).toEqual([]);
    expect(dates('The bill passed by 2000 votes; Johnson and May met; two hundred years ago, 2,000 years ago.', 'en', TUESDAY)).toEqual([]);
    // No 30 February: only the month is left.
    expect(dates('les 30 et 31 février', 'fr', THURSDAY)).toEqual([['février', '2012-02']]);
    expect(dates('Hier, rien.', 'fr', '2012-02-30')).toEqual([['Hier', undefined]]);
  });

  it('reads a French weekend by its tense, a year after `édition`, and leaves a sentence’s full stop out of a date', () => {
    // A Monday: the weekend just past when told in the past, the article's week's when no verb says.
    expect(dates('La préfecture a fait état de sept interpellations sur l’ensemble du week-end.', 'fr', '2026-07-20')).toEqual([['week-end', '2026-07-18/2026-07-19']]);
    expect(dates('Programme du week-end : concerts.', 'fr', '2026-07-20')).toEqual([['week-end', '2026-07-25/2026-07-26']]);
    expect(dates('L’édition 2024 s’était soldée par un déficit.', 'fr', '2026-07-20')).toEqual([['2024', '2024']]);
    expect(dates('Les réquisitions sont attendues le 29 juin. Le procès reprend.', 'fr', '2027-06-10')).toEqual([['29 juin', '2027-06-29']]);
  });

  it('reads a month with last, next or this year as that month of the year before, after or of the article', () => {
    expect(dates('Investigators raided it in June last year and will rule in April of next year.', 'en', '2026-10-21')).toEqual([['June last year', '2025-06'], ['April of next year', '2027-04']]);
  });

  it('puts a day and month without a year after a deadline’s word in the year to come, and a month after jusqu’en', () => {
    expect(dates('The offer would stand until December 31, the insurer said.', 'en', '2027-03-09')).toEqual([['December 31', '2027-12-31']]);
    // Without such a word, the nearest: a shop that reopened on December 31, seen from March.
    expect(dates('The shop reopened on December 31.', 'en', '2027-03-09')).toEqual([['December 31', '2026-12-31']]);
    expect(dates('Il promet de maintenir le tarif jusqu’en août.', 'fr', '2026-01-15')).toEqual([['août', '2026-08']]);
  });

  it('counts a year earlier from the year its sentence names, else from the article’s', () => {
    expect(dates('Exports reached 6.2 million tonnes in the 2025 marketing year, up 38% on a year earlier.', 'en', '2026-06-18')).toEqual([['2025', '2025'], ['a year earlier', '2024']]);
    expect(dates('Profit rose to $2.1 billion from $1.8 billion a year earlier.', 'en', '2026-06-18')).toEqual([['a year earlier', '2025']]);
  });

  it('reads a day and month with dernier or prochain as that day of the year before or after, ranges and pairs too', () => {
    expect(dates('Le 14 juillet dernier, il a défilé. Le 3 avril prochain, il sera jugé.', 'fr', '2027-03-11'))
      .toEqual([['14 juillet dernier', '2026-07-14'], ['3 avril prochain', '2027-04-03']]);
    expect(dates('Il se rendra en Chine du 2 au 5 avril prochain. Les 12 et 13 mars dernier, il était à Rome.', 'fr', '2027-03-11'))
      .toEqual([['2 au 5 avril prochain', '2027-04-02/2027-04-05'], ['12 et 13 mars dernier', '2026-03-12']]);
  });

  it('counts il y a un an, and gives a month the year named before with of that year or de la même année', () => {
    expect(dates('Il y a un an, le séisme frappait la région.', 'fr', '2027-03-11')).toEqual([['Il y a un an', '2026']]);
    expect(dates('Les faits remontent au printemps 2019, puis à novembre de la même année.', 'fr', '2027-03-11')).toEqual([['2019', '2019'], ['novembre', '2019-11']]);
    expect(dates('It began in 2011. By March of the same year it was over.', 'en', '2027-03-11')).toEqual([['2011', '2011'], ['March', '2011-03']]);
  });

  it('reads the tense of the main clause past a reporting clause, an inverted auxiliary and a passive of an irregular verb', () => {
    expect(dates('Lundi, a précisé le préfet, les écoles resteront fermées.', 'fr', '2027-03-11')).toEqual([['Lundi', '2027-03-15']]);
    expect(dates('On Monday, the mayor said, schools will reopen.', 'en', '2027-03-11')).toEqual([['Monday', '2027-03-15']]);
    expect(dates('Le procès s’ouvrira en mai, a-t-on appris vendredi.', 'fr', '2027-03-11')).toEqual([['mai', '2027-05'], ['vendredi', '2027-03-05']]);
    expect(dates('The vote will be held on Sunday. The last one was held on Sunday, May 2.', 'en', '2027-03-11')[0]).toEqual(['Sunday', '2027-03-14']);
    expect(dates('Samedi et dimanche, des orages sont attendus.', 'fr', '2027-03-11')).toEqual([['Samedi', '2027-03-13'], ['dimanche', '2027-03-14']]);
  });

  it('takes the year of a quarter or a half-year', () => {
    expect(dates('Le chiffre d’affaires du premier trimestre 2027 est en hausse.', 'fr', '2027-03-11')).toEqual([['2027', '2027']]);
  });

  it('reads the tense of a participle after a comma, of devait and of a call to action, and a market’s close only as a noun', () => {
    expect(dates('Emmanuel Macron, élu dimanche avec 66 % des voix, prendra ses fonctions.', 'fr', '2017-05-08')).toEqual([['dimanche', '2017-05-07']]);
    expect(dates('Le salon, qui devait fermer ses portes dimanche, a été écourté.', 'fr', '2020-02-29')).toEqual([['dimanche', '2020-03-01']]);
    expect(dates('Les syndicats appellent à une nouvelle journée de mobilisation jeudi.', 'fr', '2023-03-14')).toEqual([['jeudi', '2023-03-16']]);
    expect(dates('Senators heard opening arguments on Tuesday; the trial is expected to last until next week.', 'en', '2021-02-10')[0]).toEqual(['Tuesday', '2021-02-09']);
    expect(dates('Voting will close on Wednesday. Shares rose from the close on Monday.', 'en', '2014-02-17')).toEqual([['Wednesday', '2014-02-19'], ['Monday', '2014-02-17']]);
  });

  it('reads mi-août and mid-2012, and takes no decade for a year', () => {
    expect(dates('Les vendanges pourraient commencer dès la mi-août.', 'fr', '2026-07-31')).toEqual([['août', '2026-08']]);
    expect(dates('The economy should recover by mid-2012.', 'en', '2011-06-14')).toEqual([['2012', '2012']]);
    expect(dates('Dans les années 1980, la ville comptait dix usines.', 'fr', '2010-12-30')).toEqual([]);
  });

  it('reads an English month before a common noun, two days with the month first, and From at a sentence’s start', () => {
    expect(dates('March sales rose 12 percent. June Carter sang.', 'en', '2012-04-10')).toEqual([['March', '2012-03']]);
    expect(dates('Talks were held on June 28 and 29 in Brussels.', 'en', '2018-07-05')).toEqual([['June 28 and 29', '2018-06-28']]);
    expect(dates('From 2004 to 2009, the company paid bribes.', 'en', '2010-02-18')).toEqual([['2004 to 2009', '2004/2009']]);
  });

  it('reads a month and year in an article of the 31st, and counts la semaine suivante from the full date before it', () => {
    expect(dates('Un niveau inédit depuis juin 1982.', 'fr', '2022-01-31')).toEqual([['juin 1982', '1982-06']]);
    expect(dates('In September 2012, it began.', 'en', '2023-05-31')).toEqual([['September 2012', '2012-09']]);
    expect(dates('Le Parlement votera le 16 décembre. La semaine suivante, les États devront ratifier.', 'fr', '2020-12-09'))
      .toEqual([['16 décembre', '2020-12-16'], ['La semaine suivante', '2020-W52']]);
  });

  it('reads a deadline in a pluperfect as past, a participle before a weekday as past, and the week or year a part of names', () => {
    expect(dates('By Friday night, fighting had reached the outskirts of Kyiv. The deal must close by Friday.', 'en', '2022-02-26'))
      .toEqual([['Friday', '2022-02-25'], ['Friday', '2022-03-04']]);
    expect(dates('La Banque devrait baisser ses taux, estiment les économistes interrogés vendredi.', 'fr', '2025-01-20')).toEqual([['vendredi', '2025-01-17']]);
    expect(dates('Approval stood at 45 percent, down from 51 percent in January.', 'en', '2010-10-13')).toEqual([['January', '2010-01']]);
    expect(dates('Il doit être nommé d’ici à la fin de la semaine. Les ventes ont chuté sur les neuf premiers mois de l’année.', 'fr', '2024-12-12'))
      .toEqual([['la semaine', '2024-W50'], ['l’année', '2024']]);
  });

  it('counts two days later or a day earlier from the date before, with no value when none is named', () => {
    expect(dates('Silicon Valley Bank collapsed on Friday, and regulators closed Signature Bank two days later.', 'en', '2023-03-14'))
      .toEqual([['Friday', '2023-03-10'], ['two days later', '2023-03-12']]);
    expect(dates('Blasts hit the airport on Thursday. A day earlier, governments had warned.', 'en', '2021-08-27'))
      .toEqual([['Thursday', '2021-08-26'], ['A day earlier', '2021-08-25']]);
    expect(dates('Le 3 mars, il est parti. Deux jours plus tard, il revenait.', 'fr', '2021-06-09')).toEqual([['3 mars', '2021-03-03'], ['Deux jours plus tard', '2021-03-05']]);
    expect(dates('He left. Two days later, he was back.', 'en', '2021-06-09')).toEqual([['Two days later', undefined]]);
  });

  it('gives a day and month far from the article’s date the year of the verb before it', () => {
    expect(dates('The court ruled on July 3 against the merger.', 'en', '2023-03-14')).toEqual([['July 3', '2022-07-03']]);
    // Near the article's date, the nearest year stands.
    expect(dates('The court ruled on March 3 against the merger.', 'en', '2023-03-14')).toEqual([['March 3', '2023-03-03']]);
  });

  it('reads a fixture and a plural subject’s present as things to come', () => {
    expect(dates('Liverpool travel to Everton on Wednesday night. They met on Monday.', 'en', '2019-12-03')).toEqual([['Wednesday', '2019-12-04'], ['Monday', '2019-12-02']]);
    expect(dates('On Monday we start talks.', 'en', '2022-02-26')).toEqual([['Monday', '2022-02-28']]);
  });

  it('reads a pluperfect before a deadline as past, the second month of a pair, and a year before record', () => {
    expect(dates('More than 82 million people had already voted early by Monday.', 'en', '2024-11-05')).toEqual([['Monday', '2024-11-04']]);
    expect(dates('The bank may raise interest rates in March or April. Japan’s Nikkei passes 1989 record.', 'en', '2024-02-29'))
      .toEqual([['March', '2024-03'], ['April', '2024-04'], ['1989', '1989']]);
  });

  it('counts today and tomorrow in a quotation from the day it was said, when the text names it', () => {
    expect(dates('"Today we are a full member," the prime minister said on Thursday.', 'en', '2026-01-02')).toEqual([['Today', '2026-01-01'], ['Thursday', '2026-01-01']]);
    expect(dates('« Demain sera un jour historique », a déclaré samedi le Premier ministre.', 'fr', '2023-01-01')).toEqual([['Demain', '2023-01-01'], ['samedi', '2022-12-31']]);
    expect(dates('Today we met. He left on Thursday.', 'en', '2026-01-02')[0]).toEqual(['Today', '2026-01-02']);
  });
});

