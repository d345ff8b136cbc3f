/**
 * French word lists for the generated agency news, most frequent first (they are drawn with Zipf-like weights).
 * Inflected forms (plurals, feminines, conjugations) are derived in french.ts.
 */

const words = (list: string): string[] => list.trim().split(/\s+/u).map((w) => w.replaceAll('_', ' '));

export const FR_NOUNS_M = words(`
  marché groupe opérateur secteur projet contrat chiffre_d’affaires objectif client service réseau gouvernement
  ministère directeur salarié emploi investissement bénéfice résultat trimestre semestre exercice accord partenariat
  consortium fournisseur actionnaire capital plan programme rapport développement déploiement lancement budget déficit
  taux prix coût montant financement crédit prêt fonds territoire pays département site centre_de_données serveur
  logiciel système stockage hébergement cloud_computing numérique internet abonné forfait téléphone smartphone câble
  satellite débit outil usage utilisateur consommateur syndicat conseil comité tribunal juge procès dossier recours
  appel partenaire concurrent rival leader acteur géant opérateur_historique produit équipement composant moteur avion
  hélicoptère navire train véhicule carburant pétrole gaz charbon réacteur barrage chantier bâtiment logement quartier
  port aéroport transport trafic passager voyageur tourisme hôpital médecin patient vaccin traitement laboratoire
  chercheur étudiant enseignement diplôme concours sondage scrutin vote électeur candidat député sénateur maire parti
  mouvement débat texte amendement décret projet_de_loi impôt allègement dispositif mécanisme cadre calendrier délai
  retard horizon bilan compte communiqué entretien journal quotidien hebdomadaire magazine média reportage documentaire
  film spectacle musée patrimoine monument château vin vignoble agriculteur élevage lait blé climat réchauffement
  environnement déchet recyclage océan littoral incendie séisme orage hiver printemps automne cœur vœu secrétariat
  opérateur_virtuel fournisseur_d’accès algorithme microprocesseur semi-conducteur brevet prototype essai test audit
  contrôle règlement litige arbitrage sommet traité conflit cessez-le-feu otage attentat scandale témoignage souvenir
`);

export const FR_NOUNS_F = words(`
  entreprise société activité croissance hausse baisse progression augmentation diminution stratégie offre demande
  donnée infrastructure plateforme solution application technologie innovation sécurité confidentialité souveraineté
  concurrence filiale branche division direction administration collectivité région commune ville métropole
  agglomération usine banque assurance bourse action obligation dette dépense recette économie inflation récession
  crise reprise relance politique réforme loi mesure décision annonce déclaration conférence_de_presse étude enquête
  analyse note prévision estimation perspective ambition vocation mission équipe main-d’œuvre grève manifestation
  négociation discussion rencontre réunion visite commission assemblée majorité opposition élection campagne présidence
  justice police sécurité_sociale santé maladie épidémie recherche université école formation culture presse radio
  télévision chaîne émission série fibre fibre_optique connexion couverture antenne box facture tarification panne
  cyberattaque menace attaque défense armée frontière guerre paix population famille jeunesse énergie électricité
  centrale éolienne batterie voiture route autoroute ligne gare piste compagnie compagnie_aérienne flotte commande
  livraison production capacité vente exportation importation marque gamme clientèle part_de_marché valeur marge perte
  rentabilité trésorerie cession acquisition fusion alliance coentreprise participation holding œuvre manœuvre sœur
  intelligence_artificielle cybersécurité messagerie vidéo musique librairie industrie agriculture pêche forêt
  montagne rivière inondation sécheresse tempête canicule procédure plainte condamnation amende sanction enveloppe
  subvention aide prime taxe redevance licence fréquence enchère concession autorisation homologation certification
`);

export const FR_ADJECTIVES = words(`
  numérique français européen public national international régional local social fiscal commercial industriel
  professionnel grand petit important majeur stratégique économique politique financier bancaire informatique
  technologique technique juridique sécurisé souverain historique principal dernier premier prochain récent fort
  faible difficile complexe simple rapide lent mobile fixe total global mondial américain chinois allemand britannique
  japonais italien espagnol ambitieux sérieux nombreux actif négatif positif exclusif exécutif annuel trimestriel
  mensuel officiel essentiel potentiel court haut ancien propre libre privé dématérialisé interministériel agile
  durable écologique énergétique environnemental médical pharmaceutique automobile aéronautique spatial militaire civil
  judiciaire électoral parlementaire gouvernemental ministériel municipal urbain rural agricole alimentaire culturel
  éducatif sportif touristique immobilier boursier brut stable volatil prudent optimiste pessimiste favorable
  défavorable inédit exceptionnel massif progressif vif contesté attendu prévu annoncé signé lancé détenu spécialisé
  indépendant concurrentiel opérationnel structurel conjoncturel provisoire définitif collectif individuel
`);

