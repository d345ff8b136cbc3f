/**
 * Hand-made word lists behind the PER/ORG cues, all compared folded (lower case, no accents): short on purpose, each
 * list is the closed class of words that carries the cue, in French and English agency news.
 */
import { foldWord } from './fold.ts';

const set = (text: string): ReadonlySet<string> => new Set(text.trim().split(/\s+/u).map(foldWord));

/**
 * Common words that start sentences (function words, adverbs, auxiliaries, days, months, and the nouns that open
 * captions and bylines). A capitalised word at the start of a sentence is a name candidate only if it is not here
 * and does not appear in lower case elsewhere in the same text (the word-frequency heuristic of names.ts).
 */
export const STOP_WORDS = set(`
  le la les un une des du de d au aux ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs
  je tu il elle on nous vous ils elles me te se lui eux y en ne pas plus moins rien personne
  qui que quoi dont où quand comment pourquoi combien quel quelle quels quelles lequel laquelle lesquels lesquelles
  et ou mais donc or ni car puis ensuite enfin alors ainsi aussi encore déjà toujours jamais souvent parfois désormais
  à a dans par pour sur sous avec sans chez entre vers contre depuis pendant avant après selon malgré lors dès hors
  outre parmi jusque via durant face près loin auprès envers concernant suite
  si comme tandis lorsque puisque quoique afin pourtant cependant toutefois néanmoins certes notamment surtout même
  tout toute tous toutes ceci cela ça celui celle ceux celles chaque plusieurs certains certaines aucun aucune autre
  autres tel telle tels telles oui non voici voilà bien mal très trop peu beaucoup assez environ seulement presque
  est sont était étaient sera seront serait seraient ont avait avaient aura auront aurait été être avoir fait faire
  peut peuvent pourrait doit doivent devrait faut reste restent voir lire mise
  aujourd hui hier demain ici là cette ce ces dont ailleurs outre effet bref fin début mi seul seule seuls
  rappelons notons signalons précisons ajoutons enfin autant dernier dernière derniers dernières premier première
  nouveau nouvelle nouveaux nouvelles grand grande grands grandes petit petite plusieurs
  lundi mardi mercredi jeudi vendredi samedi dimanche
  janvier février mars avril mai juin juillet août septembre octobre novembre décembre
  photo photos image images logo source sources vidéo légende crédit crédits copyright lire aussi voir par
  the a an this that these those it its he she they we you i his her their our your my me him them us
  and or but nor so yet for of in on at to from by with without about against between into through during before
  after above below under over up down out off as if when while where why how what which who whom whose because
  although though since until unless whether is are was were be been being has have had do does did will would
  shall should can could may might must not no yes also then there here now today yesterday tomorrow however
  meanwhile moreover furthermore still already even only just all any both each every few many more most other
  some such several much according following despite including among within across around along near amid
  one two three four five six seven eight nine ten first second third last next new former latest
  monday tuesday wednesday thursday friday saturday sunday
  january february march april june july august september october november december
  update updated related read see share comments editor note reporting writing image photo caption credit
  let like many much once well again anyway instead otherwise perhaps maybe indeed thus hence therefore
  while whereas why yes please thanks thank dear
`);

/** Titles written before a person's name: civilities (`M. Badrinath`, `Mr Smith`, `Dr Who`). */
export const CIVILITIES = set(`
  m mme mmes mlle mlles mm me dr pr mr mrs ms miss mx sir dame lord lady monsieur madame mademoiselle maître
  docteur professeur mgr monseigneur
`);
/** Civilities that are also everyday words in the other language: only cues when the language is known. */
export const FRENCH_ONLY_CIVILITIES = set('me m mm');

/**
 * Roles: before a name (`le ministre Jean-Marc Ayrault`, `President Obama`), in an apposition (`Vivek Badrinath,
 * directeur général adjoint d’Orange`) or before `de`/`of` + an organisation (`directeur d’Orange Cloud`).
 */
