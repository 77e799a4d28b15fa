//! Azerbaijani and Turkish write case and possessive endings onto a name, in Azerbaijani without
//! an apostrophe (Azərbaycanın, Bakıda, Əliyevin; Turkish mostly with one, which the tokenizer
//! already splits: Çin'in). Before a sentence is read, such an ending is split off a capitalised
//! word as a suffix token, so the rules read the name itself and the mention covers it alone.
//!
//! An ending is split only when what is left is a name the build can vouch for: a country, a city
//! of 100,000 or more or a listed organisation, a surname with a regional ending (Əliyev), or in
//! Azerbaijani a word the corpus also writes bare with a capital. A word that is itself a listed
//! name or such a surname is never cut (Ankara, Əliyeva).

use super::lexicon::{SMALL_CITY, SURNAME_ENDINGS, TURKIC_ORG_WORDS};
use super::Extractor;
use crate::analyze::gazetteer::{Entry, PlaceKind};
use crate::analyze::lex::{self, Kind, Tok};
use crate::text;

/// Whether a document's language writes endings onto names.
pub(super) fn is_turkic(lang: &str) -> bool {
    matches!(lang, "az" | "tr")
}

/// Words of a country's long form after its name (folded prefixes: the word takes endings).
const REPUBLIC_WORDS: &[&str] = &[
    "respublika",
    "cumhuriyet",
    "federasiya",
    "federasyon",
    "kralligi",
    "kralliq",
    "sultanligi",
    "emirligi",
];

/// Words between a country's name and the republic word ("Xalq", "Halk", "Demokratik").
const REPUBLIC_MODIFIERS: &[&str] = &[
    "xalq",
    "halk",
    "demokratik",
    "islam",
    "federativ",
    "birlesmis",
    "birlesik",
    "sosialist",
];

