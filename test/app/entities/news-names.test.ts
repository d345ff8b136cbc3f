// Names missed on real English news (Wikinews articles of the GUM corpus, read outside the project), each class with
// sentences written for it.
import { describe, expect, it } from 'vitest';
import { suggestEntities } from '../../../app/entities/suggest.ts';

const found = (text: string) =>
  suggestEntities(text, { language: 'en', published: '2020-01-15' }).filter((s) => s.type !== 'DATE').map((s) => `${s.type} ${s.text}`);

describe('names in English news that no cue marks', () => {
  it('takes a name of plain words for a person in a list of people', () => {
    expect(found('The coach fielded Ardit Vrapi, Kevin Moreau and Thomas Lindqvist up front.')).toEqual(['PER Ardit Vrapi', 'PER Kevin Moreau', 'PER Thomas Lindqvist']);
    // A surname that is a word of the language, after the Oxford comma.
    expect(found('Prints by Wendell Stroud, Nan Close, and Mary Cassatt hang there.')).toEqual(['PER Wendell Stroud', 'PER Nan Close', 'PER Mary Cassatt']);
    // Not in a list of places, nor of organisations.
    expect(found('Flights to Ardit Vrapi, Lyon and Porto resumed.')).not.toContain('PER Ardit Vrapi');
    expect(found('Shares of Ardit Vrapi, Airbus, Thales and Kevin Moreau fell.')).not.toContain('PER Ardit Vrapi');
  });

  it('knows newspapers by a place and their title, and bodies by their last word', () => {
    expect(found('The Winnipeg Star reported it, the Halifax Sun agreed, and so did the Dayton Chronicle.')).toEqual(['ORG Winnipeg Star', 'ORG Halifax Sun', 'ORG Dayton Chronicle']);
    expect(found('Publisher Ines Varga of Harbour Lights Magazine said so.')).toEqual(['PER Ines Varga', 'ORG Harbour Lights Magazine']);
    expect(found('Councillor Ada Ng of the Civic Democrats lost her seat.')).toEqual(['PER Ada Ng', 'ORG Civic Democrats']);
    expect(found('The Maple Grove Unified School District said it would close.')).toEqual(['ORG Maple Grove Unified School District']);
    // A title that is a word without a place first is no newspaper; an airport stays a place.
    expect(found('The Rising Star and Morning Glory are horses.')).not.toContain('ORG Rising Star');
    expect(found('Flights left Osmani International Airport in Sylhet.')).toContain('LOC Osmani International Airport');
  });

  it('takes a given name alone for the person found in full', () => {
    expect(found('Kevin Moreau was born in Lyon. Kevin was sad. Then Kevin left.')).toEqual(['PER Kevin Moreau', 'LOC Lyon', 'PER Kevin', 'PER Kevin']);
    // Not a given name nobody in the text bears.
    expect(found('Kevin Moreau was born in Lyon. Daniel was sad.')).not.toContain('PER Daniel');
  });

  it('leaves a nationality out of a well-known name, and knows teams whose nickname is no plain plural', () => {
    expect(found('Mira Solano is an American YouTube star who left an American Netflix series.')).toEqual(['PER Mira Solano', 'ORG YouTube', 'ORG Netflix']);
    // A name that holds its nationality keeps it.
    expect(found('The British Red Cross and Saudi Aramco gave money.')).toEqual(['ORG British Red Cross', 'ORG Saudi Aramco']);
    expect(found('He played for the Boston Red Sox, then the Toronto Blue Jays. The Red Sox lost.')).toEqual(['ORG Boston Red Sox', 'ORG Toronto Blue Jays', 'ORG Red Sox']);
    expect(found('He joined Barstool Sports, then Fox Broadcasting.')).toEqual(['ORG Barstool Sports', 'ORG Fox Broadcasting']);
  });

  it('finds places written with an abbreviated saint, and world regions', () => {
    expect(found('Flights to St. Louis and St Petersburg resumed.')).toEqual(['LOC St. Louis', 'LOC St Petersburg']);
    expect(found('He worked in New York City, then in Eastern Europe, West Africa and Jutland.')).toEqual(['LOC New York City', 'LOC Eastern Europe', 'LOC West Africa', 'LOC Jutland']);
    // A street's abbreviation ends a name, it does not open the next.
    expect(found('He lives on Main St. Police said so.')).not.toContain('LOC St. Police');
    expect(suggestEntities('Il a voyagé en Amérique latine et en Europe centrale.', { language: 'fr', published: '2020-01-15' }).map((s) => s.text))
      .toEqual(['Amérique latine', 'Europe centrale']);
  });

  it('takes a listed organisation that is also a surname for the organisation when nobody in the text bears it', () => {
    expect(found('He starred in several Disney films.')).toEqual(['ORG Disney']);
    expect(found('Harrison Ford arrived. Later Ford said so.')).not.toContain('ORG Ford');
    expect(suggestEntities('Elle est passée par Intel, un mois après que Fitch a dégradé la note.', { language: 'fr', published: '2020-01-15' }).map((s) => `${s.type} ${s.text}`))
      .toEqual(['ORG Intel', 'ORG Fitch']);
  });

  it('takes an organisation followed by the place it serves as one organisation', () => {
    const fr = (text: string) => suggestEntities(text, { language: 'fr', published: '2020-01-15' }).map((s) => `${s.type} ${s.text}`);
    expect(fr('En Wallonie, Greenpeace Belgique a manifesté et l’ARS Normandie a fait des prélèvements.')).toEqual(['LOC Wallonie', 'ORG Greenpeace Belgique', 'ORG ARS Normandie']);
    // A listed name opening the sentence is no common word to strip.
    expect(found('Google France said so.')).toEqual(['ORG Google France']);
    // A union of states before a place names no branch.
    expect(fr('Le sommet UE Chine a eu lieu.')).not.toContain('ORG UE Chine');
  });

  it('knows French companies by their plural head, and two of them joined by `et`', () => {
    const fr = (text: string) => suggestEntities(text, { language: 'fr', published: '2020-01-15' }).filter((s) => s.type !== 'DATE').map((s) => `${s.type} ${s.text}`);
    expect(fr('Le roman est paru aux Éditions du Boréal ; le film, produit par Productions Grand Nord, a plu.')).toEqual(['ORG Éditions du Boréal', 'ORG Productions Grand Nord']);
    expect(fr('Transports Dupont et Laboratoires Servier ont signé.')).toEqual(['ORG Transports Dupont', 'ORG Laboratoires Servier']);
  });

  it('takes a name after where it is based for a company, and biotech and railway names by their last word', () => {
    expect(found('Seoul-based Dongbang Bio paid, and Hamburg-based Tchibo agreed.')).toEqual(['LOC Seoul', 'ORG Dongbang Bio', 'LOC Hamburg', 'ORG Tchibo']);
    expect(found('Veridian Oncology and Aurelis Therapeutics sued Prairie Northern Railway.')).toEqual(['ORG Veridian Oncology', 'ORG Aurelis Therapeutics', 'ORG Prairie Northern Railway']);
    // A person based somewhere is still a person.
    expect(found('The London-based artist Jane Smith spoke.')).toEqual(['LOC London', 'PER Jane Smith']);
  });

  it('takes a syllabic acronym in brackets after its long form, and the acronym elsewhere', () => {
    const fr = (text: string) => suggestEntities(text, { language: 'fr', published: '2020-01-15' }).map((s) => `${s.type} ${s.text}`);
    expect(fr('Les enquêteurs de l’Office anti-stupéfiants (Ofast) ont agi. Selon l’Ofast, tout va bien.')).toEqual(['ORG Office anti-stupéfiants', 'ORG Ofast', 'ORG Ofast']);
    expect(found('Vietnam Coffee and Cocoa Association (Vicofa) cut its forecast.')).toEqual(['ORG Vietnam Coffee and Cocoa Association', 'ORG Vicofa']);
    // A nickname in brackets spells no long form.
    expect(found('The minister, Charles Bolden (Charlie), spoke.')).toEqual(['PER Charles Bolden']);
  });

  it('finds French communes after a contracted article or a cue of origin or of route', () => {
    const fr = (text: string) => suggestEntities(text, { language: 'fr', published: '2020-01-15' }).filter((s) => s.type !== 'DATE').map((s) => `${s.type} ${s.text}`);
    expect(fr('Fondée au Creusot, l’usine inquiète les syndicats du Creusot.')).toEqual(['LOC Creusot', 'LOC Creusot']);
    expect(fr('Natif d’Albertville, il a souffert entre Embrun et Briançon avant l’arrivée au Grand-Bornand.')).toEqual(['LOC Albertville', 'LOC Embrun', 'LOC Briançon', 'LOC Grand-Bornand']);
    // Not the head of a longer name, nor a body's.
    expect(fr('Le concert au Palais du Grand Large, à l’initiative du Syndicat mixte.')).not.toContain('LOC Palais');
  });

  it('takes a name in brackets after a person for the team or party they stand for, and knows the great cycling races', () => {
    const fr = (text: string) => suggestEntities(text, { language: 'fr', published: '2020-01-15' }).filter((s) => s.type !== 'DATE').map((s) => `${s.type} ${s.text}`);
    expect(fr('Le Français Baptiste Ravanel (Solvéa Cycling) devance Jelle Van Daele (Ardenne-Belfius) et Jean Dupont (Marseille).'))
      .toEqual(['PER Baptiste Ravanel', 'ORG Solvéa Cycling', 'PER Jelle Van Daele', 'ORG Ardenne-Belfius', 'PER Jean Dupont', 'LOC Marseille']);
    expect(fr('Vainqueur du Critérium du Dauphiné, il vise la Grande Boucle.')).toEqual(['MISC Critérium du Dauphiné', 'MISC Grande Boucle']);
  });

  it('keeps an owner’s possessive inside a body’s name, and the place after it', () => {
    expect(found('It was led by retired Court of King\'s Bench justice Evelyn Okafor-Brandt, at King\'s College London.'))
      .toEqual(["ORG Court of King's Bench", 'PER Evelyn Okafor-Brandt', "ORG King's College London"]);
  });

  it('reads a French noun of nationality or a trade as a title before a name', () => {
    const fr = (text: string) => suggestEntities(text, { language: 'fr', published: '2020-01-15' }).filter((s) => s.type !== 'DATE').map((s) => `${s.type} ${s.text}`);
    expect(fr('Le Danois Mikkel Østergaard a conservé le maillot, selon l’éditrice Annick Beauregard.')).toEqual(['PER Mikkel Østergaard', 'PER Annick Beauregard']);
    expect(fr('La Française des Jeux a publié ses comptes.')).not.toContain('ORG Jeux');
    expect(fr('Les primes versées par Amaury Sport Organisation (ASO) augmentent.')).toEqual(['ORG Amaury Sport Organisation', 'ORG ASO']);
  });

  it('takes no person from a saint’s place, a title’s own words or a word of ethnicity', () => {
    expect(found('Trains ran to San Sebastián de los Reyes, near Santa Monica Studio.')).not.toEqual(expect.arrayContaining(['PER Sebastián de los Reyes']));
    expect(found('Trains ran to San Sebastián de los Reyes, near Santa Monica Studio.')).not.toContain('PER Monica Studio');
    expect(found('Deputy County Attorney Marisol Echeverría told jurors.')).toEqual(['PER Marisol Echeverría']);
    expect(found('The 36-year-old Argentine scored; she would be the first Latina governor.')).toEqual([]);
  });

  it('takes an unlisted place where someone is born, lives or dies', () => {
    expect(found('He was born at Stridon, a village near Emona, and now lives in Dulwich.')).toEqual(['LOC Stridon', 'LOC Emona', 'LOC Dulwich']);
    expect(suggestEntities('Il est né à Plouzévédé.', { language: 'fr', published: '2020-01-15' }).map((s) => `${s.type} ${s.text}`)).toEqual(['LOC Plouzévédé']);
  });

  it('takes unlisted places in a list with one its words made a place, firms by their ampersand, and Spanish and Italian bodies by their head', () => {
    expect(found('The worst-hit districts of Ocoña, Chuquibamba and Aplao, and Caravelí and Castilla provinces.')).toEqual(['LOC Ocoña', 'LOC Chuquibamba', 'LOC Aplao', 'LOC Caravelí', 'LOC Castilla']);
    expect(found('Flights to Paris, Lyon and Durand.')).not.toContain('LOC Durand');
    expect(found("Lawyers at Nagashima Ohno & Tsunematsu argued; underwriters at Lloyd's of London paid.")).toEqual(['ORG Nagashima Ohno & Tsunematsu', "ORG Lloyd's of London"]);
    expect(found('The Carabinieri searched the Pinacoteca Malaspina-Ferrari; the Autoridad para la Reconstrucción del Sur and the U.S. Geological Survey helped.'))
      .toEqual(['ORG Carabinieri', 'ORG Pinacoteca Malaspina-Ferrari', 'ORG Autoridad para la Reconstrucción del Sur', 'ORG U.S. Geological Survey']);
  });

  it('finds French départements after dans la, communes after conseils municipaux, regional newspapers, and ships by their apposition', () => {
    const fr = (text: string) => suggestEntities(text, { language: 'fr', published: '2020-01-15' }).filter((s) => s.type !== 'DATE').map((s) => `${s.type} ${s.text}`);
    expect(fr('Flamanville, dans la Manche, et Saint-Amand-Montrond, dans le Cher.')).toEqual(expect.arrayContaining(['LOC Manche', 'LOC Cher']));
    expect(fr('Les conseils municipaux de Domérat et Désertines ont voté, selon Le Progrès et La Montagne.')).toEqual(['LOC Domérat', 'LOC Désertines', 'ORG Le Progrès', 'ORG La Montagne']);
    expect(fr('L’équipage du Ker Anna, un chalutier de 24 mètres, est sauf. Le patron du Ker Anna a parlé.')).toEqual(['MISC Ker Anna', 'MISC Ker Anna']);
    // The region, written with its article in lower case, stays a place.
    expect(fr('Il vit en Provence, à la montagne.')).toEqual(['LOC Provence']);
  });

  it('takes streets and squares by their Italian, Spanish or Portuguese head', () => {
    expect(found('The van was parked in Via Palestro, near Piazza Navona and Calle Bolognesi.')).toEqual(['LOC Via Palestro', 'LOC Piazza Navona', 'LOC Calle Bolognesi']);
  });

  it('takes a hyphenated name with a lower-case particle for a town, not a person’s or a company’s', () => {
    const fr = (text: string) => suggestEntities(text, { language: 'fr', published: '2020-01-15' }).filter((s) => s.type !== 'DATE').map((s) => `${s.type} ${s.text}`);
    expect(fr('Un chalutier de Port-en-Bessin a sombré près de Saint-Vaast-la-Hougue, selon la Marine nationale.')).toEqual(['LOC Port-en-Bessin', 'LOC Saint-Vaast-la-Hougue', 'ORG Marine nationale']);
    expect(fr('Jean-Pierre Dupont dirige Saint-Gobain.')).not.toContain('LOC Jean-Pierre Dupont');
  });

  it('reads a list whose names each repeat their preposition', () => {
    const fr = (text: string) => suggestEntities(text, { language: 'fr', published: '2020-01-15' }).map((s) => `${s.type} ${s.text}`);
    expect(fr('Les habitants de Fourvière, de Saint-Just et du Point-du-Jour ont voté.')).toEqual(['LOC Fourvière', 'LOC Saint-Just', 'LOC Point-du-Jour']);
  });

  it('takes no initial across a sentence’s end', () => {
    expect(found('Players complained on Reddit and X. A two-hour outage followed.')).toEqual(['ORG Reddit', 'ORG X']);
    expect(found('J. Martin spoke.')).toEqual(['PER J. Martin']);
  });
});