export const ROLES = set(`
  président présidente vice-président vice-présidente ministre ministres premier secrétaire sous-secrétaire
  directeur directrice directeurs pdg dg patron patronne fondateur fondatrice cofondateur cofondatrice
  porte-parole analyste analystes économiste économistes chercheur chercheuse professeur professeure député députée
  sénateur sénatrice maire juge avocat avocate procureur procureure commissaire gouverneur gouverneure chancelier
  chancelière roi reine prince princesse pape général colonel capitaine entraîneur journaliste écrivain écrivaine
  acteur actrice chanteur chanteuse candidat candidate président-directeur responsable dirigeant dirigeante
  administrateur administratrice gérant gérante associé associée conseiller conseillère délégué déléguée
  ambassadeur ambassadrice évêque cardinal archevêque leader chef cheffe trésorier trésorière
  president vice-president minister ministers secretary undersecretary senator governor mayor judge justice
  chancellor king queen princess pope colonel captain representative ceo cfo coo cto chairman chairwoman
  chairperson spokesman spokeswoman spokesperson analyst economist director founder co-founder cofounder professor
  coach manager actor actress singer author lawyer attorney prosecutor detective officer scientist researcher
  blogger journalist reporter columnist editor candidate leader head chief executive boss commissioner ambassador
  bishop archbishop cardinal deputy treasurer administrator commissioner
  coordinator coordinatrice coordinateur adviser advisor consultant expert activist campaigner commentator
  correspondent engineer farmer rancher resident student teacher doctor nurse surgeon pilot player striker midfielder
  defender goalkeeper winger referee designer architect artist musician rapper producer filmmaker novelist poet writer
  historian astronomer physicist epidemiologist virologist chemist biologist lecturer dean rector owner investor banker
  strategist official conseillère ingénieur ingénieure agriculteur agricultrice éleveur éleveuse étudiant étudiante
  enseignant enseignante médecin infirmier infirmière chirurgien chirurgienne joueur joueuse attaquant défenseur
  gardien arbitre architecte artiste musicien musicienne producteur productrice réalisateur réalisatrice romancier
  romancière poète historien historienne astronome physicien physicienne épidémiologiste virologue chimiste
  biologiste propriétaire investisseur banquier banquière syndicaliste militant militante préfet préfète procureur
  businesswoman businessman entrepreneur entrepreneuse developer programmer photographer
  éditrice éditeur autrice auteure auteur comédienne comédien cinéaste photographe sociologue politologue coureur
  coureuse cycliste grimpeur sprinteur sélectionneur pianiste violoniste compositrice compositeur scénariste animatrice
  animateur présentatrice présentateur
  playwright dramatist screenwriter chair secretary-general director-general
  astronaut cosmonaut athlete sprinter runner swimmer cyclist boxer golfer jockey skier gymnast dancer comedian
  presenter lawmaker legislator councillor councilor footballer cricketer batsman bowler quarterback pitcher
  astronaute athlète nageur nageuse boxeur boxeuse skieur skieuse danseur danseuse humoriste
`);
/** Roles whose `de X` names an organisation (`directeur d’Orange`, `CEO of Apple`), not a portfolio or a place. */
export const ORG_ROLES = set(`
  directeur directrice pdg dg patron patronne fondateur fondatrice cofondateur cofondatrice porte-parole analyste
  économiste président présidente vice-président vice-présidente dirigeant dirigeante administrateur administratrice
  responsable associé associée délégué déléguée trésorier trésorière
  ceo cfo coo cto chairman chairwoman chairperson spokesman spokeswoman spokesperson analyst economist director
  founder co-founder cofounder head chief executive president boss treasurer
`);

/** Civil and role titles that are written with a capital inside a name sequence (`Prime Minister David Cameron`). */
export const TITLE_IN_SEQUENCE = set(`
  vice president vice-president president-elect prime minister secretary secretary-general director-general professor prof undersecretary senator sen governor gov mayor judge justice
  chancellor king queen prince princess pope general gen colonel col captain capt representative rep sir dame lord
  lady consort dr mr mrs ms administrator director chair chairperson chairman chairwoman ceo cfo commissioner spokesman spokeswoman sheriff attorney ambassador inspector superintendent
  sergeant constable detective corporal lieutenant commander admiral brigadier
  président présidente ministre premier première sénateur maire juge roi reine pape général
  oba emir sheikh ayatollah imam rabbi
`);

