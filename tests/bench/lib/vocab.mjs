// The news generator's vocabulary, written for it. Places, countries, people and organisations are
// invented (built from syllables below), so no generated story is about anyone real.
// Lists are ordered roughly from common to rare: the generator draws from them with a Zipf-like
// distribution, so the first words of a list turn up far more often than the last.

export const FIRST_NAMES = [
  "Anna", "David", "Maria", "James", "Elena", "Omar", "Sofia", "Daniel", "Leila", "Thomas",
  "Nadia", "Peter", "Amira", "Lucas", "Irina", "Samuel", "Hana", "Victor", "Clara", "Ahmed",
  "Julia", "Martin", "Yasmin", "Paul", "Ines", "Karim", "Rosa", "Felix", "Mei", "Hugo",
  "Zara", "Andrei", "Lucia", "Tariq", "Greta", "Oscar", "Priya", "Marek", "Alma", "Rafael",
  "Freya", "Jonas", "Noor", "Emil", "Tamar", "Bruno", "Kofi", "Esther", "Matteo", "Ayla",
  "Viktor", "Chiara", "Idris", "Helga", "Tomas", "Sanna", "Rami", "Olga", "Nils", "Fatima",
  "Ansel", "Bianca", "Cyril", "Dagny", "Eamon", "Farah", "Gideon", "Ilse", "Joaquin", "Katya",
];

const SURNAME_HEADS = [
  "Ander", "Bel", "Cor", "Dal", "Eng", "Fal", "Gar", "Hol", "Ivan", "Jan", "Kov", "Lind",
  "Mar", "Nor", "Ost", "Pet", "Quin", "Ros", "Stan", "Tor", "Ul", "Var", "Wal", "Yel", "Zam",
  "Brak", "Cald", "Dren", "Fenn", "Grim", "Hask", "Kell", "Lor", "Mend", "Pask", "Rud",
];
const SURNAME_TAILS = [
  "sen", "ova", "ez", "ani", "berg", "ovic", "well", "ard", "enko", "ström", "ini", "ton",
  "ski", "oglu", "by", "dottir", "ley", "mann", "aro", "ides",
];

const PLACE_HEADS = [
  "Val", "Kes", "Mor", "Bran", "Tor", "Lin", "Ash", "Cal", "Dun", "Ever", "Fal", "Glen",
  "Hal", "Iver", "Jun", "Kel", "Lom", "Mar", "Nor", "Oak", "Pen", "Quar", "Ros", "Sel",
  "Tam", "Ul", "Ven", "Wex", "Yar", "Zel", "Bre", "Cor", "Dra", "Esk",
];
const PLACE_TAILS = [
  "mora", "by", "ford", "haven", "dale", "port", "wick", "stead", "mouth", "ton", "gate",
  "field", "bridge", "ria", "ano", "ovo", "ice", "esk", "holm", "vik",
];

export const COUNTRIES = [
  "Estovia", "Marvania", "Kaldera", "Norland", "Pellucia", "Tesmar", "Orvany", "Sudravia",
  "Belmark", "Corvenia", "Isthmia", "Lusavia", "Ardenne Republic", "Vostria", "Haldor",
  "Quessa", "Rimaldi", "Talvoria", "Ubrenia", "Zemlany",
];

export const REGIONS = ["north", "south", "east", "west", "centre", "coast", "highlands", "delta"];

export const AGENCIES = ["Meridian Wire", "Lantern Press", "Northstar News", "Compass Wire", "Harbourline"];

export const MONTHS = [
  "January", "February", "March", "April", "May", "June", "July", "August", "September",
  "October", "November", "December",
];
export const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

export const ROLES = [
  "minister of finance", "mayor", "spokesperson", "chief executive", "director", "chair",
  "economist", "professor", "union leader", "police chief", "prosecutor", "coach",
  "head of research", "deputy minister", "board member", "senior analyst", "governor",
  "founder", "ambassador", "chief engineer", "curator", "spokesman", "editor", "judge",
];

