import { describe, expect, it } from 'vitest';
import { findMisc } from '../../../app/entities/misc.ts';
import { suggestEntities } from '../../../app/entities/suggest.ts';

const misc = (text: string, language: 'fr' | 'en') => findMisc(text, language).map((s) => {
  expect(text.slice(s.start, s.end)).toBe(s.text);
  return s.text;
});
const all = (text: string, language: 'fr' | 'en') => suggestEntities(text, { language, published: '2020-01-15' }).map((s) => `${s.type} ${s.text}`);

describe('MISC where the words around say what the name is', () => {
  it('takes laws, treaties and agreements whole', () => {
    expect(misc('La loi Macron et le traité de Lisbonne, puis l’accord de Paris et la Convention de Genève.', 'fr')).toEqual(['loi Macron', 'traité de Lisbonne', 'accord de Paris', 'Convention de Genève']);
    expect(misc('The Patriot Act, the Treaty of Rome, the Paris Agreement and the Kyoto Protocol.', 'en')).toEqual(['Patriot Act', 'Treaty of Rome', 'Paris Agreement', 'Kyoto Protocol']);
    // English laws as French news writes them, and the letters in brackets after a law or an event.
    expect(misc('Le Digital Services Act (DSA) et l’Inflation Reduction Act.', 'fr')).toEqual(['Digital Services Act', 'DSA', 'Inflation Reduction Act']);
    expect(suggestEntities('Le Digital Services Act (DSA) s’applique. La Coupe d’Afrique des nations (CAN) commence.', { language: 'fr', published: null }).map((s) => `${s.type} ${s.text}`))
      .toEqual(['MISC Digital Services Act', 'MISC DSA', 'MISC Coupe d’Afrique des nations', 'MISC CAN']);
    // (The day it passed is no part of its name.)
    expect(misc('The Senate passed the USA Freedom Act on Tuesday and the Act of Union in May.', 'en')).toEqual(['USA Freedom Act', 'Act of Union']);
  });

  it('takes a title between commas with its kind, and festivals, cups and telescopes by their last word', () => {
    expect(misc('"The Dark Between", a documentary by the director, opens the BFI London Film Festival. It draws on "The Invisible Scaffold", a 2026 book.', 'en'))
      .toEqual(['The Dark Between', 'BFI London Film Festival', 'The Invisible Scaffold']);
    expect(misc("NASA's Nancy Grace Roman Space Telescope and the FA Cup.", 'en')).toEqual(['Nancy Grace Roman Space Telescope', 'FA Cup']);
    expect(misc('Son premier roman, Les Heures salées, a reçu le prix. Le prix du public pour Le Dernier Phare, un album de 240 pages.', 'fr'))
      .toEqual(['Les Heures salées', 'Le Dernier Phare']);
    // A place in an apposition is no work; a quote without its kind is no title.
    expect(misc('Il va à Paris, une ville. "We can see it", he said.', 'fr')).toEqual([]);
  });

  it('takes a play, a show, a game or a series only after a determiner: they are verbs too', () => {
    expect(misc('England play Wales. The play Hamlet and the series Succession opened; they show Netflix films.', 'en')).toEqual(['Hamlet', 'Succession']);
  });

  it('gives MISC to a name the rules only guessed a type for where the text names it so elsewhere', () => {
    expect(all('The vaccine Qdenga was approved. Qdenga costs less. Doctors use Qdenga widely, and Qdenga works.', 'en'))
      .toEqual(['MISC Qdenga', 'MISC Qdenga', 'MISC Qdenga', 'MISC Qdenga']);
    // A name found by a cue keeps its type.
    expect(all('The festival Orange was a success. The company Orange said so.', 'en')).toContain('ORG Orange');
  });

  it('takes ballot measures and amendments', () => {
    expect(misc('Voters backed Proposition 142 and Prop. 22, citing the Fifth Amendment and the 14th Amendment. An amendment 3 times.', 'en'))
      .toEqual(['Proposition 142', 'Prop. 22', 'Fifth Amendment', '14th Amendment']);
  });

  it('takes a law’s year and brackets, conventions on a subject, decrees and prizes', () => {
    expect(misc('The Human Rights Act 1998 and the Strikes (Minimum Service Levels) Act 2023 breach the European Convention on Human Rights.', 'en')).toEqual([
      'Human Rights Act 1998', 'Strikes (Minimum Service Levels) Act 2023', 'European Convention on Human Rights',
    ]);
    // Each name stops at its sentence's end; the owner before a possessive is no part of it.
    expect(misc('It signed the Pact on Migration and Asylum. The Piantedosi decree followed. The European Space Agency’s EnVision mission waits.', 'en')).toEqual([
      'Pact on Migration and Asylum', 'Piantedosi decree', 'EnVision',
    ]);
    expect(misc('Elle a reçu le prix Joseph-Kessel, puis le prix du public.', 'fr')).toEqual(['prix Joseph-Kessel']);
  });

  it('takes ships, storms, festivals and leagues beside their kind', () => {
    expect(misc('The rescue ship Ocean Viking sailed as Storm Ciarán hit; the Shukrayaan orbiter left; Benfica play in the Europa League.', 'en')).toEqual([
      'Ocean Viking', 'Ciarán', 'Shukrayaan', 'Europa League',
    ]);
    expect(misc('La tempête Ilona a frappé pendant le festival Étonnants Voyageurs ; Laval descend en Ligue 2.', 'fr')).toEqual(['Ilona', 'Étonnants Voyageurs', 'Ligue 2']);
  });

  it('knows well-known names written without a kind word, with their model number, and leaves the ambiguous ones to a cue', () => {
    expect(misc('L’iPhone 15 et le Rafale, puis la Ligue des champions après le Brexit.', 'fr')).toEqual(['iPhone 15', 'Rafale', 'Ligue des champions', 'Brexit']);
    expect(misc('The 787 Dreamliner flew; sales of iPhone rose 15%.', 'en')).toEqual(['787 Dreamliner', 'iPhone']);
    // `Windows`, `Apollo` are also words and names: only after a kind word.
    expect(misc('Windows were open; Apollo smiled.', 'en')).toEqual([]);
    // With a version or an edition after them, they are the product or the event.
    expect(misc('Chrome 10 and Safari 5 gained users; the Switch 2 sold well before Wimbledon 2024.', 'en')).toEqual(['Chrome 10', 'Safari 5', 'Switch 2', 'Wimbledon 2024']);
    // Not before a score, a share or an amount.
    expect(misc('Teams 3-1 down, Chrome 10 per cent, Windows 7.5 million.', 'en')).toEqual([]);
  });

  it('takes works by their title, without the quotation marks, after what they are', () => {
    expect(misc('Le film « Intouchables » et le livre « Les Misérables », puis le roman Germinal.', 'fr')).toEqual(['Intouchables', 'Les Misérables', 'Germinal']);
    expect(misc('The film "Inception", the novel “Dune” and the album Thriller.', 'en')).toEqual(['Inception', 'Dune', 'Thriller']);
  });

  it('takes missions, spacecraft, plans and programmes after their kind, and named events', () => {
    expect(misc('La mission Rosetta, la sonde Juno, le plan Juncker, le programme Erasmus et le projet Iter.', 'fr')).toEqual(['Rosetta', 'Juno', 'Juncker', 'Erasmus', 'Iter']);
    expect(misc('The Artemis mission, the Curiosity rover and the Marshall Plan.', 'en')).toEqual(['Artemis', 'Curiosity', 'Marshall Plan']);
    expect(misc('Les Jeux olympiques de Paris, la Coupe du monde 2014, l’Euro 2016 et la COP21.', 'fr')).toEqual(['Jeux olympiques de Paris', 'Coupe du monde 2014', 'Euro 2016', 'COP21']);
  });

  it('leaves out what has no such cue, or a kind word with no name after it', () => {
    expect(misc('Le film a plu. La loi sera votée. Le plan de relance et le projet de loi.', 'fr')).toEqual([]);
    expect(misc('The act was passed and the mission failed.', 'en')).toEqual([]);
  });

  it('is the outermost name: the place or the year inside it is not suggested apart, and a list does not outrank it', () => {
    const found = all('Le traité de Lisbonne et le film « Paris », puis l’Euro 2016.', 'fr');
    expect(found).toEqual(['MISC traité de Lisbonne', 'MISC Paris', 'MISC Euro 2016']);
  });

  it('leaves an organisation after a mission or a programme to the organisation', () => {
    expect(all('La mission ONU est partie ; the NASA program and the United Nations mission went on.', 'en')).not.toContain('MISC ONU');
    expect(all('The NASA program and the United Nations mission went on.', 'en').filter((x) => x.startsWith('MISC'))).toEqual([]);
  });

  it('takes a product before its kind after a determiner or its maker, and a model number after any word', () => {
    expect(misc("It covers Nvidia's H20 and AMD's Instinct MI308 accelerators. Its Claude models and the MoMo wallet comply.", 'en'))
      .toEqual(['H20', 'Instinct MI308', 'Claude', 'MoMo']);
    expect(misc('Only four of the nine Air Tractor AT-802 air tankers flew, and Huawei’s Ascend 910B sold.', 'en')).toEqual(['Air Tractor AT-802', 'Ascend 910B']);
    // A plain name after a possessive may be a person's (`Florida's DeSantis`); a country is no orbiter's name.
    expect(misc("Florida's DeSantis and Labour's McSweeney spoke. Mangalyaan, the Mars orbiter India launched, flew.", 'en')).toEqual([]);
    expect(misc('Many Xiaomi phones and several Boeing jets.', 'en')).toEqual([]);
  });

  it('takes a drug or a vaccine between commas after its kind, and the name its kind named everywhere in the text', () => {
    expect(misc('It makes a heart drug, Entresto. Takeda’s two-dose vaccine, Qdenga, was added; Qdenga is scarce.', 'en')).toEqual(['Entresto', 'Qdenga', 'Qdenga']);
    expect(misc('It was launched on an LVM3 rocket. Next month an LVM3 is due.', 'en')).toEqual(['LVM3', 'LVM3']);
  });

  it('takes French titles in sentence case up to their comma, capitalised storms, and products after their kind', () => {
    expect(misc('Le long métrage Le Fleuve en hiver, premier film de Caron, et la comédie Les Voisins d’en haut, de Dufresne.', 'fr'))
      .toEqual(['Le Fleuve en hiver', 'Les Voisins d’en haut']);
    expect(misc('Tempête Ilona : Quimperlé sous les eaux. Son produit, le capteur Aquaneo Pulse, se fixe vite.', 'fr')).toEqual(['Ilona', 'Aquaneo Pulse']);
  });

  it('takes a title in quotation marks when it is shaped like one, not like speech or a headline’s topic', () => {
    expect(misc('Nigeria’s "Harmattan" wins; the jury also chose "Small Hours in Hanoi". "We will win," he said. A "historic" day.', 'en'))
      .toEqual(['Harmattan', 'Small Hours in Hanoi']);
    expect(misc('Le Goncourt à Verdier pour « Les Nuits de Kerhervé » (Gallimard). « Inacceptable », a-t-il dit. Selon lui, « Nous sommes prêts ».', 'fr'))
      .toEqual(['Goncourt', 'Les Nuits de Kerhervé']);
    expect(misc('“Cloud computing” : Orange se félicite.', 'fr')).toEqual([]);
  });

  it('takes a model number after a determiner, without the nationality before it, and a listed name’s roman numeral', () => {
    expect(misc('The PS6 arrives; Rask started in his MCL41, and the Su-22 retires. The M25 and the COVID-19 wards filled.', 'en')).toEqual(['PS6', 'MCL41', 'Su-22']);
    expect(misc('Orséa lance la K2 ; l’A7 est bouchée.', 'fr')).toEqual(['K2']);
    expect(misc('Poland buys South Korean KF-21 jets, a Korean fighter.', 'en')).toEqual(['KF-21']);
    expect(misc('Grand Theft Auto VI came out on the Xbox Series X.', 'en')).toEqual(['Grand Theft Auto VI', 'Xbox Series X']);
  });

  it('takes prizes, charts, bills, regulations, codes and grands prix by their last word, and French prizes by their name alone', () => {
    expect(misc('He won the Madrid Grand Prix; the Mercury Prize and the Official Albums Chart followed the Privacy Amendment (Tranche 2) Bill 2026.', 'en'))
      .toEqual(['Madrid Grand Prix', 'Mercury Prize', 'Official Albums Chart', 'Privacy Amendment (Tranche 2) Bill 2026']);
    expect(misc('It meets the General Data Protection Regulation and the Children’s Online Privacy Code.', 'en'))
      .toEqual(['General Data Protection Regulation', 'Children’s Online Privacy Code']);
    expect(misc('Le Renaudot à Sall, puis le Femina et un Goncourt ; l’académie Goncourt a voté. Le Grand prix du roman de l’Académie française suit.', 'fr'))
      .toEqual(['Renaudot', 'Femina', 'Goncourt', 'Grand prix du roman de l’Académie française']);
  });

  it('takes a product its apposition names, a long roman numeral, and no owner before a kind word', () => {
    expect(misc('The FDA approved Aldentra, a twice-yearly injection from Corvanta; Aldentra costs less. Nvidia, the chip designer, said.', 'en')).toEqual(['Aldentra', 'Aldentra']);
    expect(misc('They reach Super Bowl LXI. The European Medicines Agency’s drug committee met.', 'en')).toEqual(['Super Bowl LXI']);
  });

  it('leaves a sentence’s opening words out of a name found by its last word', () => {
    expect(misc('Since 2007 the Andy Warhol Photographic Legacy Program has grown. In 2020 the Marshall Plan was cited.', 'en'))
      .toEqual(['Andy Warhol Photographic Legacy Program', 'Marshall Plan']);
  });
});

