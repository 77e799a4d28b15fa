//! People, organisations and places.
//!
//! Each sentence is cut into *runs*: capitalised words joined by spaces, hyphens and the small
//! words of names ("Ministry *of* Digital Development *and* Transport"). A run is read in this
//! order, each step taking what it recognises and handing the rest on:
//!
//! 1. the whole run is a known name: a gazetteer place or organisation (Russian names also by
//!    stem, so Индии finds Индия), or a name the document defines with an acronym;
//! 2. it holds an organisation word (Ministry, Group, Institute, Co. Ltd, ...): the organisation
//!    is the words around it, with an "of ..." complement;
//! 3. it holds a title (President, Secretary General, ...): the words after it are a person, the
//!    words before it the person's employer;
//! 4. known names inside it;
//! 5. what is left is a *candidate*, kept with its context (a title or role after a comma, a
//!    reporting verb, a byline, a surname ending) and resolved once the whole document has been
//!    read: surnames and acronyms then refer back to the full names, and single capitalised words
//!    without such support (sentence-initial words, headings, figures of speech) are dropped.
//!
//! Headings are not read at all. Entities merge across documents by gazetteer id (so Азербайджан
//! and Azerbaijan are one place) or by their normalised name.

use std::collections::{HashMap, HashSet};

use super::gazetteer::{self, Entry, Gazetteer, PlaceKind};
use super::lex::{self, Kind, Tok};
use super::DocText;
use crate::model::{Entity, EntityKind, Mention, Span};
use crate::text::Stemmers;

/// Words that make a run an organisation's name (folded).
const ORG_WORDS: &[&str] = &[
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
    "school",
    "college",
    "majlis",
    "mejlis",
    "duma",
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
];

/// Small words inside names (folded).
const CONNECTORS: &[&str] = &[
    "of", "and", "for", "on", "the", "de", "du", "la", "del", "&",
];

/// Particles inside people's names, written in lower case ("Ursula von der Leyen", "Ricardo dos
/// Santos") (folded).
const NAME_PARTICLES: &[&str] = &[
    "von", "van", "der", "den", "de", "da", "di", "du", "dos", "das", "del", "della", "la", "le",
    "ter", "bin", "ibn",
];

