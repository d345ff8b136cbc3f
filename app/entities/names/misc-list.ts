/**
 * Proper names of type MISC that French and English news write without a kind word before them (`l'iPhone`,
 * `le Rafale`, `la Ligue des champions`, `after Brexit`): products and product lines, software and apps, vehicle,
 * aircraft and weapon models, rockets, spacecraft, space missions and telescopes, recurring named events and
 * competitions, festivals, awards and prizes, laws, treaties and plans known by a short name, a few historical events
 * and a few works news often cites by title. The suggester labels a capitalised occurrence (or one written as listed,
 * `prix Goncourt`, `loi Macron`, `macOS`) MISC.
 *
 * Hand-made from general knowledge: no maintained package carries such a list. One name per line, in its usual
 * written forms (`Roland-Garros`, `Internationaux de France`, `French Open`); blank lines and lines starting with `#`
 * are skipped. Names are compared folded (case after the first letter, accents, apostrophe style and hyphens do not
 * matter), so one spelling per name is enough. Left out: entries of one or two characters (`JO`, `R5`), people,
 * companies, organisations, places, nationalities, diseases and generic words; only names that are almost always the
 * MISC thing when capitalised.
 *
 * A name ending in ` ?` is also a common word, a given name, a surname, a place or a company name in French or English
 * (`Windows ?`, `Galaxy ?`, `Curiosity ?`, `Apollo ?`, `Wimbledon ?`, `737 ?`): it is taken as MISC only with a cue
 * (`la sonde Juno`, `la mission Artemis`, `the Perseverance rover`), by the rules of misc.ts.
 */