/** First-group verbs (-er) and second-group verbs (-ir, like finir). Stem changes (achète, gère) are avoided. */
export const FR_VERBS = words(`
  annoncer confirmer indiquer préciser assurer lancer signer présenter développer proposer estimer augmenter
  investir fournir accepter refuser demander réclamer dénoncer critiquer saluer juger évaluer calculer chiffrer
  baisser progresser reculer chuter grimper doubler tripler stabiliser ralentir créer supprimer fermer installer
  implanter héberger exploiter livrer commander fusionner négocier discuter voter adopter publier annuler reporter
  prolonger engager mobiliser recruter embaucher licencier former équiper moderniser sécuriser garantir financer
  subventionner taxer imposer réformer simplifier alerter avertir menacer déclarer affirmer souligner expliquer
  détailler ajouter noter observer constater regretter souhaiter envisager étudier examiner analyser tester
  expérimenter piloter diriger présider organiser rencontrer visiter inaugurer remporter gagner dépasser afficher
  enregistrer totaliser représenter concerner toucher viser cibler privilégier renforcer consolider restructurer
  relocaliser délocaliser automatiser numériser dématérialiser connecter raccorder partager échanger stocker traiter
  migrer établir réussir définir agir choisir bâtir aboutir grandir réunir accomplir franchir
`);

export const FR_SAY_VERBS = ['indiqué', 'déclaré', 'précisé', 'expliqué', 'souligné', 'ajouté', 'affirmé', 'assuré', 'estimé', 'confié'];

export const FR_TIME = words(`
  jeudi lundi mardi mercredi vendredi samedi dimanche hier mardi_soir lundi_matin jeudi_après-midi en_fin_de_journée
  dans_la_matinée cette_semaine depuis_plusieurs_mois l’an_dernier en_début_d’année au_premier_trimestre
  au_deuxième_trimestre au_troisième_trimestre au_quatrième_trimestre
`);

export const FR_CONNECTORS = words(`
  Par_ailleurs, En_outre, Selon_lui, Dans_le_même_temps, De_son_côté, Pour_autant, Toutefois, Cependant, Ainsi,
  En_revanche, À_terme, D’ici_là, Pour_rappel, Au_total, Concrètement, Dans_ce_contexte, À_l’inverse,
`);

export const FR_MONTHS = words('janvier février mars avril mai juin juillet août septembre octobre novembre décembre');

export const FR_WEEKDAYS = words('dimanche lundi mardi mercredi jeudi vendredi samedi');

export const FR_FIRMS = ['IDC', 'Gartner', 'Xerfi', 'Arcep', 'Insee', 'Médiamétrie', 'Forrester', 'Markess', 'PAC', 'Ifop'];

export const FR_ROLES: readonly (readonly [string, string])[] = [
  ['directeur exécutif', 'directrice exécutive'],
  ['président-directeur général', 'présidente-directrice générale'],
  ['directeur général', 'directrice générale'],
  ['directeur financier', 'directrice financière'],
  ['porte-parole', 'porte-parole'],
  ['directeur de la stratégie', 'directrice de la stratégie'],
  ['responsable des relations presse', 'responsable des relations presse'],
  ['analyste', 'analyste'],
  ['délégué syndical', 'déléguée syndicale'],
  ['secrétaire général', 'secrétaire générale'],
  ['directeur technique', 'directrice technique'],
  ['fondateur', 'fondatrice'],
];

/** Rare words: each shows up in only a few dozen articles out of 100,000. */
export const FR_RARE = words(`
  une_hydrolienne un_ornithologue un_sismographe un_paléontologue la_marqueterie une_dentellière la_ferronnerie
  un_luthier la_tonnellerie un_apiculteur un_ostréiculteur un_spéléologue un_glaciologue un_volcanologue
  un_herboriste un_chaudronnier la_vannerie l’horlogerie l’orfèvrerie un_typographe un_enlumineur un_bathyscaphe
  un_planétarium un_astrolabe un_sextant un_gyroscope un_anémomètre un_hygromètre un_baromètre un_pluviomètre
  un_tachéomètre une_cornemuse un_clavecin une_vielle_à_roue un_carillonneur la_sériciculture la_pisciculture
  la_myciculture la_lombriculture un_tavillonneur un_sabotier un_rémouleur un_maréchal-ferrant un_vitrailliste
  un_santonnier la_dinanderie la_cartonnerie un_mosaïste un_doreur la_scagliola un_stucateur
`);
