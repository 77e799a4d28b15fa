//! The word lists the rules share (folded forms) and the small tests on single words built on
//! them.

use super::context::Run;
use crate::analyze::lex::{self, Kind, Tok};

/// Words that make a run an organisation's name (folded), besides [`TRADE_WORDS`].
pub(super) const ORG_WORDS: &[&str] = &[
    "organization",
    "organisation",
    "ministry",
    "administration",
    "agency",
    "institute",
    "institution",
    "group",
    "council",
    "committee",
    "commission",
    "bank",
    "fund",
    "company",
    "corporation",
    "corp",
    "co",
    "ltd",
    "inc",
    "llc",
    "plc",
    "jsc",
    "holding",
    "holdings",
    "university",
    "academy",
    "association",
    "union",
    "service",
    "services",
    "office",
    "department",
    "center",
    "centre",
    "foundation",
    "parliament",
    "assembly",
    "court",
    "police",
    "party",
    "movement",
    "alliance",
    "port",
    "consortium",
    "corps",
    "school",
    "college",
    "majlis",
    "mejlis",
    "duma",
    "mazhilis",
    "мажилис",
    "мажилиса",
    "мажилисе",
    "мажилисом",
    "rada",
    "sejm",
    "knesset",
    "bundestag",
    "congress",
    "senate",
    "kenesh",
    "khural",
    "news",
    "daily",
    "times",
    "post",
    "monitor",
    "journal",
    "gazette",
    "bulletin",
    "digest",
    "tribune",
    "herald",
    "press",
    "radio",
    "television",
    "tv",
    "media",
    "airlines",
    "airways",
    "railways",
    "railway",
    "shipyard",
    "plant",
    "works",
    "factory",
    "agro",
    "logistics",
    "shipping",
    "trading",
    "mills",
    "observatory",
    "laboratory",
    "analytics",
    "consulting",
    "consultancy",
    "advisory",
    "hospital",
    "clinic",
    "museum",
    "gallery",
    "library",
    "theatre",
    "theater",
    "opera",
    "orchestra",
    "philharmonic",
    "conservatory",
    "ensemble",
    "choir",
    "network",
    "structure",
    "pharmaceuticals",
    "telecom",
    "motors",
    "motor",
    "ojsc",
    "cjsc",
    "pjsc",
    "llp",
    "vehicles",
    "mobility",
    "engineering",
    "forwarding",
    "securities",
    "partners",
    "research",
    "watch",
    "petroleum",
    "exchange",
    "bureau",
    "secretariat",
    "cabinet",
    "embassy",
    "consulate",
    "directorate",
    "inspectorate",
    "authority",
    "board",
    "chamber",
    "society",
    "federation",
    "organizasyonu",
    "orgutu",
    "bakanligi",
    "ajansi",
    "kurumu",
    "sirketi",
    "bankasi",
    "enstitusu",
    "universitesi",
    "dernegi",
    "teskilati",
    "konseyi",
    "meclisi",
    "организация",
    "министерство",
    "агентство",
    "банк",
    "фонд",
    "компания",
    "институт",
    "университет",
    "комитет",
    "совет",
    "служба",
    "ассоциация",
    "администрация",
    "союз",
    "федерация",
    "палата",
    "корпорация",
    "партия",
    "академия",
    "объединение",
    "департамент",
    "инспекция",
];

/// Parliaments' own names, which name one alone ("the Mazhilis voted", "the Duma") (folded).
pub(super) const PARLIAMENT_NAMES: &[&str] = &[
    "majlis",
    "mejlis",
    "mazhilis",
    "duma",
    "rada",
    "sejm",
    "knesset",
    "bundestag",
    "kenesh",
    "khural",
    "мажилис",
    "мажилиса",
    "мажилисе",
];

/// Small words inside names (folded).
pub(super) const CONNECTORS: &[&str] = &[
    "of", "and", "for", "on", "the", "de", "du", "la", "del", "&", "və", "ve",
];

/// Particles inside people's names, written in lower case ("Ursula von der Leyen", "Ricardo dos
/// Santos") (folded).
pub(super) const NAME_PARTICLES: &[&str] = &[
    "von", "van", "der", "den", "de", "da", "do", "di", "du", "dos", "das", "del", "della", "la",
    "le", "ter", "bin", "ibn",
];