// Words every story uses.
export const NOUNS = [
  "government", "year", "city", "report", "plan", "company", "council", "market", "week",
  "project", "region", "official", "minister", "month", "budget", "agency", "price", "residents",
  "workers", "service", "court", "law", "statement", "meeting", "figures", "school", "road",
  "station", "bank", "agreement", "proposal", "decision", "committee", "board", "union",
  "families", "investors", "contract", "talks", "vote", "election", "policy", "reform",
  "survey", "study", "data", "forecast", "target", "record", "increase", "decline", "shortage",
  "supply", "demand", "exports", "imports", "trade", "factory", "plant", "village", "district",
  "province", "border", "bridge", "harbour", "airport", "river", "coast", "hospital",
  "teachers", "doctors", "patients", "drivers", "farmers", "students", "network", "platform",
  "programme", "scheme", "inquiry", "audit", "ruling", "measure", "fund", "loan", "debt",
  "profit", "loss", "tender", "deal", "summit", "campaign", "candidate", "party", "estimate",
  "museum", "festival", "library", "stadium", "season", "team", "league", "partnership",
  "consultation", "deadline", "backlog", "subsidy", "grant", "licence", "permit", "levy",
  "watchdog", "regulator", "tribunal", "ombudsman", "delegation", "memorandum", "moratorium",
];

export const VERBS = [
  "said", "announced", "approved", "confirmed", "expected", "reported", "planned", "agreed",
  "warned", "proposed", "signed", "launched", "opened", "rejected", "raised", "cut",
  "increased", "reduced", "delayed", "completed", "began", "welcomed", "criticised",
  "extended", "postponed", "denied", "questioned", "praised", "doubled", "halved",
  "suspended", "reviewed", "backed", "blocked", "outlined", "unveiled", "revised",
  "overturned", "ratified", "scrapped",
];

export const ADJECTIVES = [
  "new", "local", "national", "regional", "public", "major", "annual", "private", "small",
  "large", "early", "final", "former", "senior", "recent", "central", "northern", "southern",
  "eastern", "western", "rural", "urban", "coastal", "temporary", "independent", "sharp",
  "modest", "gradual", "ambitious", "controversial", "long-awaited", "cross-border",
  "unexpected", "preliminary", "bilateral", "quarterly", "record", "unprecedented",
  "provisional", "landmark",
];

export const ADVERBS = [
  "also", "still", "already", "now", "again", "later", "recently", "partly", "largely",
  "quickly", "slowly", "formally", "publicly", "reportedly", "narrowly", "sharply",
];

