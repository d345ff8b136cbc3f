/**
 * Given names, compared folded: a capitalised sequence of two to four words starting with one of them is taken for a
 * person, and a sequence is split before one (`NASA Administrator Charles Bolden`).
 *
 * - A compact hand-made list (~550) of names frequent in French and English news, kept because it holds the news's own
 *   (Barack, Vivek, Rachida, Condoleezza…).
 * - The given names of `@faker-js/faker` (MIT; maintained), in the locales written in the Latin alphabet whose names
 *   the news carries (French, English, German, Spanish, Italian, Portuguese, Dutch, Polish, Turkish, Indian, Indonesian,
 *   Romanian, Nordic, Czech, Hungarian, Nigerian, Senegalese…): some 13,000 names, read on first use (~0.1 s). Its
 *   Vietnamese names, mostly one-syllable words (`An`, `Long`), are left out.
 * Left out of both: names of two letters, common words (STOP_WORDS, and those below), and names that are countries,
 * regions or large cities (Jordan, Austin, Virginia, Victoria): a sequence starting so is more often a place.
 */
import { createRequire } from 'node:module';
import { foldWord } from './fold.ts';
import { GAZETTEER_PACKAGES, gazetteer, gazetteerInputs } from './gazetteer.ts';
import { cachedList } from './list-cache.ts';
import { STOP_WORDS } from './lexicon.ts';