export const MISC_TEXT = `
# Apple
iPhone
iPhone 16
iPhone 15
iPad
iPod
iMac
Mac ?
MacBook
MacBook Air
MacBook Pro
Apple Watch
AirPods
AirTag
Apple Vision Pro
Vision Pro ?
Apple TV+
Apple Pay
iTunes
iCloud
App Store
macOS
iOS
FaceTime
Siri
Safari ?

# Samsung, Google, other phones and devices
Galaxy ?
Galaxy S
Galaxy S24
Galaxy S25
Galaxy Z Fold
Galaxy Z Flip
Pixel ?
Android
ChromeOS
Chrome ?
Google Chrome
Google Maps
Gmail
Street View
Google Translate
Google Play
BlackBerry ?
Walkman
Minitel
Freebox
Livebox
Linky

# Microsoft
Windows ?
Windows 11
Windows 10
Windows 7
Windows XP
Office ?
Microsoft Office
Office 365
Microsoft 365
Word ?
Excel ?
PowerPoint
Outlook ?
Teams ?
Microsoft Teams
Skype
Bing ?
Edge ?
Internet Explorer
Copilot
GitHub Copilot
Azure ?
Xbox
Xbox Series X
Xbox Series S
Surface ?

# Amazon, Meta and other platforms' products
Kindle
Alexa ?
Echo ?
Prime ?
Amazon Prime
Prime Video
Meta Quest
Threads ?

# Artificial intelligence
ChatGPT
GPT-4
GPT-4o
GPT-5
DALL-E
Sora ?
Claude ?
Gemini ?
Google Gemini
Bard ?
Llama ?
Grok ?
DeepSeek-R1
Stable Diffusion
AlphaGo
AlphaFold

# Software, languages, security
Linux
Ubuntu ?
Firefox
Photoshop
Pegasus ?
Stuxnet
WannaCry
NotPetya
H100

# Consoles and games
PlayStation
PlayStation 5
PS5
Nintendo Switch
Nintendo Switch 2
Switch ?
Wii
Game Boy
Fortnite
Minecraft
Tetris
Pokémon
Pokémon Go
Super Mario ?
Mario Kart
Zelda ?
Grand Theft Auto
GTA 6
Call of Duty
League of Legends
Assassin's Creed
Final Fantasy
Candy Crush
Wordle
Monopoly ?
Rubik's Cube
Lego ?
Barbie ?

# Cryptocurrencies, financial products and indices
Bitcoin
Ethereum
Dogecoin
Livret A
CAC 40
CAC40
Dow Jones ?
Nasdaq ?
Nikkei ?
DAX ?
FTSE 100
Euro Stoxx 50
Hang Seng ?

# Drugs and vaccines known by brand
Ozempic
Wegovy
Mounjaro
Viagra
Prozac
Doliprane
Mediator ?
Levothyrox
Dépakine
Xanax
Paxlovid
Gardasil
Comirnaty
Sputnik V

# Food and consumer brands known as products
Big Mac
Happy Meal
Nutella
Post-it

# Aircraft: airliners
Airbus A320
Airbus A320neo
Airbus A321
Airbus A321neo
Airbus A321XLR
Airbus A330
Airbus A350
Airbus A380
Airbus A400M
A320
A320neo
A321
A321neo
A321XLR
A330
A350
A380
A400M
Boeing 737
Boeing 737 MAX
Boeing 747
Boeing 777
Boeing 787
737 MAX
737 MAX 9
737 ?
747 ?
777 ?
787 ?
Dreamliner
Concorde ?
Canadair ?
Air Force One

# Aircraft and drones: military
Rafale
Mirage ?
Mirage 2000
F-35
F-16
F-15
F-18
F-22
B-52
B-2
MiG-29
Su-35
Tu-95
Il-76
An-225
Eurofighter
Eurofighter Typhoon
Typhoon ?
Gripen ?
Apache ?
Black Hawk ?
MQ-9 Reaper
Bayraktar TB2
Shahed ?
Shahed-136

# Missiles, air defence, armour, arms
Patriot ?
Iron Dome
Dôme de fer
THAAD
S-300
S-400
HIMARS
ATACMS
Javelin ?
Storm Shadow
Tomahawk ?
Exocet
Kinjal
Kalibr
Iskander ?
Oreshnik
Leopard ?
Leopard 2
Abrams ?
Challenger 2
AMX-10 RC
Leclerc ?
Caesar ?
T-72
AK-47
Kalachnikov ?

# Ships and submarines
Titanic ?
Queen Mary 2
Costa Concordia
Exxon Valdez
Erika ?
Rainbow Warrior
Ever Given
Ocean Viking
Aquarius ?
Moskva ?

# Trains and transport services
TGV
TGV Inoui
Shinkansen
Orient-Express ?
Hyperloop
Vélib
Navigo
Pass Navigo

# Cars and motorcycles
Tesla Model 3
Tesla Model S
Tesla Model Y
Model 3 ?
Model S ?
Model Y ?
Cybertruck
Ford Mustang
Mustang ?
Ford Model T
Volkswagen Golf
Golf ?
Volkswagen Beetle
Beetle ?
Coccinelle ?
Renault Clio
Clio ?
Renault Twingo
Twingo ?
Renault Mégane
Mégane ?
Renault Zoé
Zoé ?
Renault 5
Renault 4L
Dacia Sandero
Dacia Duster
Peugeot 208
Peugeot 308
Peugeot 3008
Citroën 2CV
2CV
Citroën C3
Citroën Ami
Fiat 500
Toyota Prius
Porsche 911
Trabant

# Rockets, launchers, crewed spacecraft, stations
Ariane ?
Ariane 5
Ariane 6
Vega ?
Vega-C
Soyuz
Soyouz
Proton ?
Falcon 9
Falcon Heavy
Falcon ?
Starship
Super Heavy
Dragon ?
Crew Dragon
Starliner
Orion ?
SLS
Space Launch System
Saturn V
New Glenn
Shenzhou ?
Tiangong
Space Shuttle
Challenger ?
Columbia ?
Discovery ?
Atlantis ?
Endeavour ?
International Space Station
Station spatiale internationale
ISS
Mir ?
Sputnik ?

# Space missions, probes, rovers
Apollo ?
Apollo 11
Apollo 13
Artemis ?
Artemis I
Artemis II
Artemis III
Artemis 2
Artemis 3
Voyager ?
Voyager 1
Voyager 2
Galileo ?
Cassini ?
Juno ?
Juice ?
Europa Clipper
New Horizons
Rosetta ?
Philae ?
BepiColombo
Curiosity ?
Perseverance ?
Ingenuity ?
Opportunity ?
Spirit ?
ExoMars
Chandrayaan-3
OSIRIS-REx
DART ?
Chang'e ?
Chang'e 5
Chang'e 6
Tianwen-1
Starlink ?

# Telescopes and observatories
Hubble ?
James Webb ?
JWST
Euclid ?
Gaia ?
Kepler ?
Vera Rubin ?
EPR

# Sport: Olympics and world events
Jeux olympiques
Jeux olympiques d'été
Jeux olympiques d'hiver
Jeux olympiques de Paris
Jeux paralympiques
JO 2024
JO 2028
JO de Paris
JO de Paris 2024
Paris 2024 ?
Los Angeles 2028
Milan-Cortina 2026
Olympic Games
Olympics
Winter Olympics
Paralympics
Coupe du monde
Coupe du monde de football
Coupe du monde de rugby
Coupe du monde féminine
Coupe du monde des clubs
Coupe du monde 2022
Coupe du monde 2026
Coupe du monde 2030
Mondial ?
Mondial 2022
Mondial 2026
Mondial des clubs
World Cup
FIFA World Cup
Rugby World Cup
Club World Cup
Euro ?
Euro 2016
Euro 2020
Euro 2024
Euro 2028
Copa América
Coupe d'Afrique des nations
Africa Cup of Nations

# Sport: football, rugby, basketball, ice hockey
Ligue des champions
Champions League
UEFA Champions League
Ligue Europa
Europa League
Ligue Europa Conférence
Conference League
Ligue des nations
Nations League
Ligue 1
Ligue 2
Premier League
Serie A
Bundesliga
Liga ?
La Liga
Coupe de France
Coupe de la Ligue
Trophée des champions
Ballon d'or
Top 14
Pro D2
Six Nations
Tournoi des Six Nations
Super Bowl
Stanley Cup
NBA Finals

# Sport: tennis, golf, cycling, sailing, motor racing, athletics
Internationaux de France
French Open
Wimbledon ?
US Open
Open d'Australie
Australian Open
Grand Chelem ?
Grand Slam ?
Coupe Davis
Davis Cup
Ryder Cup
Masters ?
Tour de France
Tour de France Femmes
Giro d'Italia
Giro ?
Tour d'Italie
Vuelta ?
Tour d'Espagne
Paris-Roubaix
Liège-Bastogne-Liège
Grande Boucle
Critérium du Dauphiné
Tour de Suisse
Paris-Nice
Milan-San Remo
Tour des Flandres
Tour of Flanders
Tour de Romandie
Dakar ?
Rallye Dakar
Paris-Dakar
Vendée Globe
Route du Rhum
Transat Jacques Vabre
America's Cup
24 Heures du Mans
Grand Prix de Monaco
Formule 1
Formula One
Formula 1
Formula 2
Formula 3
Formula E
MotoGP
Marathon de Paris
New York Marathon
Boston Marathon
Prix de l'Arc de Triomphe

# Festivals, fairs, shows
Eurovision
Concours Eurovision de la chanson
Eurovision Song Contest
Festival de Cannes
Cannes Film Festival
Cannes ?
Festival d'Avignon
Festival d'Angoulême
Berlinale
Mostra de Venise
Mostra ?
Venice Film Festival
Sundance ?
Coachella ?
Glastonbury ?
Rock en Seine
Vieilles Charrues
Hellfest
Eurockéennes
Francofolies
Fête des Lumières
Oktoberfest
Fête de la musique
Fête de l'Humanité
Fête de l'Huma
Nuit blanche ?
Journées du patrimoine
Paris Fashion Week
Fashion Week ?
Met Gala
Salon du Bourget
Salon de l'agriculture
Mondial de l'automobile
Consumer Electronics Show
CES ?
VivaTech
WWDC
Davos ?

# Recurring days and campaigns
Chinese New Year
Lunar New Year
Nouvel An chinois
Prime Minister's Questions
Black Friday
Cyber Monday
Prime Day
Dry January
Movember
Octobre rose
Téléthon
Sidaction

# Awards, prizes, decorations
Oscars
Oscar ?
Academy Awards
Golden Globes
Golden Globe ?
Emmy Awards
Emmys
Grammy Awards
Grammys
BAFTA ?
César ?
Césars
Molières ?
Victoires de la musique
Palme d'or
Lion d'or
Ours d'or
Golden Lion
Golden Bear
Caméra d'or
Un certain regard
Semaine de la critique
Critics' Week
Quinzaine des réalisateurs
Quinzaine des cinéastes
Directors' Fortnight
Marché du film
Goncourt des lycéens
Renaudot
Interallié
prix Goncourt
Goncourt ?
prix Renaudot
prix Femina
prix Médicis
prix Interallié
prix Nobel
Nobel ?
prix Nobel de la paix
prix Nobel de littérature
prix Nobel de physique
prix Nobel de chimie
prix Nobel de médecine
prix Nobel d'économie
Nobel Prize
Nobel Peace Prize
Pulitzer Prize
prix Pulitzer
Pulitzer ?
Booker Prize
Fields Medal
médaille Fields
prix Sakharov
Sakharov Prize
Légion d'honneur
Miss France
Miss Univers
Miss Universe

# Climate conferences
COP21
COP26
COP27
COP28
COP29
COP30
COP 21
COP 26
COP 27
COP 28
COP 29
COP 30

# Historical events, scandals, movements
Brexit
Frexit
Grexit
Watergate
Partygate
Dieselgate
Pentagon Papers
Panama Papers
Pandora Papers
Paradise Papers
Seconde Guerre mondiale
Première Guerre mondiale
Second World War
First World War
World War II
World War I
Grande Guerre
Guerre froide
Cold War
Révolution française
French Revolution
Mai 68
Printemps arabe
Arab Spring
Shoah
Holocaust
Holocauste
Nakba ?
Débarquement ?
D-Day
Nuit de Cristal
Trente Glorieuses
Grande Dépression
Great Depression
11-Septembre
MeToo
Black Lives Matter

# Laws, plans and programmes: France
loi Macron
loi Travail
loi El Khomri
loi Veil
loi Evin
loi Taubira
loi Leonetti
loi Claeys-Leonetti
loi Pacte
loi Egalim
loi SRU
loi Duplomb
loi Climat et résilience
loi de 1905
Vigipirate
plan Vigipirate
opération Sentinelle
Sentinelle ?
opération Barkhane
Barkhane ?
opération Serval
Serval ?
Parcoursup
Pass Culture
MaPrimeRénov
Ségur de la santé
Grenelle de l'environnement
Grenelle ?
accords de Grenelle
France 2030
Grand Paris Express

# Laws, plans and programmes: Europe and elsewhere
RGPD
GDPR
DMA ?
DSA ?
Digital Markets Act
Digital Services Act
AI Act
Green Deal
European Green Deal
Pacte vert
Pacte vert pour l'Europe
NextGenerationEU
Erasmus
Erasmus+
Schengen ?
espace Schengen
accords de Schengen
traité de Maastricht
Maastricht ?
Maastricht Treaty
traité de Lisbonne
Lisbon Treaty
traité de Rome
Treaty of Rome
Pacte de stabilité
Stability and Growth Pact
CETA
TTIP
NAFTA
ALENA ?
Obamacare
Affordable Care Act
Dodd-Frank
Patriot Act
Inflation Reduction Act
CHIPS Act
Civil Rights Act
Voting Rights Act
Magnitsky Act
Insurrection Act
Alien Enemies Act
Medicare ?
Medicaid ?
Second Amendment
First Amendment
Marshall Plan
plan Marshall
New Deal
Green New Deal
Belt and Road Initiative
Nouvelles routes de la soie
Monroe Doctrine
doctrine Monroe
Manhattan Project
projet Manhattan
Overlord ?
Barbarossa ?

# Treaties and agreements
accord de Paris
accords de Paris
Paris Agreement
protocole de Kyoto
Kyoto Protocol
protocole de Montréal
Montreal Protocol
accords de Minsk
Minsk Agreements
accords d'Oslo
Oslo Accords
accords de Camp David
Camp David Accords
accords d'Abraham
Abraham Accords
accords d'Évian
accords de Dayton
Dayton Accords
accord du Vendredi saint
Good Friday Agreement
accords du Touquet
accord de Nouméa
accords de Nouméa
traité de Versailles
Treaty of Versailles
traité de l'Élysée
traité de non-prolifération
Non-Proliferation Treaty
New Start ?
traité New Start
JCPOA
Convention de Genève
conventions de Genève
Geneva Conventions
Statut de Rome
Rome Statute
Charte des Nations unies
UN Charter
Déclaration universelle des droits de l'homme
Universal Declaration of Human Rights
Déclaration des droits de l'homme et du citoyen
Convention européenne des droits de l'homme
European Convention on Human Rights
accords Sykes-Picot
Sykes-Picot
Magna Carta
Déclaration d'indépendance
Declaration of Independence
Bill of Rights ?

# Religious texts and anthems
Bible
Coran
Quran
Koran
Torah
Ancien Testament
Nouveau Testament
Old Testament
New Testament
Marseillaise ?
La Marseillaise ?
God Save the King

# Works: books, films, series, paintings
Les Misérables
Star Wars
Harry Potter
Game of Thrones
Le Seigneur des anneaux
The Lord of the Rings
Lord of the Rings
Le Petit Prince
The Little Prince
Astérix ?
Astérix et Obélix
Tintin ?
À la recherche du temps perdu
Mein Kampf
Das Kapital
Avatar ?
Oppenheimer ?
Jurassic Park
Indiana Jones ?
Intouchables ?
Bienvenue chez les Ch'tis
Le Dîner de cons
Anatomie d'une chute
Anatomy of a Fall
Squid Game
Stranger Things
Breaking Bad
The Crown ?
Les Simpson
The Simpsons
South Park ?
La Casa de papel
Le Bureau des légendes
Plus belle la vie
Koh-Lanta
Top Chef
Star Academy
The Voice ?
Questions pour un champion
La Joconde
Mona Lisa
Guernica ?
Le Radeau de la Méduse
La Liberté guidant le peuple
Vénus de Milo
Tapisserie de Bayeux
Bayeux Tapestry
`;
