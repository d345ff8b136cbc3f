/**
 * Organisations that French and English news name without a cue word (`Apple a annoncé`, `shares of Airbus rose`,
 * `Thales et Safran`): public bodies and agencies known by their short names, large French and foreign companies,
 * media and news agencies, international bodies, NGOs, political parties, unions, sports clubs and bodies. The
 * suggester labels a capitalised occurrence ORG.
 *
 * Hand-made from general knowledge: no maintained package carries such a list. One name per line, in its usual
 * written forms (`Paris Saint-Germain` and `PSG`); blank lines and lines starting with `#` are skipped. Names are
 * compared folded (case, accents, apostrophe style and hyphens do not matter), so one spelling per name is enough.
 * Left out: entries of one or two letters (`OM`, `FO`, `M6`), plain country and city names, people, products, events
 * and generic words; only names that are almost always organisations when capitalised.
 *
 * A name ending in ` ?` is also a common word, a given name, a surname or a place name in French or English (`Orange ?`,
 * `Total ?`, `Michelin ?`, `Ford ?`, `Liverpool ?`, `Bercy ?`): it is taken as an organisation only with a cue
 * (`le groupe Orange`, `chez Renault`, `shares of Apple`).
 */
export const ORGANISATIONS_TEXT = `
# French state: ministries known by their seat, public bodies, agencies, regulators, research
Bercy ?
Matignon ?
Quai d'Orsay ?
Météo-France
Bpifrance
Pôle emploi
France Travail
Unédic
Apec
Urssaf
Caisse des dépôts
Caisse des dépôts et consignations
Banque de France
La Banque postale
La Poste
Enedis
RTE
GRDF
SNCF
RATP
Île-de-France Mobilités
EDF
Insee
Cnil
Arcom
Hadopi
Ademe
Anses
ANSM
Haute Autorité de santé
HAS ?
ARS
Assurance maladie ?
Santé publique France
AP-HP
Institut Pasteur
Institut Curie
DGSI
DGSE
GIGN
RAID ?
Parquet national financier
PNF
Conseil d'État
Cour des comptes
Conseil constitutionnel
Cour de cassation
HATVP
Autorité de la concurrence
AMF
Autorité des marchés financiers
ACPR
Arcep
CRE ?
ASN
IRSN
Anssi
Drees
Dares ?
Ofii
Ofpra
CNRS
Inserm
CEA
Inrae
Inria
Ifremer
CNES
Onera
IGN
ONF
Office national des forêts
Crous
Agence française de développement
Coface
Française des jeux
FDJ
PMU
Sciences Po
HEC
Essec
Insead
Polytechnique ?
École polytechnique
ENA ?
École normale supérieure
Sorbonne ?
Sorbonne Université
Académie française
Comédie-Française
Louvre ?
Centre Pompidou
BnF
INA ?

# Polling institutes
Ifop
Ipsos
Elabe
Odoxa
OpinionWay
Harris Interactive
Kantar
BVA
YouGov
Gallup

# French political parties and movements
Renaissance ?
Ensemble ?
La République en marche
LREM
En marche ?
Les Républicains ?
UMP
Rassemblement national
Front national
La France insoumise
LFI
Parti socialiste
Europe Écologie Les Verts
EELV
Les Écologistes ?
Les Verts ?
Parti communiste français
PCF
Reconquête ?
MoDem ?
UDI
Horizons ?
Debout la France
Lutte ouvrière
Nouveau Parti anticapitaliste
NPA
Nouveau Front populaire
NFP
Droite républicaine
Union centriste
Ensemble pour la République
Gauche démocrate et républicaine
LIOT
Les Démocrates ?
Écologiste et social
Socialistes et apparentés

# French unions, employers' groups, farmers
SUD Santé
UFC-Que Choisir
CGT
CFDT
Force ouvrière
CFE-CGC
CFTC
Unsa
SUD ?
Solidaires ?
FSU
Medef
CPME
UIMM
FNSEA
Jeunes agriculteurs ?
Coordination rurale
Confédération paysanne
Unef

# French companies: CAC 40, SBF 120 and other large groups
Airbus
Safran
Thales
Dassault ?
Dassault Aviation
Dassault Systèmes
L'Oréal
LVMH
Louis Vuitton ?
Kering
Hermès ?
Chanel ?
Dior ?
Christian Dior ?
Givenchy ?
Saint Laurent ?
YSL
Balenciaga
Cartier ?
Lancôme
Sephora ?
Lacoste ?
TotalEnergies
Total ?
Sanofi
BNP Paribas
BNP
Société générale
Crédit agricole
Crédit mutuel
LCL
CIC
Banque populaire
Caisse d'épargne ?
BPCE
Natixis
Boursorama
AXA
CNP Assurances
Groupama
MAIF
Macif
Covéa
Scor
Amundi
Eurazeo
Wendel ?
Ardian
Rothschild ?
Rothschild & Co
Lazard ?
Euronext
Capgemini
Atos
Sopra Steria
Orange ?
Bouygues ?
Bouygues Telecom
Vinci ?
Eiffage
Colas ?
Spie
Saint-Gobain ?
Schneider Electric
Legrand ?
Michelin ?
Renault ?
Stellantis
PSA
Peugeot ?
Citroën ?
Carrefour ?
Danone
Pernod Ricard
Rémy Cointreau
Veolia
Suez ?
Alstom
ArcelorMittal
Publicis
Havas
Vivendi
Canal+
Canal Plus
TF1
Accor
Air France
Air France-KLM
KLM
Transavia
Unibail-Rodamco-Westfield
Klépierre
Nexity
Worldline
Teleperformance
STMicroelectronics
Soitec
Edenred
Sodexo
Elior ?
Valeo
Forvia
Faurecia
Plastic Omnium
Eramet
Imerys
Ubisoft
Iliad ?
Free ?
SFR
Altice
Fnac Darty
Fnac
Darty ?
Decathlon ?
E.Leclerc
Leclerc ?
Intermarché
Les Mousquetaires
Auchan
Casino ?
Monoprix
Franprix
Système U
Cora ?
Picard ?
Conforama
Leroy Merlin
Castorama
Boulanger ?
Naval Group
Nexter
KNDS
MBDA
ArianeGroup
Arianespace
Framatome
Orano
Areva
Getlink
Eurotunnel
ADP
Aéroports de Paris
Air Liquide
Arkema
Bureau Veritas
Biomérieux
Eurofins
Ipsen
Sartorius
JCDecaux
Nexans
Rexel
Groupe SEB
SEB ?
Technip
TechnipFMC
Vallourec
Verallia
Neoen
Korian
Clariane
Orpea
Emeis
Eutelsat
Derichebourg
Bénéteau
EssilorLuxottica
Essilor
Bolloré ?
Lagardère ?
Hachette ?
Hachette Livre
Editis
Gallimard
Flammarion ?
Alcatel
Alcatel-Lucent
Lafarge
Bic ?
Tefal
Lactalis
Savencia
Bonduelle
Perrier ?
Evian ?
Moët Hennessy
Club Med
Center Parcs
Disneyland Paris
Eurostar
Thalys
Ouigo
Transdev
Keolis
CMA CGM
Geodis
Chronopost
Servier ?
Pierre Fabre ?
Yves Rocher ?
Valneva
Europcar
BlaBlaCar
Doctolib
Leboncoin
Criteo
OVHcloud
OVH
Deezer
Dailymotion
Qwant
Back Market
Vinted
Cdiscount
Mistral AI
Mistral ?
Ledger ?
Qonto

# French and French-language media
Le Progrès
La Montagne ?
La Provence ?
Le Télégramme
Le Dauphiné libéré
Midi Libre
L'Est républicain
Le Républicain lorrain
La Nouvelle République
Le Courrier picard
Paris-Normandie
La Dépêche
Var-Matin
Corse-Matin
Le Bien public
BFM Lyon
AFP
Agence France-Presse
Le Monde
Le Figaro
Libération ?
Les Echos ?
L'Équipe ?
Le Parisien ?
L'Humanité ?
La Croix ?
La Tribune ?
L'Express ?
Le Point ?
L'Obs
Le Nouvel Obs
Marianne ?
Challenges ?
Capital ?
Mediapart
Le Canard enchaîné
Paris Match
Le Journal du dimanche
JDD
Valeurs actuelles ?
Télérama
Le HuffPost
HuffPost
Konbini
Brut ?
Ouest-France
Sud Ouest ?
La Dépêche du Midi
Nice-Matin
La Voix du Nord
Dernières Nouvelles d'Alsace
20 Minutes ?
BFMTV
BFM Business
RMC
CNews
LCI
France Télévisions
France 2
France 3
France 24
Radio France
France Inter
France Info
Franceinfo
France Culture ?
France Bleu
RFI
Europe 1
RTL
TMC
Arte
Public Sénat
LCP
RTBF
Radio-Canada
Jeune Afrique

# International media and news agencies
Telegraph ?
Bloomsbury ?
Live Nation
Mubi
A24
Lionsgate
CJ ENM
Universal Music Group
Universal Music
Sony Music
Warner Music Group
Penguin Random House
HarperCollins
Faber & Faber
Simon & Schuster
Grasset
Actes Sud
Albin Michel
Edistat
Reuters
Bloomberg ?
Associated Press
BBC
CNN
The Guardian
Guardian ?
New York Times
Washington Post
Financial Times
Wall Street Journal
WSJ
NYT
The Times ?
The Telegraph
Daily Telegraph
Daily Mail
The Sun ?
The Economist
Economist ?
The Independent ?
Politico
Axios
Fox News
Fox ?
MSNBC
CBS
NBC
ABC ?
NPR
PBS
CNBC
Sky News
Sky ?
ITV
Newsweek
Forbes ?
BuzzFeed
Los Angeles Times
USA Today
Al Jazeera
Al Arabiya
Xinhua
Sputnik ?
TASS
RIA Novosti
Interfax
Kyodo
Yonhap
NHK
ANSA
DPA
EFE ?
Belga
Deutsche Welle
Euronews
El País
El Mundo
Der Spiegel
Die Zeit
Frankfurter Allgemeine Zeitung
Süddeutsche Zeitung
Die Welt
Bild ?
Corriere della Sera
La Repubblica
Haaretz
Times of Israel
South China Morning Post
Nikkei
CBC
Wikipedia
Wikinews
Wikileaks

# International bodies, EU institutions, central banks
United Nations High Commissioner for Refugees
UN High Commissioner for Refugees
United Nations
U.N.
Nations unies
ONU
Unesco
Unicef
OMS
Organisation mondiale de la santé
World Health Organization
WHO ?
FMI
IMF
Fonds monétaire international
International Monetary Fund
Banque mondiale
World Bank
World Food Programme
Programme alimentaire mondial
PAM ?
United Nations Development Programme
UN Development Programme
UNDP
PNUD
United Nations Environment Programme
UN Environment Programme
UNEP
PNUE
UNHCR
HCR
UNRWA
OCHA
UN Women
UNFPA
International Organization for Migration
Organisation internationale pour les migrations
OIM
International Committee of the Red Cross
Comité international de la Croix-Rouge
CICR
ICRC
International Federation of Red Cross and Red Crescent Societies
IFRC
Red Cross
Croix-Rouge
Red Crescent
Croissant-Rouge
Médecins sans frontières
MSF
Oxfam
Save the Children
Amnesty International
Human Rights Watch
OCDE
OECD
OMC
WTO
OTAN
NATO
Opep
OPEC
Union européenne
European Union
Commission européenne
European Commission
Parlement européen
European Parliament
Conseil européen
European Council
CJUE
CJEU
Cour européenne des droits de l'homme
CEDH
ECHR
Cour pénale internationale
CPI ?
ICC
CIJ
ICJ
Conseil de l'Europe
Council of Europe
Eurogroupe
Eurogroup
BEI
EIB
BERD
EBRD
Frontex
Europol
Eurojust
Eurostat
Interpol
EFSA
EMA ?
ESA
Euratom
OSCE
Union africaine
African Union
Ligue arabe
Arab League
Asean
Mercosur
Cédéao
Ecowas
AIEA
IAEA
AIE ?
IEA
OIT
ILO
FAO
PAM ?
WFP
PNUD
UNDP
UNHCR
HCR
Unrwa
OCHA
Gavi
OMPI
WIPO
OIM
IOM
OACI
ICAO
IATA
UIT
ITU ?
Giec
IPCC
OMM
WMO
BRI
BIS ?
Commonwealth ?
OIF
OIAC
OPCW
CERN
BCE
ECB
Banque centrale européenne
European Central Bank
Federal Reserve
Fed
Réserve fédérale
Bank of England
Bank of Japan
Bundesbank
People's Bank of China

# NGOs, charities, think tanks, foundations
National Trust
Church of England
Royal College of Nursing
British Medical Association
Confederation of British Industry
CBI
Trades Union Congress
Institute for Fiscal Studies
IFS
Resolution Foundation
France Nature Environnement
Amis de la Terre
Friends of the Earth
Greenpeace
Amnesty International
Amnesty ?
Human Rights Watch
HRW
Médecins sans frontières
MSF
Doctors Without Borders
Médecins du monde
Action contre la faim
Secours populaire
Secours catholique
Restos du cœur
Emmaüs ?
Fondation Abbé Pierre
Croix-Rouge
Red Cross
Croissant-Rouge
Red Crescent
CICR
ICRC
Oxfam
WWF
Transparency International
Anticor
Reporters sans frontières
RSF
Reporters Without Borders
CPJ
Attac
La Cimade
Cimade
SOS Méditerranée
SOS Racisme
Licra
Mrap
LDH
Ligue des droits de l'homme
Crif
ACLU
NAACP
Planned Parenthood
Save the Children
Handicap International
Sea Shepherd
Extinction Rebellion
Les Soulèvements de la Terre
Soulèvements de la Terre
Memorial ?
Gates Foundation
Institut Montaigne
Terra Nova ?
Ifri
Brookings Institution
Brookings ?
RAND Corporation
Chatham House
Heritage Foundation
Atlantic Council
Council on Foreign Relations
Sipri
Mozilla

# Defence, intelligence, police, space and other public bodies abroad
Cabinet Office
Border Force
HM Revenue and Customs
Department for Work and Pensions
DWP
Department for Education
Department of Health and Social Care
Department for Transport
Department for Business and Trade
Ministry of Justice
Ministry of Defence
Treasury ?
Crown Prosecution Service
CPS
National Crime Agency
Police Scotland
Environment Agency
Ofwat
Ofqual
Office for National Statistics
ONS
Office for Budget Responsibility
OBR
Office for Students
Competition and Markets Authority
CMA
Financial Conduct Authority
FCA
Prudential Regulation Authority
Health and Safety Executive
Care Quality Commission
Medicines and Healthcare products Regulatory Agency
MHRA
UK Health Security Agency
UKHSA
Food Standards Agency
Charity Commission
Electoral Commission
Civil Aviation Authority
DVLA
NHS England
Crown Estate
Post Office
Transport for London
TfL
Pentagon
Treasury Department
State Department
Justice Department
Department of Justice
Homeland Security
Department of Homeland Security
FCC
Securities and Exchange Commission
Federal Trade Commission
Food and Drug Administration
Centers for Disease Control and Prevention
National Institutes of Health
Sûreté du Québec
Hydro-Québec
Loto-Québec
Groupe Wagner
Africa Corps
Environment Canada
Environment and Climate Change Canada
Health Canada
Statistics Canada
Transport Canada
Parks Canada
Elections Canada
Natural Resources Canada
Global Affairs Canada
Fisheries and Oceans Canada
Public Safety Canada
Indigenous Services Canada
Canada Post
Service Canada
FBI
CIA
NSA
NASA
DEA ?
FDA
CDC
EPA
FTC
SEC ?
FAA
NTSB
IRS
USAID
NIH
FEMA
ICE ?
Secret Service ?
MI5
MI6
Scotland Yard
Metropolitan Police
Mossad
Shin Bet
FSB
GRU
KGB
Roscosmos
JAXA
ISRO
NHS
Ofcom
Ofgem
Ofsted
HMRC
Met Office
Serious Fraud Office
Home Office ?
Foreign Office ?
Network Rail
Royal Mail
Deutsche Bahn
Renfe
Amtrak
SNCB
Trenitalia
Bundeswehr
Tsahal
Hamas
Hezbollah
Fatah
État islamique ?
Islamic State ?
Daech
Daesh
ISIS ?
Al-Qaïda
Al Qaeda
Aqmi
Boko Haram
Al-Shabab
Hayat Tahrir al-Sham
HTS
PKK
ETA ?
IRA ?
Wagner ?
Ku Klux Klan

# Police and gendarmeries known by their own name
Marine nationale
Armée de terre
Armée de l'air
Affaires maritimes
SNSM
HM Coastguard
Coastguard ?
Carabinieri
Guardia Civil
Guardia di Finanza
Mossos d'Esquadra
Policía Nacional
Polizia di Stato
Bundespolizei

# Parliaments known by their own name
Bundestag
Bundesrat
Knesset
Duma
Sejm
Storting
Stortinget
Riksdag
Folketing
Riigikogu
Saeima
Seimas
Eduskunta
Althing
Lok Sabha
Rajya Sabha
Majlis
Oireachtas
Dáil
Dáil Éireann
Seanad
Cortes Generales
Verkhovna Rada
Rada ?
Tweede Kamer
Eerste Kamer
Nationalrat
Sabor
National Diet
Diet ?
Congreso de los Diputados
Bundesversammlung
Parlamento Europeo

# Foreign political parties
Pakistan Tehreek-e-Insaf
Pakistan Muslim League-Nawaz
PML-N
PTI
Tigray People's Liberation Front
TPLF
uMkhonto weSizwe
Komeito
Nippon Ishin
Houthis
Rapid Support Forces
Wagner Group
Jamaat-e-Islami
Awami League
Bharatiya Janata Party
Indian National Congress
African National Congress
Economic Freedom Fighters
Democratic Alliance
All Progressives Congress
Peoples Democratic Party
PRI
PAN ?
Liberal Democratic Party
LDP
KMT
Democratic Progressive Party
Pheu Thai
Gerindra
PDI-P
Parti québécois
N-VA
Vooruit
Les Engagés
Labour ?
Labour Party
Conservative Party
Conservatives ?
Tories ?
Greens ?
Liberal Democrats
Lib Dems
SNP
Reform UK
Sinn Féin
DUP
Plaid Cymru
Republican Party
Democratic Party
GOP
CDU
CSU
SPD
AfD
FDP
Die Linke
Fidesz
PiS ?
Podemos ?
PSOE
Partido Popular
Fratelli d'Italia
Lega ?
Forza Italia
Mouvement 5 étoiles
Likoud
Likud
ANC
BJP
Kuomintang
Parti communiste chinois
Chinese Communist Party
Russie unie
United Russia
Ennahdha
Frères musulmans ?
Muslim Brotherhood
Syriza
PVV
Vlaams Belang
FPÖ
Morena ?

# Foreign unions and employers
Unite ?
Unison ?
Aslef
TUC
GMB
RMT
BMA
AFL-CIO
Teamsters ?
UAW
IG Metall
Verdi ?
DGB
CGIL
Confindustria

# Technology, internet, telecoms, video games
Meta Platforms
Jio Platforms
Amazon.com
BT Group
Openreach
Virgin Media
Fujitsu
Darktrace
CGI ?
Channel 4
Netflix
Ticketmaster
Canva
Atlassian
Rockstar Games
Take-Two Interactive
Take-Two
Polyphony Digital
Sony Group
Advanced Micro Devices
Arm Holdings
Graphcore
CEA-Leti
Telstra
Optus
DoorDash
Deliveroo
Just Eat
Instacart
Booking Holdings
Mercari
Carousell
Apple ?
Google
Alphabet ?
Microsoft
Amazon ?
Amazon Web Services
AWS
Meta ?
Facebook
Instagram
WhatsApp
YouTube
TikTok
ByteDance
Twitter
Snapchat
Snap ?
Pinterest
Reddit
LinkedIn
Twitch
Discord ?
Telegram ?
WeChat
Weibo
JD.com
Alibaba
Ant Group
Alipay
Tencent
Baidu
Huawei
ZTE
Xiaomi
Oppo
Vivo ?
Lenovo
Honor ?
CATL
Foxconn
TSMC
Samsung
Samsung Electronics
SK Hynix
LG Electronics
Sony
Nintendo
Panasonic
Toshiba
Hitachi ?
Canon ?
Nikon
SoftBank
Uber
Lyft
Airbnb
Booking.com
Booking ?
Expedia
Spotify
HBO
Warner Bros
Warner Bros. Discovery
Paramount ?
Universal Music
Comcast
NBCUniversal
News Corp
AT&T
Verizon
T-Mobile
Vodafone
Telefónica
Deutsche Telekom
Starlink
SpaceX
Blue Origin
Tesla ?
xAI
OpenAI
Anthropic ?
Google DeepMind
DeepMind
DeepSeek
Hugging Face
Nvidia
Intel ?
AMD
Qualcomm
Broadcom
Arm ?
ASML
Micron ?
Texas Instruments
Infineon
IBM
Oracle ?
SAP ?
Salesforce
Adobe ?
Cisco
Dell ?
Hewlett-Packard
Palantir
Zoom ?
Slack ?
Dropbox
Shopify
Stripe ?
PayPal
eBay
Etsy
Zalando
Shein
Temu
AliExpress
Klarna
Revolut
Coinbase
Binance
FTX
Kaspersky
Nokia
Ericsson ?
Motorola
Siemens
Philips ?
Bosch ?
Electronic Arts
Activision Blizzard
Epic Games
Accenture
Deloitte
PwC
KPMG
McKinsey
Boston Consulting Group
BCG
Cambridge Analytica
NSO Group
Yahoo ?

# Carmakers, suppliers, mobility
Ford Motor
Ford Motor Company
Rivian
Rivian Automotive
Vauxhall ?
Toyota Motor
Jet2
Volkswagen
Audi
Porsche ?
BMW
Mercedes-Benz
Mercedes ?
Daimler
Fiat ?
Chrysler
Jeep ?
Alfa Romeo
Maserati
Ferrari ?
Scuderia Ferrari
Lamborghini ?
Toyota ?
Honda ?
Nissan ?
Mazda
Subaru
Suzuki ?
Mitsubishi
Hyundai
Kia ?
Volvo
Geely
BYD
Ford ?
General Motors
Chevrolet
Cadillac ?
Rivian
Dacia ?
Alpine ?
Opel
Jaguar Land Rover
Jaguar ?
Land Rover
Aston Martin
Bentley ?
Rolls-Royce
McLaren ?
Bugatti
Skoda
Seat ?
Iveco
Bridgestone
Goodyear
Continental ?
Pirelli
Hertz ?
Avis ?
Red Bull ?
Red Bull Racing

# Energy, mining, chemicals, materials
Centrica
SSE
Severn Trent
Octopus Energy
British Gas
EDF Energy
ScottishPower
ABB
Shell ?
ExxonMobil
Exxon
Chevron ?
ConocoPhillips
Occidental ?
Eni
Enel
Iberdrola
Repsol
Equinor
Statoil
Gazprom
Rosneft
Lukoil
Novatek
Saudi Aramco
Aramco
Adnoc
QatarEnergy
Petrobras
Pemex
Sonatrach
Petronas
Sinopec
PetroChina
CNPC
CNOOC
Vattenfall
RWE
E.ON
Ørsted
Vestas
Siemens Energy
Siemens Gamesa
General Electric
GE Vernova
Halliburton
Schlumberger
National Grid
Thames Water
Rosatom
Rio Tinto
Fortescue
BHP
Glencore
Anglo American
Vale ?
Freeport-McMoRan
Norilsk Nickel
BASF
Bayer
Dow ?
DuPont ?
Solvay
Ineos
Syngenta
Monsanto
Holcim
LafargeHolcim
Tata Steel
Tata ?
Tata Group
Nippon Steel
U.S. Steel
US Steel
ThyssenKrupp

# Pharmaceuticals, health, cosmetics
Regeneron
Pfizer
Moderna
BioNTech
AstraZeneca
Novartis
Roche ?
Takeda ?
GSK
GlaxoSmithKline
Johnson & Johnson
Janssen ?
Merck
MSD
Novo Nordisk
Eli Lilly
Lilly ?
AbbVie
Abbott ?
Amgen
Gilead ?
Biogen
Alexion
Fiocruz
Pasteur Institute
Boehringer Ingelheim
Teva
Viatris
Sandoz
Bristol-Myers Squibb
UCB
CureVac
Novavax
Sinovac
Sinopharm
Medtronic
Luxottica
Estée Lauder ?
Procter & Gamble
Unilever
Nestlé
Purdue Pharma
UnitedHealth

# Banks, insurers, asset managers, markets, payments, rating agencies
Wedbush
Glass Lewis
Institutional Shareholder Services
Itaú Unibanco
Aviva
Legal & General
Prudential ?
Monzo
Wise ?
Nationwide ?
Halifax ?
Mouvement Desjardins
Desjardins ?
Experian
Equifax
Medibank
Lloyds Banking Group
Zurich Insurance
JPMorgan
JPMorgan Chase
JP Morgan
J.P. Morgan
Goldman Sachs
Morgan Stanley
Citigroup
Citi
Citibank
Bank of America
Wells Fargo
HSBC
Barclays
Lloyds ?
Lloyd's ?
Lloyd's of London
NatWest
Standard Chartered
Santander ?
BBVA
UBS
Credit Suisse
Deutsche Bank
Commerzbank
ING
ABN Amro
Rabobank
Intesa Sanpaolo
UniCredit
Generali
Allianz
Swiss Re
Munich Re
AIG
Dexia
Nomura
Mizuho
BlackRock
Vanguard ?
Fidelity ?
Pimco
Blackstone
KKR
Carlyle ?
Apollo ?
Citadel ?
Berkshire Hathaway
Jefferies
Lehman Brothers
Bear Stearns
Visa ?
Mastercard
American Express
Amex
Western Union
Moody's
Standard & Poor's
S&P Global
Fitch ?
Fitch Ratings
Nasdaq
NYSE
London Stock Exchange
Deutsche Börse

# Aerospace, defence, shipbuilding, transport, logistics
Southwest Airlines
Boeing
Lockheed Martin
Lockheed
Raytheon
RTX
Northrop Grumman
General Dynamics
BAE Systems
Leonardo ?
Rheinmetall
Saab
Embraer
Bombardier ?
Pratt & Whitney
Honeywell
L3Harris
Anduril
Elbit Systems
Rafael ?
Israel Aerospace Industries
Hanwha
Rostec
Kalashnikov ?
Fincantieri
Comac
Sukhoi
Airbus Helicopters
ATR
Maersk
MSC ?
Hapag-Lloyd
Cosco
DHL
FedEx
UPS ?
DPD
Lufthansa
easyJet
Ryanair
Wizz Air
Vueling
Iberia ?
IAG
British Airways
Virgin Atlantic
Virgin ?
ITA Airways
Alitalia
TAP Air Portugal
Aeroflot
Turkish Airlines
Emirates ?
Etihad
Etihad Airways
Qatar Airways
Singapore Airlines
Cathay Pacific
Air China
Qantas
Air Canada
Delta Air Lines
Delta ?
United Airlines
American Airlines
Royal Air Maroc
Air Algérie
Flixbus

# Retail, consumer goods, food, fashion, leisure
Ocado
Morrisons
Waitrose
Argos
Currys
Greggs
Boots ?
Sports Direct
JD Sports
Marks and Spencer
Next ?
Kingfisher
B&Q
Whitbread
Wetherspoon
Tui
Entain
Flutter
Persimmon
Taylor Wimpey
Barratt
Berkeley Group
Rightmove
Zoopla
Couche-Tard
Mediawan
Kroger
Sainsbury's
Aldi
Lidl
H&M
Walmart
Target ?
Costco
Starbucks
McDonald's ?
Burger King
KFC
Subway ?
Coca-Cola
PepsiCo
Pepsi
Mondelez
Kraft Heinz
Kellogg's
Mars ?
Ferrero ?
Lindt
Heineken
Carlsberg
AB InBev
Anheuser-Busch
Diageo
Philip Morris
British American Tobacco
Cargill
Ikea
Inditex
Zara ?
Primark
Uniqlo
Nike ?
Adidas
Puma ?
Gucci ?
Prada ?
Armani ?
Versace ?
Burberry
Richemont
Swatch
Rolex
Tiffany ?
Lego
Mattel
Hasbro
Disney ?
Walt Disney
Pixar
Marvel ?
Sotheby's
Christie's ?
Tesco
Asda
Marks & Spencer

# Football, rugby and other clubs
Canadien de Montréal
Standard de Liège
Club Bruges
Anderlecht
Paris Saint-Germain
PSG
Olympique de Marseille
Olympique lyonnais
AS Monaco
LOSC
Lille OSC
Stade rennais
FC Nantes
RC Lens
OGC Nice
RC Strasbourg
Stade de Reims
AS Saint-Étienne
ASSE
Girondins de Bordeaux
Real Madrid
FC Barcelone
FC Barcelona
Barça
Atlético Madrid
Atlético de Madrid
FC Séville
Sevilla FC
Athletic Bilbao
Real Sociedad
Villarreal ?
Bayern Munich
Bayern ?
Borussia Dortmund
Bayer Leverkusen
RB Leipzig
Eintracht Francfort
Juventus
AC Milan
Inter Milan
Inter ?
Napoli ?
AS Roma
Lazio ?
Atalanta ?
Fiorentina
Manchester United
Man United
Manchester City
Man City
Liverpool ?
Liverpool FC
Chelsea ?
Arsenal ?
Tottenham ?
Tottenham Hotspur
Newcastle United
Aston Villa
West Ham
Everton ?
Benfica
Sporting CP
FC Porto
Porto ?
Ajax ?
PSV Eindhoven
PSV
Feyenoord
Celtic ?
Galatasaray
Fenerbahçe
Besiktas
Stade toulousain
Racing 92
ASM Clermont
ASM Clermont Auvergne
Stade français
RC Toulon
RCT
Union Bordeaux-Bègles
UBB
Stade rochelais
Leinster ?
Munster ?
Saracens ?
All Blacks ?

# Sports bodies
Uefa
Fifa
CIO ?
IOC
FFF
LFP
FFR
LNR
World Rugby
World Athletics
FIA
ATP
WTA
FFT
UCI
NBA
NFL
AMA ?
WADA
CAF
UFC

# Universities and research abroad
Harvard
Stanford ?
MIT ?
Yale ?
Columbia University
London School of Economics
LSE
`;
