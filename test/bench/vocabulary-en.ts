/**
 * English word lists for the generated agency news, most frequent first (they are drawn with Zipf-like weights).
 * Plurals and verb forms are derived in english.ts.
 */

const words = (list: string): string[] => list.trim().split(/\s+/u).map((w) => w.replaceAll('_', ' '));

export const EN_NOUNS = words(`
  company market group operator sector project contract revenue target customer service network government ministry
  minister executive director employee job investment profit result quarter year deal partnership consortium supplier
  shareholder plan program report development rollout launch budget deficit rate price cost amount loan fund country
  region site data_center server storage hosting subscriber phone smartphone cable satellite tool user consumer union
  board committee court judge trial appeal subsidiary branch division administration city factory bank insurer stock
  share bond debt economy inflation recession crisis recovery policy reform law measure decision announcement statement
  conference study survey forecast estimate outlook ambition team workforce strike protest negotiation talk meeting
  visit commission assembly majority opposition election campaign police disease university school culture radio
  channel fiber connection antenna bill outage cyberattack threat attack army border war population family
  electricity plant battery car road highway line station airline fleet order delivery capacity sale export import
  brand range margin loss acquisition merger alliance venture stake platform solution application technology
  innovation regulator license frequency auction subsidy tax fine lawsuit complaint patent prototype chip processor
  algorithm cloud infrastructure analyst spokesman spokeswoman founder chairman
`);

export const EN_UNCOUNTABLE = words(`
  growth software security privacy sovereignty competition demand supply research training health energy production
  pricing coverage funding capital equity traffic tourism justice defense peace cash value data broadband
`);

export const EN_ADJECTIVES = words(`
  digital new French European public national international regional local social fiscal commercial industrial
  professional large small important major strategic economic political financial technological technical legal
  secure sovereign historic main last first next recent strong weak difficult complex simple rapid slow mobile fixed
  total global American Chinese German British Japanese Italian Spanish ambitious serious numerous active negative
  positive exclusive annual quarterly monthly official essential potential long short high low former private
  cloud-based agile sustainable green environmental medical pharmaceutical automotive aerospace military civil judicial
  electoral parliamentary municipal urban rural agricultural cultural net gross stable volatile cautious optimistic
  favorable unprecedented exceptional massive gradual sharp contested expected independent competitive operational
  structural temporary final collective
`);

export const EN_VERBS = words(`
  announce confirm indicate state launch sign develop present propose accept refuse demand denounce criticize welcome
  estimate evaluate increase decrease rise fall drop climb double stabilize accelerate slow invest create cut close
  open install host manage operate supply deliver order sell buy merge negotiate discuss debate vote adopt publish
  cancel postpone extend recruit hire train equip modernize secure protect guarantee finance fund tax reform simplify
  warn threaten declare stress recall explain detail add note observe regret hope consider study examine analyze test
  pilot lead chair organize meet visit inaugurate win lose exceed reach post record represent concern target favor
  strengthen consolidate restructure automate connect share exchange store process transfer migrate expand acquire
  approve block challenge complete deploy upgrade
`);

/** Irregular past tenses; every other verb takes -ed. */
export const EN_IRREGULAR_PAST: Record<string, string> = {
  sell: 'sold', buy: 'bought', lead: 'led', meet: 'met', win: 'won', lose: 'lost', cut: 'cut', fall: 'fell',
  rise: 'rose', drop: 'dropped', plan: 'planned', chair: 'chaired', host: 'hosted', slow: 'slowed', stop: 'stopped',
};

export const EN_SAY_VERBS = ['said', 'told reporters', 'added', 'explained', 'stressed', 'noted', 'insisted', 'warned'];

export const EN_TIME = words(`
  on_Thursday on_Monday on_Tuesday on_Wednesday on_Friday on_Saturday on_Sunday yesterday late_on_Tuesday
  earlier_this_week in_recent_months last_year at_the_start_of_the_year in_the_first_quarter in_the_second_quarter
  in_the_third_quarter in_the_fourth_quarter
`);

export const EN_CONNECTORS = words(`
  Meanwhile, However, In_addition, According_to_the_company, At_the_same_time, Still, As_a_result, In_contrast,
  Separately, Overall, In_practice, Against_this_backdrop,
`);

export const EN_MONTHS = words('January February March April May June July August September October November December');

export const EN_WEEKDAYS = words('Sunday Monday Tuesday Wednesday Thursday Friday Saturday');

export const EN_FIRMS = ['IDC', 'Gartner', 'Forrester', 'Ovum', 'Ofcom', 'Nielsen', 'Moody’s', 'Fitch', 'Kantar', 'YouGov'];

export const EN_ROLES = [
  'chief executive', 'chief financial officer', 'executive director', 'spokesperson', 'head of strategy', 'analyst',
  'chief technology officer', 'founder', 'union representative', 'managing director', 'senior vice president',
];

/** Rare words: each shows up in only a few dozen articles out of 100,000. */
export const EN_RARE = words(`
  a_lighthouse_keeper an_ornithologist a_seismograph a_glassblower a_blacksmith a_cooper a_wheelwright a_thatcher
  a_bookbinder a_clockmaker a_harpsichord a_bagpipe a_sextant an_astrolabe a_gyrocompass an_anemometer a_bathysphere
  a_falconer a_beekeeper an_oyster_farmer a_cartographer a_typesetter a_stonemason a_farrier a_luthier
`);