impl Extractor<'_> {
    /// Where an Azerbaijani or Turkish long form of a country ends ("Azərbaycan Respublikası",
    /// "Çin Xalq Respublikasının"): the token after the republic word, or `None`.
    pub(super) fn turkic_official_name(
        &self,
        cx: super::context::Cx,
        run: super::context::Run,
    ) -> Option<usize> {
        if !is_turkic(cx.d.lang) {
            return None;
        }
        let t = cx.toks();
        let country = self.names_country(&t[run.start].folded);
        if !country {
            return None;
        }
        let mut k = run.start + 1;
        while k < run.end && REPUBLIC_MODIFIERS.contains(&t[k].folded.as_str()) {
            k += 1;
        }
        (k < run.end
            && t[k].kind == Kind::Word
            && REPUBLIC_WORDS.iter().any(|w| t[k].folded.starts_with(w)))
        .then_some(k + 1)
    }

    /// Whether a folded word is a country, a city of some size or an organisation the
    /// gazetteers list.
    fn in_gazetteer(&self, folded: &str) -> bool {
        self.gaz.lookup(folded).iter().any(|e| match *e {
            Entry::Org(_) => true,
            Entry::Place(i) => {
                let p = &self.gaz.places[i as usize];
                p.kind == PlaceKind::Country || p.population >= SMALL_CITY
            }
        })
    }

    /// Whether a folded word is an organisation the gazetteers list or an organisation's word
    /// ("Ajans", "Bakanlık").
    fn names_org(&self, folded: &str) -> bool {
        TURKIC_ORG_WORDS.contains(&folded)
            || self
                .gaz
                .lookup(folded)
                .iter()
                .any(|e| matches!(e, Entry::Org(_)))
    }

    /// Whether a capitalised word (folded) is a name as it stands: listed, or a surname with a
    /// regional ending.
    pub(super) fn listed(&self, folded: &str) -> bool {
        self.gaz.lookup(folded).iter().any(|e| match *e {
            Entry::Org(_) => true,
            Entry::Place(i) => {
                let p = &self.gaz.places[i as usize];
                p.kind == PlaceKind::Country || p.population >= SMALL_CITY
            }
        }) || (TURKIC_ORG_WORDS.contains(&folded) && folded.ends_with(['i', 'u']))
            || (folded.chars().count() >= 5
                && SURNAME_ENDINGS
                    .iter()
                    .any(|e| e.is_ascii() && folded.ends_with(e)))
    }

    /// Whether what is left of a word without its ending is a name: listed, or (in Azerbaijani,
    /// which writes no apostrophe before the ending of a name) written bare with a capital
    /// somewhere in the corpus.
    fn vouched(&self, folded: &str, lang: &str) -> bool {
        self.listed(folded) || (lang == "az" && self.capitalized.contains(folded))
    }

    /// The tokens of a sentence with endings split off the names they are written onto.
    pub(super) fn split_endings(&self, text: &str, lang: &str, toks: &[Tok]) -> Vec<Tok> {
        let mut out = Vec::with_capacity(toks.len() + 4);
        for t in toks {
            let word = t.text(text);
            if t.kind != Kind::Word || !lex::is_capitalized(word) || self.listed(&t.folded) {
                out.push(t.clone());
                continue;
            }
            // The longest name first: the shortest ending.
            let mut ends: Vec<&str> = crate::text::inflect::TURKIC_ENDINGS
                .iter()
                .copied()
                .filter(|e| word.ends_with(e))
                .collect();
            ends.sort_by_key(|e| e.len());
            // A base the gazetteers list comes before one that only looks like a surname:
            // "Rusiyanın" is Rusiya + nın, not "Rusiyan" (-yan) + ın.
            let cut_where = |listed_only: bool| {
                ends.iter().find_map(|e| {
                    let base = &word[..word.len() - e.len()];
                    let folded = text::fold(base);
                    // Turkish writes an apostrophe between a proper name and its ending
                    // (Lima'da, which the tokenizer splits), so a word without one is a common
                    // noun with its ending ("Limanı", "Sanayi", "Batı"), unless what is left is
                    // an organisation's word ("Anadolu Ajansı").
                    if lang == "tr" && !self.names_org(&folded) {
                        return None;
                    }
                    let ok = if listed_only {
                        self.in_gazetteer(&folded)
                    } else {
                        self.vouched(&folded, lang)
                    };
                    (base.chars().count() >= 3 && ok).then_some((base.len(), folded))
                })
            };
            let cut = cut_where(true).or_else(|| cut_where(false));
            match cut {
                Some((len, folded)) => {
                    out.push(Tok {
                        start: t.start,
                        end: t.start + len,
                        kind: Kind::Word,
                        folded,
                        space_before: t.space_before,
                    });
                    out.push(Tok {
                        start: t.start + len,
                        end: t.end,
                        kind: Kind::Suffix,
                        folded: text::fold(&word[len..]),
                        space_before: false,
                    });
                }
                None => out.push(t.clone()),
            }
        }
        out
    }
}

/// Endings of a common noun in a case that opens an Azerbaijani or Turkish sentence before a
/// name ("Çıxışında Seytkaliyev qeyd edib", "Görüşdə ...", "Toplantıda ..."): locative and
/// ablative, with or without a possessive before them.
const OPENING_CASE_ENDINGS: &[&str] = &[
    "ında", "ində", "unda", "ündə", "inda", "unde", "sında", "sində", "da", "də", "de", "ta", "tə",
    "te", "dan", "dən", "den", "tan", "tən", "ten",
];

/// Whether a word (folded) opening a Turkic sentence is a noun in a case, not part of a name:
/// it carries a locative or ablative ending and it is no name as it stands. (A name with an
/// ending, "Bakıda", has had its ending split off by [`Extractor::split_endings`] before the
/// sentence is read, so what still ends so is no name the build can vouch for.)
pub(super) fn opening_case_noun(ex: &Extractor<'_>, folded: &str) -> bool {
    OPENING_CASE_ENDINGS
        .iter()
        .any(|e| folded.ends_with(&text::fold(e)))
        && !ex.listed(folded)
}