/** Words that qualify a title before it (`Acting President`, `Deputy Chief Justice`, `Senior Vice President`). */
export const TITLE_MODIFIERS = set('acting interim deputy chief senior junior associate assistant former vice lead principal');

/** Words after which a capitalised name is one (`le groupe Orange`, `the company Hitwise UK`, `chez PSA`). */
export const ORG_CUES = set(`
  groupe groupes société sociétés entreprise entreprises firme firmes cabinet cabinets ministère ministères agence
  agences banque banques fonds opérateur opérateurs constructeur constructeurs fabricant fabricants équipementier
  équipementiers éditeur éditeurs distributeur distributeurs assureur assureurs laboratoire laboratoires compagnie
  compagnies start-up startup géant filiale filiales syndicat syndicats parti partis association associations
  fédération club clubs journal quotidien hebdomadaire magazine chaîne institut conglomérat holding concurrent
  concurrents concurrente rival rivale partenaire partenaires fournisseur fournisseurs prestataire enseigne enseignes
  organisation organisme ong équipe chez collectif
  company companies firm firms group groups agency agencies bank banks fund funds operator operators carrier maker
  makers manufacturer manufacturers automaker carmaker retailer insurer publisher startup giant subsidiary party
  association newspaper broadcaster conglomerate rival rivals competitor competitors supplier suppliers partner
  airline lender regulator watchdog organisation organization charity bookmaker promoter publication daily bureau
  chain brewer miner drugmaker chipmaker label
`);
/** Words allowed between an ORG cue and the name (`le groupe de télécoms Orange`, `des groupes comme Danone`). */
export const ORG_CUE_FILLERS = set(`
  de du des d la le l comme tels telles tel que notamment dont numéro un mondial mondiale européen européenne
  français française américain américaine britannique allemand allemande japonais japonaise chinois chinoise coréen
  coréenne italien italienne espagnol espagnole suisse belge canadien canadienne indien indienne russe néerlandais
  suédois finlandais informatique télécoms télécommunications cosmétique cosmétiques pharmaceutique automobile
  bancaire aéronautique pétrolier pétrolière industriel industrielle agroalimentaire technologique internet média
  médias défense luxe distribution assurance audit conseil études énergie énergétique minier chimique spécialisé
  spécialisée grand grands géant géants
  such as like including the of american french british german japanese chinese korean italian spanish swiss
  european us u.s. internet search software technology tech media oil energy mining telecom telecoms
  pharmaceutical car chemical insurance investment consulting research fellow sports trade credit record
`);
/** `lancement de Cloudwatt`, `rachat d’Alcatel`, `shares of Nokia`: an organisation follows. */
export const ORG_OF_CUES = set(`
  lancement rachat acquisition filiale filiales actionnaire actionnaires capital action actions titre titres fusion
  clients concurrent concurrente concurrents rival offre salariés employés dirigeants direction siège
  shares stake subsidiary takeover acquisition launch employees headquarters shareholders customers
`);
/** Last words of organisation names (`Dassault Systèmes`, `Apple Inc.`, `Hitwise UK` is not one). */
export const ORG_SUFFIXES = set(`
  sa sas sasu sarl se sca inc incorporated ltd limited plc corp corporation co llc lp llp ag gmbh kg nv bv spa ab
  asa oyj group groupe holding holdings technologies technology systèmes systems telecom télécom telecommunications
  télécommunications electronics airlines airways motors pharma pharmaceuticals energy énergie capital partners
  industries industrie communications networks software labs media médias bank banque international entertainment
  museum musée center centre nations journal times post herald tribune gazette telegraph organisation
  foundation fondation institute institut university université council commission committee court agency
  ministry department party union association federation fédération league club fc fco services service solutions
  consulting investments ventures securities assurance assurances insurance mobile télévision television news press presse
  agglomération métropole productions
`);
/** Last words of organisation names in English only (`London Stock Exchange`, `Federal Aviation Administration`). */
export const ENGLISH_ORG_SUFFIXES = set(`
  exchange board authority administration bureau office trust reserve police army navy hospital clinic academy
  college school laboratory laboratories studios records pictures films fc afc cf sc rovers wanderers
  athletic hotspur albion society alliance coalition network forum tribunal parliament assembly senate congress
  organization corps guard command united societies confederation forces research analytics ai church
  magazine weekly chronicle observer examiner inquirer democrats republicans socialists conservatives liberals greens
  sports broadcasting broadcasters survey railway railways railroad therapeutics oncology biosciences biotech biopharma bio
  transport directorate inspectorate secretariat
  genomics diagnostics
`);
/**
 * Titles of newspapers after the place they are from, in English: `Toronto Star`, `Edmonton Sun`, `Dayton Daily`.
 * Words of the language, so only a newspaper's name when a place comes first.
 */