/// The Arabic article in lower case, glued by a hyphen to the word after it inside a name
/// ("Abdel Fattah el-Sisi", "Bashar al-Assad") (folded).
pub(super) const ARABIC_ARTICLES: &[&str] = &["al", "el"];

/// Arabic particles that names also write with a capital inside them ("Mohamed Juma Al Shamisi",
/// "Mohammed Bin Rashid"): between two other words of a name they are no word of their own
/// (folded).
pub(super) const CAPITAL_PARTICLES: &[&str] = &["al", "el", "bin", "ibn", "bint", "abu"];

/// Words before a title that belong to it ("Supreme Leader", "Acting President") (folded).
pub(super) const TITLE_MODIFIERS: &[&str] = &[
    "supreme",
    "acting",
    "former",
    "deputy",
    "first",
    "vice",
    "interim",
    "chief",
    "senior",
    "executive",
    "honorary",
    "grand",
    "outgoing",
    "incoming",
    "late",
];

/// Days of the week: never a name, nor part of one (folded).
pub(super) const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "понедельник",
    "вторник",
    "среда",
    "четверг",
    "пятница",
    "суббота",
    "воскресенье",
    "pazartesi",
    "sali",
    "carsamba",
    "persembe",
    "cuma",
    "cumartesi",
    "pazar",
];

/// Trades that name a company ("Altyn-Tash Mining", "Caspian Feeder Lines"), and also a field
/// of a school's name before "and" ("Kazakh Mining and Metallurgical Institute") (folded).
pub(super) const TRADE_WORDS: &[&str] = &[
    "lines",
    "mining",
    "metals",
    "minerals",
    "cluster",
    "industries",
    "steel",
    "cement",
    "chemicals",
    "textiles",
    "pharma",
    "biopharma",
    "biotech",
    "therapeutics",
    "vintners",
    "winery",
    "brewery",
    "systems",
    "insurance",
    "reinsurance",
    "ratings",
    "auto",
    "ventures",
];

/// Words of schools and institutes that may follow two fields joined by "and" (folded).
pub(super) const SCHOOL_WORDS: &[&str] = &[
    "institute",
    "university",
    "academy",
    "college",
    "school",
    "centre",
    "center",
    "laboratory",
];

/// Words that end a company's name after its trade word or its acronym, though they make no
/// name an organisation alone: "COSCO Shipping Lines", "POSCO International" (folded).
pub(super) const COMPANY_TAILS: &[&str] = &["lines", "international", "global"];

/// More words that end a company's name after its acronym only: "ACWA Power", "SOCAR Trading"
/// (folded).
pub(super) const ACRONYM_TAILS: &[&str] = &[
    "power",
    "trading",
    "capital",
    "technologies",
    "engineering",
    "construction",
    "electronics",
    "industries",
    "steel",
];

/// Companies' abbreviations, whose dot stays with the name even at its end
/// ("Transport Corp.").
pub(super) const COMPANY_ABBREVIATIONS: &[&str] = &["co", "ltd", "inc", "corp"];

/// Russian titles in the plural, which cover the names on both sides of "и" ("Президенты
/// Владимир Путин и Эбрахим Раиси") (folded).
pub(super) const PLURAL_TITLES_RU: &[&str] = &["президенты", "министры", "премьер-министры"];

/// Abbreviations whose dot stays inside a name.
pub(super) const NAME_ABBREVIATIONS: &[&str] =
    &["co", "ltd", "inc", "corp", "st", "jr", "sr", "dr", "mr"];

/// Verbs that follow a news source ("TASS reported") or a person ("Putin said").
pub(super) const SOURCE_VERBS_AFTER: &[&str] = &[
    "reported",
    "reports",
    "carried",
    "writes",
    "wrote",
    "quoted",
    "cited",
    "informs",
    // Russian and Azerbaijani, folded ("ТАСС сообщает", "APA xəbər verir").
    "сообщает",
    "передает",
    "пишет",
    "xəbər",
    "yazır",
];
pub(super) const PERSON_VERBS_AFTER: &[&str] = &[
    "said",
    "says",
    "told",
    "noted",
    "stressed",
    "added",
    "announced",
    "stated",
    "explained",
    "emphasized",
    "emphasised",
    "declared",
    "recalled",
    "remarked",
    "warned",
    "argued",
    // Russian and Turkish, folded.
    "заявил",
    "заявила",
    "сказал",
    "сказала",
    "отметил",
    "отметила",
    "подчеркнул",
    "подчеркнула",
    "сообщил",
    "сообщила",
    "добавил",
    "добавила",
    "пояснил",
    "пояснила",
    "dedi",
    "soyledi",
    "acikladi",
    "vurguladi",
];
/// Words before a news source ("told Trend", "citing Tass", "сообщает ТАСС").
pub(super) const SOURCE_BEFORE: &[&str] = &[
    "told",
    "citing",
    "cited",
    "via",
    "to",
    "сообщает",
    "передает",
    "пишет",
    "сообщило",
];