/** Topics: a label, the words its stories use, and the roles and organisation names it favours. */
export const TOPICS = [
  {
    name: "economy",
    words: [
      "inflation", "interest rates", "currency", "wages", "pensions", "retail sales", "tariffs",
      "bonds", "consumer spending", "unemployment", "recession", "growth", "stock exchange",
      "central bank", "mortgage", "household debt", "exporters", "manufacturing output",
      "credit rating", "fiscal deficit", "bond yields", "savings", "austerity", "stimulus",
    ],
    orgs: ["Central Bank of {country}", "{country} Chamber of Commerce", "{city} Stock Exchange", "{surname} Holdings"],
  },
  {
    name: "energy",
    words: [
      "power grid", "electricity prices", "wind farm", "solar panels", "pipeline", "refinery",
      "gas reserves", "emissions", "hydrogen", "battery storage", "nuclear reactor", "coal plant",
      "heat pumps", "offshore turbines", "fuel prices", "carbon tax", "megawatts", "blackout",
      "substation", "transmission line", "geothermal wells", "energy efficiency",
    ],
    orgs: ["{country} Grid Operator", "{surname} Energy", "{city} Power Company", "Ministry of Energy"],
  },
  {
    name: "transport",
    words: [
      "railway", "freight", "ferry", "motorway", "timetable", "tram line", "bus routes",
      "container terminal", "airline", "runway", "level crossing", "high-speed line",
      "ticket prices", "rolling stock", "cargo volumes", "toll road", "cycle lanes", "tunnel",
      "signalling system", "commuters", "logistics hub", "port expansion",
    ],
    orgs: ["{city} Port Authority", "{country} Railways", "{surname} Logistics", "{city} Transit Authority"],
  },
  {
    name: "health",
    words: [
      "hospital beds", "vaccination", "clinic", "nurses", "waiting lists", "outbreak", "surgery",
      "screening", "prescriptions", "emergency department", "influenza", "mental health",
      "medical staff", "ambulance", "clinical trial", "public health", "measles", "dental care",
      "infection rates", "pharmacies", "maternity ward",
    ],
    orgs: ["{city} General Hospital", "Ministry of Health", "{country} Institute of Public Health", "{surname} Pharmaceuticals"],
  },
  {
    name: "science",
    words: [
      "telescope", "genome", "fossil", "laboratory", "experiment", "glacier", "satellite",
      "particle detector", "specimen", "research vessel", "observatory", "climate model",
      "peer review", "excavation", "meteorite", "seismic activity", "ice core", "sea level",
      "microscope", "new species", "research grant",
    ],
    orgs: ["{city} University", "{country} Academy of Sciences", "{surname} Institute", "{city} Observatory"],
  },
  {
    name: "sport",
    words: [
      "championship", "final", "tournament", "goalkeeper", "midfielder", "referee", "marathon",
      "medal", "transfer fee", "semi-final", "qualifier", "relay", "stadium", "season ticket",
      "penalty", "world record", "training camp", "injury", "relegation", "derby", "sprint",
    ],
    orgs: ["{city} Football Club", "{country} Olympic Committee", "{city} Rowing Club", "{country} Athletics Federation"],
  },
  {
    name: "culture",
    words: [
      "novel", "orchestra", "gallery", "exhibition", "premiere", "poet", "heritage site",
      "sculpture", "film festival", "theatre", "manuscript", "concert hall", "opera",
      "documentary", "archive", "restoration", "literary prize", "folk music", "ballet",
      "photography", "street art",
    ],
    orgs: ["{city} National Museum", "{city} Philharmonic", "{country} Film Institute", "{surname} Foundation"],
  },
  {
    name: "technology",
    words: [
      "software", "startup", "data centre", "broadband", "semiconductors", "cybersecurity",
      "encryption", "mobile network", "artificial intelligence", "robots", "cloud services",
      "app", "chip plant", "fibre optic cable", "data breach", "open source", "digital ID",
      "e-commerce", "quantum computer", "online payments", "5G masts",
    ],
    orgs: ["{surname} Systems", "{city} Technology Park", "{country} Telecom", "{surname} Labs"],
  },
  {
    name: "politics",
    words: [
      "parliament", "coalition", "opposition", "referendum", "ballot", "cabinet", "decree",
      "constitution", "senate", "prime minister", "president", "polling stations", "turnout",
      "no-confidence motion", "diplomats", "sanctions", "treaty", "embassy", "ceasefire",
      "municipal elections", "spending bill",
    ],
    orgs: ["{country} Parliament", "Ministry of Foreign Affairs", "{city} City Council", "{adjective} Party"],
  },
  {
    name: "environment",
    words: [
      "wetlands", "forest", "wildlife", "pollution", "recycling", "nature reserve", "drought",
      "floods", "river levels", "air quality", "plastic waste", "endangered species",
      "reforestation", "wildfire", "water supply", "heatwave", "storm damage", "coastal erosion",
      "bird migration", "soil", "national park",
    ],
    orgs: ["{country} Environment Agency", "{city} Water Board", "{surname} Conservation Trust", "Ministry of Environment"],
  },
  {
    name: "agriculture",
    words: [
      "harvest", "wheat", "dairy farmers", "orchards", "irrigation", "fertiliser", "livestock",
      "vineyards", "grain exports", "crop yields", "cattle", "olive oil", "greenhouses",
      "fishing quotas", "food prices", "beekeepers", "barley", "potato crop", "rice paddies",
    ],
    orgs: ["{country} Farmers' Union", "Ministry of Agriculture", "{city} Grain Exchange", "{surname} Agro"],
  },
  {
    name: "justice",
    words: [
      "trial", "verdict", "appeal", "defendant", "sentence", "witness", "prosecutors",
      "corruption charges", "fraud", "police", "arrest", "bail", "supreme court", "jury",
      "money laundering", "investigation", "testimony", "extradition", "plea deal", "acquittal",
    ],
    orgs: ["{country} Supreme Court", "{city} District Court", "{country} Anti-Corruption Bureau", "{city} Police"],
  },
];