export const NEWSPAPER_TITLES = set(`
  star sun daily globe mail mirror express record bulletin dispatch register sentinel standard independent guardian
  review monitor citizen leader courier
`);
/** First words of organisation names (`Caisse des Dépôts`, `Banque de France`, `Church of Scientology`). */
export const ORG_HEADS = set(`
  banque caisse crédit société compagnie ministère agence fondation université institut conseil commission cour
  tribunal parti syndicat confédération fédération association assemblée parlement sénat office autorité haute
  haut union organisation observatoire centre chambre conservatoire musée collège école lycée réseau régie groupe
  région ville communauté collectivité métropole département bourse sas sarl sasu eurl scop laiterie fromagerie
  brasserie distillerie imprimerie clinique coopérative éditions productions laboratoires établissements transports
  hospices orchestre bibliothèque archives comédie cinémathèque muséum église
  consistoire conférence académie
  ateliers atelier chantiers papeteries verreries
  pinacoteca accademia museo galleria fondazione biblioteca teatro università istituto banca ospedale assicurazioni
  autoridad instituto ministerio banco universidad fundación comisión consejo agencia servicio
  bank church university ministry department agency institute council commission court party federation
  association assembly parliament senate office authority union organisation organization board bureau museum
  college school foundation federal national royal municipality city house community coalition alliance society
  confederation fund movement forces government chamber
`);
/** Adjectives in lower case that end an organisation name after its head (`Assemblée nationale`). */
export const ORG_ADJECTIVES = set(`
  nationale national européenne européen générale général internationale international mondiale mondial centrale
  central fédérale fédéral constitutionnel constitutionnelle populaire publique public française français
  supérieur supérieure ouvrière socialiste communiste démocrate républicain républicaine écologiste
  spatiale spatial nucléaire sanitaire agricole
  financière financier bancaire monétaire numérique maritime aérienne ferroviaire pénitentiaire judiciaire militaire
  économique sociale scientifique médicale médical technologique industrielle alimentaire énergétique hospitalière
  universitaire olympique africaine arabe asiatique islamique
`);

/** Institutions named by one capitalised word (`au Sénat`, `the Senate`, `Congress`). */
export const INSTITUTIONS = set(`
  sénat assemblée parlement congrès élysée matignon bundestag knesset kremlin pentagone bercy
  senate parliament congress pentagon treasury legislature whitehall ofsted ofcom ofgem ofwat bundesrat duma
`);

/** Verbs of saying: before (`a déclaré X`, `said X`) or after (`X a déclaré`, `X said`) a speaker. */
export const SPEECH_BEFORE = set(`
  déclaré indiqué précisé expliqué affirmé ajouté souligné estimé annoncé assuré confié commenté jugé rappelé
  reconnu répondu poursuivi insisté martelé prévenu regretté dit
  explique estime souligne ajoute affirme indique précise déclare assure confie commente juge rappelle reconnaît
  répond poursuit insiste prévient regrette dit selon
  said says told added explained noted stated wrote argued according asked
`);
export const SPEECH_AFTER = set(`
  a déclare explique estime souligne ajoute affirme indique précise assure confie commente juge rappelle reconnaît
  répond poursuit insiste prévient regrette dit
  said says told added explained noted stated wrote argued announced thinks believes
`);

