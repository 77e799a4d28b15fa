//! People, organisations and places.
//!
//! Each sentence is cut into *runs* ([`runs`]): capitalised words joined by spaces, hyphens and
//! the small words of names ("Ministry *of* Digital Development *and* Transport"). A run is read
//! ([`read`]) in this order, each step taking what it recognises and handing the rest on:
//!
//! 1. the whole run is a known name ([`known`]): a gazetteer place or organisation (Russian names
//!    also by stem, so Индии finds Индия), or a name the document defines with an acronym;
//! 2. it holds an organisation word (Ministry, Group, Institute, Co. Ltd, ...): the organisation
//!    is the words around it, with an "of ..." complement;
//! 3. it holds a title (President, Secretary General, ...): the words after it are a person, the
//!    words before it the person's employer ([`people`]);
//! 4. known names inside it;
//! 5. what is left is a *candidate*, kept with the evidence its context gives ([`evidence`]: a
//!    title or role after a comma, a reporting verb, a byline, a surname ending) and resolved once
//!    the whole document has been read ([`resolve`]): surnames and acronyms then refer back to
//!    the full names, and single capitalised words without such support (sentence-initial words,
//!    headings, figures of speech) are dropped.
//!
//! Headings are not read at all. Entities merge across documents by gazetteer id (so Азербайджан
//! and Azerbaijan are one place) or by their normalised name. Every mention records the
//! [`Rule`] that found it; the word lists the rules share are in [`lexicon`], what every rule
//! reads in [`context`].

use std::collections::{HashMap, HashSet};

use super::gazetteer::{self, Gazetteer};
use super::lex::{self, Kind};
use super::DocText;
use crate::model::EntityKind;
use crate::text::{Algorithm, Stemmers};

mod context;
mod evidence;
mod han;
mod known;
mod lexicon;
mod merge;
pub(crate) use merge::CHINESE_SURNAMES;
mod people;
mod quoted;
mod read;
mod resolve;
mod rule;
mod runs;
mod russian;
#[cfg(test)]
mod tests;
mod turkic;

use context::{Cx, DocState, Found, Key, Pending};
use lexicon::normalize_name_key;
pub use rule::Rule;

