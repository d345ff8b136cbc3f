import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstNames } from '../../../app/entities/names/first-names.ts';
import { findNames, loadNameLists } from '../../../app/entities/names.ts';
import { gazetteer } from '../../../app/entities/names/gazetteer.ts';
import type { Suggestion } from '../../../app/entities/types.ts';
import { corpusPresent, seedFiles, SKIP_REASON, wikinewsFiles } from '../../support/corpus.ts';

const fr = (text: string) => findNames(text, { language: 'fr', published: null });
const en = (text: string) => findNames(text, { language: 'en', published: null });
const pairs = (s: Suggestion[]) => s.map((x) => `${x.type} ${x.text}`);
const ofType = (s: Suggestion[], type: string) => s.filter((x) => x.type === type).map((x) => x.text);

describe('findNames', () => {
  it('loads the gazetteer once (countries, cities, regions, French exonyms)', () => {
    const ms = loadNameLists();
    expect(ms).toBeGreaterThan(0);
    expect(gazetteer()).toBe(gazetteer());
    const places = gazetteer().places;
    for (const name of ['etats unis', 'royaume uni', "cote d'ivoire", 'londres', 'pekin', 'le caire', 'lyon', 'grenoble', 'bayonne', 'california', 'ile de france', 'europe']) {
      expect(places.has(name), name).toBe(true);
    }
    expect(places.get('orange')?.ambiguous).toBe(true);
    expect(places.get('us')?.caps).toBe(true);
    expect(places.size).toBeGreaterThan(5_000);
  });

  it('knows given names from many countries, not only the news’s most frequent', () => {
    // faker's lists are read (a failure to read them would leave only the hand-made ~550).
    expect(firstNames().size).toBeGreaterThan(10_000);
    expect(pairs(fr('Le projet est porté par Małgorzata Kowalczyk et Mehmet Yılmaz, qui dirigent la coopérative.'))).toEqual(['PER Małgorzata Kowalczyk', 'PER Mehmet Yılmaz']);
    expect(pairs(en('The plan was drawn up by Oluwaseun Adeyemi and Ingrid Halvorsen over the summer.'))).toEqual(['PER Oluwaseun Adeyemi', 'PER Ingrid Halvorsen']);
    // Names that are common words or places are not taken for given names.
    expect(pairs(en('Will Power Systems and Jordan Valley Farms grew.'))).not.toContain('PER Will Power Systems');
    expect(pairs(en('Will Power Systems and Jordan Valley Farms grew.')).some((p) => p.startsWith('PER Jordan'))).toBe(false);
  });

  it('takes small places (communes, towns) after a preposition of place or in a dateline only', () => {
    // (A factory, a plant, a council or a station names the place it is in: `l’usine de Crolles`.)
    expect(pairs(fr('Le projet de Crolles avance, dit Vallier.'))).toEqual([]);
    // Once a place after `à`, the same name is that place elsewhere in the article.
    expect(pairs(fr('Le projet de Crolles avance ; la production part à Crolles puis à Plonéour-Lanvern.'))).toEqual(['LOC Crolles', 'LOC Crolles', 'LOC Plonéour-Lanvern']);
    expect(pairs(fr('CROLLES (AFP) L’usine ferme.'))).toEqual(['LOC CROLLES', 'ORG AFP']);
    expect(pairs(fr('« Non », a déclaré Mme Lagarde à Mme Martin.'))).toEqual(['PER Lagarde', 'PER Martin']);
    expect(pairs(fr('Les vignes de Gironde et du Finistère ont souffert, comme celles du Nord.'))).toEqual(['LOC Gironde', 'LOC Finistère']);
    expect(pairs(en('The plant moved to Teesside last year, near Middlesbrough.'))).toContain('LOC Middlesbrough');
  });

  it('knows the nations of the United Kingdom, every country’s regions, seas and mountain ranges', () => {
    expect(pairs(en('Wind farms off northeast England and Scotland feed the grid, from the North Sea to the Alps.'))).toEqual([
      'LOC England', 'LOC Scotland', 'LOC North Sea', 'LOC Alps',
    ]);
    expect(pairs(en('Floods hit Queensland and Gauteng while Punjab stayed dry.'))).toEqual(['LOC Queensland', 'LOC Gauteng', 'LOC Punjab']);
    // County names that are given names count after a preposition of place only.
    expect(pairs(en('The farm is in Kerry, said Kerry Walsh.'))).toEqual(['LOC Kerry', 'PER Kerry Walsh']);
    expect(pairs(fr('La tempête a touché la Méditerranée et les Pyrénées.'))).toEqual(['LOC Méditerranée', 'LOC Pyrénées']);
  });

  it('reads English place shapes, datelines with a region, and a place before its mayor', () => {
    expect(pairs(en('Crews reached Bonaparte Lake, the Volta Region and the Bay of Bengal.'))).toEqual(['LOC Bonaparte Lake', 'LOC Volta Region', 'LOC Bay of Bengal']);
    // Venues are sites too.
    expect(pairs(en('The ceremony at the Dolby Theatre moved to the Globe Theatre.'))).toEqual(['LOC Dolby Theatre', 'LOC Globe Theatre']);
    expect(pairs(en('CACHE CREEK, B.C. (CP) — A fire spread.'))).toEqual(['LOC CACHE CREEK', 'LOC B.C.', 'ORG CP']);
    expect(pairs(en('said Ashcroft Mayor Parveen Sandhu.'))).toEqual(['LOC Ashcroft', 'PER Parveen Sandhu']);
    // A cue word does not make a listed place an organisation.
    expect(pairs(en('The bond will fund North Sea expansion.'))).toEqual(['LOC North Sea']);
  });

  it('takes a name followed by an age for a person', () => {
    expect(pairs(fr('Selon les pompiers, Gwenn Le Goff, 45 ans, a été blessé.'))).toEqual(['PER Gwenn Le Goff']);
    expect(pairs(en('Kwame Mensah, 62, said the fire spread.'))).toEqual(['PER Kwame Mensah']);
    // A count is no age.
    expect(pairs(fr('Le Conseil Régional Nord, 300 élus, a voté.'))).not.toContain('PER Conseil Régional Nord');
  });

  it('takes no adjective of nationality, portfolio or common English word for a name', () => {
    expect(pairs(en('An Italian patrol boat and the Tunisian coastguard alerted the Italian and Maltese authorities. Italian officials agreed.'))).toEqual([]);
    expect(pairs(en('Business Secretary Kemi Badenoch and Vice President Mahamudu Bawumia spoke.'))).toEqual(['PER Kemi Badenoch', 'PER Mahamudu Bawumia']);
    expect(pairs(en('Network Rail said trains would run.'))).not.toContain('PER Network Rail');
    expect(pairs(en('The Act was passed. Critics of the Act said the Act failed.'))).toEqual([]);
    expect(pairs(en('The case was heard at the Royal Courts of Justice.'))).toEqual(['ORG Royal Courts of Justice']);
  });

  it('reads French clubs, local authorities, Breton and West African names, and a département in brackets', () => {
    expect(pairs(fr('Le Stade rennais recrute au Stade lavallois ; la Région Bretagne et Laval Agglomération paient.'))).toEqual([
      'ORG Stade rennais', 'ORG Stade lavallois', 'ORG Région Bretagne', 'ORG Laval Agglomération',
    ]);
    expect(pairs(fr('La maire de Quimperlé, Soazig Le Floc’h, a appelé Djibril N’Diaye.'))).toEqual(['LOC Quimperlé', 'PER Soazig Le Floc’h', 'PER Djibril N’Diaye']);
    expect(pairs(fr('L’ancien maire de Sommières (Gard) a saisi la préfecture du Gard et le ministère de la Culture.'))).toEqual([
      'LOC Sommières', 'LOC Gard', 'LOC Gard', 'ORG ministère de la Culture',
    ]);
    // `N’` before a lower-case word is `ne`; `I’m`, `We’ll` are no names.
    expect(pairs(en('N’importe. I’m sure We’ll see.'))).toEqual([]);
  });

  it('knows well-known organisations without a cue, and the ambiguous ones only with one', () => {
    expect(pairs(fr('Thales et Safran ont signé avec Airbus ; Météo-France prévoit de la pluie.'))).toEqual([
      'ORG Thales', 'ORG Safran', 'ORG Airbus', 'ORG Météo-France',
    ]);
    expect(pairs(en('Spotify and Airbnb grew, Jefferies said.'))).toEqual(['ORG Spotify', 'ORG Airbnb', 'ORG Jefferies']);
    // `Orange` is also a colour and a town: a cue decides.
    expect(pairs(fr('Le ciel est Orange ce soir.'))).toEqual([]);
    expect(pairs(fr('Le groupe Orange a recruté.'))).toEqual(['ORG Orange']);
  });

  it('takes the place out of a compound adjective (`Toronto-based`)', () => {
    expect(pairs(en('The fund is owned by Toronto-based investors and a Texas-backed trust.'))).toEqual(['LOC Toronto', 'LOC Texas']);
    // Only the last part is cut off: hyphenated names stay whole.
    expect(pairs(en('A Saint-Étienne-based maker hired Jean-Marc Vallier.'))).toEqual(['LOC Saint-Étienne', 'PER Jean-Marc Vallier']);
  });

  it('finds the people, organisations and places of the reference paragraph (French)', () => {
    const text = 'Le groupe Orange et Thales ont annoncé mardi le lancement de Cloudwatt, a déclaré Vivek Badrinath, directeur général adjoint d\'Orange, lors d\'une conférence à Paris (AFP).';
    const s = fr(text);
    expect(pairs(s)).toEqual(['ORG Orange', 'ORG Thales', 'ORG Cloudwatt', 'PER Vivek Badrinath', 'ORG Orange', 'LOC Paris', 'ORG AFP']);
    for (const x of s) {
      expect(text.slice(x.start, x.end)).toBe(x.text);
      expect(x.score).toBeGreaterThan(0);
      expect(x.score).toBeLessThanOrEqual(1);
      expect(x.source).toBe(x.type === 'LOC' ? 'gazetteer' : 'pattern');
    }
  });

  it('finds them in the English equivalent', () => {
    const s = en('Orange and Thales announced on Tuesday the launch of Cloudwatt, said Vivek Badrinath, deputy chief executive of Orange, at a conference in Paris (AFP).');
    expect(pairs(s)).toEqual(['ORG Orange', 'ORG Thales', 'ORG Cloudwatt', 'PER Vivek Badrinath', 'ORG Orange', 'LOC Paris', 'ORG AFP']);
  });

  it('keeps elided articles out of the mention', () => {
    const s = fr("Le directeur d’Orange Cloud a parlé à l’AFP et qu'EDF écoutait.");
    expect(pairs(s)).toEqual(['ORG Orange Cloud', 'ORG AFP', 'ORG EDF']);
    expect(ofType(fr('Le groupe de cosmétique français, numéro un mondial, L’Oréal a inauguré une usine.'), 'ORG')).toEqual(['L’Oréal']);
  });

  it('does not take common words at the start of a sentence', () => {
    // (`Le Monde` capitalised inside a sentence is the newspaper: see error-classes.test.ts.)
    expect(fr('Selon nous, rien. Pour autant, Le monde change. Cette annonce. Lundi, Bourse en baisse ; la bourse de Séoul.')).toEqual(
      [expect.objectContaining({ type: 'LOC', text: 'Séoul' })],
    );
    expect(en('However, the results were good. The company said so. Reading is fun. Nice weather.')).toEqual([]);
  });

  it('takes an ambiguous place only with a preposition of place', () => {
    expect(pairs(en('Nice results came in. The festival took place in Nice, near Cannes.'))).toEqual(['LOC Nice', 'LOC Cannes']);
    expect(pairs(fr('Le groupe Orange a un site à Orange, une orange à la main.'))).toEqual(['ORG Orange', 'LOC Orange']);
  });

  it('skips a place inside a longer name', () => {
    expect(ofType(fr('Le Paris Saint-Germain a battu Lyon, et Paris Hilton était là.'), 'LOC')).toEqual(['Lyon']);
    expect(pairs(fr('Le directeur d’Orange Business Services est à Londres.'))).toEqual(['ORG Orange Business Services', 'LOC Londres']);
  });

  it('reads datelines in capitals', () => {
    expect(pairs(fr('[26/01/2012 11:18:42] PARIS (AFP) Orange a confirmé jeudi son objectif.'))).toEqual(['LOC PARIS', 'ORG AFP']);
    expect(pairs(fr('BRUXELLES (AFP) - La Commission a tranché.'))).toEqual(['LOC BRUXELLES', 'ORG AFP']);
    expect(pairs(en('WASHINGTON, Jan. 5 (Reuters) - The Senate voted.'))).toEqual(['LOC WASHINGTON', 'ORG Reuters', 'ORG Senate']);
  });

  it('takes acronyms as organisations, but not roles, common abbreviations, roman numerals or shouted headlines', () => {
    expect(pairs(fr('Selon le CNRS, EDF et la SNCF, le PIB et la TVA montent ; le PDG du groupe en parle.'))).toEqual(['ORG CNRS', 'ORG EDF', 'ORG SNCF']);
    expect(en('Louis XIV and part XVII of the CEO report, at 15:11 GMT.').filter((s) => s.type === 'ORG')).toEqual([]);
    expect(fr('ORANGE ANNONCE UN NOUVEAU PLAN\n\nLe texte suit.')).toEqual([]);
    expect(pairs(en('The United States (US) and the UK signed.'))).toEqual(['LOC United States', 'LOC US', 'LOC UK']);
  });

  it('defines an organisation by its acronym', () => {
    expect(pairs(fr('La Confédération générale du travail (CGT) estime que la CGT a raison.'))).toEqual([
      'ORG Confédération générale du travail', 'ORG CGT', 'ORG CGT',
    ]);
    expect(pairs(fr('Le plan de l’entreprise américaine Hewlett-Packard (HP) se poursuit.'))).toEqual(['ORG Hewlett-Packard', 'ORG HP']);
  });

  it('finds people after civilities and roles, in appositions and around verbs of saying', () => {
    expect(pairs(fr('« Non », a déclaré M. Badrinath à Mme Lagarde.'))).toEqual(['PER Badrinath', 'PER Lagarde']);
    expect(pairs(fr('Le premier ministre Jean-Marc Ayrault a parlé.'))).toEqual(['PER Jean-Marc Ayrault']);
    expect(pairs(fr('D’après le ministre du budget, Jérôme Cahuzac, il faut agir.'))).toEqual(['PER Jérôme Cahuzac']);
    expect(pairs(fr('« C’est fini », explique Joechen Zaumseil, le vice-président.'))).toEqual(['PER Joechen Zaumseil']);
    expect(pairs(en('President Obama met Prime Minister David Cameron, said Dr Smith.'))).toEqual(['PER Obama', 'PER David Cameron', 'PER Smith']);
    expect(pairs(en('Minister of Education Stefania Giannini said it was needed.'))).toEqual(['PER Stefania Giannini']);
    expect(pairs(en('"We will," Ngozi Okonjo-Iweala told reporters.'))).toEqual(['PER Ngozi Okonjo-Iweala']);
  });

  it('finds a person again by the surname alone', () => {
    expect(pairs(fr('Gérald Karsenti dirige le site. Karsenti a confirmé.'))).toEqual(['PER Gérald Karsenti', 'PER Karsenti']);
  });

  it('finds organisations by their shape and by cue words', () => {
    expect(pairs(fr('Un troisième acteur, Dassault Systèmes, rejoint la Caisse des Dépôts et la Banque de France.'))).toEqual([
      'ORG Dassault Systèmes', 'ORG Caisse des Dépôts', 'ORG Banque de France',
    ]);
    expect(pairs(fr('Un discours devant l’Assemblée nationale et au Sénat.'))).toEqual(['ORG Assemblée nationale', 'ORG Sénat']);
    expect(pairs(fr('Une étude du cabinet IDC cite de grands groupes comme Danone, chez PSA.'))).toEqual(['ORG IDC', 'ORG Danone', 'ORG PSA']);
    expect(pairs(en('Apple Inc. sued the company Hitwise, a rival of Samsung Electronics.'))).toEqual(['ORG Apple Inc.', 'ORG Hitwise', 'ORG Samsung Electronics']);
    expect(pairs(en('The Church of Scientology and the National Air and Space Museum.'))).toEqual(['ORG Church of Scientology', 'ORG National Air and Space Museum']);
    expect(pairs(en('The London Stock Exchange said the Federal Aviation Administration and the Civil Aviation Authority agreed.'))).toEqual([
      'ORG London Stock Exchange', 'ORG Federal Aviation Administration', 'ORG Civil Aviation Authority',
    ]);
    // The English endings are not French ones: `Forum` ends no name in a French sentence by itself.
    expect(pairs(fr('Le Grand Forum a rouvert.'))).not.toContain('ORG Grand Forum');
  });

  it('names a ministry whole, not its portfolio', () => {
    expect(pairs(fr('Le ministère de l’Éducation nationale et le ministère de l’Économie ont signé.'))).toEqual([
      'ORG ministère de l’Éducation nationale', 'ORG ministère de l’Économie',
    ]);
    // Two portfolios joined by `et`, not a body after it.
    expect(pairs(fr('Le ministère des Finances et du Budget a publié ; le ministère de la Culture et Arte ont signé.'))).toEqual([
      'ORG ministère des Finances et du Budget', 'ORG ministère de la Culture', 'ORG Arte',
    ]);
  });

  it('makes nothing of runs of capitals longer than any name', () => {
    expect(fr('ORANGE THALES PARIS LONDRES '.repeat(2_000))).toEqual([]);
    expect(en(`The ${'Big Red '.repeat(50)}Report was published in London.`)).toEqual([expect.objectContaining({ type: 'LOC', text: 'London' })]);
  });

  it('leaves unexplained capitalised words alone (precision before recall)', () => {
    expect(fr('Le projet Andromède vise le Cloud et l’Open Data.')).toEqual([]);
    expect(en('Users of Internet Explorer and Google Chrome.')).toEqual([]);
  });

  it('ignores web addresses', () => {
    expect(fr('SOURCE: https://fr.wikinews.org/wiki/Banques_%C2%AB_Le_CNRS\nRien.')).toEqual([]);
    expect(ofType(en('They run Scientology.org and the Scientology website, says Scientology.'), 'ORG')).toEqual([]);
  });

  it('handles empty and odd input', () => {
    expect(fr('')).toEqual([]);
    expect(fr('   \n\n ')).toEqual([]);
    expect(findNames('Le groupe Orange.', { language: null, published: null }).map((s) => s.text)).toEqual(['Orange']);
    expect(en('’ ( ) « » M. . I’m here and I’m fine, I’m sure.')).toEqual([]);
  });
});