/// Pairs of words before a news source: "reported by X", "со ссылкой на X", "по данным X".
pub(super) const SOURCE_BEFORE_PAIRS: &[(&str, &str)] = &[
    ("reported", "by"),
    ("published", "by"),
    ("quoted", "by"),
    ("carried", "by"),
    ("ссылкой", "на"),
    ("по", "данным"),
    ("по", "информации"),
    ("по", "сообщению"),
];

/// Surname endings common in the region the corpora come from (Slavic, Turkic, Caucasian).
pub(super) const SURNAME_ENDINGS: &[&str] = &[
    "ov",
    "ev",
    "ova",
    "eva",
    "enko",
    "ovich",
    "evich",
    "sky",
    "skiy",
    "skaya",
    "dze",
    "shvili",
    "yan",
    "zade",
    "zadeh",
    "oglu",
    "ov",
    "ин",
    "ов",
    "ев",
    "ёв",
    "ова",
    "ева",
    "ина",
    "ский",
    "ская",
    "цкий",
    "ян",
    "енко",
    "швили",
    "дзе",
    "ович",
    "евич",
    "овым",
    "евым",
    "ову",
    "еву",
    "овой",
    "евой",
    "иным",
    "ского",
    "скому",
];

/// Demonyms that do not start like their country.
pub(super) const DEMONYMS: &[&str] = &[
    "french",
    "british",
    "english",
    "dutch",
    "swiss",
    "greek",
    "danish",
    "swedish",
    "finnish",
    "polish",
    "spanish",
    "welsh",
    "scottish",
    "irish",
    "thai",
    "filipino",
    "chinese",
    "turkic",
    "arab",
    "arabic",
    "persian",
    "soviet",
    "european",
    "asian",
    "african",
    "american",
    "eurasian",
    "western",
    "eastern",
    "northern",
    "southern",
    "central",
    // The adjectives of seas and regions: "Caspian Launchpad", "Baltic Freight".
    "caspian",
    "baltic",
    "pacific",
    "atlantic",
    "arctic",
    "mediterranean",
    "nordic",
    "balkan",
    "caucasian",
    "siberian",
    "anatolian",
    "scandinavian",
];

/// Titles whose holder's portfolio is written before them ("Transport Minister", "Ekonomi
/// Bakanı") (folded).
pub(super) const PORTFOLIO_TITLES: &[&str] = &[
    "minister",
    "secretary",
    "commissioner",
    "adviser",
    "advisor",
    "министр",
    // Turkish and Azerbaijani: "Ekonomi Bakanı", "Energetika naziri".
    "bakan",
    "bakani",
    "nazir",
    "naziri",
];

/// Nouns that describe an organisation named right after them ("the railway company
/// Kazakhstan Temir Zholy", "the French utility EDF") (folded).
pub(super) const ORG_DESCRIPTORS: &[&str] = &[
    "company",
    "firm",
    "operator",
    "carrier",
    "utility",
    "group",
    "conglomerate",
    "bank",
    "lender",
    "insurer",
    "agency",
    "broadcaster",
    "newspaper",
    "outlet",
    "daily",
    "portal",
    "website",
    "airline",
    "manufacturer",
    "maker",
    "carmaker",
    "automaker",
    "shipbuilder",
    "refiner",
    "supplier",
    "producer",
    "developer",
    "giant",
    "startup",
    "fund",
    "corporation",
    "holding",
    "consortium",
    "venture",
    "regulator",
    "institute",
    "university",
    "ngo",
    "organization",
    "organisation",
    "watchdog",
    "exchange",
    "tank",
    "consultancy",
    "publisher",
    "federation",
    "association",
    "foundation",
    "компания",
    "агентство",
    "банк",
    "şirketi",
    "ajansı",
];

