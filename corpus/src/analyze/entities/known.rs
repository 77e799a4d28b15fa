//! Names the build already knows: gazetteer places and organisations (with the checks that keep
//! a town's name from being taken for an ordinary word), and acronyms a document defines.

use super::context::{Cx, DocNames, DocState, Found, Key, Run};
use super::lexicon::{
    is_abstract_noun, is_connector, is_org_word, normalize_name_key, COMPASS_POINTS, COMPASS_WORDS,
    LOCATIVES, NATURAL_FEATURES, NATURAL_FEATURES_RU, NOT_CITIES, NOT_NAME_ENDS, NOT_ORGANIZATIONS,
    ROUTE_HEADS, SMALL_CITY, THING_HEADS,
};
use super::rule::Rule;
use super::runs::run_ending_at;
use super::Extractor;
use crate::analyze::gazetteer::{self, Entry, PlaceKind};
use crate::analyze::lex::{self, Kind, Tok};
use crate::analyze::DocText;
use crate::model::EntityKind;

impl Extractor<'_> {
    /// Whether a gazetteer entry is a country.
    pub(super) fn is_country(&self, e: Entry) -> bool {
        matches!(e, Entry::Place(i) if self.gaz.places[i as usize].kind == PlaceKind::Country)
    }

    /// Whether a gazetteer entry is a city of fewer than `population` people: a name that may
    /// be something else too (a first name, a surname) where the text says so.
    pub(super) fn town_under(&self, e: Entry, population: u64) -> bool {
        matches!(e, Entry::Place(i) if {
            let p = &self.gaz.places[i as usize];
            p.kind == PlaceKind::City && p.population < population
        })
    }

    /// Whether a folded key names a country (among whatever else it names).
    pub(super) fn names_country(&self, key: &str) -> bool {
        self.gaz.lookup(key).iter().any(|&e| self.is_country(e))
    }

    /// "Long Form Name (LFN)": the acronym stands for the long form.
    pub(super) fn find_acronyms(&mut self, doc: u32, d: &DocText, names: &mut DocNames) {
        for si in 0..d.sentences.len() {
            let cx = Cx {
                doc,
                d,
                si,
                toks: &d.sentences[si].toks,
            };
            let t = cx.toks();
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
                let mut spelt = false;
                for from in 0..sig.len() {
                    let initials: Vec<char> = sig[from..]
                        .iter()
                        .filter_map(|&k| t[k].folded.chars().next())
                        .collect();
                    if initials == letters {
                        start = Some(sig[from]);
                        spelt = true;
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
                    .known(cx, long, false)
                    .filter(|&(n, _)| n == long.end - long.start);
                let target = if let Some((_, e)) = known {
                    Some(self.key_of_entry(e))
                } else if (long.start..long.end).any(|k| is_org_word(&t[k].folded))
                    || self.national_company(cx, long)
                    || spelt && names_a_body(t, long)
                {
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
    pub(super) fn locative(&self, cx: Cx, k: usize) -> bool {
        let (d, t) = (cx.d, cx.toks());
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
            // "according to Xinhua" names a source, not a place.
            let according = prev.folded == "to" && k >= 2 && t[k - 2].folded == "according";
            if prev.kind == Kind::Word && LOCATIVES.contains(&prev.folded.as_str()) && !according {
                return true;
            }
            // "villages south of Batken": a compass word and "of".
            if prev.folded == "of" && k >= 2 && COMPASS_POINTS.contains(&t[k - 2].folded.as_str()) {
                return true;
            }
            // "Azerbaycan'ın Zakatala ...", "Azerbaijan's Gabala": a town in a country's
            // possessive.
            if prev.kind == Kind::Suffix && k >= 2 && self.names_country(&t[k - 2].folded) {
                return true;
            }
            // "Tbilisi and Akhalkalaki", "Gori, Khashuri", "Kah ve Gebele": coordinated with a
            // place.
            let coordinated = super::read::joins_items(&prev.folded) || prev.text(d.text) == ",";
            if coordinated
                && k >= 2
                && lex::is_capitalized(t[k - 2].text(d.text))
                && is_place(k - 2)
            {
                return true;
            }
            // "Muğla ve Antalya'daki", "Gori and Tbilisi": coordinated with a city of 100,000
            // or a country after it.
            let big = |j: usize| {
                t.get(j).is_some_and(|x| {
                    x.kind == Kind::Word
                        && lex::is_capitalized(x.text(d.text))
                        && self.names_big_place(&x.folded)
                })
            };
            if t.get(k + 1)
                .is_some_and(|x| super::read::joins_items(&x.folded) || x.text(d.text) == ",")
                && big(k + 2)
            {
                return true;
            }
            // "from Shaki, Gakh and Zagatala": a place further back in the same list.
            if coordinated {
                let mut j = k;
                while j >= 2
                    && (super::read::joins_items(&t[j - 1].folded) || t[j - 1].text(d.text) == ",")
                    && t[j - 2].kind == Kind::Word
                    && lex::is_capitalized(t[j - 2].text(d.text))
                {
                    j -= 2;
                    if is_place(j) && self.locative(cx, j) {
                        return true;
                    }
                }
            }
            if lex::is_joining_hyphen(prev, d.text)
                && !prev.space_before
                && k >= 2
                && is_place(k - 2)
            {
                return true;
            }
        }
        // "дорога Решт — Астара": a spaced dash to a place, inside a sentence.
        if self.route_end(
            cx,
            Run {
                start: k,
                end: k + 1,
            },
        ) {
            return true;
        }
        // "the Reşt-Astara demiryolu": an end of a route named by its ends.
        let mut end = k + 1;
        while t
            .get(end)
            .is_some_and(|x| lex::is_joining_hyphen(x, d.text) && !x.space_before)
            && t.get(end + 1).is_some_and(|x| x.kind == Kind::Word)
        {
            end += 2;
        }
        let joined = end > k + 1 || (k >= 2 && lex::is_joining_hyphen(&t[k - 1], d.text));
        if joined
            && t.get(end).is_some_and(|x| {
                ROUTE_HEADS.contains(&x.folded.as_str()) && !lex::is_capitalized(x.text(d.text))
            })
        {
            return true;
        }
        match t.get(k + 1) {
            Some(next) if next.kind == Kind::Suffix => {
                let s = next.text(d.text);
                !(s.ends_with('s') && s.chars().count() == 2)
            }
            Some(next) if lex::is_joining_hyphen(next, d.text) && !next.space_before => {
                is_place(k + 2)
            }
            // "Akhalkalaki in Georgia".
            Some(next) if next.folded == "in" => t.get(k + 2).is_some_and(|x| {
                lex::is_capitalized(x.text(d.text)) && self.names_country(&x.folded)
            }),
            Some(next) if next.text(d.text) == "," => {
                t.get(k + 2).is_some_and(|x| self.names_country(&x.folded))
                    || self.place_apposition(cx, k + 2)
            }
            _ => false,
        }
    }

    /// Whether a long form the text gives an acronym is a national company's name in its own
    /// language ("Kazakhstan Temir Zholy (KTZ)", "Uzbekiston Havo Yollari (UHY)"): a country's
    /// name and capitalised words after it, not ending in the noun of a thing ("China-Pakistan
    /// Economic Corridor (CPEC)").
    fn national_company(&self, cx: Cx, long: Run) -> bool {
        let (d, t) = (cx.d, cx.toks());
        let words: Vec<&Tok> = t[long.start..long.end]
            .iter()
            .filter(|x| x.kind == Kind::Word)
            .collect();
        let country = |x: &Tok| self.names_country(&x.folded);
        words.len() >= 3
            && country(words[0])
            && words.iter().all(|x| lex::is_capitalized(x.text(d.text)))
            && words[1..].iter().all(|x| !country(x))
            && (!THING_HEADS.contains(&words[words.len() - 1].folded.as_str())
                // "Pakistan State Oil (PSO)": a company's name may end with its trade.
                || matches!(words[words.len() - 1].folded.as_str(), "oil" | "gas"))
    }

    /// Whether the words from `k` describe a town: "the historic city", "a small port town", "the
    /// regional capital" (an article, up to three words in lower case, then such a noun).
    fn place_apposition(&self, cx: Cx, k: usize) -> bool {
        let (d, t) = (cx.d, cx.toks());
        if !t
            .get(k)
            .is_some_and(|x| matches!(x.folded.as_str(), "the" | "a" | "an"))
        {
            return false;
        }
        for x in t.iter().skip(k + 1).take(4) {
            if x.kind != Kind::Word || lex::is_capitalized(x.text(d.text)) {
                return false;
            }
            if matches!(
                x.folded.as_str(),
                "city" | "town" | "capital" | "port" | "village" | "settlement"
            ) {
                return true;
            }
        }
        false
    }

    /// Whether an all-capitals word is an organisation's acronym: three letters or more, not an
    /// ordinary word in capitals (the corpus writes it in lower case too), not a unit, currency or
    /// common abbreviation.
    /// Whether a folded word is the name of a listed city or town, of any size.
    /// Whether a folded word names a country or a city of 100,000 or more.
    pub(super) fn names_big_place(&self, folded: &str) -> bool {
        self.gaz
            .lookup(folded)
            .iter()
            .any(|&e| matches!(e, Entry::Place(_)) && !self.town_under(e, 100_000))
    }

    pub(super) fn names_city(&self, folded: &str) -> bool {
        self.gaz.lookup(folded).iter().any(
            |&e| matches!(e, Entry::Place(i) if self.gaz.places[i as usize].kind == PlaceKind::City),
        )
    }

    pub(super) fn unexplained_acronym(&self, surface: &str) -> bool {
        let letters = surface.chars().filter(|c| c.is_alphabetic()).count();
        let folded = crate::text::fold(surface);
        letters >= 3
            && letters == surface.chars().count()
            && lex::is_all_caps(surface)
            && !NOT_ORGANIZATIONS.contains(&folded.as_str())
            && !self.is_common(&folded)
            && !self.shouted_word(&folded)
    }

    pub(super) fn key_of_entry(&self, e: Entry) -> (EntityKind, Key) {
        match e {
            Entry::Place(i) => (EntityKind::Place, Key::Place(i)),
            Entry::Org(i) => (EntityKind::Organization, Key::Org(i)),
        }
    }

    /// The longest gazetteer name starting at token `at` and inside `run`, as (word count, entry).
    /// `run` is in token indices; names may not cross its end.
    pub(super) fn known(
        &mut self,
        cx: Cx,
        run: Run,
        allow_common_city: bool,
    ) -> Option<(usize, Entry)> {
        let (d, t) = (cx.d, cx.toks());
        let words: Vec<usize> = (run.start..run.end)
            .filter(|&k| t[k].kind != Kind::Punct)
            .collect();
        let max = words.len().min(self.gaz.max_words);
        for n in (1..=max).rev() {
            let slice = &words[..n];
            let key = gazetteer::join_keys(slice.iter().map(|&k| t[k].folded.as_str()));
            let mut entries = self.gaz.lookup(&key);
            // Russian in another case: the nominative of the last word ("Китая" → Китай), a
            // country before a city, so that an inflected country never falls through to a
            // city's alternate name.
            let mut declined = Vec::new();
            if entries.is_empty() && d.lang == "ru" {
                let last = &t[slice[n - 1]].folded;
                let head =
                    gazetteer::join_keys(slice[..n - 1].iter().map(|&k| t[k].folded.as_str()));
                for form in crate::text::inflect::russian_nominatives(last) {
                    let key = if head.is_empty() {
                        form
                    } else {
                        format!("{head} {form}")
                    };
                    declined.extend_from_slice(self.gaz.lookup(&key));
                }
                // "Центральной Азии": one word in an adjective's case before a capitalised
                // word is part of a longer name, never a town named by the adjective alone
                // (Центральный); countries are still taken.
                let before_name = t
                    .get(slice[0] + 1)
                    .is_some_and(|x| x.kind == Kind::Word && lex::is_capitalized(x.text(d.text)));
                if n == 1 && before_name && super::russian::adjective_form(last) {
                    declined.retain(|e| self.is_country(*e));
                }
                declined.sort_by_key(|&e| !self.is_country(e));
                if !declined.is_empty() {
                    entries = &declined;
                }
            }
            // Azerbaijani and Turkish: an ending on the last word of a listed name of several
            // words ("Şanxay Əməkdaşlıq Təşkilatının").
            let mut ended = Vec::new();
            if entries.is_empty() && n > 1 && super::turkic::is_turkic(d.lang) {
                let last = &t[slice[n - 1]].folded;
                let head =
                    gazetteer::join_keys(slice[..n - 1].iter().map(|&k| t[k].folded.as_str()));
                for base in crate::text::inflect::turkic_bases(last) {
                    ended.extend_from_slice(self.gaz.lookup(&format!("{head} {base}")));
                    if !ended.is_empty() {
                        break;
                    }
                }
                if !ended.is_empty() {
                    entries = &ended;
                }
            }
            // Stems only for names of several words ("Южной Кореи"): a single word's stem is too
            // often another word's (Грузы, cargo, and Грузия).
            if entries.is_empty() && d.lang == "ru" && n > 1 {
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
                        if lex::is_all_caps(surface)
                            && p.population < 500_000
                            && !opens_dateline(d.text, t, slice[0])
                        {
                            continue;
                        }
                        if lex::month(folded).is_some() || NOT_CITIES.contains(&folded.as_str()) {
                            continue;
                        }
                        // "Бат-Эрдэнэ", "Gilgit-Baltistan": a city's name joined by a hyphen to
                        // a word that names no place is part of another name, unless the pair
                        // names a route ("the Serhetabat-Turghundi railway", "Baku-Tbilisi-Kars").
                        let after = slice[n - 1] + 1;
                        let route_on = |k: usize| {
                            t.get(k).is_some_and(|x| {
                                lex::is_joining_hyphen(x, d.text)
                                    || ROUTE_HEADS.contains(&x.folded.as_str())
                            })
                        };
                        if t.get(after)
                            .is_some_and(|x| lex::is_joining_hyphen(x, d.text) && !x.space_before)
                            && t.get(after + 1).is_some_and(|x| {
                                x.kind == Kind::Word
                                    && !x.space_before
                                    && lex::is_capitalized(x.text(d.text))
                                    && self.gaz.lookup(&x.folded).is_empty()
                                    && !ROUTE_HEADS.contains(&x.folded.as_str())
                            })
                            && !route_on(after + 2)
                        {
                            continue;
                        }
                        // "Hazar Denizi", "Aral Sea": a sea's or a lake's name.
                        if t.get(slice[n - 1] + 1).is_some_and(|x| {
                            (lex::is_capitalized(x.text(d.text))
                                && NATURAL_FEATURES.contains(&x.folded.as_str()))
                                || NATURAL_FEATURES_RU.contains(&x.folded.as_str())
                        }) {
                            continue;
                        }
                        // "Xi Jinping", "official, Hana Dalova": a small town's name after
                        // another capitalised word, or before one with no preposition before it
                        // ("из Шеки Эльчин Гасанов" keeps the town), is part of a name.
                        let capital =
                            |x: &Tok| x.kind == Kind::Word && lex::is_capitalized(x.text(d.text));
                        let preposition = slice[0] >= 1 && {
                            let x = &t[slice[0] - 1];
                            x.kind == Kind::Word
                                && !lex::is_capitalized(x.text(d.text))
                                && !super::read::joins_items(&x.folded)
                        };
                        if p.population < SMALL_CITY
                            && (slice[0] >= 1 && capital(&t[slice[0] - 1])
                                || !preposition && t.get(slice[n - 1] + 1).is_some_and(capital))
                        {
                            continue;
                        }
                        // "Central Asia", "South Caucasus", "Middle East": a compass word before
                        // another capitalised word is part of a region's name, not a town.
                        if COMPASS_WORDS.contains(&folded.as_str())
                            && t.get(slice[0] + 1).is_some_and(|x| {
                                x.kind == Kind::Word && lex::is_capitalized(x.text(d.text))
                            })
                        {
                            continue;
                        }
                        // A small town's name is often something else too: only where the text
                        // puts a place ("in Astara", "Rasht-Astara", "Astara, Azerbaijan").
                        if p.population < SMALL_CITY && !self.locative(cx, slice[0]) {
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

    /// Records a mention of tokens `run` of the sentence.
    pub(super) fn push(&mut self, cx: Cx, run: Run, kind: EntityKind, key: Key, rule: Rule) {
        let t = cx.toks();
        let span = (t[run.start].start, t[run.end - 1].end);
        let subtype = match key {
            Key::Place(i) => Some(match self.gaz.places[i as usize].kind {
                PlaceKind::Country => "country",
                PlaceKind::City => "city",
            }),
            Key::Org(_) => Some("international"),
            // A place no list names is one the text calls a town ([`Rule::NamedCity`]).
            Key::Name(EntityKind::Place, _) => Some("city"),
            _ => None,
        };
        self.found.push(Found {
            doc: cx.doc,
            passage: cx.passage(),
            span,
            surface: cx.text()[span.0..span.1].to_string(),
            kind,
            key,
            rule,
            role: None,
            subtype,
        });
    }

    /// Known names inside a run (gazetteers, acronyms the document defines); what lies between
    /// them is a candidate.
    pub(super) fn known_inside(&mut self, cx: Cx, run: Run, st: &mut DocState) {
        let (d, t) = (cx.d, cx.toks());
        let mut k = run.start;
        let mut rest_start = run.start;
        let mut any = false;
        while k < run.end {
            if t[k].kind == Kind::Word {
                let sub = Run {
                    start: k,
                    end: run.end,
                };
                if let Some((n, e)) = self.known(cx, sub, false) {
                    if rest_start < k {
                        self.candidate(
                            cx,
                            Run {
                                start: rest_start,
                                end: k,
                            },
                            st,
                        );
                    }
                    let (kind, key) = self.key_of_entry(e);
                    let rule = self.gazetteer_rule(e);
                    self.push(
                        cx,
                        Run {
                            start: k,
                            end: k + n,
                        },
                        kind,
                        key,
                        rule,
                    );
                    k += n;
                    rest_start = k;
                    any = true;
                    continue;
                }
                let w = t[k].text(d.text);
                if let Some(Some((kind, key, _))) = st.names.acronyms.get(w).cloned() {
                    if rest_start < k {
                        self.candidate(
                            cx,
                            Run {
                                start: rest_start,
                                end: k,
                            },
                            st,
                        );
                    }
                    self.push(
                        cx,
                        Run {
                            start: k,
                            end: k + 1,
                        },
                        kind,
                        key,
                        Rule::Acronym,
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
                    cx,
                    Run {
                        start: rest_start,
                        end: run.end,
                    },
                    st,
                );
            }
            return;
        }
        self.candidate(cx, run, st);
    }

    /// The rule a gazetteer entry is found by.
    pub(super) fn gazetteer_rule(&self, e: Entry) -> Rule {
        match e {
            Entry::Org(_) => Rule::GazetteerOrganization,
            Entry::Place(i) => {
                let p = &self.gaz.places[i as usize];
                match p.kind {
                    PlaceKind::Country => Rule::GazetteerCountry,
                    PlaceKind::City => Rule::GazetteerCity {
                        million: p.population >= 1_000_000,
                    },
                }
            }
        }
    }
}

/// Whether the word at `k` opens a dateline: the first word of its passage, in capitals, followed
/// by a comma, a spaced dash or a colon ("SUMGAIT, May 3 –", "MINGACHEVIR – Rescue teams",
/// "GWADAR: A cardiac unit"). A town the report was filed from, whatever its size.
pub(super) fn opens_dateline(text: &str, t: &[Tok], k: usize) -> bool {
    t[..k].iter().all(|x| x.kind == Kind::Punct)
        && lex::is_all_caps(t[k].text(text))
        && t[k].text(text).chars().count() >= 4
        && t.get(k + 1).is_some_and(|x| {
            let s = x.text(text);
            s == "," || s == ":" || (matches!(s, "—" | "–" | "-") && x.space_before)
        })
}

/// Whether a name whose initials spell the acronym after it is a body's ("Almaty City Transport
/// (ACT)", "Hengrui Turon Auto (HTA)"): two words or more, no abstract noun ("Information and
/// Communication Technologies (ICT)") and no head that names a thing ("Silk Road Connectivity
/// Index (SRCI)", "Special Programme for the Economies of Central Asia (SPECA)").
fn names_a_body(t: &[Tok], long: Run) -> bool {
    let words: Vec<&Tok> = t[long.start..long.end]
        .iter()
        .filter(|x| x.kind == Kind::Word && !is_connector(&x.folded))
        .collect();
    words.len() >= 2
        && !words
            .iter()
            .any(|x| THING_HEADS.contains(&x.folded.as_str()) || is_abstract_noun(&x.folded))
        && words
            .last()
            .is_some_and(|x| !NOT_NAME_ENDS.contains(&x.folded.as_str()))
}
