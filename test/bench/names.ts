/** Companies, people and places for the generated news, most frequent first; invented ones fill the long tail. */
import { interleave, mulberry32, type Rng } from './prng.ts';

const list = (text: string): string[] => text.trim().split(/\s*\n\s*|\s*,\s*/u).filter(Boolean);

const REAL_COMPANIES = list(`
  Orange, Thales, Cloudwatt, Danone, Airbus, SFR, Bouygues Telecom, Free, Dassault Systèmes, Numergy, Atos, Capgemini,
  OVH, Renault, Michelin, Total, EDF, Engie, Veolia, Alstom, Safran, Vinci, Carrefour, L’Oréal, Sanofi, BNP Paribas,
  Société Générale, Crédit Agricole, la Caisse des Dépôts, Microsoft, Google, Amazon, Apple, IBM, Vodafone,
  Deutsche Telekom, Telefónica, Nokia, Ericsson, Siemens, Alcatel-Lucent, Ubisoft, Dailymotion, Criteo
`);

const HEADS = ['Néo', 'Vél', 'Aqu', 'Sol', 'Tél', 'Dat', 'Lum', 'Ver', 'Cyb', 'Om', 'Alt', 'Kor', 'Zén', 'Arb', 'Bri', 'Év', 'Hél', 'Nov', 'Quar', 'Sil'];
const TAILS = ['ora', 'ix', 'ia', 'éa', 'on', 'ys', 'ium', 'ane', 'elle', 'eo', 'tis', 'ance'];
const KINDS = ['', '', '', ' Technologies', ' Systèmes', ' Group', ' Énergie', ' Télécom', ' Santé', ' Industries', ' Capital'];

const FIRST_NAMES_M = list(`
  Vivek, Philippe, Jean, Pierre, François, Jérôme, Frédéric, Stéphane, Nicolas, Laurent, Éric, Thierry, Benoît, Joël,
  Noël, Grégoire, Arnaud, Olivier, Sébastien, Mathieu, Raphaël, Hervé, André, Loïc, Gaëtan, John, David, Michael
`);
const FIRST_NAMES_F = list(`
  Hélène, Marie, Cécile, Aurélie, Sophie, Isabelle, Nathalie, Valérie, Françoise, Zoé, Anaïs, Chloé, Mélanie, Agnès,
  Brigitte, Élodie, Clémence, Océane, Inès, Léa, Gaëlle, Sarah, Emma, Claire
`);
const REAL_SURNAMES = list(`
  Badrinath, Marchetti, Laplane, Martin, Dubois, Lefèvre, Girard, Moreau, Roux, Fournier, Mercier, Lemaire, Faure,
  Chevalier, Gauthier, Perrin, Robin, Clément, Morel, Guérin, Boyer, Garnier, Rousseau, Lefebvre, Bonnet, François,
  Smith, Johnson, Brown, Taylor, Wilson, Davies, Evans, Thomas, Roberts, Walker, Wright, Hughes, Green, Hall
`);
const SURNAME_HEADS = ['Mar', 'Ber', 'Dur', 'Lef', 'Gir', 'Mor', 'Rou', 'Fon', 'Bel', 'Cha', 'Val', 'Lan', 'Roc', 'Dela', 'Beau', 'Mon', 'Ger', 'Pel', 'Ras', 'Tes'];
const SURNAME_TAILS = ['chetti', 'nard', 'and', 'èvre', 'ard', 'eau', 'ier', 'ot', 'in', 'aine', 'elle', 'ois', 'y', 'oux', 'ès', 'ac', 'on', 'et', 'ault', 'ssac'];

export const FR_PLACES = list(`
  Paris, Lyon, Grenoble, Bordeaux, Marseille, Toulouse, Lille, Nantes, Strasbourg, Rennes, Montpellier, Nice,
  Saint-Étienne, Clermont-Ferrand, Brest, Rouen, Dijon, Besançon, Orléans, Tours, Metz, Nancy, Évry,
  Issy-les-Moulineaux, Bruxelles, Genève, Londres, Berlin, Madrid, Rome, Luxembourg, Montréal, Pékin, Tokyo,
  Washington, New York, San Francisco
`);

export const EN_PLACES = list(`
  London, New York, Washington, San Francisco, Paris, Chicago, Boston, Seattle, Toronto, Sydney, Singapore,
  Hong Kong, Tokyo, Berlin, Brussels, Frankfurt, Dublin, Edinburgh, Manchester, Mumbai, Bangalore
`);

export interface Person {
  name: string;
  feminine: boolean;
}

/** Real names first (the frequent ones), then invented ones; built once from a fixed seed. */
export const COMPANIES: readonly string[] = [...REAL_COMPANIES, ...inventCompanies(mulberry32(7), 360)];

export const SURNAMES: readonly string[] = [
  ...REAL_SURNAMES,
  ...SURNAME_HEADS.flatMap((h) => SURNAME_TAILS.map((t) => h + t)).filter((s) => !REAL_SURNAMES.includes(s)),
];

export const FIRST_NAMES: readonly Person[] = interleave<Person>(
  FIRST_NAMES_M.map((name) => ({ name, feminine: false })),
  FIRST_NAMES_F.map((name) => ({ name, feminine: true })),
);

/** A few people appear far more often than the rest, as in real news. */
export const NOTABLE_PEOPLE: readonly Person[] = [
  { name: 'Vivek Badrinath', feminine: false },
  { name: 'Hélène Marchetti', feminine: true },
  { name: 'Philippe Laplane', feminine: false },
  { name: 'Cécile Dubois', feminine: true },
  { name: 'Jérôme Lefèvre', feminine: false },
];

function inventCompanies(rng: Rng, count: number): string[] {
  const names = new Set<string>();
  while (names.size < count) {
    const stem = rng.pick(HEADS) + (rng.chance(0.3) ? rng.pick(TAILS).slice(0, 2) : '') + rng.pick(TAILS);
    names.add(stem + rng.pick(KINDS));
  }
  return [...names];
}