/// Nouns that, after "Name, the ...", say the name is an organisation's ("Talveron, the regional
/// power operator", "X Turkey, the Turkish subsidiary of ...") (folded), besides
/// [`ORG_DESCRIPTORS`].
pub(super) const APPOSITION_HEADS: &[&str] = &[
    "subsidiary",
    "unit",
    "arm",
    "affiliate",
    "division",
    "provider",
    "supplier",
    "maker",
    "distributor",
    "shipyard",
    "refiner",
    "miner",
    "railway",
    "airport",
];

/// Words that may follow the head noun of an organisation's apposition (folded).
pub(super) const APPOSITION_AFTER: &[&str] = &[
    "of",
    "in",
    "that",
    "which",
    "based",
    "owned",
    "controlled",
    "for",
    "with",
    "from",
    "and",
    "behind",
    "founded",
    "headquartered",
    "run",
    "set",
    "at",
    "on",
];

/// Acronyms that are not organisations (folded): units, currencies, titles, common terms.
pub(super) const NOT_ORGANIZATIONS: &[&str] = &[
    "ict", "gdp", "gnp", "lng", "lpg", "cng", "kwh", "mwh", "gwh", "twh", "teu", "usd", "eur",
    "rub", "cny", "rmb", "azn", "kzt", "uzs", "gbp", "jpy", "inr", "ceo", "cfo", "cto", "coo",
    "vat", "fdi", "sme", "smes", "ppp", "dpi", "iot", "gps", "evs", "utc", "gmt", "pdf", "url",
    "html", "api", "sdg", "sdgs", "covid", "ngo", "ngos", "mou", "bcm", "tcm", "cif", "fob", "iii",
    "viii", "xxi", "xix", "xviii", "xvii", "ceos", "faq", "bbl", "mtpa", "gwt", "cop", "ооо",
    "оао", "зао", "пао", "млн", "млрд", "ввп", "ндс", "aş", "ltd", "inc", "llc", "qsc", "asc",
    "mmc",
];

/// Cities smaller than this are taken only where the text says a place is meant.
pub(super) const SMALL_CITY: u64 = 100_000;

/// Prefixes written as a word before a hyphen ("Trans-Caspian", "Sino-Russian"): no end of a
/// route (folded).
pub(super) const HYPHEN_PREFIXES: &[&str] = &[
    "trans", "pan", "inter", "intra", "sino", "euro", "indo", "afro", "anti", "post", "pre", "non",
    "mid", "neo", "ultra",
];

/// The points of the compass, before "of" and a place ("south of Baku") (folded).
pub(super) const COMPASS_POINTS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
];

/// Words of direction and position that open regions' names ("Central Asia", "South Caucasus",
/// "Middle East") and are also the names of small towns somewhere (folded).
pub(super) const COMPASS_WORDS: &[&str] = &[
    "central", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
    "middle", "far", "near", "upper", "lower", "inner", "outer",
];

/// Words that are the names of some town but are read as words (folded): parts of official
/// country names, weekdays.
pub(super) const NOT_CITIES: &[&str] = &[
    "republic",
    "kingdom",
    "state",
    "union",
    "federation",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "president",
    "university",
    // The points of the compass in Russian, Turkish and Azerbaijani ("маршруты Восток — Запад",
    // "Batı"): towns somewhere bear these names too.
    "запад",
    "восток",
    "север",
    "юг",
    "bati",
    "dogu",
    "kuzey",
    "guney",
    "qerb",
    "serq",
    "simal",
    "cenub",
];

/// Words before a place name (folded).
pub(super) const LOCATIVES: &[&str] = &[
    "in",
    "at",
    "from",
    "to",
    "near",
    "via",
    "into",
    "outside",
    "towards",
    "toward",
    "across",
    "around",
    "between",
    "through",
    "visited",
    "visiting",
    "в",
    "во",
    "из",
    "до",
    "под",
    "около",
    "через",
];

/// Words of a company's legal form or a group that end its name and are often left out
/// ("Tianshan Motor Group" and "Tianshan Motor", "Absheron Mobility OJSC").
const LEGAL_FORMS: &[&str] = &[
    "group", "holding", "holdings", "ojsc", "cjsc", "pjsc", "jsc", "llc", "llp", "ltd", "inc",
    "plc", "corp", "co",
];