describe.skipIf(!corpusPresent)('findNames on the corpus', () => {
  const report = (file: string, language: 'fr' | 'en') => {
    const s = findNames(readFileSync(file, 'utf8'), { language, published: null });
    const unique = (type: string) => [...new Set(ofType(s, type))];
    console.log(`${basename(file)}\n  PER: ${unique('PER').join(' | ')}\n  ORG: ${unique('ORG').join(' | ')}\n  LOC: ${unique('LOC').join(' | ')}`);
    return { per: unique('PER'), org: unique('ORG'), loc: unique('LOC') };
  };

  it('finds the names of the seed articles', () => {
    const [first, second] = seedFiles().map((f) => report(f, 'fr'));
    expect(first!.per).toEqual(['Ben Stansall', 'Vivek Badrinath', 'Badrinath']);
    expect(first!.org).toEqual(expect.arrayContaining(['Orange', 'AFP', 'Orange Business Service', 'Danone', 'IDC', 'Thales', 'Dassault Systèmes']));
    expect(first!.loc).toEqual(['PARIS', 'France']);
    expect(second!.per).toEqual(['Philippe Laplane']);
    expect(second!.org).toEqual(expect.arrayContaining(['Orange', 'Cloudwatt', 'AFP', 'Orange Cloud', 'Caisse des Dépôts', 'Union européenne']));
    expect(second!.loc).toEqual(expect.arrayContaining(['France', 'Europe']));
  });

  it('finds names in the Wikinews articles', () => {
    const found = Object.fromEntries(wikinewsFiles().map((f) => [basename(f, '.txt'), report(f, basename(f).startsWith('en_') ? 'en' : 'fr')]));
    expect(found.fr_03!.per).toEqual(['Jérôme Cahuzac', 'Pierre Moscovici', 'Jean-Marc Ayrault']);
    expect(found.fr_04!.org).toEqual(expect.arrayContaining(['CGT', 'Sanofi', 'PSA', 'Bouygues Telecom', 'SFR', 'Free Mobile']));
    expect(found.fr_05!.per).toEqual(['Gérald Karsenti', 'Myriam Martinet', 'Meg Whitman']);
    expect(found.en_04!.per).toEqual(['Luca Pastorino', 'Stefania Giannini', 'Claudio De Vincenti', 'Toccafondi', 'Roberto Maroni', 'Nunzio Galantino']);
    expect(found.en_03!.loc).toEqual(expect.arrayContaining(['Florida', 'Houston', 'Texas', 'Seattle', 'Chicago']));
  });
});
if (!corpusPresent) describe.skip(`findNames on the corpus: ${SKIP_REASON}`, () => {});