/** Sentence patterns. Slots in braces are filled by the generator (see `fill` there). */
export const SENTENCES = [
  "{Person}, {role} at {org}, said the {noun} would be {verb} by {date}.",
  "The {adj} {noun} was {verb} on {weekday} after {number} {topic} {plural} in {city}.",
  "According to {org}, {topic} in {city} rose by {percent} in {year}.",
  "Officials in {city} {verb} a {adj} plan worth {money} to expand {topic}.",
  "{Person} {adverb} {verb} the {noun}, calling it “a {adj} step for {city}”.",
  "“We have {adverb} seen a {adj} change in {topic},” said {person}, who leads {org}.",
  "The {noun} follows {number} months of {talks} between {org} and {org2}.",
  "Critics {adverb} {verb} the cost, which they put at {money}.",
  "In {month}, {org} {verb} its {noun} for {topic}, citing {adj} {plural}.",
  "{Topic} has been a {adj} issue in {country} since {year}.",
  "The {noun} in {city} is {adverb} {percent} higher than a year earlier.",
  "{Person} told reporters that {topic} would remain a priority for {org}.",
  "A {adj} {noun} published on {date} found that {percent} of residents support the {noun2}.",
  "Work on the {topic} near {city} is due to finish in {future}, {small} years late.",
  "The {org} {verb} the {noun} by {number} votes to {number2}.",
  "{Person} of {org} {verb} that {topic} could cost {money} over {small} years.",
  "Residents of {city} have {adverb} {verb} the {adj} {noun}.",
  "Talks on {topic} between {country} and {country2} {verb} in {city} on {date}.",
  "It was the {ordinal} {noun} of its kind in {country} this {period}.",
  "The figures {verb} by {org} show {topic} at its highest level since {year}.",
  "Asked about the {noun}, {person} said only that {org} was “{adverb} studying the options”.",
  "{Org} said it had {verb} a {adj} {noun} with {org2} worth {money}.",
  "{Number} people were affected, according to {org}.",
  "The {adj} {noun} is {adverb} expected to be {verb} before {month}.",
  "{Person} and {person2} {verb} a joint {noun} on {topic} in {city}.",
  "Analysts at {org} said {topic} would {adverb} weigh on the {noun}.",
  "Since {year}, {city} has spent {money} on {topic}.",
  "The {noun} drew {number} responses, {percent} of them from {city}.",
];

export const HEADLINES = [
  "{City} {verb} {adj} {topic} plan",
  "{Org} {verb} {noun} on {topic}",
  "{Topic}: {country} {verb} {money} {noun}",
  "{Person} {verb} {topic} {noun} in {city}",
  "{Adj} {topic} {noun} {verb} after {talks}",
  "{Country} and {country2} sign {topic} {noun}",
  "{Topic} in {city} at highest level since {year}",
  "{Org} warns of {adj} {topic} {noun}",
];

export const SUBHEADINGS = [
  "Background", "What happens next", "Reaction", "The figures", "A long dispute", "Costs",
  "Local concerns", "Timeline", "Opposition", "In numbers",
];

export const TALKS = ["talks", "negotiations", "consultations", "hearings", "protests", "delays"];

export const ORDINALS = ["first", "second", "third", "fourth", "fifth", "largest", "last"];
export const PERIODS = ["year", "decade", "month", "season", "spring", "autumn"];

