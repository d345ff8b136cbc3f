/**
 * Common given names in French and English news (and a few frequent elsewhere in the world's news), compared folded.
 * No maintained npm package of given names is installed, so this is a compact hand-made list (~550 names): a
 * capitalised sequence of two to four words starting with one of them is taken for a person. Names that are also
 * frequent common words or places (Will, May, June, Jordan, Austin, Virginia, Victoria) are left out on purpose.
 */
import { foldWord } from './fold.ts';

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

export const FIRST_NAMES: ReadonlySet<string> = new Set(
  FIRST_NAMES_TEXT.trim().split(/\s+/u).map(foldWord),
);

/** The given name at the start of `word` (`Jean-Marc` → `jean-marc`, else its first part `jean`), if any. */
export function isFirstName(folded: string): boolean {
  if (FIRST_NAMES.has(folded)) return true;
  const dash = folded.indexOf('-');
  return dash > 0 && FIRST_NAMES.has(folded.slice(0, dash));
}