/** Prepositions that announce a place (an ambiguous place name is only taken after one, or in a dateline). */
export const LOC_CUES = set('à au aux en in at near outside ville village city town island île');
/** Nouns and directions whose `of`/`de` introduces a place (`west of Cache Creek`, `the island of Gavdos`). */
export const LOC_OF_CUES = set(`
  north south east west northeast northwest southeast southwest outskirts suburbs town village city island islands
  province state region county district port commune ville île nord sud est ouest environs banlieue préfecture
  sous-préfecture département région maire mairie municipal municipale habitants canton arrondissement
  agglomération gare aéroport centre-ville mayor residents airport centrale usine barrage plant large vallée massif
  plateau bassin natif native natifs natives originaire originaires près proximité sortie hospitalier districts
  provinces regions counties villages towns cities communes départements municipaux municipales quartier quartiers
  député députée députés sénateur sénatrice élu élue élus hauteur au-dessus brigade col plage lac baie golfe étang
  forêt gorges pic littoral hameau lieu-dit marché métropole collège lycée prison glacier plaine pays assises
  cathédrale diocèse piscine
`);
/** Offices a place's name comes before (`Ashcroft Mayor Parveen Sandhu`, `California Governor Gavin Newsom`). */
export const PLACE_OFFICES = set('mayor governor premier maire gouverneur préfet préfète');
/** Offices a portfolio comes before (`Business Secretary Kemi Badenoch`): the words before are no organisation. */
export const PORTFOLIO_OFFICES = set('secretary minister ministre commissioner spokesman spokeswoman spokesperson');
/** Last words of the names of places and sites in English (`Volta Region`, `Bonaparte Lake`, `Forodhani Gardens`). */
export const PLACE_ENDINGS = set(`
  river lake lakes mountain mountains hill hills valley island islands bay coast gulf sea ocean peninsula desert forest
  gardens square street avenue road highway motorway bridge region province county district canyon falls creek beach
  harbour harbor strait canal airport stadium arena dome garden cathedral tower towers observatory theatre theater hotel dam
  amphitheatre racecourse velodrome palladium coliseum colosseum
`);
/** First words of the names of places and sites (`Lake Tahoe`, `Mount Everest`, `Estádio da Luz`, `Bay of Bengal`). */
export const PLACE_HEADS = set('lake mount mont bay gulf isle cape river circuit kingdom sultanate emirate principality estádio estadio stadio stade parc palais château gare pont place via calle piazza plaza viale corso avenida rua strada');

/**
 * French nouns of nationality, written with a capital before a person's name (`l’Américaine June Halloway`, `le Danois
 * Mikkel Østergaard`): a title, not part of the name.
 */
export const FRENCH_NATIONALITIES = set(`
  français française américain américaine britannique anglais anglaise allemand allemande italien italienne espagnol
  espagnole portugais portugaise belge suisse néerlandais néerlandaise danois danoise suédois suédoise norvégien
  norvégienne finlandais finlandaise polonais polonaise russe ukrainien ukrainienne tchèque slovaque slovène croate
  serbe hongrois hongroise roumain roumaine bulgare grec grecque turc turque autrichien autrichienne irlandais
  irlandaise écossais écossaise gallois galloise canadien canadienne québécois québécoise mexicain mexicaine
  brésilien brésilienne argentin argentine colombien colombienne chilien chilienne péruvien péruvienne vénézuélien
  vénézuélienne cubain cubaine chinois chinoise japonais japonaise coréen coréenne sud-coréen sud-coréenne
  nord-coréen nord-coréenne indien indienne pakistanais pakistanaise iranien iranienne irakien irakienne syrien
  syrienne libanais libanaise israélien israélienne palestinien palestinienne égyptien égyptienne marocain marocaine
  algérien algérienne tunisien tunisienne libyen libyenne sénégalais sénégalaise ivoirien ivoirienne malien malienne
  camerounais camerounaise nigérian nigériane kényan kényane éthiopien éthiopienne sud-africain sud-africaine
  australien australienne néo-zélandais néo-zélandaise kazakh kazakhe érythréen érythréenne rwandais rwandaise
  congolais congolaise luxembourgeois luxembourgeoise monégasque estonien estonienne letton lettonne lituanien
  lituanienne islandais islandaise vietnamien vietnamienne thaïlandais thaïlandaise indonésien indonésienne philippin
  philippine saoudien saoudienne qatari qatarie émirati émiratie afghan afghane géorgien géorgienne arménien
  arménienne azerbaïdjanais azerbaïdjanaise biélorusse moldave albanais albanaise bosnien bosnienne macédonien
  macédonienne monténégrin monténégrine kosovar kosovare chypriote maltais maltaise jordanien jordanienne yéménite
  soudanais soudanaise somalien somalienne ghanéen ghanéenne burkinabé burkinabée nigérien nigérienne tchadien
  tchadienne gabonais gabonaise guinéen guinéenne togolais togolaise béninois béninoise malgache mauricien
  mauricienne haïtien haïtienne jamaïcain jamaïcaine équatorien équatorienne bolivien bolivienne paraguayen
  paraguayenne uruguayen uruguayenne costaricien costaricienne panaméen panaméenne guatémaltèque hondurien hondurienne
  salvadorien salvadorienne nicaraguayen nicaraguayenne dominicain dominicaine taïwanais taïwanaise hongkongais
  hongkongaise singapourien singapourienne malaisien malaisienne birman birmane cambodgien cambodgienne laotien
  laotienne népalais népalaise bangladais bangladaise sri-lankais sri-lankaise ouzbek ouzbèke kirghiz kirghize tadjik
  tadjike turkmène mongol mongole
`);