const FIRST_NAMES_TEXT = `
  Jean Pierre Michel André Philippe René Louis Alain Jacques Bernard Marcel Daniel Roger Robert Paul Claude Christian
  Henri Georges Nicolas François Patrick Gérard Christophe Joseph Francis Éric Eric Laurent Frédéric Thierry Pascal
  Stéphane David Olivier Dominique Julien Sébastien Vincent Antoine Thomas Alexandre Maxime Guillaume Mathieu Matthieu
  Benoît Arnaud Jérôme Didier Serge Gilles Yves Marc Denis Bruno Emmanuel Fabrice Cédric Franck Ludovic Xavier Hervé
  Gilbert Raymond Lucien Maurice Guy Jacky Joël Noël Grégoire Grégory Loïc Gaëtan Raphaël Romain Florian Kevin Kévin
  Hugo Lucas Léo Gabriel Arthur Théo Nathan Jules Adam Mathis Ethan Baptiste Clément Quentin Rémi Rémy Damien Anthony
  Jonathan Sylvain Yann Yannick Cyril Lionel Régis Jean-Pierre Jean-Marc Jean-Luc Jean-Claude Jean-Paul Jean-François
  Jean-Louis Jean-Michel Jean-Yves Jean-Marie Jean-Jacques Jean-Christophe Jean-Baptiste Pierre-Yves Marc-Antoine
  Hubert Édouard Edouard Bertrand Benjamin Manuel Valéry Ségolène Lionel Arnaud Gérald Jérémie Aurélien Adrien Bastien
  Marie Jeanne Françoise Monique Catherine Nathalie Isabelle Sylvie Anne Martine Christine Jacqueline Nicole Sophie
  Valérie Sandrine Céline Stéphanie Véronique Chantal Brigitte Patricia Hélène Florence Caroline Laurence Christiane
  Corinne Aurélie Julie Camille Claire Émilie Emilie Élodie Elodie Audrey Virginie Laetitia Mélanie Cécile Agnès
  Pascale Josiane Odile Danielle Annie Michèle Michelle Ginette Simone Denise Colette Yvonne Madeleine Élisabeth
  Elisabeth Élise Pauline Charlotte Manon Léa Emma Chloé Inès Zoé Anaïs Océane Clémence Mathilde Lucie Juliette Louise
  Alice Margaux Marion Laura Sarah Amandine Gaëlle Delphine Marine Ségolène Rachida Najat Myriam Nadine Karine Carole
  Anne-Marie Marie-France Marie-Claude Marie-Christine Marie-Hélène Valérie Fleur Aurore Maud Solène Agathe Héloïse
  John James William Richard Charles George Michael Robert David Thomas Christopher Daniel Paul Mark Donald Steven
  Kenneth Andrew Joshua Kevin Brian Edward Ronald Timothy Jason Jeffrey Ryan Jacob Gary Nicholas Eric Stephen Larry
  Justin Scott Brandon Benjamin Samuel Gregory Frank Alexander Raymond Patrick Jack Dennis Jerry Tyler Aaron Henry
  Douglas Peter Adam Nathan Zachary Walter Kyle Harold Carl Jeremy Keith Roger Gerald Ethan Arthur Terry Christian
  Sean Lawrence Joe Noah Jesse Albert Bryan Billy Bruce Willie Dylan Alan Ralph Gabriel Roy Juan Wayne
  Eugene Logan Randy Louis Russell Vincent Philip Bobby Johnny Bradley Matthew Anthony Bill Tom Tony Jim Mike Steve
  Dave Chris Nick Matt Ben Sam Dan Tim Rob Bob Ted Ed Fred Hugh Ian Neil Colin Graham Gordon Martin Simon Stuart
  Barack Hillary Bernie Boris Theresa Rishi Keir Tony Gordon Angela Olaf Emmanuel Vladimir Dmitri Dmitry Sergei
  Sergey Shinzo Narendra Recep Benjamin Mahmoud Hassan Ali Mohammed Mohamed Muhammad Ahmed Ahmad Omar Abdel
  Abdul Youssef Karim Rachid Mehdi Nabil Farid Jose José Carlos Luis Luiz Miguel Pedro Antonio Francisco Javier
  Manuel Alejandro Pablo Diego Mario Marco Giuseppe Giovanni Luca Matteo Silvio Matteo Roberto Paolo Stefano Claudio
  Nunzio Stefania Giulia Francesca Angela Hans Klaus Jürgen Wolfgang Helmut Gerhard Frank Ursula Heinz Karl Lars
  Anders Sven Olof Mikhail Vladimir Igor Ivan Yuri Viktor Volodymyr Petro Alexei Alexey
  Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty Margaret Sandra Ashley
  Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen
  Amy Shirley Angela Helen Anna Brenda Pamela Nicole Emma Samantha Katherine Christine Debra Rachel Catherine Carolyn
  Janet Ruth Maria Heather Diane Julie Joyce Olivia Kelly Christina Lauren Joan Evelyn Judith Megan
  Cheryl Andrea Hannah Martha Jacqueline Frances Gloria Ann Teresa Kathryn Sara Janice Jean Alice Doris
  Abigail Julia Judy Grace Denise Amber Marilyn Beverly Danielle Theresa Sophia Marie Diana Brittany Natalie Isabella
  Charlotte Kate Meg Sue Jane Jenny Liz Hillary Condoleezza Nancy Christine Kamala Meghan Greta Malala Michelle Oprah
  Rahul Sonia Indira Raj Amit Sanjay Priya Joachim Jochen
`;

/** Given names that are also common words in the news's languages (the lists hold them as names). */
const COMMON_WORDS = new Set(['will', 'may', 'june', 'april', 'august', 'rose', 'grace', 'hope', 'faith', 'joy', 'dawn', 'summer', 'autumn', 'page', 'penny', 'sunny', 'rich', 'art', 'bill', 'mark', 'long', 'guy', 'said', 'sol', 'luz', 'paz', 'cruz', 'mercedes', 'dolores', 'pilar', 'reine', 'aimee', 'desire', 'constance', 'prudence', 'patience', 'clement', 'fortune', 'honore', 'modeste', 'olive', 'violette', 'victoire', 'ocean', 'soleil', 'lune', 'etoile', 'ange', 'bella', 'fleur', 'lourdes', 'jade', 'amber', 'ruby', 'crystal', 'misty', 'stormy', 'chance', 'king', 'prince', 'duke', 'earl', 'baron', 'major', 'general', 'don', 'royal', 'sterling', 'price', 'young', 'brown', 'green', 'white', 'black', 'gray', 'grey', 'north', 'west', 'lake', 'river', 'stone', 'wood', 'field', 'march', 'ben', 'santo', 'santa', 'san', 'saint', 'sainte', 'sao', 'notre', 'monte', 'porto']);
/** faker's locales written in the Latin alphabet whose given names appear in French and English news. */
const LOCALES = ['fr', 'fr_BE', 'fr_CA', 'fr_CH', 'fr_SN', 'en', 'en_GB', 'en_IE', 'en_AU', 'en_CA', 'en_IN', 'en_NG', 'en_GH', 'en_ZA', 'de', 'de_AT', 'de_CH', 'es', 'es_MX', 'it', 'pt_BR', 'pt_PT', 'nl', 'nl_BE', 'pl', 'tr', 'id_ID', 'ro', 'sv', 'nb_NO', 'da', 'fi', 'cs_CZ', 'sk', 'hu', 'hr', 'lv', 'yo_NG', 'zu_ZA', 'af_ZA'];