describe('MISC of law, diplomacy and prizes by their shape', () => {
  it('takes court cases whole, but not a match between two places or clubs', () => {
    expect(misc('The judge cited State v. Hargrove and Roe v Wade, then Penn Central Transportation Co. v. New York City.', 'en'))
      .toEqual(['State v. Hargrove', 'Roe v Wade', 'Penn Central Transportation Co. v. New York City']);
    expect(misc('England v Wales kicks off after Leeds vs. Arsenal.', 'en')).toEqual([]);
  });

  it('takes resolutions, bankruptcy chapters, declarations, accords and awards', () => {
    expect(misc('Under Resolution 2765 the mission went on, and SunMesa filed for Chapter 11 protection.', 'en')).toEqual(['Resolution 2765', 'Chapter 11']);
    expect(misc('The Washington Accords and the Doha Declaration of Principles were signed before the Northern Book Awards.', 'en'))
      .toEqual(['Washington Accords', 'Doha Declaration of Principles', 'Northern Book Awards']);
    // A chapter of a book is none; the awards alone neither.
    expect(misc('Chapter 3 tells it. The Awards were great.', 'en')).toEqual([]);
  });

  it('takes a programme after a possessive, its name joined by `for`', () => {
    expect(misc("The bank said its Fit for Growth programme worked, as did the league's Player Pathway program.", 'en')).toEqual(['Fit for Growth', 'Player Pathway']);
  });
});