/// A name key with British and American spellings made one ("organisation", "centre"), and
/// without a leading "the", nor a legal form that ends a name of two words or more.
pub(super) fn normalize_name_key(key: &str) -> String {
    let key = key.strip_prefix("the ").unwrap_or(key);
    let mut words: Vec<&str> = key
        .split(' ')
        .map(|w| match w {
            "organisation" => "organization",
            "centre" => "center",
            "programme" => "program",
            "defence" => "defense",
            "labour" => "labor",
            "co-operation" | "cooperation" => "cooperation",
            other => other,
        })
        .collect();
    while words.len() > 2 && words.last().is_some_and(|w| LEGAL_FORMS.contains(w)) {
        words.pop();
    }
    words.join(" ")
}

pub(super) fn is_org_word(folded: &str) -> bool {
    ORG_WORDS.contains(&folded)
        || TRADE_WORDS.contains(&folded)
        || TURKIC_ORG_WORDS.contains(&folded)
}

pub(super) fn is_connector(folded: &str) -> bool {
    CONNECTORS.contains(&folded)
}

/// A name particle written in lower case ("von", "der").
pub(super) fn is_particle(text: &str, t: &Tok) -> bool {
    t.kind == Kind::Word
        && NAME_PARTICLES.contains(&t.folded.as_str())
        && !lex::is_capitalized(t.text(text))
}

/// The words of a name that count: not its particles, in lower case, or in capitals between two
/// of its words ("Al" in "Mohamed Juma Al Shamisi").
pub(super) fn name_words(text: &str, t: &[Tok], run: Run) -> Vec<usize> {
    (run.start..run.end)
        .filter(|&k| {
            let inside = k > run.start && k + 1 < run.end;
            let f = t[k].folded.as_str();
            let particle = is_particle(text, &t[k])
                || (inside && CAPITAL_PARTICLES.contains(&f))
                || (ARABIC_ARTICLES.contains(&f) && !lex::is_capitalized(t[k].text(text)));
            t[k].kind == Kind::Word && !particle
        })
        .collect()
}

/// Whether a word is a domain name: letters, dots and hyphens, a name of two letters or more, and
/// a top-level domain of two to four letters ("news.az", "UzDaily.com", "tass.ru"), not an
/// abbreviation ("e.g", "i.e", "a.m").
pub(super) fn is_domain(word: &str) -> bool {
    let Some((name, tld)) = word.rsplit_once('.') else {
        return false;
    };
    let name = name.strip_prefix("www.").unwrap_or(name);
    (2..=4).contains(&tld.len())
        && tld.chars().all(|c| c.is_ascii_lowercase())
        && name.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || c == '-' || c == '.')
        && !name.starts_with(['.', '-'])
}

/// Words after a name that say it is a city (folded): Azerbaijani "Tyanjin şəhərində", Turkish
/// "Tianjin kentinde", "İzmir şehrinde".
pub(super) const CITY_AFTER: &[&str] = &[
    "səhər",
    "səhəri",
    "səhərində",
    "səhərinə",
    "səhərindən",
    "səhərindəki",
    "səhərləri",
    "səhərlərində",
    "səhərlərinə",
    "səhərlərindən",
    "səhərlərindəki",
    "kentleri",
    "kentlerinde",
    "sehirleri",
    "sehirlerinde",
    "kent",
    "kenti",
    "kentinde",
    "kentine",
    "kentinden",
    "kentindeki",
    "sehri",
    "sehrinde",
    "sehrine",
    "sehrinden",
    "limani",
    "limaninda",
    "limanina",
    "limanindan",
    "limanindaki",
    "limaniyla",
    "limanlari",
    "limanlarinda",
    // A district's or a village's: "Eceabat ilçesinde", "Oğuz rayonunda", "Kiş kəndində".
    "ilcesi",
    "ilcesinde",
    "ilcesine",
    "ilcesinden",
    "ilcesindeki",
    "rayonu",
    "rayonunda",
    "rayonuna",
    "rayonundan",
    "rayonundaki",
    "kəndi",
    "kəndində",
    "kəndinə",
    "kəndindən",
];