interface GivenNames {
  names: Set<string>;
  /** Given names left out for a large place's (`Frederick`, `Austin`, `Jordan`): a person's only before a surname. */
  places: Set<string>;
}

let names: GivenNames | null = null;

function build(): GivenNames {
  const out = new Set(FIRST_NAMES_TEXT.trim().split(/\s+/u).map(foldWord));
  const placeNames = new Set<string>();
  const require = createRequire(import.meta.url);
  const places = gazetteer().places;
  for (const locale of LOCALES) {
    let listed: unknown;
    try {
      listed = (require(`@faker-js/faker/locale/${locale}`) as { faker: { rawDefinitions: { person?: { first_name?: unknown } } } }).faker.rawDefinitions.person?.first_name;
    } catch {
      continue; // A locale a later version dropped.
    }
    const list = Array.isArray(listed) ? listed : Object.values((listed ?? {}) as Record<string, unknown>).flat();
    for (const name of list) {
      if (typeof name !== 'string' || !/^\p{Script=Latin}[\p{Script=Latin}'’-]+$/u.test(name)) continue;
      const folded = foldWord(name);
      if (folded.length < 3 || STOP_WORDS.has(folded) || COMMON_WORDS.has(folded)) continue;
      const place = places.get(folded);
      if (place && !place.minor) {
        if (place.kind === 'city') placeNames.add(folded);
        continue;
      }
      out.add(folded);
    }
  }
  for (const name of out) placeNames.delete(name);
  return { names: out, places: placeNames };
}

/** The given names (built on first use). */
export function firstNames(): ReadonlySet<string> {
  return givenNames().names;
}

function givenNames(): GivenNames {
  return (names ??= cachedList({
    name: 'first-names',
    // The places' names are left out of the given names: the gazetteer's inputs count too.
    inputs: [build.toString(), FIRST_NAMES_TEXT, [...COMMON_WORDS].join(' '), LOCALES.join(' '), ...gazetteerInputs()],
    packages: ['@faker-js/faker/package.json', ...GAZETTEER_PACKAGES],
    build,
    encode: (given) => ({ names: [...given.names], places: [...given.places] }),
    decode: (encoded) => {
      const { names: listed, places } = (encoded ?? {}) as { names?: unknown; places?: unknown };
      const strings = (x: unknown): x is string[] => Array.isArray(x) && x.every((n) => typeof n === 'string');
      if (!strings(listed) || !strings(places)) throw new Error('not lists of names');
      return { names: new Set(listed), places: new Set(places) };
    },
  }));
}

/** A given name also a large city's (`Frederick Fung`, `Austin Powers`): a person's before a surname, if no place. */
export function isPlaceGivenName(folded: string): boolean {
  return givenNames().places.has(folded);
}

/** The given name at the start of `word` (`Jean-Marc` → `jean-marc`, else its first part `jean`), if any. */
export function isFirstName(folded: string): boolean {
  const known = firstNames();
  if (known.has(folded)) return true;
  const dash = folded.indexOf('-');
  return dash > 0 && known.has(folded.slice(0, dash));
}