/** Page furniture a few text stories carry, as copied from a web page. */
export const FURNITURE = [
  "Share this article", "Subscribe to our newsletter", "Related stories",
  "Sign up for the morning briefing", "Read more",
];

/**
 * A few stories are in other languages, written from these small phrase books. Each sentence
 * takes a person, a city, an organisation, a year and one of the language's topic words.
 */
export const OTHER_LANGUAGES = {
  de: {
    headlines: ["{City}: neuer Plan für {topic}", "{Org} kündigt Reform an", "Streit um {topic} in {city}"],
    dateline: "{CITY}, {day}. {month} {year}",
    months: ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    topics: ["Verkehr", "Energiepreise", "Wohnungsbau", "Landwirtschaft", "Gesundheitswesen", "Schulen", "Hochwasserschutz"],
    sentences: [
      "{Person} von {org} sagte am Dienstag, die Regierung müsse beim Thema {topic} schneller handeln.",
      "Die Stadt {city} will bis {year} mehr als {money} in {topic} investieren.",
      "Nach Angaben von {org} ist die Zahl der Anträge im vergangenen Jahr um {percent} gestiegen.",
      "Kritiker halten den Plan für zu teuer und fordern eine unabhängige Prüfung.",
      "Die Gespräche sollen im Herbst in {city} fortgesetzt werden.",
      "„Wir stehen erst am Anfang“, sagte {person} vor Journalisten.",
      "Viele Bewohner von {city} begrüßen die Entscheidung, andere sind skeptisch.",
    ],
  },
  fr: {
    headlines: ["{City} : un nouveau plan pour {topic}", "{Org} annonce une réforme", "Polémique autour de {topic} à {city}"],
    dateline: "{CITY}, {day} {month} {year}",
    months: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    topics: ["transports", "prix de l'énergie", "logement", "agriculture", "santé publique", "écoles", "inondations"],
    sentences: [
      "{Person}, de {org}, a déclaré mardi que le gouvernement devait agir plus vite sur {topic}.",
      "La ville de {city} prévoit d'investir plus de {money} d'ici {year}.",
      "Selon {org}, le nombre de demandes a augmenté de {percent} l'an dernier.",
      "Les critiques jugent le projet trop coûteux et réclament un audit indépendant.",
      "Les discussions doivent reprendre à l'automne à {city}.",
      "« Nous ne sommes qu'au début », a affirmé {person} devant la presse.",
      "De nombreux habitants de {city} saluent la décision, d'autres restent prudents.",
    ],
  },
  es: {
    headlines: ["{City}: nuevo plan para {topic}", "{Org} anuncia una reforma", "Polémica por {topic} en {city}"],
    dateline: "{CITY}, {day} de {month} de {year}",
    months: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    topics: ["transporte", "precios de la energía", "vivienda", "agricultura", "sanidad", "escuelas", "inundaciones"],
    sentences: [
      "{Person}, de {org}, dijo el martes que el gobierno debe actuar con más rapidez en {topic}.",
      "La ciudad de {city} quiere invertir más de {money} antes de {year}.",
      "Según {org}, el número de solicitudes creció un {percent} el año pasado.",
      "Los críticos consideran el plan demasiado caro y piden una auditoría independiente.",
      "Las conversaciones continuarán en otoño en {city}.",
      "«Estamos solo al principio», afirmó {person} ante los periodistas.",
      "Muchos vecinos de {city} celebran la decisión, otros se muestran escépticos.",
    ],
  },
};

/** Every combination of the heads and tails, in a fixed interleaved order. */
function combine(heads, tails) {
  const out = [];
  for (let i = 0; i < heads.length * tails.length; i++) {
    const head = heads[i % heads.length];
    const tail = tails[(i * 7 + Math.floor(i / heads.length)) % tails.length];
    const word = head + tail;
    if (!out.includes(word)) out.push(word);
  }
  return out;
}

export const SURNAMES = combine(SURNAME_HEADS, SURNAME_TAILS);
export const CITIES = combine(PLACE_HEADS, PLACE_TAILS);