/// Words of a credit line before "by" and a person's name: "Reporting by", "editing by"
/// (folded).
pub(super) const CREDITS: &[&str] = &[
    "reporting",
    "writing",
    "editing",
    "written",
    "edited",
    "compiled",
    "photo",
    "photos",
    "photographs",
    "illustration",
    "interview",
    "translated",
    "translation",
];

/// Places of passage that stand in a town: "the port at Alat", "the Alat terminal" (folded).
pub(super) const FACILITIES: &[&str] = &[
    "port",
    "terminal",
    "harbour",
    "harbor",
    "crossing",
    "checkpoint",
    "station",
    "airport",
];

/// Capitalised words after a name that make it a natural feature's: "Hazar Denizi" (the Caspian,
/// not the town of Hazar), "Aral Sea", "Issyk-Kul Lake" (folded: English, Turkish, Azerbaijani).
pub(super) const NATURAL_FEATURES: &[&str] = &[
    "sea",
    "lake",
    "river",
    "mountains",
    "gulf",
    "bay",
    "strait",
    "desert",
    "peninsula",
    "denizi",
    "golu",
    "nehri",
    "daglari",
    "korfezi",
    "bogazi",
    "colu",
    "cayi",
    "yarimadasi",
];

/// The same in Russian, written in lower case after the name's adjective ("Чёрное море",
/// "Каспийского моря") (folded).
pub(super) const NATURAL_FEATURES_RU: &[&str] = &[
    "море",
    "моря",
    "морю",
    "морем",
    "озеро",
    "озера",
    "река",
    "реки",
    "залив",
    "залива",
];

/// What a facility handles, between a town's name and the facility: "the Alat freight
/// terminal", "the Kuryk ferry port" (folded).
pub(super) const FREIGHT: &[&str] = &[
    "freight",
    "cargo",
    "container",
    "ferry",
    "rail",
    "railway",
    "sea",
    "river",
    "dry",
    "oil",
    "grain",
    "border",
    "logistics",
];

/// Nouns that follow the name of a thing rather than of a person ("Azerbaijan's Shah Deniz
/// field", "Kazakhstan's Tengiz project"): after a country's possessive, a name followed by one
/// of them is no person.
pub(super) const THING_HEADS: &[&str] = &[
    "field",
    "fields",
    "gas",
    "oil",
    "project",
    "projects",
    "pipeline",
    "deposit",
    "deposits",
    "region",
    "regions",
    "provinces",
    "districts",
    "oblasts",
    "corridor",
    "port",
    "railway",
    "line",
    "plant",
    "station",
    "initiative",
    "programme",
    "program",
    "strategy",
    "summit",
    "forum",
    "agreement",
    "deal",
    "sector",
    "reserves",
    "block",
    "contract",
    "route",
    "terminal",
    "bridge",
    "highway",
    "dam",
    "basin",
    "river",
    "lake",
    "sea",
    "island",
    "province",
    "district",
    "airport",
    "university",
    "festival",
    "games",
    "stage",
    "phase",
    "expansion",
    "consortium",
    "complex",
    "zone",
    "valley",
];

/// Endings of English abstract nouns and adjectives ("Protection", "Development", "Security",
/// "Partnership", "Ecology", "Political"), which no person's name has.
const ABSTRACT_ENDINGS: &[&str] = &[
    "tion", "sion", "ment", "ness", "ity", "ism", "ology", "ship", "ical",
];

/// Whether a folded word of six letters or more has an abstract noun's ending
/// ([`ABSTRACT_ENDINGS`]): no person's name, and no body's name spelt by an acronym, holds one.
pub(super) fn is_abstract_noun(folded: &str) -> bool {
    folded.chars().count() >= 6 && ABSTRACT_ENDINGS.iter().any(|e| folded.ends_with(e))
}