/// What the corpus-wide pass needs from every document.
pub struct Extractor<'g> {
    gaz: &'g Gazetteer,
    /// Words the corpus also writes in lower case: capitalised, they are ordinary words.
    lowercase: HashSet<String>,
    /// The English stems of the words the English documents write in lower case, and the stem
    /// of each word of five letters or more they write in capitals: a shouted "RELEASE" is the
    /// word of "released", no acronym.
    lowercase_stems: HashSet<String>,
    capitals_stems: HashMap<String, String>,
    /// Words the Azerbaijani documents write with a capital (folded): names an ending may be
    /// written onto.
    capitalized: HashSet<String>,
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
    /// Each document's language, by document number.
    langs: Vec<String>,
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
            lowercase_stems: HashSet::new(),
            capitals_stems: HashMap::new(),
            capitalized: HashSet::new(),
            stemmers: Stemmers::new(),
            found: Vec::new(),
            pending: Vec::new(),
            depth: 0,
            aliases,
            ignore: config.ignore.iter().map(|n| gazetteer::key_of(n)).collect(),
            langs: Vec::new(),
        }
    }

    /// The organisation names found so far in a document (the last one read), by passage.
    /// Their organisation words are left out of the spans ("Baku Museum of Eurasian Art" gives
    /// "Baku " and " of Eurasian Art"): what kind of body it is says what the text is about,
    /// where the rest of its name ("Energy" in "Ministry of Energy") does not.
    pub fn organization_spans(&self, text: &str, doc: u32) -> Vec<(u32, std::ops::Range<usize>)> {
        let mut out = Vec::new();
        for f in self.found.iter().rev().take_while(|f| f.doc == doc) {
            if f.kind != EntityKind::Organization {
                continue;
            }
            let mut from = f.span.0;
            for t in lex::tokens(text, f.span.0..f.span.1) {
                if t.kind == Kind::Word && lexicon::is_org_word(&t.folded) {
                    if from < t.start {
                        out.push((f.passage, from..t.start));
                    }
                    from = t.end;
                }
            }
            if from < f.span.1 {
                out.push((f.passage, from..f.span.1));
            }
        }
        out
    }

    /// First pass over every document: the words it writes in lower case, and (in Azerbaijani,
    /// for the endings written onto names) with a capital.
    pub fn observe(&mut self, d: &DocText) {
        let capitals = d.lang == "az";
        let english = d.lang == "en";
        for s in &d.sentences {
            for t in &s.toks {
                if t.kind != Kind::Word {
                    continue;
                }
                let word = t.text(d.text);
                if english {
                    if !lex::is_capitalized(word) {
                        if !self.lowercase.contains(&t.folded) {
                            let stem = self.stemmers.stem(Algorithm::English, &t.folded);
                            self.lowercase_stems.insert(stem);
                        }
                    } else if word.chars().count() >= 5
                        && lex::is_all_caps(word)
                        && !self.capitals_stems.contains_key(&t.folded)
                    {
                        let stem = self.stemmers.stem(Algorithm::English, &t.folded);
                        self.capitals_stems.insert(t.folded.clone(), stem);
                    }
                }
                let set = if !lex::is_capitalized(word) {
                    &mut self.lowercase
                } else if capitals {
                    &mut self.capitalized
                } else {
                    continue;
                };
                if !set.contains(&t.folded) {
                    set.insert(t.folded.clone());
                }
            }
        }
    }

    /// Whether a folded word is an ordinary word: a stop word, or one the corpus writes in lower
    /// case.
    fn is_common(&self, folded: &str) -> bool {
        lex::is_stop_word(folded) || self.lowercase.contains(folded)
    }

    /// Whether a word written in capitals is an English word the corpus writes in lower case in
    /// another form ("RELEASE" beside "released", "SITUATION" beside "situations").
    fn shouted_word(&self, folded: &str) -> bool {
        self.capitals_stems
            .get(folded)
            .is_some_and(|stem| self.lowercase_stems.contains(stem))
    }

    /// Domain names written in lower case ("news.az", "report.az"): news outlets named as
    /// sources; not the host of an e-mail address ("press@qalapay.example.com").
    fn domains(&mut self, cx: Cx) {
        for (k, t) in cx.toks().iter().enumerate() {
            let word = t.text(cx.text());
            if t.kind != Kind::Word
                || lex::is_capitalized(word)
                || !lexicon::is_domain(word)
                || cx.text()[..t.start].ends_with('@')
            {
                continue;
            }
            let key = Key::Name(EntityKind::Organization, t.folded.clone());
            self.push(
                cx,
                context::Run {
                    start: k,
                    end: k + 1,
                },
                EntityKind::Organization,
                key,
                Rule::WebDomain,
            );
            if let Some(f) = self.found.last_mut() {
                f.subtype = Some("outlet");
            }
        }
    }

    /// Reads one document.
    pub fn add_doc(&mut self, doc_id: u32, d: &DocText) {
        let mut st = DocState::default();
        if self.langs.len() <= doc_id as usize {
            self.langs.resize(doc_id as usize + 1, String::new());
        }
        self.langs[doc_id as usize] = d.lang.to_string();
        self.find_acronyms(doc_id, d, &mut st.names);
        let first = self.found.len();
        let split: Vec<Vec<lex::Tok>> = if turkic::is_turkic(d.lang) {
            d.sentences
                .iter()
                .map(|s| self.split_endings(d.text, d.lang, &s.toks))
                .collect()
        } else {
            Vec::new()
        };
        let mut han = Vec::new();
        for si in 0..d.sentences.len() {
            let toks = split.get(si).unwrap_or(&d.sentences[si].toks);
            let cx = Cx {
                doc: doc_id,
                d,
                si,
                toks,
            };
            let apostrophe_names = !turkic::is_turkic(d.lang);
            for run in runs::runs(d.text, cx.toks(), apostrophe_names) {
                self.read_run(cx, run, &mut st);
            }
            self.domains(cx);
            self.lower_case_companies(cx);
            self.quoted_names(cx);
            if d.lang == "ru" {
                self.russian_long_names(cx);
            }
            let words = self.han_words(cx);
            if !words.is_empty() {
                self.read_han(cx, &words, &mut st);
                han.push((cx, words));
            }
        }
        if !han.is_empty() {
            self.han_same_names(doc_id, &han, &mut st);
        }
        self.resolve(doc_id, st, first);
    }
}