describe('drugs by their generic name', () => {
  it('takes a drug written in lower case by the stem of its class, not a word of the language', () => {
    expect(misc('Patients on zoraxitinib lived longer than on docetaxel, pembrolizumab or apixaban; denuvasiran cut strokes.', 'en'))
      .toEqual(['zoraxitinib', 'docetaxel', 'pembrolizumab', 'apixaban', 'denuvasiran']);
    expect(misc('Les patients sous docétaxel ou sémaglutide.', 'fr')).toEqual(['docétaxel', 'sémaglutide']);
    expect(misc('Penicillin and a statin, in April, at the kebab shop.', 'en')).toEqual([]);
  });
});

describe('products by their maker', () => {
  it('takes a well-known maker and a model number as one product, not a group or a disease', () => {
    expect(misc('Il roulait dans une Audi RS3.', 'fr')).toEqual(['Audi RS3']);
    expect(misc('Nvidia H20 chips sold; the G20 met; COVID-19 spread.', 'en')).toEqual(['Nvidia H20']);
  });
});

describe('titles with their subtitle', () => {
  it('takes a title after `titled` or its kind with the subtitle after its colon, not a sentence after a colon', () => {
    expect(misc('The report, titled Before the Smoke: Lessons from the 2026 Interior Fires, was released.', 'en')).toEqual(['Before the Smoke: Lessons from the 2026 Interior Fires']);
    expect(misc('Her book Bronze and Ash: Benin After 1897 sold well; the book Dune: it was great.', 'en')).toEqual(['Bronze and Ash: Benin After 1897', 'Dune']);
  });
});