/// Words that end the names of things, events, documents and publications rather than of people
/// ("Shusha Declaration", "Tehran Times", "Energy Week"), beyond [`THING_HEADS`]: a
/// capitalised pair ending with one is no person's name by its shape.
pub(super) const NOT_NAME_ENDS: &[&str] = &[
    // A ministry's portfolio ("... Innovation and Aerospace Industry").
    "industry",
    "industries",
    "development",
    "innovation",
    "innovations",
    "technology",
    "affairs",
    "resources",
    "infrastructure",
    "communications",
    "agriculture",
    "education",
    "economy",
    "finance",
    "defence",
    "defense",
    "declaration",
    "accord",
    "accords",
    "treaty",
    "charter",
    "protocol",
    "memorandum",
    "act",
    "law",
    "plan",
    "doctrine",
    "week",
    "day",
    "days",
    "year",
    "expo",
    "fair",
    "show",
    "awards",
    "prize",
    "cup",
    "index",
    "times",
    "news",
    "post",
    "herald",
    "daily",
    "weekly",
    "tribune",
    "gazette",
    "review",
    "journal",
    "today",
    "online",
    "press",
    "road",
    "street",
    "avenue",
    "square",
    "park",
    "palace",
    "hall",
    "tower",
    "towers",
    "plaza",
    "hotel",
    "arena",
    "stadium",
    "mountains",
    "mountain",
    "seas",
    "lakes",
    "rivers",
    "islands",
    "gulf",
    "bay",
    "strait",
    "peninsula",
    "desert",
    "steppe",
    "coast",
    "war",
    "crisis",
    "revolution",
    "era",
    "age",
];

/// The endings of Russian adjectives in every case ("Центральной", "Северную"), which no given
/// name or surname of two words takes (folded: ё is е).
pub(super) const RUSSIAN_ADJECTIVE_ENDINGS: &[&str] = &[
    "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ую", "юю", "ых", "их", "ым", "им",
    "ого", "его", "ому", "ему", "ыми", "ими",
];

/// Words before a name that say it is a city (folded): "город Актау", "в городе Тяньцзинь",
/// "в портах Актау" ("the city of Tianjin" with "of" is read apart).
pub(super) const CITY_BEFORE: &[&str] = &[
    "город",
    "города",
    "городе",
    "городом",
    "городу",
    "городах",
    "порт",
    "порта",
    "порту",
    "портах",
    "портом",
    "порте",
    "порты",
    "портов",
    "портам",
    "портами",
    "посёлок",
    "поселок",
    "посёлка",
    "поселка",
    "посёлке",
    "поселке",
];

/// Words after a route's name whose ends are places ("the Serhetabat-Turghundi railway").
pub(super) const ROUTE_HEADS: &[&str] = &[
    "railway",
    "railroad",
    "road",
    "highway",
    "motorway",
    "pipeline",
    "rail",
    "line",
    "section",
    "stretch",
    "link",
    "route",
    "demiryolu",
    "demiryolunun",
    "demiryolunu",
    "demiryolunda",
    "karayolu",
    "hatti",
    "hattinin",
    "hattini",
    "hattinda",
    "kesimi",
    "kesiminde",
    "kesimini",
    "kesiminin",
    "guzergahi",
    "otoyolu",
    "dəmiryolu",
];

/// Azerbaijani and Turkish words for an organisation, as the last word of its name, in the
/// nominative and with the possessive ending names take ("Nəqliyyat Nazirliyi", "Dışişleri
/// Bakanlığı") (folded; case endings after them are split off first).
pub(super) const TURKIC_ORG_WORDS: &[&str] = &[
    "maden",
    "madencilik",
    // A Turkish builder: "Kuzey Yapı İnşaat".
    "insaat",
    "nazirlik",
    "nazirliyi",
    "agentlik",
    "agentliyi",
    "sirkət",
    "sirkəti",
    "komitə",
    "komitəsi",
    "xidmət",
    "xidməti",
    "təskilat",
    "təskilati",
    "idarə",
    "idarəsi",
    "mərkəz",
    "mərkəzi",
    "universitet",
    "universiteti",
    "institut",
    "institutu",
    "sura",
    "surasi",
    "palata",
    "palatasi",
    "assosiasiya",
    "assosiasiyasi",
    "fond",
    "fondu",
    "akademiya",
    "akademiyasi",
    "bakanlik",
    "bakanligi",
    "ajans",
    "ajansi",
    "kurum",
    "kurumu",
    "sirket",
    "sirketi",
    "banka",
    "bankasi",
    "enstitu",
    "enstitusu",
    "universite",
    "universitesi",
    "dernek",
    "dernegi",
    "teskilat",
    "teskilati",
    "konsey",
    "konseyi",
    "meclis",
    "meclisi",
    "orgut",
    "orgutu",
    "birligi",
    "birliyi",
];