/// Words before a title that belong to it ("Supreme Leader", "Acting President") (folded).
const TITLE_MODIFIERS: &[&str] = &[
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
const WEEKDAYS: &[&str] = &[
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

/// Abbreviations whose dot stays inside a name.
const NAME_ABBREVIATIONS: &[&str] = &["co", "ltd", "inc", "corp", "st", "jr", "sr", "dr", "mr"];

/// Verbs that follow a news source ("TASS reported") or a person ("Putin said").
const SOURCE_VERBS_AFTER: &[&str] = &[
    "reported", "reports", "carried", "writes", "wrote", "quoted", "cited", "informs",
];
const PERSON_VERBS_AFTER: &[&str] = &[
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
/// Words before a news source ("told Trend", "citing Tass").
const SOURCE_BEFORE: &[&str] = &["told", "citing", "cited", "via", "to"];

/// Surname endings common in the region the corpora come from (Slavic, Turkic, Caucasian).
const SURNAME_ENDINGS: &[&str] = &[
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
const DEMONYMS: &[&str] = &[
    "french", "british", "english", "dutch", "swiss", "greek", "danish", "swedish", "finnish",
    "polish", "spanish", "welsh", "scottish", "irish", "thai", "filipino", "chinese", "turkic",
    "arab", "arabic", "persian", "soviet", "european", "asian", "african", "american", "eurasian",
    "western", "eastern", "northern", "southern", "central",
];

/// Titles whose holder's portfolio is written before them ("Transport Minister") (folded).
const PORTFOLIO_TITLES: &[&str] = &["minister", "secretary", "commissioner", "министр"];

/// Nouns that describe an organisation named right after them ("the railway company
/// Kazakhstan Temir Zholy", "the French utility EDF") (folded).
const ORG_DESCRIPTORS: &[&str] = &[
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
    "producer",
    "developer",
    "giant",
    "startup",
    "fund",
    "corporation",
    "holding",
    "consortium",
    "regulator",
    "institute",
    "university",
    "ngo",
    "organization",
    "organisation",
    "watchdog",
    "exchange",
    "компания",
    "агентство",
    "банк",
    "şirketi",
    "ajansı",
];

/// Nouns that, after "Name, the ...", say the name is an organisation's ("Talveron, the regional
/// power operator", "X Turkey, the Turkish subsidiary of ...") (folded), besides
/// [`ORG_DESCRIPTORS`].
const APPOSITION_HEADS: &[&str] = &[
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
const APPOSITION_AFTER: &[&str] = &[
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
const NOT_ORGANIZATIONS: &[&str] = &[
    "ict", "gdp", "gnp", "lng", "lpg", "cng", "kwh", "mwh", "gwh", "twh", "teu", "usd", "eur",
    "rub", "cny", "rmb", "azn", "kzt", "uzs", "gbp", "jpy", "inr", "ceo", "cfo", "cto", "coo",
    "vat", "fdi", "sme", "smes", "ppp", "dpi", "iot", "gps", "evs", "utc", "gmt", "pdf", "url",
    "html", "api", "sdg", "sdgs", "covid", "ngo", "ngos", "mou", "bcm", "tcm", "cif", "fob", "iii",
    "viii", "xxi", "xix", "xviii", "xvii", "ceos", "faq", "bbl", "mtpa", "gwt", "cop", "ооо",
    "оао", "зао", "пао", "млн", "млрд", "ввп", "ндс", "aş", "ltd", "inc", "llc",
];

/// Cities smaller than this are taken only where the text says a place is meant.
const SMALL_CITY: u64 = 100_000;

/// Words that are the names of some town but are read as words (folded): parts of official
/// country names, weekdays.
const NOT_CITIES: &[&str] = &[
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
    "university",
];

/// Words before a place name (folded).
const LOCATIVES: &[&str] = &[
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

/// What the corpus-wide pass needs from every document.
pub struct Extractor<'g> {
    gaz: &'g Gazetteer,
    /// Words the corpus also writes in lower case: capitalised, they are ordinary words.
    lowercase: HashSet<String>,
    stemmers: Stemmers,
    found: Vec<Found>,
    /// Candidates no document resolved, for the corpus-wide pass.
    pending: Vec<Pending>,
    /// How deep [`Extractor::read_run`] has recursed: each step hands on a smaller run, this
    /// guards the rule that would not.
    depth: u32,
    /// Names the corpus configuration gives (`[[alias]]`): key → (kind, entity, canonical name).
    aliases: HashMap<String, (EntityKind, Key, String)>,
    /// Names the configuration says are never entities (`ignore`), as keys.
    ignore: HashSet<String>,
}

/// A recognised mention before entities are numbered.
#[derive(Debug, Clone)]
struct Found {
    doc: u32,
    passage: u32,
    span: (usize, usize),
    surface: String,
    kind: EntityKind,
    key: Key,
    rule: &'static str,
    confidence: f32,
    role: Option<String>,
    subtype: Option<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Key {
    Place(u32),
    Org(u32),
    Name(EntityKind, String),
}

#[derive(Debug, Clone)]
struct Pending {
    doc: u32,
    passage: u32,
    span: (usize, usize),
    surface: String,
    key: String,
}

/// A run of words of one sentence: token indices `start..end`.
#[derive(Debug, Clone, Copy)]
struct Run {
    start: usize,
    end: usize,
}

/// A capitalised stretch nothing recognised yet, with what its context says.
#[derive(Debug, Clone)]
struct Cand {
    passage: u32,
    span: (usize, usize),
    surface: String,
    key: String,
    words: usize,
    sentence_initial: bool,
    all_caps: bool,
    /// Evidence that it is a person, with the rule and the role the text gives.
    person: Option<(&'static str, f32, Option<String>)>,
    /// Evidence that it is a news source or organisation.
    source: Option<&'static str>,
}

/// What one document defines: acronyms and the names its people and organisations go by.
#[derive(Default)]
struct DocNames {
    /// Acronym (as written) → the key it stands for, or `None` for a term that is no entity.
    acronyms: HashMap<String, Option<(EntityKind, Key, String)>>,
    /// Folded single word (surname, short org name) → entity.
    short: HashMap<String, (EntityKind, Key)>,
    /// Folded full name → entity, for names the document found by rule.
    full: HashMap<String, (EntityKind, Key)>,
}

pub fn normalize_name_key(key: &str) -> String {
    let key = key.strip_prefix("the ").unwrap_or(key);
    key.split(' ')
        .map(|w| match w {
            "organisation" => "organization",
            "centre" => "center",
            "programme" => "program",
            "defence" => "defense",
            "labour" => "labor",
            "co-operation" | "cooperation" => "cooperation",
            other => other,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn is_org_word(folded: &str) -> bool {
    ORG_WORDS.contains(&folded)
}

fn is_connector(folded: &str) -> bool {
    CONNECTORS.contains(&folded)
}

/// A name particle written in lower case ("von", "der").
fn is_particle(text: &str, t: &Tok) -> bool {
    t.kind == Kind::Word
        && NAME_PARTICLES.contains(&t.folded.as_str())
        && !lex::is_capitalized(t.text(text))
}

/// The words of a name that count: not its lower-case particles.
fn name_words(text: &str, t: &[Tok], run: Run) -> Vec<usize> {
    (run.start..run.end)
        .filter(|&k| t[k].kind == Kind::Word && !is_particle(text, &t[k]))
        .collect()
}

impl<'g> Extractor<'g> {
    pub fn new(gaz: &'g Gazetteer, config: &crate::config::Config) -> Self {
        let mut aliases = HashMap::new();
        for a in &config.aliases {
            let kind = match a.kind.as_deref() {
                Some("person") => EntityKind::Person,
                Some("place") => EntityKind::Place,
                _ => EntityKind::Organization,
            };
            let key = Key::Name(kind, normalize_name_key(&gazetteer::key_of(&a.name)));
            for name in std::iter::once(&a.name).chain(&a.aliases) {
                aliases.insert(gazetteer::key_of(name), (kind, key.clone(), a.name.clone()));
            }
        }
        Extractor {
            gaz,
            lowercase: HashSet::new(),
            stemmers: Stemmers::new(),
            found: Vec::new(),
            pending: Vec::new(),
            depth: 0,
            aliases,
            ignore: config.ignore.iter().map(|n| gazetteer::key_of(n)).collect(),
        }
    }

    /// The organisation names found so far in a document (the last one read), by passage.
    pub fn organization_spans(&self, doc: u32) -> Vec<(u32, std::ops::Range<usize>)> {
        self.found
            .iter()
            .rev()
            .take_while(|f| f.doc == doc)
            .filter(|f| f.kind == EntityKind::Organization)
            .map(|f| (f.passage, f.span.0..f.span.1))
            .collect()
    }

    /// First pass over every document: the words it writes in lower case.
    pub fn observe(&mut self, d: &DocText) {
        for s in &d.sentences {
            for t in &s.toks {
                if t.kind == Kind::Word
                    && !lex::is_capitalized(t.text(d.text))
                    && !self.lowercase.contains(&t.folded)
                {
                    self.lowercase.insert(t.folded.clone());
                }
            }
        }
    }

    fn is_common(&self, folded: &str) -> bool {
        lex::is_stop_word(folded) || self.lowercase.contains(folded)
    }

    /// Reads one document.
    pub fn add_doc(&mut self, doc_id: u32, d: &DocText) {
        let mut names = DocNames::default();
        self.find_acronyms(d, &mut names);
        let mut cands: Vec<Cand> = Vec::new();
        let first = self.found.len();
        for (si, s) in d.sentences.iter().enumerate() {
            let runs = runs(d.text, &s.toks);
            for run in runs {
                self.read_run(doc_id, d, si, run, &mut names, &mut cands);
            }
        }
        self.resolve(doc_id, &mut names, cands, first);
    }

    /// "Long Form Name (LFN)": the acronym stands for the long form.
    fn find_acronyms(&mut self, d: &DocText, names: &mut DocNames) {
        for s in &d.sentences {
            let t = &s.toks;
            for i in 2..t.len().saturating_sub(1) {
                if !(t[i - 1].text(d.text) == "(" && t[i + 1].text(d.text) == ")") {
                    continue;
                }
                let acr = t[i].text(d.text);
                if t[i].kind != Kind::Word
                    || acr.chars().filter(|c| c.is_uppercase()).count() < 2
                    || !acr.chars().all(char::is_alphabetic)
                {
                    continue;
                }
                let letters: Vec<char> = acr
                    .chars()
                    .filter(|c| c.is_uppercase())
                    .flat_map(char::to_lowercase)
                    .collect();
                // The words before the bracket, back to where their initials spell the acronym.
                let Some(run) = run_ending_at(d.text, t, i - 2) else {
                    // "digital public infrastructure (DPI)": a term spelt out in lower case.
                    let words: Vec<&Tok> = t[i.saturating_sub(10)..i - 1]
                        .iter()
                        .filter(|x| x.kind == Kind::Word && !is_connector(&x.folded))
                        .collect();
                    if words.len() >= letters.len() {
                        let tail = &words[words.len() - letters.len()..];
                        let initials: Vec<char> = tail
                            .iter()
                            .filter_map(|x| x.folded.chars().next())
                            .collect();
                        if initials == letters {
                            names.acronyms.entry(acr.to_string()).or_insert(None);
                        }
                    }
                    continue;
                };
                let sig: Vec<usize> = (run.start..run.end)
                    .filter(|&k| t[k].kind == Kind::Word && !is_connector(&t[k].folded))
                    .collect();
                if sig.len() < letters.len().min(2) {
                    continue;
                }
                let mut start = None;
                for from in 0..sig.len() {
                    let initials: Vec<char> = sig[from..]
                        .iter()
                        .filter_map(|&k| t[k].folded.chars().next())
                        .collect();
                    if initials == letters {
                        start = Some(sig[from]);
                        break;
                    }
                }
                let start = match start {
                    Some(s) => s,
                    None if sig.len() >= 2 && t[sig[0]].folded.starts_with(letters[0]) => sig[0],
                    None => continue,
                };
                let long = Run {
                    start,
                    end: run.end,
                };
                let long_text = &d.text[t[long.start].start..t[long.end - 1].end];
                let key = normalize_name_key(&gazetteer::key_of(long_text));
                let known = self
                    .known(d, t, long, false)
                    .filter(|&(n, _)| n == long.end - long.start);
                let target = if let Some((_, e)) = known {
                    Some(self.key_of_entry(e))
                } else if (long.start..long.end).any(|k| is_org_word(&t[k].folded)) {
                    Some((
                        EntityKind::Organization,
                        Key::Name(EntityKind::Organization, key),
                    ))
                } else {
                    None
                };
                let target = target.map(|(kind, key)| (kind, key, long_text.to_string()));
                names.acronyms.entry(acr.to_string()).or_insert(target);
            }
        }
    }

    /// Whether the text around token `k` says it is a place: a locative word before it, a hyphen
    /// to another place, a case suffix, or ", Country" after it.
    fn locative(&self, d: &DocText, t: &[Tok], k: usize) -> bool {
        let is_place = |j: usize| {
            t.get(j).is_some_and(|x| {
                x.kind == Kind::Word
                    && self
                        .gaz
                        .lookup(&x.folded)
                        .iter()
                        .any(|e| matches!(e, Entry::Place(_)))
            })
        };
        if k >= 1 {
            let prev = &t[k - 1];
            if prev.kind == Kind::Word && LOCATIVES.contains(&prev.folded.as_str()) {
                return true;
            }
            // "Tbilisi and Akhalkalaki", "Gori, Khashuri": coordinated with a place.
            let coordinated =
                matches!(prev.folded.as_str(), "and" | "or") || prev.text(d.text) == ",";
            if coordinated
                && k >= 2
                && lex::is_capitalized(t[k - 2].text(d.text))
                && is_place(k - 2)
            {
                return true;
            }
            if prev.text(d.text) == "-" && !prev.space_before && k >= 2 && is_place(k - 2) {
                return true;
            }
        }
        match t.get(k + 1) {
            Some(next) if next.kind == Kind::Suffix => {
                let s = next.text(d.text);
                !(s.ends_with('s') && s.chars().count() == 2)
            }
            Some(next) if next.text(d.text) == "-" && !next.space_before => is_place(k + 2),
            // "Akhalkalaki in Georgia".
            Some(next) if next.folded == "in" => t.get(k + 2).is_some_and(|x| {
                lex::is_capitalized(x.text(d.text))
                    && self.gaz.lookup(&x.folded).iter().any(|e| {
                        matches!(e, Entry::Place(i) if self.gaz.places[*i as usize].kind == PlaceKind::Country)
                    })
            }),
            Some(next) if next.text(d.text) == "," => t.get(k + 2).is_some_and(|x| {
                self.gaz.lookup(&x.folded).iter().any(|e| {
                    matches!(e, Entry::Place(i) if self.gaz.places[*i as usize].kind == PlaceKind::Country)
                })
            }),
            _ => false,
        }
    }

    /// Whether an all-capitals word is an organisation's acronym: three letters or more, not an
    /// ordinary word in capitals (the corpus writes it in lower case too), not a unit, currency or
    /// common abbreviation.
    fn unexplained_acronym(&self, surface: &str) -> bool {
        let letters = surface.chars().filter(|c| c.is_alphabetic()).count();
        let folded = crate::text::fold(surface);
        letters >= 3
            && letters == surface.chars().count()
            && lex::is_all_caps(surface)
            && !NOT_ORGANIZATIONS.contains(&folded.as_str())
            && !self.is_common(&folded)
    }

    fn key_of_entry(&self, e: Entry) -> (EntityKind, Key) {
        match e {
            Entry::Place(i) => (EntityKind::Place, Key::Place(i)),
            Entry::Org(i) => (EntityKind::Organization, Key::Org(i)),
        }
    }

    /// The longest gazetteer name starting at token `at` and inside `run`, as (word count, entry).
    /// `run` is in token indices; names may not cross its end.
    fn known(
        &mut self,
        d: &DocText,
        t: &[Tok],
        run: Run,
        allow_common_city: bool,
    ) -> Option<(usize, Entry)> {
        let words: Vec<usize> = (run.start..run.end)
            .filter(|&k| t[k].kind != Kind::Punct)
            .collect();
        let max = words.len().min(self.gaz.max_words);
        for n in (1..=max).rev() {
            let slice = &words[..n];
            let key = gazetteer::join_keys(slice.iter().map(|&k| t[k].folded.as_str()));
            let mut entries = self.gaz.lookup(&key);
            if entries.is_empty() && d.lang == "ru" {
                let originals: Vec<&str> = slice.iter().map(|&k| t[k].text(d.text)).collect();
                let stem = gazetteer::stem_key(&mut self.stemmers, &originals);
                if stem.chars().count() >= 3 {
                    entries = self.gaz.lookup_stem(&stem);
                }
            }
            let Some(&entry) = entries.first() else {
                continue;
            };
            let first = t[slice[0]].text(d.text);
            if !lex::is_capitalized(first) {
                continue;
            }
            if n == 1 {
                let surface = first;
                // "US$1.2 billion": a currency.
                if t.get(slice[0] + 1)
                    .is_some_and(|x| x.text(d.text) == "$" && !x.space_before)
                {
                    continue;
                }
                if let Entry::Place(i) = entry {
                    let p = &self.gaz.places[i as usize];
                    if p.kind == PlaceKind::City {
                        let folded = &t[slice[0]].folded;
                        if !allow_common_city && self.is_common(folded) {
                            continue;
                        }
                        if lex::is_all_caps(surface) && p.population < 500_000 {
                            continue;
                        }
                        if lex::month(folded).is_some() || NOT_CITIES.contains(&folded.as_str()) {
                            continue;
                        }
                        // A small town's name is often something else too: only where the text
                        // puts a place ("in Astara", "Rasht-Astara", "Astara, Azerbaijan").
                        if p.population < SMALL_CITY && !self.locative(d, t, slice[0]) {
                            continue;
                        }
                    }
                }
                if let Entry::Org(_) = entry {
                    // An acronym must be written as one.
                    let listed = self.gaz.orgs[match entry {
                        Entry::Org(i) => i as usize,
                        _ => unreachable!(),
                    }]
                    .name
                    .as_str();
                    if surface.chars().count() <= 5
                        && !lex::is_all_caps(surface)
                        && surface != listed
                    {
                        continue;
                    }
                }
            }
            // Multi-word Latin names: every significant word capitalised.
            if n > 1
                && !d.text[t[slice[0]].start..t[slice[n - 1]].end]
                    .chars()
                    .any(|c| ('\u{400}'..='\u{4ff}').contains(&c))
            {
                let ok = slice.iter().all(|&k| {
                    let w = t[k].text(d.text);
                    lex::is_capitalized(w)
                        || is_connector(&t[k].folded)
                        || t[k].kind == Kind::Suffix
                });
                if !ok {
                    continue;
                }
            }
            // The count in tokens, punctuation inside included.
            let end_tok = slice[n - 1] + 1;
            return Some((end_tok - run.start, entry));
        }
        None
    }

    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        doc: u32,
        d: &DocText,
        passage: u32,
        t: &[Tok],
        run: Run,
        kind: EntityKind,
        key: Key,
        rule: &'static str,
        confidence: f32,
    ) {
        let span = (t[run.start].start, t[run.end - 1].end);
        let subtype = match key {
            Key::Place(i) => Some(match self.gaz.places[i as usize].kind {
                PlaceKind::Country => "country",
                PlaceKind::City => "city",
            }),
            Key::Org(_) => Some("international"),
            _ => None,
        };
        self.found.push(Found {
            doc,
            passage,
            span,
            surface: d.text[span.0..span.1].to_string(),
            kind,
            key,
            rule,
            confidence,
            role: None,
            subtype,
        });
    }

    fn read_run(
        &mut self,
        doc: u32,
        d: &DocText,
        si: usize,
        run: Run,
        names: &mut DocNames,
        cands: &mut Vec<Cand>,
    ) {
        if self.depth > 16 {
            self.candidate(d, si, run, cands);
            return;
        }
        self.depth += 1;
        self.read_run_inner(doc, d, si, run, names, cands);
        self.depth -= 1;
    }

    fn read_run_inner(
        &mut self,
        doc: u32,
        d: &DocText,
        si: usize,
        run: Run,
        names: &mut DocNames,
        cands: &mut Vec<Cand>,
    ) {
        let s = &d.sentences[si];
        let t = &s.toks;
        let passage = s.passage;
        if run.start >= run.end {
            return;
        }
        // Leading small words are no part of a name ("The", "Then").
        let mut run = run;
        while run.start < run.end
            && (t[run.start].kind != Kind::Word
                || is_connector(&t[run.start].folded)
                || (lex::is_stop_word(&t[run.start].folded)
                    && !lex::is_all_caps(t[run.start].text(d.text))))
        {
            run.start += 1;
        }
        while run.end > run.start
            && (t[run.end - 1].kind == Kind::Punct || is_connector(&t[run.end - 1].folded))
        {
            run.end -= 1;
        }
        if run.start >= run.end {
            return;
        }
        let len = run.end - run.start;

        // 0. A name the configuration gives.
        if !self.aliases.is_empty() {
            let key = gazetteer::key_of(&d.text[t[run.start].start..t[run.end - 1].end]);
            if let Some((kind, entity, _)) = self.aliases.get(&key).cloned() {
                self.push(doc, d, passage, t, run, kind, entity, "config:alias", 0.95);
                return;
            }
        }
        // 1. The whole run is a known name, or an acronym the document defines.
        if let Some((n, e)) = self.known(d, t, run, false) {
            if n == len {
                let (kind, key) = self.key_of_entry(e);
                let (rule, conf) = self.gazetteer_rule(e);
                self.push(doc, d, passage, t, run, kind, key, rule, conf);
                return;
            }
        }
        if len == 1 {
            let w = t[run.start].text(d.text);
            if let Some(def) = names.acronyms.get(w) {
                if let Some((kind, key, _)) = def.clone() {
                    self.push(doc, d, passage, t, run, kind, key, "acronym", 0.9);
                }
                return;
            }
        }
        // An official long form: "Republic of Azerbaijan", "Islamic Republic of Iran".
        if let Some(of) = (run.start..run.end).find(|&k| t[k].folded == "of") {
            let head_ok = (run.start..of).all(|k| {
                matches!(
                    t[k].folded.as_str(),
                    "republic"
                        | "kingdom"
                        | "sultanate"
                        | "state"
                        | "emirate"
                        | "principality"
                        | "federation"
                        | "commonwealth"
                        | "islamic"
                        | "democratic"
                        | "people"
                        | "peoples"
                        | "socialist"
                        | "federal"
                        | "united"
                        | "arab"
                        | "grand"
                        | "duchy"
                        | "plurinational"
                        | "bolivarian"
                        | "hashemite"
                        | "-"
                ) || t[k].kind == Kind::Suffix
            });
            if head_ok && of > run.start {
                let rest = Run {
                    start: of + 1,
                    end: run.end,
                };
                let rest = Run {
                    start: if t.get(rest.start).is_some_and(|x| x.folded == "the") {
                        rest.start + 1
                    } else {
                        rest.start
                    },
                    end: rest.end,
                };
                if let Some((n, e @ Entry::Place(i))) = self.known(d, t, rest, true) {
                    if self.gaz.places[i as usize].kind == PlaceKind::Country {
                        let (kind, key) = self.key_of_entry(e);
                        let name = Run {
                            start: run.start,
                            end: rest.start + n,
                        };
                        self.push(doc, d, passage, t, name, kind, key, "official-name", 0.9);
                        // "the Republic of Türkiye and Ukraine": the rest is read on its own.
                        let after = Run {
                            start: name.end,
                            end: run.end,
                        };
                        if after.end > after.start {
                            self.read_run(doc, d, si, after, names, cands);
                        }
                        return;
                    }
                }
            }
        }

        // 2. An organisation word.
        if let Some(k) = (run.start..run.end).find(|&k| {
            t[k].kind == Kind::Word
                && is_org_word(&t[k].folded)
                && lex::is_capitalized(t[k].text(d.text))
        }) {
            let mut org = org_span(d.text, t, run, k);
            // "the Port of Baku": a port named by its city is the place.
            if t[k].folded == "port"
                && org.start == k
                && t.get(k + 1).is_some_and(|x| x.folded == "of")
            {
                let place = Run {
                    start: k + 2,
                    end: org.end,
                };
                if let Some((n, Entry::Place(_))) = self.known(d, t, place, true) {
                    if n == place.end - place.start {
                        if run.start < k {
                            self.read_run(
                                doc,
                                d,
                                si,
                                Run {
                                    start: run.start,
                                    end: k,
                                },
                                names,
                                cands,
                            );
                        }
                        self.read_run(doc, d, si, place, names, cands);
                        if org.end < run.end {
                            self.read_run(
                                doc,
                                d,
                                si,
                                Run {
                                    start: org.end,
                                    end: run.end,
                                },
                                names,
                                cands,
                            );
                        }
                        return;
                    }
                }
            }
            // "Development Fund of the SCO": the complement is another organisation.
            for j in k + 1..org.end {
                if !matches!(t[j].folded.as_str(), "of" | "on" | "for") {
                    continue;
                }
                let mut m = j + 1;
                if t.get(m).is_some_and(|x| x.folded == "the") {
                    m += 1;
                }
                let Some(w) = t.get(m) else { break };
                let defined = matches!(names.acronyms.get(w.text(d.text)), Some(Some(_)));
                let listed = self
                    .gaz
                    .lookup(&w.folded)
                    .iter()
                    .any(|e| matches!(e, Entry::Org(_)));
                if defined || listed {
                    org.end = j;
                    break;
                }
            }
            let surface = &d.text[t[org.start].start..t[org.end - 1].end];
            let key = normalize_name_key(&gazetteer::key_of(surface));
            let subtype = org_subtype(t, org);
            // Known under that name (an acronym's long form, a listed organisation)?
            let gaz = self
                .gaz
                .lookup(&key)
                .iter()
                .find(|e| matches!(e, Entry::Org(_)))
                .copied();
            let (kind, key) = match gaz {
                Some(e) => self.key_of_entry(e),
                None => (
                    EntityKind::Organization,
                    Key::Name(EntityKind::Organization, key),
                ),
            };
            let before = Run {
                start: run.start,
                end: org.start,
            };
            let after = Run {
                start: org.end,
                end: run.end,
            };
            let title_before =
                (before.start..before.end).any(|k| self.title_at(d, t, k, before.end).is_some());
            self.push(
                doc,
                d,
                passage,
                t,
                org,
                kind,
                key.clone(),
                "organization-word",
                0.85,
            );
            if let Some(f) = self.found.last_mut() {
                if f.subtype.is_none() {
                    f.subtype = subtype;
                }
            }
            if let Key::Name(..) = key {
                let folded = gazetteer::key_of(surface);
                names.full.insert(folded, (kind, key.clone()));
            }
            // Countries named inside the organisation's name ("Iran-Azerbaijan ... Group").
            for k in org.start..org.end {
                if t[k].kind != Kind::Word {
                    continue;
                }
                let one = Run {
                    start: k,
                    end: k + 1,
                };
                if let Some((1, e @ Entry::Place(i))) = self.known(d, t, one, false) {
                    if self.gaz.places[i as usize].kind == PlaceKind::Country {
                        let (kind, key) = self.key_of_entry(e);
                        self.push(doc, d, passage, t, one, kind, key, "country-in-name", 0.6);
                    }
                }
            }
            if before.end > before.start && !title_before {
                self.read_run(doc, d, si, before, names, cands);
            }
            if after.end > after.start {
                // "Chairman of the X Administration Samir Nuriyev": a title before the
                // organisation makes the words after it a person.
                if title_before {
                    let role = d.text[t[run.start].start..t[org.end - 1].end].to_string();
                    self.person_after_title(doc, d, si, after, role, names, cands);
                } else {
                    self.read_run(doc, d, si, after, names, cands);
                }
            }
            return;
        }

        // 3. A title: the person after it, the employer before it.
        for k in run.start..run.end {
            if let Some(n) = self.title_at(d, t, k, run.end) {
                // "Transport Minister", "Energy Minister": the portfolio is part of the title.
                let mut k = k;
                let n = {
                    let mut n = n;
                    // "Supreme Leader", "Acting President": so are the words that qualify it.
                    while k > run.start && TITLE_MODIFIERS.contains(&t[k - 1].folded.as_str()) {
                        k -= 1;
                        n += 1;
                    }
                    if PORTFOLIO_TITLES.contains(&t[k + n - 1].folded.as_str()) {
                        while k > run.start
                            && t[k - 1].kind == Kind::Word
                            && !is_connector(&t[k - 1].folded)
                            && self
                                .known(
                                    d,
                                    t,
                                    Run {
                                        start: k - 1,
                                        end: k,
                                    },
                                    false,
                                )
                                .is_none()
                            && !names.acronyms.contains_key(t[k - 1].text(d.text))
                            && !self.is_demonym(&t[k - 1].folded)
                        {
                            k -= 1;
                            n += 1;
                        }
                    }
                    n
                };
                let before = Run {
                    start: run.start,
                    end: k,
                };
                let after = Run {
                    start: k + n,
                    end: run.end,
                };
                // "Deputy Chief of Staff of Azerbaijan's Ministry": the title's complement;
                // "Minister of Economy Mikayil Jabbarov": a complement, then a name.
                if after.end > after.start && is_connector(&t[after.start].folded) {
                    if before.end > before.start {
                        self.employer(doc, d, si, before, names, cands);
                    }
                    let words: Vec<usize> = (after.start..after.end)
                        .filter(|&j| t[j].kind == Kind::Word)
                        .collect();
                    let name_at =
                        (words.len() >= 4)
                            .then(|| words[words.len() - 2])
                            .filter(|&at| {
                                let prev = &t[at - 1];
                                !is_connector(&prev.folded)
                                    && (at..after.end).all(|j| {
                                        t[j].kind == Kind::Word
                                            && !self.is_common(&t[j].folded)
                                            && !is_org_word(&t[j].folded)
                                            && self.gaz.lookup(&t[j].folded).is_empty()
                                    })
                            });
                    match name_at {
                        Some(at) => {
                            let role = d.text[t[run.start].start..t[at - 1].end].to_string();
                            let complement = Run {
                                start: after.start,
                                end: at,
                            };
                            self.known_inside(doc, d, si, complement, names, cands);
                            let name = Run {
                                start: at,
                                end: after.end,
                            };
                            self.person_after_title(doc, d, si, name, role, names, cands);
                        }
                        None => self.read_run(doc, d, si, after, names, cands),
                    }
                    return;
                }
                // "President X and Prime Minister Y": the name ends at "and".
                let mut after = after;
                let mut rest = None;
                if let Some(and) =
                    (after.start..after.end).find(|&j| matches!(t[j].folded.as_str(), "and" | "&"))
                {
                    rest = Some(Run {
                        start: and + 1,
                        end: after.end,
                    });
                    after.end = and;
                }
                if let Some(rest) = rest {
                    let role = d.text[t[run.start].start..t[k + n - 1].end].to_string();
                    if after.end > after.start {
                        if before.end > before.start {
                            self.employer(doc, d, si, before, names, cands);
                        }
                        self.person_after_title(doc, d, si, after, role.clone(), names, cands);
                    }
                    // "Presidents Ilham Aliyev and Xi Jinping": a plural title covers both.
                    let plural = t[k + n - 1].folded.ends_with('s')
                        && self.gaz.title(&title_key(t, k, n)).is_none();
                    let rest_words = (rest.start..rest.end)
                        .filter(|&j| t[j].kind == Kind::Word)
                        .count();
                    let rest_titled =
                        (rest.start..rest.end).any(|j| self.title_at(d, t, j, rest.end).is_some());
                    if plural && (2..=3).contains(&rest_words) && !rest_titled {
                        self.person_after_title(doc, d, si, rest, role, names, cands);
                    } else {
                        self.read_run(doc, d, si, rest, names, cands);
                    }
                    return;
                }
                if after.end > after.start {
                    let role = d.text[t[run.start].start..t[k + n - 1].end].to_string();
                    let honorific = self.gaz.title(&title_key(t, k, n)) == Some(true);
                    let role = if honorific && before.start == before.end {
                        String::new()
                    } else {
                        role
                    };
                    if before.end > before.start {
                        self.employer(doc, d, si, before, names, cands);
                    }
                    self.person_after_title(doc, d, si, after, role, names, cands);
                    return;
                }
            }
        }
        // A lower-case title just before the run ("secretary general Dmitry Mezentsev").
        if let Some(role) = self.title_before(d, t, run.start) {
            self.person_after_title(doc, d, si, run, role, names, cands);
            return;
        }

        // A person's name whose first name is also a town ("Vladimir Putin said"): the context
        // decides.
        let words = (run.start..run.end)
            .filter(|&k| t[k].kind == Kind::Word)
            .count();
        // "Грузии Леван Давиташвили отметил": a country's name (in any case) is no first name.
        let first_is_country = matches!(
            self.known(d, t, Run { start: run.start, end: run.start + 1 }, false),
            Some((_, Entry::Place(i))) if self.gaz.places[i as usize].kind == PlaceKind::Country
        );
        if (2..=3).contains(&words) {
            if let Some(c) = self.evidence(d, si, run) {
                if c.source == Some("described-organization") {
                    cands.push(c);
                    return;
                }
                // "Vladimir Koltsov": a town's name, then a surname.
                let entries = self.gaz.lookup(&t[run.start].folded);
                let first_is_town = words == 2
                    && !entries.is_empty()
                    && !self.locative(d, t, run.start)
                    && entries
                        .iter()
                        .all(|e| matches!(e, Entry::Place(i) if self.gaz.places[*i as usize].kind == PlaceKind::City));
                if !first_is_country
                    && matches!(c.person, Some((rule, ..)) if rule != "surname-ending" || first_is_town)
                    && self
                        .known(
                            d,
                            t,
                            Run {
                                start: run.end - 1,
                                end: run.end,
                            },
                            false,
                        )
                        .is_none()
                {
                    cands.push(c);
                    return;
                }
            }
        }

        // 4. Known names inside the run; 5. what is left is a candidate.
        self.known_inside(doc, d, si, run, names, cands);
    }

    /// Known names inside a run (gazetteers, acronyms the document defines); what lies between
    /// them is a candidate.
    fn known_inside(
        &mut self,
        doc: u32,
        d: &DocText,
        si: usize,
        run: Run,
        names: &mut DocNames,
        cands: &mut Vec<Cand>,
    ) {
        let t = &d.sentences[si].toks;
        let passage = d.sentences[si].passage;
        let mut k = run.start;
        let mut rest_start = run.start;
        let mut any = false;
        while k < run.end {
            if t[k].kind == Kind::Word {
                let sub = Run {
                    start: k,
                    end: run.end,
                };
                if let Some((n, e)) = self.known(d, t, sub, false) {
                    if rest_start < k {
                        self.candidate(
                            d,
                            si,
                            Run {
                                start: rest_start,
                                end: k,
                            },
                            cands,
                        );
                    }
                    let (kind, key) = self.key_of_entry(e);
                    let (rule, conf) = self.gazetteer_rule(e);
                    self.push(
                        doc,
                        d,
                        passage,
                        t,
                        Run {
                            start: k,
                            end: k + n,
                        },
                        kind,
                        key,
                        rule,
                        conf,
                    );
                    k += n;
                    rest_start = k;
                    any = true;
                    continue;
                }
                let w = t[k].text(d.text);
                if let Some(Some((kind, key, _))) = names.acronyms.get(w).cloned() {
                    if rest_start < k {
                        self.candidate(
                            d,
                            si,
                            Run {
                                start: rest_start,
                                end: k,
                            },
                            cands,
                        );
                    }
                    self.push(
                        doc,
                        d,
                        passage,
                        t,
                        Run {
                            start: k,
                            end: k + 1,
                        },
                        kind,
                        key,
                        "acronym",
                        0.9,
                    );
                    k += 1;
                    rest_start = k;
                    any = true;
                    continue;
                }
            }
            k += 1;
        }
        if any {
            if rest_start < run.end {
                self.candidate(
                    d,
                    si,
                    Run {
                        start: rest_start,
                        end: run.end,
                    },
                    cands,
                );
            }
            return;
        }
        self.candidate(d, si, run, cands);
    }

    fn gazetteer_rule(&self, e: Entry) -> (&'static str, f32) {
        match e {
            Entry::Org(_) => ("gazetteer:organizations", 0.9),
            Entry::Place(i) => {
                let p = &self.gaz.places[i as usize];
                match p.kind {
                    PlaceKind::Country => ("gazetteer:countries", 0.95),
                    PlaceKind::City if p.population >= 1_000_000 => ("gazetteer:cities", 0.85),
                    PlaceKind::City => ("gazetteer:cities", 0.7),
                }
            }
        }
    }

    /// Number of tokens of a title starting at `k` (not past `end`).
    fn title_at(&self, d: &DocText, t: &[Tok], k: usize, end: usize) -> Option<usize> {
        if t[k].kind != Kind::Word {
            return None;
        }
        let mut best = None;
        let mut words = 0;
        let mut j = k;
        while j < end && words < self.gaz.max_title_words {
            if t[j].kind == Kind::Word {
                words += 1;
                let key = title_key(t, k, j + 1 - k);
                let singular = key.strip_suffix('s').unwrap_or(&key);
                if (self.gaz.title(&key).is_some() || self.gaz.title(singular) == Some(false))
                    && lex::is_capitalized(t[k].text(d.text))
                {
                    best = Some(j + 1 - k);
                }
            } else if t[j].text(d.text) != "-" && t[j].text(d.text) != "." {
                break;
            }
            j += 1;
        }
        // "Mr. Ahmadov", "Dr. Aliyeva": the abbreviation's dot goes with the title.
        best.map(|n| {
            if k + n < end && t[k + n].text(d.text) == "." {
                n + 1
            } else {
                n
            }
        })
    }

    /// A lower-case title right before token `start` ("the bloc's secretary general").
    fn title_before(&self, d: &DocText, t: &[Tok], start: usize) -> Option<String> {
        let max = self.gaz.max_title_words;
        for n in (1..=max.min(start)).rev() {
            let from = start - n;
            if (from..start).any(|k| t[k].kind == Kind::Punct && t[k].text(d.text) != "-") {
                continue;
            }
            let key = title_key(t, from, n);
            if self.gaz.title(&key) == Some(false) {
                return Some(d.text[t[from].start..t[start - 1].end].to_string());
            }
        }
        None
    }

    /// The words before a title: the employer ("Huawei Vice President"), unless a demonym
    /// ("Russian President") or a known name.
    fn employer(
        &mut self,
        doc: u32,
        d: &DocText,
        si: usize,
        run: Run,
        names: &mut DocNames,
        cands: &mut Vec<Cand>,
    ) {
        let t = &d.sentences[si].toks;
        let len = run.end - run.start;
        // "the Annual Forum of the Ministers of ...": the title is the complement of a name
        // before it, which employs no one.
        if is_connector(&t[run.end - 1].folded) {
            self.read_run(doc, d, si, run, names, cands);
            return;
        }
        if let Some((n, _)) = self.known(d, t, run, false) {
            if n == len {
                self.read_run(doc, d, si, run, names, cands);
                return;
            }
        }
        let w = t[run.start].text(d.text);
        if len == 1 && names.acronyms.contains_key(w) {
            self.read_run(doc, d, si, run, names, cands);
            return;
        }
        if len == 1
            && (self.is_demonym(&t[run.start].folded) || self.is_common(&t[run.start].folded))
        {
            return;
        }
        if (run.start..run.end).any(|k| t[k].kind == Kind::Word && self.is_demonym(&t[k].folded)) {
            return;
        }
        let surface = &d.text[t[run.start].start..t[run.end - 1].end];
        let key = normalize_name_key(&gazetteer::key_of(surface));
        let key = Key::Name(EntityKind::Organization, key);
        self.push(
            doc,
            d,
            d.sentences[si].passage,
            t,
            run,
            EntityKind::Organization,
            key.clone(),
            "employer-before-title",
            0.6,
        );
        if len == 1 {
            names
                .short
                .insert(t[run.start].folded.clone(), (EntityKind::Organization, key));
        }
    }

    fn is_demonym(&self, folded: &str) -> bool {
        if DEMONYMS.contains(&folded) {
            return true;
        }
        let chars: Vec<char> = folded.chars().collect();
        if chars.len() < 5 {
            return false;
        }
        if !self.gaz.lookup(folded).is_empty() {
            return false;
        }
        // Iranian, Kazakh, Azerbaijani, Russian: a country name starts the same way.
        let prefix: String = chars[..4].iter().collect();
        let ends = ["n", "an", "ian", "i", "ese", "ish", "h", "k", "z", "c"];
        if !ends.iter().any(|e| folded.ends_with(e)) {
            return false;
        }
        self.gaz.country_prefixes.contains(&prefix)
    }

    #[allow(clippy::too_many_arguments)]
    fn person_after_title(
        &mut self,
        doc: u32,
        d: &DocText,
        si: usize,
        run: Run,
        role: String,
        names: &mut DocNames,
        cands: &mut Vec<Cand>,
    ) {
        let t = &d.sentences[si].toks;
        // "генеральный секретарь ШОС Рашид Алимов", "Президент России Владимир Путин": a known
        // name, then the person. A place is only taken off when a name of two words is left
        // ("President Vladimir Putin": Vladimir is a town too).
        let mut run = run;
        while run.end - run.start > 1 {
            let w = t[run.start].text(d.text);
            let words_left = (run.start + 1..run.end)
                .filter(|&k| t[k].kind == Kind::Word)
                .count();
            let known = match self.known(
                d,
                t,
                Run {
                    start: run.start,
                    end: run.start + 1,
                },
                false,
            ) {
                Some((_, Entry::Org(_))) => true,
                Some((_, Entry::Place(_))) => words_left >= 2,
                None => false,
            } || names.acronyms.contains_key(w)
                || (lex::is_all_caps(w) && run.end - run.start >= 3);
            if !known {
                break;
            }
            self.read_run(
                doc,
                d,
                si,
                Run {
                    start: run.start,
                    end: run.start + 1,
                },
                names,
                cands,
            );
            run.start += 1;
        }
        // "President Ilham Aliyev on Friday", "Minister X on the Y river": the name ends at a small
        // word; what follows is read on its own.
        if let Some(cut) = (run.start + 1..run.end).find(|&k| {
            t[k].kind == Kind::Word
                && is_connector(&t[k].folded)
                && !lex::is_capitalized(t[k].text(d.text))
                && !is_particle(d.text, &t[k])
        }) {
            let rest = Run {
                start: cut,
                end: run.end,
            };
            run.end = cut;
            self.read_run(doc, d, si, rest, names, cands);
        }
        // A known place or organisation after a title is not a person ("Minister of Energy").
        if let Some((n, _)) = self.known(d, t, run, true) {
            if n == run.end - run.start {
                self.read_run(doc, d, si, run, names, cands);
                return;
            }
        }
        let words = name_words(d.text, t, run);
        if words.len() > 5 {
            self.read_run(doc, d, si, run, names, cands);
            return;
        }
        // "Глава Минэнерго Казахстана Алмасадам Саткалиев": a name is two or three words; the
        // words before the last two are read on their own.
        if words.len() > 3 {
            let split = words[words.len() - 2];
            let head = Run {
                start: run.start,
                end: split,
            };
            self.known_inside(doc, d, si, head, names, cands);
            run.start = split;
        }
        if (run.start..run.end)
            .filter(|&k| t[k].kind == Kind::Word)
            .all(|k| lex::is_all_caps(t[k].text(d.text)))
        {
            // "председатель ЗАО «...»": an acronym, not a name.
            self.candidate(d, si, run, cands);
            return;
        }
        let mut c = self.make_cand(d, si, run);
        let role = (!role.is_empty()).then_some(role);
        c.person = Some(("title", 0.9, role));
        cands.push(c);
    }

    fn make_cand(&self, d: &DocText, si: usize, run: Run) -> Cand {
        let s = &d.sentences[si];
        let t = &s.toks;
        let span = (t[run.start].start, t[run.end - 1].end);
        let surface = d.text[span.0..span.1].to_string();
        let words = name_words(d.text, t, run).len();
        let sentence_initial = run.start == 0
            || (run.start >= 1 && t[..run.start].iter().all(|x| x.kind == Kind::Punct));
        let after_quote = run.start >= 1
            && matches!(
                t[run.start - 1].text(d.text),
                "“" | "\"" | "«" | "‘" | ":" | "—" | "–"
            );
        Cand {
            passage: s.passage,
            span,
            key: person_key(d.lang, &surface),
            surface,
            words,
            sentence_initial: sentence_initial || after_quote,
            all_caps: lex::is_all_caps(t[run.start].text(d.text)) && words == 1,
            person: None,
            source: None,
        }
    }

    /// Records an unknown run with the evidence its context gives.
    fn candidate(&mut self, d: &DocText, si: usize, run: Run, cands: &mut Vec<Cand>) {
        let s = &d.sentences[si];
        let t = &s.toks;
        let mut run = run;
        let edge = |x: &Tok| {
            x.kind != Kind::Word || is_connector(&x.folded) || WEEKDAYS.contains(&x.folded.as_str())
        };
        while run.start < run.end && edge(&t[run.start]) {
            run.start += 1;
        }
        while run.end > run.start && edge(&t[run.end - 1]) {
            run.end -= 1;
        }
        if run.start >= run.end {
            return;
        }
        // "Erdoğan and Aliyev": a name holds no "and"; each side is read on its own, unless the
        // context says the whole is a news source ("Johnson and Johnson reported").
        if let Some(and) = (run.start + 1..run.end - 1).find(|&k| t[k].folded == "and") {
            let whole_is_source = self
                .evidence(d, si, run)
                .is_some_and(|c| c.source.is_some());
            if !whole_is_source {
                self.candidate(
                    d,
                    si,
                    Run {
                        start: run.start,
                        end: and,
                    },
                    cands,
                );
                self.candidate(
                    d,
                    si,
                    Run {
                        start: and + 1,
                        end: run.end,
                    },
                    cands,
                );
                return;
            }
        }
        // "МИД Эльмар Мамедъяров": an acronym, then a name.
        if run.end - run.start >= 3
            && lex::is_all_caps(t[run.start].text(d.text))
            && t[run.start + 1].kind == Kind::Word
        {
            self.candidate(
                d,
                si,
                Run {
                    start: run.start,
                    end: run.start + 1,
                },
                cands,
            );
            self.candidate(
                d,
                si,
                Run {
                    start: run.start + 1,
                    end: run.end,
                },
                cands,
            );
            return;
        }
        if let Some(c) = self.evidence(d, si, run) {
            cands.push(c);
        }
    }

    /// A candidate for a run and the evidence its context gives; `None` for runs too long to be
    /// a name.
    fn evidence(&self, d: &DocText, si: usize, run: Run) -> Option<Cand> {
        let s = &d.sentences[si];
        let t = &s.toks;
        let mut c = self.make_cand(d, si, run);
        if c.words > 4 {
            return None;
        }
        // A country's name inside: not a person's name ("Kazakhstan Temir Zholy").
        let has_country = (run.start..run.end).any(|k| {
            t[k].kind == Kind::Word
                && self.gaz.lookup(&t[k].folded).iter().any(|e| {
                    matches!(e, Entry::Place(i) if self.gaz.places[*i as usize].kind == PlaceKind::Country)
                })
        });
        // "the railway company Kazakhstan Temir Zholy", "the French utility EDF".
        if run.start >= 1
            && ORG_DESCRIPTORS.contains(&t[run.start - 1].folded.as_str())
            && !lex::is_capitalized(t[run.start - 1].text(d.text))
        {
            c.source = Some("described-organization");
        }
        // "Masdar of the United Arab Emirates": a firm and its country.
        if c.words == 1 && !c.sentence_initial && !self.is_common(&t[run.start].folded) {
            let mut m = run.end;
            if t.get(m).is_some_and(|x| x.folded == "of") {
                m += 1;
                if t.get(m).is_some_and(|x| x.folded == "the") {
                    m += 1;
                }
                if m < t.len() && m != run.end {
                    let rest = Run {
                        start: m,
                        end: (m + 4).min(t.len()),
                    };
                    let country = (1..=rest.end - rest.start).rev().any(|n| {
                        let key = gazetteer::join_keys(
                            t[m..m + n].iter().filter(|x| x.kind == Kind::Word).map(|x| x.folded.as_str()),
                        );
                        self.gaz.lookup(&key).iter().any(|e| {
                            matches!(e, Entry::Place(i) if self.gaz.places[*i as usize].kind == PlaceKind::Country)
                        })
                    });
                    if country {
                        c.source = Some("organization-of-country");
                    }
                }
            }
        }
        let word_at = |k: usize| t.get(k).map(|x| x.folded.as_str()).unwrap_or("");
        let text_at = |k: usize| t.get(k).map(|x| x.text(d.text)).unwrap_or("");
        let mut next = run.end;
        if t.get(next).is_some_and(|x| x.kind == Kind::Suffix) {
            next += 1;
        }
        // "X, Deputy Chief of Staff at ...," / "X, Azerbaijan's Minister of Energy," / "X, who ..."
        if text_at(next) == "," && c.words >= 2 {
            if let Some(role) = self.apposition(d, t, next + 1) {
                c.person = Some(("apposition", 0.85, Some(role)));
            }
        }
        // "Talveron, the regional power operator", "Nordlink, part of Varga Holding".
        if c.person.is_none() && text_at(next) == "," && self.org_apposition(d, t, next + 1) {
            c.source = Some("described-organization");
        }
        // "Ambassador to China Akram Zeynalli": a title, "to" and a place, then the name.
        if c.person.is_none() && (2..=3).contains(&c.words) {
            let mut k = run.start;
            while k > 0
                && t[k - 1].kind == Kind::Word
                && lex::is_capitalized(t[k - 1].text(d.text))
                && self
                    .gaz
                    .lookup(&t[k - 1].folded)
                    .iter()
                    .any(|e| matches!(e, Entry::Place(_)))
            {
                k -= 1;
            }
            if k < run.start
                && k >= 2
                && matches!(word_at(k - 1), "to" | "of" | "in" | "at" | "for")
            {
                let end = k - 1;
                let titled = (1..=self.gaz.max_title_words.min(end)).any(|n| {
                    (end - n..end).all(|j| t[j].kind == Kind::Word)
                        && self.gaz.title(&title_key(t, end - n, n)) == Some(false)
                });
                if titled {
                    let from = (1..=self.gaz.max_title_words.min(end))
                        .rev()
                        .find(|&n| {
                            (end - n..end).all(|j| t[j].kind == Kind::Word)
                                && self.gaz.title(&title_key(t, end - n, n)) == Some(false)
                        })
                        .map(|n| end - n)
                        .unwrap_or(end);
                    let role = d.text[t[from].start..t[run.start - 1].end].to_string();
                    c.person = Some(("title", 0.85, Some(role)));
                }
            }
        }
        // Reporting verbs.
        let after = word_at(next);
        if c.person.is_none() && PERSON_VERBS_AFTER.contains(&after) && (2..=3).contains(&c.words) {
            c.person = Some(("said", 0.7, None));
        }
        // "..., said Hikmet Hajiyev."
        if c.person.is_none()
            && run.start >= 1
            && matches!(
                word_at(run.start - 1),
                "said" | "says" | "added" | "noted" | "stressed"
            )
            && (2..=3).contains(&c.words)
        {
            c.person = Some(("said", 0.7, None));
        }
        if SOURCE_VERBS_AFTER.contains(&after) && c.words <= 3 {
            c.source = Some("reporting-source");
        }
        if run.start >= 1 {
            let before = word_at(run.start - 1);
            if SOURCE_BEFORE.contains(&before) && before != "to" && c.words <= 3 {
                c.source = Some("reporting-source");
            }
            if before == "to" && run.start >= 2 && word_at(run.start - 2) == "according" {
                if c.words == 1 {
                    c.source = Some("reporting-source");
                } else if c.person.is_none() {
                    c.person = Some(("according-to", 0.6, None));
                }
            }
            // "(Report)" after a dateline, "(Vzgliad, March 14)": a cited source.
            if text_at(run.start - 1) == "(" && c.words <= 3 && !c.all_caps {
                let dateline = run.start >= 2 && {
                    let p = &t[run.start - 2];
                    p.kind == Kind::Number
                        || lex::month(&p.folded).is_some()
                        || self
                            .gaz
                            .lookup(&p.folded)
                            .iter()
                            .any(|e| matches!(e, Entry::Place(_)))
                };
                let close = text_at(next) == ")" && dateline;
                let dated = text_at(next) == ","
                    && t.get(next + 1)
                        .is_some_and(|x| lex::month(&x.folded).is_some());
                if close || dated {
                    c.source = Some("cited-source");
                }
            }
        }
        // A domain name: "UzDaily.com".
        if c.words == 1
            && c.surface.contains('.')
            && c.surface.rsplit('.').next().is_some_and(|tld| {
                (2..=4).contains(&tld.len()) && tld.chars().all(|ch| ch.is_ascii_lowercase())
            })
        {
            c.source = Some("web-domain");
        }
        if c.source == Some("described-organization") {
            c.person = None;
        }
        if has_country && matches!(c.person, Some((rule, ..)) if rule != "apposition") {
            c.person = None;
        }
        // A byline: the passage is the name alone, at the top.
        if c.person.is_none()
            && (2..=3).contains(&c.words)
            && (run.start == 0 || (run.start == 1 && t[0].folded == "by"))
            && t.len() == run.end
        {
            let first_passages = d.first_passages(2);
            if first_passages.contains(&s.passage)
                && (run.start..run.end).all(|k| t[k].kind == Kind::Word)
            {
                c.person = Some(("byline", 0.7, None));
            }
        }
        // A surname ending: "Elmar Mammadyarov", "Рашид Алимов".
        if c.person.is_none() && !has_country && (2..=3).contains(&c.words) {
            let last = &t[run.end - 1].folded;
            let first = &t[run.start].folded;
            let letters = last.chars().count();
            if letters >= 4
                && SURNAME_ENDINGS.iter().any(|e| last.ends_with(e))
                && !lex::is_stop_word(first)
                && (run.start..run.end)
                    .all(|k| t[k].kind == Kind::Word && !lex::is_all_caps(t[k].text(d.text)))
            {
                c.person = Some(("surname-ending", 0.6, None));
            }
        }
        Some(c)
    }

    /// Whether the words after "Name, " describe an organisation: "part of" another, or "the"
    /// and a few words ending in a noun such as company, operator or subsidiary ("the Turkish
    /// subsidiary of ...", "the national telecom operator").
    fn org_apposition(&self, d: &DocText, t: &[Tok], from: usize) -> bool {
        let word = |k: usize| t.get(k).filter(|x| x.kind == Kind::Word);
        if word(from).is_some_and(|x| x.folded == "part")
            && word(from + 1).is_some_and(|x| x.folded == "of")
        {
            let mut m = from + 2;
            if word(m).is_some_and(|x| x.folded == "the") {
                m += 1;
            }
            return word(m).is_some_and(|x| lex::is_capitalized(x.text(d.text)));
        }
        let mut k = from;
        if !word(k).is_some_and(|x| matches!(x.folded.as_str(), "the" | "a" | "an")) {
            return false;
        }
        k += 1;
        for _ in 0..5 {
            let Some(w) = word(k) else { return false };
            let head = ORG_DESCRIPTORS.contains(&w.folded.as_str())
                || APPOSITION_HEADS.contains(&w.folded.as_str());
            if head && !lex::is_capitalized(w.text(d.text)) {
                return match t.get(k + 1) {
                    None => true,
                    Some(x) if x.kind == Kind::Punct => true,
                    Some(x) => {
                        x.kind == Kind::Word && APPOSITION_AFTER.contains(&x.folded.as_str())
                    }
                };
            }
            if self.gaz.title(&w.folded).is_some() {
                return false;
            }
            k += 1;
        }
        false
    }

    /// The role after "Name, ": up to the next comma, or `None` when it does not start with a title
    /// (possibly after "the", "a", or a possessive).
    fn apposition(&self, d: &DocText, t: &[Tok], from: usize) -> Option<String> {
        let mut k = from;
        if t.get(k).is_some_and(|x| x.folded == "who") {
            let end = role_end(d, t, k + 1);
            if end > k + 1 {
                return Some(d.text[t[k + 1].start..t[end - 1].end].to_string());
            }
            return None;
        }
        let start = k;
        if t.get(k)
            .is_some_and(|x| matches!(x.folded.as_str(), "the" | "a" | "an" | "its"))
        {
            k += 1;
        }
        // A possessive: "Azerbaijan's".
        let mut j = k;
        while j < t.len()
            && j < k + 4
            && t[j].kind == Kind::Word
            && lex::is_capitalized(t[j].text(d.text))
        {
            j += 1;
        }
        if j < t.len() && j > k && t[j].kind == Kind::Suffix {
            k = j + 1;
        }
        // A title, in any case, possibly after adjectives ("deputy", "former", "foreign").
        let mut found = false;
        for skip in 0..3 {
            let at = k + skip;
            if at >= t.len() || t[at].kind != Kind::Word {
                break;
            }
            for n in (1..=self.gaz.max_title_words).rev() {
                if at + n <= t.len() && self.gaz.title(&title_key(t, at, n)) == Some(false) {
                    found = true;
                    break;
                }
            }
            if found
                || !matches!(
                    t[at].folded.as_str(),
                    "former"
                        | "acting"
                        | "deputy"
                        | "foreign"
                        | "first"
                        | "senior"
                        | "chief"
                        | "current"
                        | "new"
                        | "then"
                        | "executive"
                        | "general"
                )
            {
                break;
            }
        }
        if !found {
            return None;
        }
        let end = role_end(d, t, start);
        (end > start).then(|| d.text[t[start].start..t[end - 1].end].to_string())
    }

    /// Resolves a document's candidates once all of it has been read.
    fn resolve(&mut self, doc: u32, names: &mut DocNames, cands: Vec<Cand>, first: usize) {
        // Names found by rule in this document.
        for f in &self.found[first..] {
            if let Key::Name(..) = f.key {
                let folded = gazetteer::key_of(&f.surface);
                if !folded.contains(' ') {
                    names
                        .short
                        .entry(folded.clone())
                        .or_insert((f.kind, f.key.clone()));
                }
                names.full.entry(folded).or_insert((f.kind, f.key.clone()));
            }
        }
        // People first: their surnames resolve what follows.
        for c in &cands {
            if let Some((rule, conf, role)) = &c.person {
                let parts: Vec<&str> = c.key.split(' ').collect();
                let key = if parts.len() == 1 {
                    // A title and a surname alone ("President Aliyev"): the full name if known.
                    match names.short.get(&c.key) {
                        Some((EntityKind::Person, k)) => k.clone(),
                        _ => Key::Name(EntityKind::Person, c.key.clone()),
                    }
                } else {
                    Key::Name(EntityKind::Person, c.key.clone())
                };
                if parts.len() >= 2 {
                    let last = parts[parts.len() - 1].to_string();
                    names
                        .short
                        .entry(last)
                        .or_insert((EntityKind::Person, key.clone()));
                }
                names
                    .full
                    .insert(c.key.clone(), (EntityKind::Person, key.clone()));
                self.found.push(Found {
                    doc,
                    passage: c.passage,
                    span: c.span,
                    surface: c.surface.clone(),
                    kind: EntityKind::Person,
                    key,
                    rule,
                    confidence: *conf,
                    role: role.clone(),
                    subtype: None,
                });
            }
        }
        // Then sources, then what refers back to a name.
        for c in &cands {
            if c.person.is_some() {
                continue;
            }
            if let Some(rule) = c.source {
                let key = match names.full.get(&c.key).or_else(|| names.short.get(&c.key)) {
                    Some((EntityKind::Organization, k)) => k.clone(),
                    Some((EntityKind::Person, _)) => continue,
                    _ => Key::Name(EntityKind::Organization, normalize_name_key(&c.key)),
                };
                names
                    .full
                    .insert(c.key.clone(), (EntityKind::Organization, key.clone()));
                if c.words == 1 {
                    names
                        .short
                        .insert(c.key.clone(), (EntityKind::Organization, key.clone()));
                }
                self.found.push(Found {
                    doc,
                    passage: c.passage,
                    span: c.span,
                    surface: c.surface.clone(),
                    kind: EntityKind::Organization,
                    key,
                    rule,
                    confidence: 0.6,
                    role: None,
                    subtype: matches!(rule, "reporting-source" | "cited-source" | "web-domain")
                        .then_some("media"),
                });
            }
        }
        for c in cands {
            if c.person.is_some() || c.source.is_some() {
                continue;
            }
            let hit = names.full.get(&c.key).or_else(|| {
                if c.words == 1 {
                    names.short.get(&c.key)
                } else {
                    None
                }
            });
            if let Some((kind, key)) = hit.cloned() {
                let rule = match kind {
                    EntityKind::Person if c.words == 1 => "surname",
                    _ => "same-name",
                };
                self.found.push(Found {
                    doc,
                    passage: c.passage,
                    span: c.span,
                    surface: c.surface,
                    kind,
                    key,
                    rule,
                    confidence: 0.75,
                    role: None,
                    subtype: None,
                });
                continue;
            }
            // Names other documents may know; acronyms.
            if c.words >= 2 || c.all_caps {
                self.pending.push(Pending {
                    doc,
                    passage: c.passage,
                    span: c.span,
                    surface: c.surface,
                    key: c.key,
                });
            }
        }
    }

    /// Resolves what no single document could (names known from other documents), numbers the
    /// entities and returns them with their mentions.
    pub fn finish(mut self) -> (Vec<Entity>, Vec<Mention>) {
        // The configuration has the last word: names it ignores go, names it aliases join.
        if !self.ignore.is_empty() || !self.aliases.is_empty() {
            let (ignore, aliases) = (&self.ignore, &self.aliases);
            self.found
                .retain(|f| !ignore.contains(&gazetteer::key_of(&f.surface)));
            for f in &mut self.found {
                if let Some((kind, key, _)) = aliases.get(&gazetteer::key_of(&f.surface)) {
                    f.kind = *kind;
                    f.key = key.clone();
                }
            }
            // An alias may name a gazetteer entity: all its mentions join.
            let mut remap: HashMap<Key, (EntityKind, Key)> = HashMap::new();
            for f in &self.found {
                if f.rule == "config:alias" {
                    continue;
                }
                if let Some((kind, key, _)) = aliases.get(&gazetteer::key_of(&f.surface)) {
                    remap.insert(f.key.clone(), (*kind, key.clone()));
                }
            }
            for f in &mut self.found {
                if let Some((kind, key)) = remap.get(&f.key) {
                    f.kind = *kind;
                    f.key = key.clone();
                }
            }
        }
        let canonical: HashMap<Key, String> = self
            .aliases
            .values()
            .map(|(_, key, name)| (key.clone(), name.clone()))
            .collect();
        // Names found by rule anywhere in the corpus, by their folded form.
        let mut known: HashMap<String, (EntityKind, Key)> = HashMap::new();
        let mut acronym_of: HashMap<String, HashSet<Key>> = HashMap::new();
        for f in &self.found {
            if let Key::Name(..) = f.key {
                if f.rule != "surname" {
                    known
                        .entry(gazetteer::key_of(&f.surface))
                        .or_insert((f.kind, f.key.clone()));
                }
            }
            if f.rule == "acronym" {
                acronym_of
                    .entry(f.surface.clone())
                    .or_default()
                    .insert(f.key.clone());
            }
        }
        for p in std::mem::take(&mut self.pending) {
            let hit = known.get(&p.key).cloned().or_else(|| {
                acronym_of
                    .get(&p.surface)
                    .filter(|s| s.len() == 1)
                    .map(|s| {
                        let key = s.iter().next().expect("one").clone();
                        let kind = match &key {
                            Key::Place(_) => EntityKind::Place,
                            Key::Org(_) => EntityKind::Organization,
                            Key::Name(k, _) => *k,
                        };
                        (kind, key)
                    })
            });
            if let Some((kind, key)) = hit {
                self.found.push(Found {
                    doc: p.doc,
                    passage: p.passage,
                    span: p.span,
                    surface: p.surface,
                    kind,
                    key,
                    rule: "same-name-in-corpus",
                    confidence: 0.65,
                    role: None,
                    subtype: None,
                });
            } else if self.unexplained_acronym(&p.surface) {
                // "SOCAR signed with CNPC": an acronym no text spells out is mostly an
                // organisation's.
                let key = Key::Name(EntityKind::Organization, p.key.clone());
                self.found.push(Found {
                    doc: p.doc,
                    passage: p.passage,
                    span: p.span,
                    surface: p.surface,
                    kind: EntityKind::Organization,
                    key,
                    rule: "acronym-unexplained",
                    confidence: 0.5,
                    role: None,
                    subtype: None,
                });
            }
        }
        build_entities(self.gaz, self.found, &canonical)
    }
}

/// The key a candidate name is matched by: its folded words, or in Russian their stems, so that
/// the cases of a name ("Алиев", "Алиевым", "Алиева") are one.
fn person_key(lang: &str, surface: &str) -> String {
    let key = gazetteer::key_of(surface);
    if lang != "ru" {
        return key;
    }
    gazetteer::join_keys(key.split(' ').map(russian_name_base))
}

/// A Russian name without its case ending: Лаврова, Лавровым → лавров; Ильхамом → ильхам;
/// Сергея, Сергей → серге. (Snowball's stemmer treats names as nouns: Лавров → лавр.)
fn russian_name_base(w: &str) -> &str {
    const ENDINGS: &[&str] = &[
        "ыми", "ами", "ями", "ого", "его", "ому", "ему", "ым", "им", "ом", "ой", "ей", "ую", "ая",
        "ий", "ый", "ем", "ам", "ям", "а", "у", "е", "ы", "и", "я", "ю", "й", "ь",
    ];
    for e in ENDINGS {
        if let Some(base) = w.strip_suffix(e) {
            if base.chars().count() >= 3 {
                return base;
            }
        }
    }
    w
}

/// A Russian man's name written in the instrumental ("Ильхамом Алиевым", "Сергеем Дроздовым")
/// or the dative ("Тимуру Белоусову") in the nominative; `None` for any other form. The case is
/// read from the surname's ending (-овым, -евым, -иным, -ским; -ову, -еву, -ину, -скому), and
/// the given name must end as that case does.
fn russian_nominative(name: &str) -> Option<String> {
    let words: Vec<&str> = name.split(' ').collect();
    if words.len() < 2
        || !words.iter().all(|w| {
            w.chars()
                .all(|c| ('\u{400}'..='\u{4ff}').contains(&c) || c == '-')
        })
    {
        return None;
    }
    let last = words[words.len() - 1];
    // (surname ending, its nominative; given name endings and their nominatives)
    type Paradigm = (
        &'static [(&'static str, &'static str)],
        &'static [(&'static str, &'static str)],
    );
    const INSTRUMENTAL: Paradigm = (
        &[
            ("овым", "ов"),
            ("евым", "ев"),
            ("ёвым", "ёв"),
            ("иным", "ин"),
            ("ским", "ский"),
            ("цким", "цкий"),
        ],
        &[
            ("овичем", "ович"),
            ("евичем", "евич"),
            ("ем", "й"),
            ("ом", ""),
        ],
    );
    const DATIVE: Paradigm = (
        &[
            ("ову", "ов"),
            ("еву", "ев"),
            ("ёву", "ёв"),
            ("ину", "ин"),
            ("скому", "ский"),
            ("цкому", "цкий"),
        ],
        &[("овичу", "ович"), ("евичу", "евич"), ("ю", "й"), ("у", "")],
    );
    let swap = |w: &str, table: &[(&str, &str)]| {
        table.iter().find_map(|(from, to)| {
            w.strip_suffix(from)
                .filter(|stem| stem.chars().count() >= 2)
                .map(|stem| format!("{stem}{to}"))
        })
    };
    for (surnames, given) in [INSTRUMENTAL, DATIVE] {
        let Some(surname) = swap(last, surnames) else {
            continue;
        };
        let mut out = Vec::with_capacity(words.len());
        for w in &words[..words.len() - 1] {
            out.push(swap(w, given)?);
        }
        out.push(surname);
        return Some(out.join(" "));
    }
    None
}

fn title_key(t: &[Tok], k: usize, n: usize) -> String {
    gazetteer::join_keys(
        t[k..k + n]
            .iter()
            .filter(|x| x.kind == Kind::Word)
            .map(|x| x.folded.as_str()),
    )
}

/// Where a role phrase ends: the next comma, semicolon, closing bracket or sentence end.
fn role_end(d: &DocText, t: &[Tok], from: usize) -> usize {
    let mut k = from;
    while k < t.len() {
        let s = t[k].text(d.text);
        if t[k].kind == Kind::Punct
            && matches!(
                s,
                "," | ";" | ")" | "." | "!" | "?" | "—" | "–" | "\"" | "”"
            )
        {
            break;
        }
        if t[k].folded == "who" || t[k].folded == "said" {
            break;
        }
        k += 1;
    }
    k.min(from + 20)
}

/// The organisation around the organisation word at `k`: the capitalised words before it (back to
/// a small word), and after it more organisation words and an "of ..." complement.
fn org_span(text: &str, t: &[Tok], run: Run, k: usize) -> Run {
    let mut start = k;
    while start > run.start {
        let p = start - 1;
        let w = &t[p];
        let word =
            w.kind == Kind::Word && lex::is_capitalized(w.text(text)) && !is_connector(&w.folded);
        let hyphen = w.kind == Kind::Punct && w.text(text) == "-" && !w.space_before;
        if word || hyphen {
            start = p;
        } else if w.folded == "of"
            && p > run.start
            && t[p - 1].kind == Kind::Word
            && lex::is_capitalized(t[p - 1].text(text))
            && t[start].folded != "the"
        {
            // "Heads of Governments Council".
            start = p - 1;
        } else if (w.folded == "and" || w.text(text) == "&")
            && p > run.start
            && lex::is_capitalized(t[p - 1].text(text))
            && !is_connector(&t[p - 1].folded)
        {
            start = p;
        } else {
            break;
        }
    }
    while start < k && t[start].kind == Kind::Punct {
        start += 1;
    }
    // Forward: more capitalised words up to the last organisation word ("Co. Ltd").
    let mut end = k + 1;
    let mut j = end;
    while j < run.end
        && (t[j].kind == Kind::Word && !is_connector(&t[j].folded)
            || t[j].text(text) == "."
            || t[j].text(text) == "-")
    {
        if t[j].kind == Kind::Word && is_org_word(&t[j].folded) {
            end = j + 1;
        }
        j += 1;
    }
    // "of Digital Development and Transport", "on Information and Communication Technologies".
    let mut j = end;
    loop {
        if j < run.end && matches!(t[j].folded.as_str(), "of" | "on" | "for") {
            let mut m = j + 1;
            if m < run.end && t[m].folded == "the" {
                m += 1;
            }
            let mut last = None;
            while m < run.end {
                let w = &t[m];
                if w.kind == Kind::Word && !is_connector(&w.folded) {
                    last = Some(m + 1);
                    m += 1;
                } else if (w.folded == "and"
                    || w.text(text) == "&"
                    || w.text(text) == "-"
                    || w.text(text) == ",")
                    && m + 1 < run.end
                {
                    m += 1;
                } else {
                    break;
                }
            }
            match last {
                Some(l) => {
                    end = l;
                    j = l;
                }
                None => break,
            }
        } else {
            break;
        }
    }
    Run { start, end }
}

fn org_subtype(t: &[Tok], org: Run) -> Option<&'static str> {
    for tok in &t[org.start..org.end] {
        match tok.folded.as_str() {
            "co" | "ltd" | "inc" | "corp" | "corporation" | "company" | "llc" | "plc" | "jsc"
            | "holding" | "holdings" => return Some("company"),
            "ministry"
            | "administration"
            | "agency"
            | "government"
            | "cabinet"
            | "embassy"
            | "parliament"
            | "министерство"
            | "bakanligi" => return Some("government"),
            "news" | "daily" | "times" | "post" | "monitor" | "journal" | "gazette" | "tribune"
            | "herald" | "press" | "radio" | "television" | "tv" | "media" | "ajansi" => {
                return Some("media")
            }
            _ => {}
        }
    }
    None
}

/// Runs of capitalised words of a sentence, joined by hyphens, name abbreviations' dots and small
/// words followed by another capitalised word. A possessive ends a run.
fn runs(text: &str, t: &[Tok]) -> Vec<Run> {
    let mut out = Vec::new();
    let cap = |k: usize| t[k].kind == Kind::Word && lex::is_capitalized(t[k].text(text));
    let mut k = 0;
    while k < t.len() {
        if !cap(k) {
            k += 1;
            continue;
        }
        let start = k;
        let mut end = k + 1;
        loop {
            if end > start
                && t[end - 1].kind == Kind::Word
                && t.get(end).is_some_and(|x| x.kind == Kind::Suffix)
            {
                // A case suffix stays with its word ("Xi'an", "Ufa'da"); a possessive does not.
                let suffix = &t[end].folded;
                if suffix != "s" && !suffix.is_empty() {
                    end += 1;
                }
                break;
            }
            let Some(next) = t.get(end) else { break };
            let prev = &t[end - 1];
            if next.kind == Kind::Word && cap(end) && next.space_before {
                end += 1;
                continue;
            }
            // Glued by a hyphen: "Rasht-Astara", "Co-operation", "Secretary-General".
            if next.kind == Kind::Punct
                && matches!(next.text(text), "-" | "‑")
                && !next.space_before
                && t.get(end + 1)
                    .is_some_and(|x| x.kind == Kind::Word && !x.space_before)
            {
                end += 2;
                continue;
            }
            // "Co. Ltd", "St. Petersburg".
            if next.text(text) == "."
                && NAME_ABBREVIATIONS.contains(&prev.folded.as_str())
                && t.get(end + 1).is_some_and(|_| cap(end + 1))
            {
                end += 1;
                continue;
            }
            // Name particles between capitalised words: "Ursula von der Leyen".
            if is_particle(text, next) {
                let mut m = end + 1;
                while t.get(m).is_some_and(|x| is_particle(text, x)) {
                    m += 1;
                }
                if m < t.len() && cap(m) {
                    end = m + 1;
                    continue;
                }
            }
            // "Ministry of Industry, Trade and Tourism": a list that closes with "and" continues
            // an organisation's complement.
            if next.text(text) == "," {
                if let Some(e) = comma_list_end(text, t, start, end) {
                    end = e;
                    continue;
                }
            }
            // Small words between capitalised words.
            if next.kind == Kind::Word
                && is_connector(&next.folded)
                && !lex::is_capitalized(next.text(text))
            {
                let mut m = end + 1;
                if t.get(m).is_some_and(|x| x.folded == "the") && next.folded != "the" {
                    m += 1;
                }
                if m < t.len() && cap(m) {
                    end = m + 1;
                    continue;
                }
            }
            break;
        }
        out.push(Run { start, end });
        k = end;
    }
    out
}

/// Where a list of capitalised words after the comma at `comma` ends, when the run `start..comma`
/// is an organisation word with an "of", "on" or "for" complement and the list closes with "and"
/// and capitalised words ("Ministry of Industry, Trade and Tourism").
fn comma_list_end(text: &str, t: &[Tok], start: usize, comma: usize) -> Option<usize> {
    let cap = |k: usize| {
        t.get(k)
            .is_some_and(|x| x.kind == Kind::Word && lex::is_capitalized(x.text(text)))
    };
    let org = (start..comma).find(|&k| is_org_word(&t[k].folded) && cap(k))?;
    if !(org + 1..comma).any(|k| matches!(t[k].folded.as_str(), "of" | "on" | "for")) {
        return None;
    }
    let mut m = comma + 1;
    loop {
        if !cap(m) {
            return None;
        }
        while cap(m) {
            m += 1;
        }
        match t.get(m) {
            Some(x) if x.text(text) == "," => {
                m += 1;
                if t.get(m).is_some_and(|x| x.folded == "and") && cap(m + 1) {
                    m += 1;
                    while cap(m) {
                        m += 1;
                    }
                    return Some(m);
                }
            }
            Some(x) if x.folded == "and" && cap(m + 1) => {
                m += 1;
                while cap(m) {
                    m += 1;
                }
                return Some(m);
            }
            _ => return None,
        }
    }
}

/// The run of capitalised words (with small words) that ends at token `last`, for acronym
/// definitions.
fn run_ending_at(text: &str, t: &[Tok], last: usize) -> Option<Run> {
    let cap = |k: usize| t[k].kind == Kind::Word && lex::is_capitalized(t[k].text(text));
    if !cap(last) {
        return None;
    }
    let mut start = last;
    while start > 0 {
        let p = start - 1;
        if cap(p) && !(t.get(start).is_some_and(|x| x.kind == Kind::Suffix)) {
            start = p;
        } else if (t[p].kind == Kind::Punct
            && t[p].text(text) == "-"
            && !t[p].space_before
            && p > 0
            && t[p - 1].kind == Kind::Word)
            || (t[p].kind == Kind::Word
                && is_connector(&t[p].folded)
                && p > 0
                && (cap(p - 1) || (is_connector(&t[p - 1].folded) && p > 1 && cap(p - 2))))
        {
            start = p - 1;
        } else {
            break;
        }
    }
    // A possessive before the name is not part of it.
    while start < last && t[start].kind != Kind::Word {
        start += 1;
    }
    Some(Run {
        start,
        end: last + 1,
    })
}

/// Numbers the entities (people, then organisations, then places; most mentioned first) and
/// their mentions.
fn build_entities(
    gaz: &Gazetteer,
    mut found: Vec<Found>,
    canonical: &HashMap<Key, String>,
) -> (Vec<Entity>, Vec<Mention>) {
    // Same span twice (a name reached by two rules): keep the more confident.
    found.sort_by(|a, b| {
        (a.doc, a.span.0, a.span.1)
            .cmp(&(b.doc, b.span.0, b.span.1))
            .then(b.confidence.total_cmp(&a.confidence))
    });
    found.dedup_by(|b, a| a.doc == b.doc && a.span == b.span);

    let mut groups: HashMap<Key, Vec<usize>> = HashMap::new();
    for (i, f) in found.iter().enumerate() {
        groups.entry(f.key.clone()).or_default().push(i);
    }
    let mut keys: Vec<(Key, Vec<usize>)> = groups.into_iter().collect();
    keys.sort_by(|a, b| {
        let kind = |k: &(Key, Vec<usize>)| found[k.1[0]].kind;
        kind(a)
            .cmp(&kind(b))
            .then(b.1.len().cmp(&a.1.len()))
            .then(a.0.cmp(&b.0))
    });
    let mut entities = Vec::with_capacity(keys.len());
    let mut mentions = Vec::with_capacity(found.len());
    for (idx, (key, members)) in keys.into_iter().enumerate() {
        let kind = found[members[0]].kind;
        // Surface forms by frequency; the canonical name is the gazetteer's, else the longest
        // full form (for people) or the most frequent long form.
        let mut forms: Vec<(String, usize)> = Vec::new();
        for &m in &members {
            let s = clean_surface(&found[m].surface);
            match forms.iter_mut().find(|(f, _)| *f == s) {
                Some((_, n)) => *n += 1,
                None => forms.push((s, 1)),
            }
        }
        let name = match &key {
            k if canonical.contains_key(k) => canonical[k].clone(),
            Key::Place(i) => gaz.places[*i as usize].name.clone(),
            Key::Org(i) => gaz.orgs[*i as usize].name.clone(),
            Key::Name(..) => {
                let best = forms
                    .iter()
                    .max_by(|a, b| {
                        let words = |s: &str| s.split_whitespace().count();
                        let caps = |s: &str| lex::is_all_caps(s) as usize;
                        // The most words, the most often, then the shortest: the nominative
                        // of a Russian name ("Ильхам Алиев", not "Ильхамом Алиевым").
                        (
                            words(&a.0),
                            a.1,
                            std::cmp::Reverse(caps(&a.0)),
                            std::cmp::Reverse(a.0.len()),
                            std::cmp::Reverse(a.0.clone()),
                        )
                            .cmp(&(
                                words(&b.0),
                                b.1,
                                std::cmp::Reverse(caps(&b.0)),
                                std::cmp::Reverse(b.0.len()),
                                std::cmp::Reverse(b.0.clone()),
                            ))
                    })
                    .map(|(f, _)| f.clone())
                    .unwrap_or_default();
                // "Ильхамом Алиевым", "Тимуру Белоусову": a Russian name is named in the
                // nominative.
                match kind {
                    EntityKind::Person => russian_nominative(&best).unwrap_or(best),
                    _ => best,
                }
            }
        };
        forms.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let aliases: Vec<String> = forms
            .into_iter()
            .map(|(f, _)| f)
            .filter(|f| *f != name)
            .collect();
        let mut roles: Vec<String> = Vec::new();
        let mut docs: Vec<u32> = Vec::new();
        let mut subtype = None;
        for &m in &members {
            let f = &found[m];
            if let Some(r) = &f.role {
                if !roles.contains(r) {
                    roles.push(r.clone());
                }
            }
            if !docs.contains(&f.doc) {
                docs.push(f.doc);
            }
            if subtype.is_none() {
                subtype = f.subtype;
            }
            mentions.push(Mention {
                entity: idx as u32,
                passage: f.passage,
                span: Span::new(f.span.0, f.span.1),
                rule: f.rule.into(),
                confidence: f.confidence,
            });
        }
        docs.sort_unstable();
        entities.push(Entity {
            kind,
            name,
            aliases,
            roles,
            subtype: subtype.map(str::to_string),
            docs,
            mention_count: members.len() as u32,
        });
    }
    mentions.sort_by_key(|m| (m.passage, m.span.start, m.span.end, m.entity));
    (entities, mentions)
}

/// A surface form as an alias: no line breaks or doubled spaces.
fn clean_surface(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::super::testing::{compile, doc, entity_of, surfaces, TestDoc};
    use crate::config::Config;
    use crate::model::EntityKind::{self, Organization as O, Person as P, Place as L};

    struct Case<'a> {
        name: &'a str,
        docs: Vec<TestDoc<'a>>,
        /// (kind, surface) that must be found.
        found: &'a [(EntityKind, &'a str)],
        /// Surfaces that must not be any entity.
        not: &'a [&'a str],
    }

    fn run(cases: Vec<Case>) {
        let mut failures = Vec::new();
        for case in cases {
            let c = compile(&case.docs, &Config::default());
            let got = surfaces(&c);
            for (kind, s) in case.found {
                if !got.iter().any(|(k, g)| k == kind && g == s) {
                    failures.push(format!(
                        "{}: expected {kind:?} {s:?}, got {got:?}",
                        case.name
                    ));
                }
            }
            for s in case.not {
                if got.iter().any(|(_, g)| g == s) {
                    failures.push(format!(
                        "{}: {s:?} must not be an entity, got {got:?}",
                        case.name
                    ));
                }
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    fn ru(text: &str) -> TestDoc<'_> {
        TestDoc {
            text,
            lang: "ru",
            date: None,
        }
    }

    fn tr(text: &str) -> TestDoc<'_> {
        TestDoc {
            text,
            lang: "tr",
            date: None,
        }
    }

    #[test]
    fn cases() {
        run(vec![
            Case {
                name: "acronym_defined_in_parentheses",
                docs: vec![doc("The Caspian Pipeline Consortium (CPC) said exports rose. The CPC expects more.")],
                found: &[(O, "Caspian Pipeline Consortium"), (O, "CPC")],
                not: &[],
            },
            Case {
                name: "acronym_of_a_term_is_no_entity",
                docs: vec![doc("Ministers discussed Information and Communication Technologies (ICT) and ICT parks.")],
                found: &[],
                not: &["ICT", "Information and Communication Technologies"],
            },
            Case {
                name: "surname_after_full_name",
                docs: vec![doc("Foreign Minister Jeyhun Bayramov arrived in Tbilisi. Bayramov met his Georgian counterpart.")],
                found: &[(P, "Jeyhun Bayramov"), (P, "Bayramov"), (L, "Tbilisi")],
                not: &["Georgian"],
            },
            Case {
                name: "sentence_initial_capital_is_not_an_entity",
                docs: vec![doc("Forget the old rules. Check the numbers twice. Translation: more trade with Georgia.")],
                found: &[(L, "Georgia")],
                not: &["Forget", "Check", "Translation"],
            },
            Case {
                name: "title_case_heading_is_not_an_entity",
                docs: vec![doc("# The Digital Silk Road and Beyond: Azerbaijan's Shopping List\n\nAzerbaijan signed the deal.")],
                found: &[(L, "Azerbaijan")],
                not: &["Digital Silk Road", "Shopping List"],
            },
            Case {
                name: "figure_of_speech_is_not_an_entity",
                docs: vec![doc("Think of it as a bridge. Bottom line, the Belt and Road Initiative goes on; Double-check it.")],
                found: &[],
                not: &["Think", "Bottom", "Belt and Road Initiative", "Double"],
            },
            Case {
                name: "title_before_a_name",
                docs: vec![doc("The talks were opened by President Kassym-Jomart Tokayev and Prime Minister Ali Asadov.")],
                found: &[(P, "Kassym-Jomart Tokayev"), (P, "Ali Asadov")],
                not: &["President", "Prime Minister"],
            },
            Case {
                name: "role_after_a_comma",
                docs: vec![doc("Aydan Karimova, Deputy Director of the State Tourism Agency, opened the fair.")],
                found: &[(P, "Aydan Karimova"), (O, "State Tourism Agency")],
                not: &[],
            },
            Case {
                name: "employer_before_a_title",
                docs: vec![doc("He met Siemens Vice President Laura Becker in Berlin.")],
                found: &[(O, "Siemens"), (P, "Laura Becker"), (L, "Berlin")],
                not: &[],
            },
            Case {
                name: "demonym_is_not_a_place",
                docs: vec![doc("Russian President Vladimir Putin spoke to Kazakh officials.")],
                found: &[(P, "Vladimir Putin")],
                not: &["Russian", "Kazakh", "Vladimir"],
            },
            Case {
                name: "official_long_form_is_the_country",
                docs: vec![doc("It was ratified by the Islamic Republic of Iran and the Russian Federation.")],
                found: &[(L, "Islamic Republic of Iran"), (L, "Russian Federation")],
                not: &["Republic"],
            },
            Case {
                name: "cities_in_a_route_name",
                docs: vec![doc("The Rasht-Astara railway will link the two countries.")],
                found: &[(L, "Rasht"), (L, "Astara")],
                not: &[],
            },
            Case {
                name: "small_town_needs_a_place_context",
                docs: vec![doc("Officials met in Astara on Monday. March was a busy month.")],
                found: &[(L, "Astara")],
                not: &["March"],
            },
            Case {
                name: "news_source_from_reporting_verb",
                docs: vec![doc("Baku, 3 May (Interfax). The deal was signed, Trend reported, citing Xinhua.")],
                found: &[(O, "Interfax"), (O, "Trend"), (O, "Xinhua"), (L, "Baku")],
                not: &[],
            },
            Case {
                name: "byline_is_a_person",
                docs: vec![doc("Leyla Mammadli\n\nThe ministry said the plan would go ahead.")],
                found: &[(P, "Leyla Mammadli")],
                not: &[],
            },
            Case {
                name: "company_with_abbreviations",
                docs: vec![doc("A deal with \"China Datang Overseas Investment Co. Ltd\" was signed.")],
                found: &[(O, "China Datang Overseas Investment Co. Ltd")],
                not: &[],
            },
            Case {
                name: "organization_described_before_its_name",
                docs: vec![doc("The state railway company Uzbekiston Temir Yollari said traffic grew.")],
                found: &[(O, "Uzbekiston Temir Yollari")],
                not: &[],
            },
            Case {
                name: "russian_inflected_place",
                docs: vec![ru("Делегация Индии прибыла в Баку. Индия и Пакистан подписали документ.")],
                found: &[(L, "Индии"), (L, "Индия"), (L, "Баку")],
                not: &["Делегация"],
            },
            Case {
                name: "russian_person_with_lower_case_title",
                docs: vec![ru("Документ подписал генеральный секретарь ШОС Рашид Алимов.")],
                found: &[(P, "Рашид Алимов"), (O, "ШОС")],
                not: &["ШОС Рашид Алимов"],
            },
            Case {
                name: "russian_name_in_other_cases_is_one_person",
                docs: vec![ru("Министр Сергей Лавров выступил. По словам Лаврова, встреча прошла успешно.")],
                found: &[(P, "Сергей Лавров"), (P, "Лаврова")],
                not: &[],
            },
            Case {
                name: "title_then_country_then_name",
                docs: vec![ru("Президент России Владимир Путин провёл встречу.")],
                found: &[(P, "Владимир Путин"), (L, "России")],
                not: &["России Владимир Путин"],
            },
            Case {
                name: "honorific_with_a_dot",
                docs: vec![doc("Spokesman Ibrahim Ahmadov spoke first. Later Mr. Ahmadov left.")],
                found: &[(P, "Ibrahim Ahmadov"), (P, "Ahmadov")],
                not: &[". Ahmadov", "Mr"],
            },
            Case {
                name: "acronym_spelt_out_in_lower_case_is_a_term",
                docs: vec![doc("They signed a memorandum of understanding (MoU) on digital public infrastructure (DPI). The MoU and DPI matter.")],
                found: &[],
                not: &["MoU", "DPI"],
            },
            Case {
                name: "unexplained_acronym_is_an_organisation",
                docs: vec![doc("The deal between SOCAR and CNPC covers 5 GW of power and more ICT.")],
                found: &[(O, "SOCAR"), (O, "CNPC")],
                not: &["GW", "ICT"],
            },
            Case {
                name: "title_to_a_country_then_name",
                docs: vec![doc("Azerbaijan's Ambassador to China Akram Zeynalli met Chinese Premier Li Qiang.")],
                found: &[(P, "Akram Zeynalli"), (P, "Li Qiang"), (L, "China")],
                not: &["Chinese"],
            },
            Case {
                name: "two_letter_country_names",
                docs: vec![doc("The US and the UK pledged US$1.2 billion.")],
                found: &[(L, "US"), (L, "UK")],
                not: &[],
            },
            Case {
                name: "parliament_names",
                docs: vec![doc("Milli Majlis speaker Sahiba Gafarova attended.")],
                found: &[(O, "Milli Majlis"), (P, "Sahiba Gafarova")],
                not: &[],
            },
            Case {
                name: "plural_title_covers_both_names",
                docs: vec![doc("Presidents Ilham Aliyev and Xi Jinping signed the statement.")],
                found: &[(P, "Ilham Aliyev"), (P, "Xi Jinping")],
                not: &["Presidents"],
            },
            Case {
                name: "title_with_portfolio_after_it",
                docs: vec![doc("Minister of Economy Mikayil Jabbarov met the Minister of Foreign Affairs.")],
                found: &[(P, "Mikayil Jabbarov")],
                not: &["Economy", "Foreign Affairs"],
            },
            Case {
                name: "said_before_a_name",
                docs: vec![doc("\"We are ready,\" said Gulnara Ismayilzade, adding little.")],
                found: &[(P, "Gulnara Ismayilzade")],
                not: &[],
            },
            Case {
                name: "byline_after_by",
                docs: vec![doc("By Tamara Feldmann\n\nThe port handled more cargo this year.")],
                found: &[(P, "Tamara Feldmann")],
                not: &[],
            },
            Case {
                name: "name_particles_stay_in_the_name",
                docs: vec![doc("The plan was praised by Commission President Hendrik van der Berg and by Marie de la Tour.")],
                found: &[(P, "Hendrik van der Berg")],
                not: &["Hendrik", "der Berg"],
            },
            Case {
                name: "name_ends_before_a_small_word",
                docs: vec![doc("Governor Pavel Orlov on Tuesday opened the bridge. He met Minister Lena Kask on the Narva river.")],
                found: &[(P, "Pavel Orlov"), (P, "Lena Kask")],
                not: &["on Tuesday", "Tuesday", "the Narva", "Narva"],
            },
            Case {
                name: "coordinated_surnames_are_two_people",
                docs: vec![doc("President Daniyar Sultanov and Premier Oleg Petrenko met in Minsk. Weeks later, Sultanov and Petrenko toured a plant.")],
                found: &[(P, "Daniyar Sultanov"), (P, "Oleg Petrenko"), (P, "Sultanov"), (P, "Petrenko")],
                not: &["Sultanov and Petrenko"],
            },
            Case {
                name: "title_modifier_is_no_employer",
                docs: vec![doc("The decree was signed by Supreme Leader Amir Dastgheib and Acting President Mira Sousa.")],
                found: &[(P, "Amir Dastgheib"), (P, "Mira Sousa")],
                not: &["Supreme", "Acting"],
            },
            Case {
                name: "title_inside_an_event_name_has_no_employer",
                docs: vec![doc("Envoys attended the Annual Forum of the Ministers of Culture in Vienna.")],
                found: &[(L, "Vienna")],
                not: &["Annual Forum of the", "Annual Forum"],
            },
            Case {
                name: "organization_in_apposition",
                docs: vec![doc("The contract went to Borvik Marine, the Norwegian subsidiary of a shipping group, and to Talveron, the regional power operator.")],
                found: &[(O, "Borvik Marine"), (O, "Talveron")],
                not: &[],
            },
            Case {
                name: "acronym_and_country_in_apposition_is_one_organization",
                docs: vec![doc("Fuel came from PETRONIX Poland, the Polish unit of the Petronix Energy Company (PETRONIX).")],
                found: &[(O, "PETRONIX Poland"), (O, "Petronix Energy Company")],
                not: &["Poland"],
            },
            Case {
                name: "part_of_a_group_is_an_organization",
                docs: vec![doc("The cable is laid by Nordlink, part of Varga Holding, and by Ostnet. Nordlink expects profits.")],
                found: &[(O, "Nordlink"), (O, "Varga Holding")],
                not: &[],
            },
            Case {
                name: "organization_name_with_a_comma_list",
                docs: vec![doc("The Ministry of Industry, Trade and Tourism approved the plan.")],
                found: &[(O, "Ministry of Industry, Trade and Tourism")],
                not: &["Ministry of Industry", "Trade and Tourism"],
            },
            Case {
                name: "port_of_a_city_is_the_city",
                docs: vec![doc("Ferries left the Port of Gdańsk at dawn.")],
                found: &[(L, "Gdańsk")],
                not: &["Port of Gdańsk"],
            },
            Case {
                name: "small_town_coordinated_with_a_place",
                docs: vec![doc("The new line links Tbilisi and Khashuri by rail.")],
                found: &[(L, "Tbilisi"), (L, "Khashuri")],
                not: &[],
            },
            Case {
                name: "small_town_after_through",
                docs: vec![doc("Caravans passed through Khashuri last year.")],
                found: &[(L, "Khashuri")],
                not: &[],
            },
            Case {
                name: "first_name_that_is_a_town_with_a_surname",
                docs: vec![doc("Vladimir Koltsov arrived in Minsk on Monday.")],
                found: &[(P, "Vladimir Koltsov"), (L, "Minsk")],
                not: &["Vladimir", "Monday"],
            },
            Case {
                name: "russian_reporting_verb_after_a_name",
                docs: vec![ru("Владимир Сорокин заявил, что сделка готова.")],
                found: &[(P, "Владимир Сорокин")],
                not: &["Владимир"],
            },
            Case {
                name: "russian_country_before_a_name_and_a_verb",
                docs: vec![ru("Глава минфина Армении Тигран Мелконян заявил, что визит важен.")],
                found: &[(P, "Тигран Мелконян"), (L, "Армении")],
                not: &["Армении Тигран Мелконян"],
            },
            Case {
                name: "turkish_suffixed_place",
                docs: vec![tr("Heyet Ufa'da toplandı ve Azerbaycan'a döndü.")],
                found: &[(L, "Ufa"), (L, "Azerbaycan")],
                not: &[],
            },
        ]);
    }

    #[test]
    fn entities_link_across_languages_and_spellings() {
        let c = compile(
            &[
                doc("Azerbaijan joined the Shanghai Cooperation Organisation (SCO) as a partner; Türkiye did too."),
                ru("Азербайджан стал партнёром."),
                doc("Turkey and the Shanghai Cooperation Organization met."),
            ],
            &Config::default(),
        );
        let az = entity_of(&c, "Azerbaijan").unwrap();
        assert_eq!(az.name, "Azerbaijan");
        assert!(az.aliases.iter().any(|a| a == "Азербайджан"), "{az:?}");
        assert_eq!(az.docs, [0, 1]);
        assert_eq!(az.subtype.as_deref(), Some("country"));
        let tr = entity_of(&c, "Türkiye").unwrap();
        assert!(tr.aliases.iter().any(|a| a == "Turkey") || tr.name == "Turkey");
        let sco = entity_of(&c, "SCO").unwrap();
        assert_eq!(sco.kind, O);
        assert_eq!(sco.docs, [0, 2]);
        assert!(sco
            .aliases
            .iter()
            .any(|a| a == "Shanghai Cooperation Organisation"));
    }

    #[test]
    fn russian_names_in_other_cases_are_named_in_the_nominative() {
        let c = compile(
            &[
                ru("Переговоры с Арсеном Кудрявцевым прошли в Казани."),
                ru("Слово предоставили Тимуру Белоусову."),
                ru("Встреча с Сергеем Дроздовым прошла в Омске."),
            ],
            &Config::default(),
        );
        for (surface, name) in [
            ("Арсеном Кудрявцевым", "Арсен Кудрявцев"),
            ("Тимуру Белоусову", "Тимур Белоусов"),
            ("Сергеем Дроздовым", "Сергей Дроздов"),
        ] {
            let e = entity_of(&c, surface).unwrap_or_else(|| panic!("{surface}"));
            assert_eq!(e.kind, P, "{surface}");
            assert_eq!(e.name, name);
        }
    }

    #[test]
    fn people_carry_their_roles() {
        let c = compile(
            &[doc("Bakhtiyar Mammadov, Deputy Chief of Staff at the Ministry of Digital Development and Transport, led the team. President Ilham Aliyev signed.")],
            &Config::default(),
        );
        let p = entity_of(&c, "Bakhtiyar Mammadov").unwrap();
        assert_eq!(
            p.roles,
            ["Deputy Chief of Staff at the Ministry of Digital Development and Transport"]
        );
        assert_eq!(entity_of(&c, "Ilham Aliyev").unwrap().roles, ["President"]);
    }

    #[test]
    fn mentions_record_rule_and_confidence() {
        let c = compile(&[doc("Officials met in Baku.")], &Config::default());
        let m = &c.mentions[0];
        assert_eq!(&*m.rule, "gazetteer:cities");
        assert!(m.confidence > 0.5 && m.confidence <= 1.0);
        assert_eq!(&c.docs[0].text[m.span.range()], "Baku");
    }
}

#[cfg(test)]
mod config_tests {
    use super::super::testing::{compile, doc, entity_of, surfaces};
    use crate::config::{Alias, Config};
    use crate::model::EntityKind;

    #[test]
    fn configured_alias_joins_names_and_names_the_entity() {
        let config = Config {
            aliases: vec![Alias {
                name: "Azerbaijan Railways".into(),
                kind: Some("organization".into()),
                aliases: vec!["ADY".into(), "Azerbaijan Railways CJSC".into()],
            }],
            ..Config::default()
        };
        let c = compile(
            &[doc(
                "Azerbaijan Railways CJSC said freight grew. ADY expects more trains.",
            )],
            &config,
        );
        let e = entity_of(&c, "ADY").expect("ADY is found");
        assert_eq!(e.kind, EntityKind::Organization);
        assert_eq!(e.name, "Azerbaijan Railways");
        assert!(std::ptr::eq(
            e,
            entity_of(&c, "Azerbaijan Railways CJSC").unwrap()
        ));
    }

    #[test]
    fn ignored_names_are_never_entities() {
        let config = Config {
            ignore: vec!["Caspian Shipping Company".into()],
            ..Config::default()
        };
        let c = compile(
            &[doc(
                "The Caspian Shipping Company bought two ferries in Baku.",
            )],
            &config,
        );
        let got = surfaces(&c);
        assert!(!got.iter().any(|(_, s)| s.contains("Caspian")), "{got:?}");
        assert!(got.iter().any(|(_, s)| s == "Baku"));
    }
}