describe('what opens a sentence or ends speech', () => {
  it('leaves a sentence’s opening conjunction out of an event’s name, and takes no speech in quotes for a title', () => {
    expect(misc('It fired us up. So the World Cup is good. And the World Cup was fun.', 'en')).toEqual(['World Cup', 'World Cup']);
    expect(misc('They all said, "Wow." Then he read "Bully Pulpit" again.', 'en')).toEqual(['Bully Pulpit']);
  });
});

describe('works and missions named with a person’s shape', () => {
  it('takes a title opening with a capitalised `The` after a possessive, not a listed newspaper', () => {
    expect(all('Taylor Swift’s The Tortured Poets Department topped the charts; Jeff Bezos’s The Washington Post cut jobs.', 'en'))
      .toEqual(['PER Taylor Swift', 'MISC The Tortured Poets Department', 'PER Jeff Bezos', 'ORG Washington Post']);
  });

  it('takes a festival the name rules read as a body for the event, with its letters', () => {
    expect(all('Elle a reçu la Louve d’or du Festival du nouveau cinéma (FNC). La 55e édition du FNC se poursuit.', 'fr'))
      .toEqual(['MISC Festival du nouveau cinéma', 'MISC FNC', 'MISC FNC']);
  });

  it('takes no number after a particle into a name: the date after a prize is a date', () => {
    expect(all('Lauréat du prix Goncourt le 4 novembre, il a vendu 400 000 exemplaires.', 'fr')).toEqual(['MISC prix Goncourt', 'DATE 4 novembre']);
  });

  it('takes named days and Nobel prizes with their field, a series number, and no grade or count before a model', () => {
    expect(all('Stocks had their worst day since the Black Monday crash. She won the Nobel Prize in Physics.', 'en')).toEqual(['MISC Black Monday', 'MISC Nobel Prize in Physics']);
    expect(misc('It made landfall as a Category 3 hurricane. Air France ordered 40 Airbus A350 jets and an Apple Watch Series 9.', 'en'))
      .toEqual(['Airbus A350', 'Apple Watch Series 9']);
  });

  it('takes a mission its kind word names for the mission, and a work before its maker’s trade', () => {
    expect(all('NASA’s Artemis II mission will fly.', 'en')).toEqual(['ORG NASA', 'MISC Artemis II']);
    expect(misc('He met Wolf Hall author Hilary Mantel and the Harry Potter author J.K. Rowling.', 'en')).toEqual(['Wolf Hall', 'Harry Potter']);
  });
});


describe('things named before their kind, and Games by their city', () => {
  it('takes an acronym before a vehicle’s kind for the vehicle, and the city or season of the Games', () => {
    expect(misc('JAXA said its SLIM lander survived the night.', 'en')).toEqual(['SLIM']);
    expect(misc('She won gold at the Paris Olympics, then at the Winter Paralympics.', 'en')).toEqual(['Paris Olympics', 'Winter Paralympics']);
  });
});