/** Connectors inside a person's name (`Charles de Gaulle`, `Ursula von der Leyen`). */
export const NAME_PARTICLES = set('de du des d la le van von der den di da del della dos das los las ten ter bin binti bint ibn');
/** Connectors inside an organisation or place name, after a head word (`Caisse des Dépôts`, `Bank of America`). */
export const ORG_CONNECTORS = set("de du des d la le l' l of the for and et del della dei degli di para");

/** All-caps words that are not organisations (roles, units, common abbreviations, shouted function words). */
export const ACRONYM_STOP = set(`
  pdg dg ceo cfo coo cto pme tpe eti pib gdp tva vat isf ir hr rh ht ttc sms gps usb pdf tv pc it ok am pm faq html
  url ip id cd dvd ipo cdi cdd rsa smic cac nb ie vs etc ad bc jr sr api ai ia cv qr led lcd hd uhd fm uv dna adn
  sida aids hiv vih covid sars ong ngo rss www http https wifi lte gsm sim ram cpu gpu ssd mw kw gw kwh mwh twh tnt
  rer tgv ter gmt utc cet cest est edt pst pdt bst le la les et de des du un une the and of in on to for a an is no
  not or als sla avc ptsd adhd tdah copd bpco mers bse ebola mpox tb hpv mri irm ct icu ecg eeg pcr ivf iq qi qc vip
  ist aest aedt awst acst wat eat cat sast jst kst hkt sgt wib pkt mst cst cdt mdt nzst nzdt gst hst
`);

/** News agencies, named in datelines and credits. */
export const NEWS_AGENCIES = set('afp ap reuters ansa dpa xinhua bloomberg efe belga ats kyodo cp pa aap pti ians ani tass ria interfax yonhap jiji anadolu anp pap ctk lusa mena wafa irna upi apa bernama antara');

/** The US states as the Associated Press abbreviates them (`Calif.`, `N.Y.`), folded, without their final full stop. */
export const US_STATE_ABBREVIATIONS = set(`
  ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev n.h n.j n.m n.y n.c
  n.d okla ore pa r.i s.c s.d tenn tex vt va wash w.va wis wyo
`);

/** Trades of a work's maker, named before the maker (`Wolf Hall author Hilary Mantel`), as alternatives of a pattern. */
export const WORK_MAKERS = 'author|novelist|screenwriter|creator|composer|showrunner|lyricist|illustrator';

/** A club's letters before its town (`FC Nantes`, `US Concarneau`, `AS Nancy-Lorraine`, `AC Milan`). */
export const CLUB_PREFIXES = set('fc as us rc sc ogc aj es sm ea ac asm usl afc');
