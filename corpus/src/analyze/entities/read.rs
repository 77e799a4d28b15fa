//! Reading a run: the steps of the module's documentation in order, from the whole run as a
//! known name down to what is left for the candidates.

use super::context::{Cx, DocState, Key, Run};
use super::lexicon::{
    is_connector, is_org_word, normalize_name_key, COMPANY_ABBREVIATIONS, COMPASS_WORDS,
    HYPHEN_PREFIXES, PARLIAMENT_NAMES, PLURAL_TITLES_RU, PORTFOLIO_TITLES, ROUTE_HEADS,
    SCHOOL_WORDS, TITLE_MODIFIERS, TRADE_WORDS,
};
use super::rule::Rule;
use super::runs::{org_span, org_subtype, title_key};
use super::Extractor;
use crate::analyze::gazetteer::{self, Entry, PlaceKind};
use crate::analyze::lex::{self, Kind, Tok};
use crate::model::EntityKind;

/// The number of tokens of a run.
fn len_of(run: Run) -> usize {
    run.end - run.start
}

/// Conjunctions that join two names of a list: English, Azerbaijani, Turkish, Russian.
pub(super) const AND_WORDS: &[&str] = &["and", "və", "ve", "и"];

/// Whether a folded word joins the items of a list: "and" in any of the languages, or "or".
pub(super) fn joins_items(folded: &str) -> bool {
    AND_WORDS.contains(&folded) || folded == "or"
}

/// Whether the sentence `t` opens with a word in capitals followed by a colon, or by a bracket
/// and then a colon: the label of a speaker in a transcript.
fn speaker_label(text: &str, t: &[Tok]) -> bool {
    let Some(first) = t.first() else {
        return false;
    };
    let w = first.text(text);
    if first.kind != Kind::Word || w.chars().count() < 3 || !lex::is_all_caps(w) {
        return false;
    }
    match t.get(1).map(|x| x.text(text)) {
        Some(":") => true,
        Some("(") => t
            .iter()
            .position(|x| x.text(text) == ")")
            .is_some_and(|close| t.get(close + 1).is_some_and(|x| x.text(text) == ":")),
        _ => false,
    }
}

impl Extractor<'_> {
    /// Each country named inside an organisation's name, as a place of its own; and a city of
    /// some size that opens the name or follows its "of" ("Ganja Institute for Economic
    /// Studies", "Port of Baku": where the organisation is), unless the whole name is a listed
    /// organisation's (the Shanghai Cooperation Organisation is not in Shanghai).
    pub(super) fn places_in_name(&mut self, cx: Cx, org: Run) {
        let t = cx.toks();
        let listed = {
            let surface = &cx.text()[t[org.start].start..t[org.end - 1].end];
            let key = normalize_name_key(&gazetteer::key_of(surface));
            self.gaz
                .lookup(&key)
                .iter()
                .any(|e| matches!(e, Entry::Org(_)))
        };
        let mut first = org.start;
        if t.get(first).is_some_and(|x| x.folded == "the") {
            first += 1;
        }
        for (k, tok) in t.iter().enumerate().take(org.end).skip(org.start) {
            if tok.kind != Kind::Word {
                continue;
            }
            let one = Run {
                start: k,
                end: k + 1,
            };
            let Some((1, e)) = self.known(cx, one, false) else {
                continue;
            };
            if self.is_country(e) {
                let (kind, key) = self.key_of_entry(e);
                self.push(cx, one, kind, key, Rule::CountryInName);
                continue;
            }
            let opens = k == first || (k > org.start && t[k - 1].folded == "of");
            let city = matches!(e, Entry::Place(i) if {
                let p = &self.gaz.places[i as usize];
                p.kind == PlaceKind::City && p.population >= super::lexicon::SMALL_CITY
            });
            // Not the organisation's only word, nor a word of its kind ("Energy").
            if opens && city && len_of(org) > 1 && !listed && !is_org_word(&tok.folded) {
                let (kind, key) = self.key_of_entry(e);
                self.push(cx, one, kind, key, Rule::CityInName);
            }
        }
    }

    /// The token where a listed place starts when a run ends with one after a surname ("Anatoli
    /// Mixaylov Moskva"): three words or more, the one before the place with a regional surname
    /// ending. `None` otherwise.
    pub(super) fn place_after_surname(&self, cx: Cx, run: Run) -> Option<usize> {
        let t = cx.toks();
        let words: Vec<usize> = (run.start..run.end)
            .filter(|&k| t[k].kind == Kind::Word)
            .collect();
        if words.len() < 3 {
            return None;
        }
        let last = *words.last()?;
        let before = &t[words[words.len() - 2]].folded;
        let surname = before.chars().count() >= 5
            && super::lexicon::SURNAME_ENDINGS
                .iter()
                .any(|e| before.ends_with(&crate::text::fold(e)));
        let place = self.gaz.lookup(&t[last].folded).iter().any(|e| match *e {
            Entry::Place(i) => {
                let p = &self.gaz.places[i as usize];
                p.kind == PlaceKind::Country || p.population >= super::lexicon::SMALL_CITY
            }
            Entry::Org(_) => false,
        });
        (surname && place).then_some(last)
    }

    /// The conjunction of a run "A and B" whose two sides are each a name on their own: both
    /// end with an organisation word ("Energetika Nazirliyi və Nəqliyyat Nazirliyi"), or both
    /// are demonyms or listed names ("Chinese and Russian"), or both read as people's names by
    /// their shape ("Vladimir Putin and Ebrahim Raisi"). `None` otherwise.
    fn coordinated(&self, cx: Cx, run: Run) -> Option<usize> {
        let t = cx.toks();
        let j = (run.start + 1..run.end.saturating_sub(1))
            .find(|&k| t[k].kind == Kind::Word && AND_WORDS.contains(&t[k].folded.as_str()))?;
        let last_word = |from: usize, to: usize| {
            (from..to)
                .rev()
                .find(|&k| t[k].kind == Kind::Word)
                .map(|k| t[k].folded.as_str())
        };
        let (a, b) = (last_word(run.start, j)?, last_word(j + 1, run.end)?);
        // Not a school of two fields ("Kazakh Mining and Metallurgical Institute", see
        // [`org_span`]).
        let school = TRADE_WORDS.contains(&a) && SCHOOL_WORDS.contains(&b);
        let orgs =
            is_org_word(a) && is_org_word(b) && !school && j - run.start >= 2 && run.end - j >= 3;
        let single = j - run.start == 1 && run.end - j == 2;
        let demonyms = single && self.is_demonym(a) && self.is_demonym(b);
        let listed = single && !self.gaz.lookup(a).is_empty() && !self.gaz.lookup(b).is_empty();
        // "Vladimir Putin and Ebrahim Raisi": two names by their shape.
        let people = || {
            self.name_shaped(
                cx,
                Run {
                    start: run.start,
                    end: j,
                },
            ) && self.name_shaped(
                cx,
                Run {
                    start: j + 1,
                    end: run.end,
                },
            )
        };
        (orgs || demonyms || listed || people()).then_some(j)
    }

    /// Whether a folded Turkish or Azerbaijani word says where someone is from: a country or a
    /// city of 100,000 or more, and -li or -lu ("azerbaycanli", "erzurumlu", "bakili").
    fn of_place(&self, folded: &str) -> bool {
        let Some(stem) = ["li", "lu", "lı", "lü"]
            .iter()
            .find_map(|suffix| folded.strip_suffix(suffix))
        else {
            return false;
        };
        stem.chars().count() >= 3
            && self.gaz.lookup(stem).iter().any(|&e| match e {
                Entry::Place(i) => {
                    let p = &self.gaz.places[i as usize];
                    p.kind == PlaceKind::Country || p.population >= super::lexicon::SMALL_CITY
                }
                Entry::Org(_) => false,
            })
    }

    /// Where "of" is and the country of "Vladimir Putin of Russia": a name by its shape
    /// ([`Self::name_shaped`]), "of" (and "the"), then a country that ends the run or is followed
    /// by "and". `None` otherwise.
    fn name_of_country(&mut self, cx: Cx, run: Run) -> Option<(usize, Run)> {
        let t = cx.toks();
        // After two to four words and their particles ("Luiz Inácio Lula da Silva of Brazil").
        let of = (run.start + 2..run.end.min(run.start + 7)).find(|&k| t[k].folded == "of")?;
        if !self.name_shaped(
            cx,
            Run {
                start: run.start,
                end: of,
            },
        ) {
            return None;
        }
        let mut from = of + 1;
        if t.get(from).is_some_and(|x| x.folded == "the") {
            from += 1;
        }
        let rest = Run {
            start: from,
            end: run.end,
        };
        let (n, e) = self.known(cx, rest, true)?;
        let end = from + n;
        let closes = end == run.end
            || (t[end].kind == Kind::Word
                && AND_WORDS.contains(&t[end].folded.as_str())
                && end + 1 < run.end);
        (self.is_country(e) && closes).then_some((of, Run { start: of + 1, end }))
    }

    /// The words of a route's name ("Serhetabat-Turghundi", "Darbaza-Maktaaral") before
    /// "railway", "road" or "pipeline", when the run is two or three words joined by hyphens,
    /// each capitalised and none an ordinary word, an organisation word, a demonym or listed in
    /// a gazetteer as anything but a place.
    fn route_ends(&self, cx: Cx, run: Run) -> Option<Vec<usize>> {
        let (d, t) = (cx.d, cx.toks());
        let after = t.get(run.end)?;
        if !ROUTE_HEADS.contains(&after.folded.as_str()) || lex::is_capitalized(after.text(d.text))
        {
            return None;
        }
        let words: Vec<usize> = (run.start..run.end).step_by(2).collect();
        let joined = (run.start..run.end).all(|k| {
            if (k - run.start) % 2 == 1 {
                lex::is_joining_hyphen(&t[k], d.text) && !t[k].space_before
            } else {
                let x = &t[k];
                x.kind == Kind::Word
                    && lex::is_capitalized(x.text(d.text))
                    && !lex::is_all_caps(x.text(d.text))
                    && x.text(d.text).chars().count() >= 3
                    && !self.is_common(&x.folded)
                    && !is_org_word(&x.folded)
                    && !self.is_demonym(&x.folded)
                    && !HYPHEN_PREFIXES.contains(&x.folded.as_str())
                    && !COMPASS_WORDS.contains(&x.folded.as_str())
                    && self
                        .gaz
                        .lookup(&x.folded)
                        .iter()
                        .all(|e| matches!(e, Entry::Place(_)))
            }
        });
        ((run.end - run.start) % 2 == 1 && (2..=3).contains(&words.len()) && joined)
            .then_some(words)
    }

    /// Reads a run: the steps of the module's documentation, each taking what it recognises and
    /// handing the rest on.
    pub(super) fn read_run(&mut self, cx: Cx, run: Run, st: &mut DocState) {
        if self.depth > 16 {
            self.candidate(cx, run, st);
            return;
        }
        self.depth += 1;
        self.read_run_inner(cx, run, st);
        self.depth -= 1;
    }

    fn read_run_inner(&mut self, cx: Cx, run: Run, st: &mut DocState) {
        let (d, t) = (cx.d, cx.toks());
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
        // A company abbreviation's dot stays ("Corp.", see `runs`).
        let abbreviation_dot = |end: usize| {
            end >= 2
                && t[end - 1].text(d.text) == "."
                && COMPANY_ABBREVIATIONS.contains(&t[end - 2].folded.as_str())
        };
        while run.end > run.start
            && ((t[run.end - 1].kind == Kind::Punct && !abbreviation_dot(run.end))
                || is_connector(&t[run.end - 1].folded))
        {
            run.end -= 1;
        }
        if run.start >= run.end {
            return;
        }
        // "MODERATOR: Thank you.", "QUESTION (Dala Business): ...": a speaker's label in capitals
        // opening a sentence is no name.
        if run.start == 0 && run.end == 1 && speaker_label(d.text, t) {
            return;
        }
        // "MNT 1.9 trillion", "10 KGS": a currency's code by an amount is no name.
        if run.end - run.start == 1
            && crate::analyze::figures::is_currency_code(t[run.start].text(d.text))
            && [run.start.wrapping_sub(1), run.end]
                .iter()
                .any(|&j| t.get(j).is_some_and(|x| x.kind == Kind::Number))
        {
            return;
        }
        if super::turkic::is_turkic(d.lang) {
            // "Çıxışında Seytkaliyev ...": a noun in a case opening the sentence is no part of
            // the name after it.
            let opening = t[..run.start].iter().all(|x| x.kind == Kind::Punct);
            if opening
                && run.end - run.start >= 2
                && t[run.start].kind == Kind::Word
                && t[run.start + 1].kind == Kind::Word
                && super::turkic::opening_case_noun(self, &t[run.start].folded)
            {
                run.start += 1;
            }
            // "Azerbaycanlı Tural Hüseynli", "Erzurumlu Emre Kocabaş": a place's word of origin
            // (a country or a city and -lı, -li, -lu, -lü) before two more words is no part of
            // the name after it.
            if run.end - run.start >= 3
                && t[run.start].kind == Kind::Word
                && t[run.start + 1].kind == Kind::Word
                && self.of_place(&t[run.start].folded)
            {
                run.start += 1;
            }
        }
        // "Kazakhstan Temir Zholy (KTZ)": the long form of an acronym the document defines is
        // the acronym's entity, whatever the names inside it.
        let text = &d.text[t[run.start].start..t[run.end - 1].end];
        let defined = st
            .names
            .acronyms
            .values()
            .flatten()
            .find(|(kind, key, long)| {
                *kind == EntityKind::Organization && matches!(key, Key::Name(..)) && long == text
            })
            .map(|(kind, key, _)| (*kind, key.clone()))
            .filter(|_| (run.start..run.end).all(|k| !is_org_word(&t[k].folded)));
        if let Some((kind, key)) = defined {
            self.push(cx, run, kind, key, Rule::Acronym);
            // "Pakistan State Oil (PSO)": the country named inside is a place.
            self.places_in_name(cx, run);
            return;
        }
        // "Anatoli Mixaylov Moskva ilə": a listed city or country after a surname is a name of
        // its own, not the person's last word.
        if let Some(cut) = self.place_after_surname(cx, run) {
            self.read_run(
                cx,
                Run {
                    start: run.start,
                    end: cut,
                },
                st,
            );
            self.read_run(
                cx,
                Run {
                    start: cut,
                    end: run.end,
                },
                st,
            );
            return;
        }
        // "Energetika Nazirliyi və Nəqliyyat Nazirliyi", "Chinese and Russian": a run joined by
        // a conjunction whose sides are each a name on their own is read side by side.
        if let Some(j) = self.coordinated(cx, run) {
            self.read_run(
                cx,
                Run {
                    start: run.start,
                    end: j,
                },
                st,
            );
            self.read_run(
                cx,
                Run {
                    start: j + 1,
                    end: run.end,
                },
                st,
            );
            return;
        }
        let len = run.end - run.start;

        // 0. A name the configuration gives.
        if !self.aliases.is_empty() {
            let key = gazetteer::key_of(&d.text[t[run.start].start..t[run.end - 1].end]);
            if let Some((kind, entity, _)) = self.aliases.get(&key).cloned() {
                self.push(cx, run, kind, entity, Rule::ConfigAlias);
                return;
            }
        }
        // "the Serhetabat-Turghundi railway": the ends of a route no list names are places.
        if let Some(ends) = self.route_ends(cx, run) {
            for k in ends {
                let surface = t[k].text(d.text);
                let key = normalize_name_key(&gazetteer::key_of(surface));
                let word = Run {
                    start: k,
                    end: k + 1,
                };
                // A listed town is read as such ("Reşt-Astara demiryolu").
                if !self.gaz.lookup(&t[k].folded).is_empty() {
                    self.read_run(cx, word, st);
                    continue;
                }
                self.push(
                    cx,
                    word,
                    EntityKind::Place,
                    Key::Name(EntityKind::Place, key),
                    Rule::NamedCity,
                );
            }
            return;
        }
        // A hyphenated name the context says is a news source ("/Интерфакс-Казахстан/",
        // "(Trend-Azerbaijan)") is one organisation, though a country closes it.
        if (run.start + 1..run.end).any(|k| lex::is_joining_hyphen(&t[k], d.text))
            && self
                .known(cx, run, false)
                .is_none_or(|(n, _)| n < len_of(run))
            && self.evidence(cx, run).is_some_and(|c| c.source.is_some())
        {
            self.candidate(cx, run, st);
            return;
        }
        // 1. The whole run is a known name, or an acronym the document defines.
        if let Some((n, e)) = self.known(cx, run, false) {
            if n == len {
                let (kind, key) = self.key_of_entry(e);
                let rule = self.gazetteer_rule(e);
                self.push(cx, run, kind, key, rule);
                return;
            }
        }
        if len == 1 {
            let w = t[run.start].text(d.text);
            if let Some(def) = st.names.acronyms.get(w) {
                if let Some((kind, key, _)) = def.clone() {
                    self.push(cx, run, kind, key, Rule::Acronym);
                }
                return;
            }
        }
        // The Azerbaijani and Turkish long form: "Azərbaycan Respublikası(nın)", "Çin Xalq
        // Respublikası", "Rusya Federasyonu": the country, then the rest of the run.
        if let Some(end) = self.turkic_official_name(cx, run) {
            let name = Run {
                start: run.start,
                end,
            };
            if let Some((_, e)) = self.known(
                cx,
                Run {
                    start: run.start,
                    end: run.start + 1,
                },
                true,
            ) {
                let (kind, key) = self.key_of_entry(e);
                self.push(cx, name, kind, key, Rule::OfficialName);
                let mut after = end;
                while t.get(after).is_some_and(|x| x.kind == Kind::Suffix) && after < run.end {
                    after += 1;
                }
                if after < run.end {
                    self.read_run(
                        cx,
                        Run {
                            start: after,
                            end: run.end,
                        },
                        st,
                    );
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
                if let Some((n, e)) = self.known(cx, rest, true) {
                    if self.is_country(e) {
                        let (kind, key) = self.key_of_entry(e);
                        let name = Run {
                            start: run.start,
                            end: rest.start + n,
                        };
                        self.push(cx, name, kind, key, Rule::OfficialName);
                        // "the Republic of Türkiye and Ukraine": the rest is read on its own.
                        let after = Run {
                            start: name.end,
                            end: run.end,
                        };
                        if after.end > after.start {
                            self.read_run(cx, after, st);
                        }
                        return;
                    }
                }
            }
        }

        // "Vladimir Putin of Russia (and ...)": a name by its shape, then its country.
        if let Some((of, country)) = self.name_of_country(cx, run) {
            self.candidate(
                cx,
                Run {
                    start: run.start,
                    end: of,
                },
                st,
            );
            self.read_run(cx, country, st);
            if country.end < run.end {
                self.read_run(
                    cx,
                    Run {
                        start: country.end + 1,
                        end: run.end,
                    },
                    st,
                );
            }
            return;
        }

        // 2. An organisation word; not in a minister's portfolio after "for" ("Federal Minister
        // for National Health Services Mustafa Kamal").
        let portfolio = |k: usize| {
            let Some(f) = (run.start + 1..k).rev().find(|&j| t[j].folded == "for") else {
                return false;
            };
            (run.start..f).any(|s| self.title_at(cx, s, f) == Some(f - s))
        };
        if let Some(k) = (run.start..run.end).find(|&k| {
            t[k].kind == Kind::Word
                && is_org_word(&t[k].folded)
                && lex::is_capitalized(t[k].text(d.text))
                && !portfolio(k)
        }) {
            let mut org = org_span(d.text, t, run, k);
            // "Chief Executive Officer of Caspian Gate Logistics": a title, "of", then the
            // employer, which alone is the organisation.
            if let Some(n) = self.title_at(cx, org.start, k) {
                let of = org.start + n;
                if of + 1 < k && t[of].folded == "of" {
                    let the = t[of + 1].folded == "the";
                    org.start = of + 1 + usize::from(the);
                }
            }
            // "Kazakhstan Temir Zholy and Azerbaijan Railways", "... and Georgian Railway": a
            // country or its adjective after "and" begins another organisation's name. What is
            // before it is another organisation when it begins likewise and has more words, and
            // is read on its own otherwise.
            let mut partner = None;
            if let Some(and) = (org.start + 1..k).rev().find(|&j| t[j].folded == "and") {
                let national = |f: &str| self.names_country(f) || self.is_demonym(f);
                if t.get(and + 1).is_some_and(|x| national(&x.folded)) {
                    let left = Run {
                        start: org.start,
                        end: and,
                    };
                    let words = (left.start..left.end)
                        .filter(|&j| t[j].kind == Kind::Word)
                        .count();
                    if words >= 2
                        && left.end - left.start == words
                        && national(&t[left.start].folded)
                    {
                        partner = Some(left);
                    }
                    org.start = and + 1;
                }
            }
            // "Nadia Quinton of Holdottir Institute": two or three words of a person's name,
            // then "of" and the employer; the name is read on its own. So is a surname alone
            // that no gazetteer lists ("Anderoglu of Ivermouth Observatory said").
            let mut person_of = None;
            if let Some(of) = (org.start + 1..k).find(|&j| t[j].folded == "of") {
                let mut name = Run {
                    start: org.start,
                    end: of,
                };
                // "Timur B. Akhmetov of ...": the organisation's words stop at the initial's
                // full stop; the name goes on before it.
                while name.start >= run.start + 3
                    && t[name.start - 1].text(cx.text()) == "."
                    && lex::is_initial(t[name.start - 2].text(cx.text()))
                    && t[name.start - 3].kind == Kind::Word
                    && lex::is_capitalized(t[name.start - 3].text(cx.text()))
                {
                    name.start -= 3;
                }
                let article =
                    org.start > 0 && matches!(t[org.start - 1].folded.as_str(), "the" | "a" | "an");
                let surname_alone =
                    of - org.start == 1 && self.gaz.lookup(&t[org.start].folded).is_empty();
                // A middle initial and its full stop ("Timur B. Akhmetov of ...") count as no
                // word of their own.
                let initial = |j: usize| {
                    j > name.start
                        && j + 2 < name.end
                        && lex::is_initial(t[j].text(cx.text()))
                        && t[j + 1].text(cx.text()) == "."
                };
                let dot = |j: usize| j > name.start + 1 && initial(j - 1);
                let words = (name.start..name.end)
                    .filter(|&j| !initial(j) && !dot(j))
                    .count();
                if partner.is_none()
                    && !article
                    && ((2..=3).contains(&words) || surname_alone)
                    && (name.start..name.end)
                        .all(|j| initial(j) || dot(j) || self.name_word(cx, j, name.end))
                {
                    person_of = Some(name);
                    org.start = of + 1;
                }
            }
            // "Компания «...»", "Şirkət": a bare organisation word names no organisation (the
            // name follows it in quotes); "the Bank", "the Group" refer back to one named before.
            // A parliament's own name ("the Mazhilis", "the Duma") is a name alone.
            if org.end - org.start == 1 && !PARLIAMENT_NAMES.contains(&t[k].folded.as_str()) {
                if run.end > k + 1 {
                    self.read_run(
                        cx,
                        Run {
                            start: k + 1,
                            end: run.end,
                        },
                        st,
                    );
                }
                if k > run.start {
                    self.read_run(
                        cx,
                        Run {
                            start: run.start,
                            end: k,
                        },
                        st,
                    );
                }
                return;
            }
            // "the Port of Baku": a port named by its city is the place.
            if t[k].folded == "port"
                && org.start == k
                && t.get(k + 1).is_some_and(|x| x.folded == "of")
            {
                let place = Run {
                    start: k + 2,
                    end: org.end,
                };
                if let Some((n, Entry::Place(_))) = self.known(cx, place, true) {
                    if n == place.end - place.start {
                        if run.start < k {
                            self.read_run(
                                cx,
                                Run {
                                    start: run.start,
                                    end: k,
                                },
                                st,
                            );
                        }
                        self.read_run(cx, place, st);
                        if org.end < run.end {
                            self.read_run(
                                cx,
                                Run {
                                    start: org.end,
                                    end: run.end,
                                },
                                st,
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
                let defined = matches!(st.names.acronyms.get(w.text(d.text)), Some(Some(_)));
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
            let before = Run {
                start: run.start,
                end: partner.or(person_of).map_or(org.start, |p| p.start),
            };
            if let Some(name) = person_of {
                self.candidate(cx, name, st);
            }
            if let Some(p) = partner {
                let surface = &d.text[t[p.start].start..t[p.end - 1].end];
                let key = normalize_name_key(&gazetteer::key_of(surface));
                let key = Key::Name(EntityKind::Organization, key);
                self.push(
                    cx,
                    p,
                    EntityKind::Organization,
                    key,
                    Rule::CoordinatedOrganization,
                );
                self.places_in_name(cx, p);
            }
            let title_before =
                (before.start..before.end).any(|k| self.title_at(cx, k, before.end).is_some());
            // "Speaker of the Milli Majlis of Azerbaijan Sahiba Gafarova", "Chairman of the
            // Senate of Pakistan Yousaf Raza Gilani and ...": after a title, the organisation's
            // complement ends where a person's name begins.
            if title_before {
                if let Some(cut) = self.name_in_complement(cx, org, k) {
                    org.end = cut;
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
            let after = Run {
                start: org.end,
                end: run.end,
            };
            self.push(cx, org, kind, key.clone(), Rule::OrganizationWord);
            // "according to Anadolu Agency", "Interfax-Azerbaijan reported": a news outlet.
            let outlet = self.source_context(cx, org);
            if let Some(f) = self.found.last_mut() {
                if outlet && kind == EntityKind::Organization {
                    f.subtype = Some("outlet");
                } else if f.subtype.is_none() {
                    f.subtype = subtype;
                }
            }
            if let Key::Name(..) = key {
                let folded = gazetteer::key_of(surface);
                st.names.full.insert(folded, (kind, key.clone()));
            }
            // Countries named inside the organisation's name ("Iran-Azerbaijan ... Group").
            self.places_in_name(cx, org);
            if before.end > before.start && !title_before {
                self.read_run(cx, before, st);
            }
            // "Economist Ganzorig Dashdorj of the National University": a title opening the
            // run, then a name, then "of" and the employer, with nothing after it.
            if title_before && after.end <= after.start {
                if let Some(n) = self.title_at(cx, before.start, before.end) {
                    let from = before.start + n;
                    let name_end = (from..before.end)
                        .find(|&j| is_connector(&t[j].folded))
                        .unwrap_or(before.end);
                    if name_end > from {
                        let role = d.text[t[before.start].start..t[from - 1].end].to_string();
                        self.person_after_title(
                            cx,
                            Run {
                                start: from,
                                end: name_end,
                            },
                            role,
                            st,
                        );
                    }
                }
            }
            if after.end > after.start {
                // "Chairman of the X Administration Samir Nuriyev": a title before the
                // organisation makes the words after it a person.
                if title_before {
                    let role = d.text[t[run.start].start..t[org.end - 1].end].to_string();
                    self.person_after_title(cx, after, role, st);
                } else {
                    self.read_run(cx, after, st);
                }
            }
            return;
        }

        // 3. A title: the person after it, the employer before it.
        for k in run.start..run.end {
            if let Some(n) = self.title_at(cx, k, run.end) {
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
                                    cx,
                                    Run {
                                        start: k - 1,
                                        end: k,
                                    },
                                    false,
                                )
                                .is_none()
                            && !st.names.acronyms.contains_key(t[k - 1].text(d.text))
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
                        self.employer(cx, before, st);
                    }
                    // The name is the last two words before the end, or before an "and" or a
                    // comma that begins another item ("... and Transport Rashad Nabiyev and
                    // Kazakhstan's Minister ..."), after a word of the complement.
                    let mut ends = std::iter::once(after.end).chain(
                        (after.start + 1..after.end)
                            .rev()
                            .filter(|&j| t[j].folded == "and" || t[j].text(d.text) == ","),
                    );
                    let words: Vec<usize> = (after.start..after.end)
                        .filter(|&j| t[j].kind == Kind::Word)
                        .collect();
                    let found = ends.find_map(|end| {
                        let words = &words[..words.partition_point(|&j| j < end)];
                        let at = *words.get(words.len().checked_sub(2)?)?;
                        (words.len() >= 4
                            && !is_connector(&t[at - 1].folded)
                            && (at..end).all(|j| self.name_word(cx, j, end)))
                        .then_some((at, end))
                    });
                    match found {
                        Some((at, end)) => {
                            let role = d.text[t[run.start].start..t[at - 1].end].to_string();
                            let complement = Run {
                                start: after.start,
                                end: at,
                            };
                            self.known_inside(cx, complement, st);
                            let name = Run { start: at, end };
                            self.person_after_title(cx, name, role, st);
                            if end + 1 < after.end {
                                let rest = Run {
                                    start: end + 1,
                                    end: after.end,
                                };
                                self.read_run(cx, rest, st);
                            }
                        }
                        None => self.read_run(cx, after, st),
                    }
                    return;
                }
                // "President X and Prime Minister Y": the name ends at "and".
                let mut after = after;
                let mut rest = None;
                if let Some(and) = (after.start..after.end)
                    .find(|&j| matches!(t[j].folded.as_str(), "and" | "&" | "və" | "ve"))
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
                            self.employer(cx, before, st);
                        }
                        self.person_after_title(cx, after, role.clone(), st);
                    }
                    // "Presidents Ilham Aliyev and Xi Jinping", "Президенты Владимир Путин и
                    // Эбрахим Раиси": a plural title covers both.
                    let last = t[k + n - 1].folded.as_str();
                    let plural = (last.ends_with('s')
                        && self.gaz.title(&title_key(t, k, n)).is_none())
                        || PLURAL_TITLES_RU.contains(&last);
                    let rest_words = (rest.start..rest.end)
                        .filter(|&j| t[j].kind == Kind::Word)
                        .count();
                    let rest_titled =
                        (rest.start..rest.end).any(|j| self.title_at(cx, j, rest.end).is_some());
                    if plural && (2..=3).contains(&rest_words) && !rest_titled {
                        self.person_after_title(cx, rest, role, st);
                    } else {
                        self.read_run(cx, rest, st);
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
                        self.employer(cx, before, st);
                    }
                    // "Президенты Владимир Путин и Эбрахим Раиси": in Russian "и" ends the run;
                    // a plural title covers the name after it too.
                    let plural = PLURAL_TITLES_RU.contains(&t[k + n - 1].folded.as_str());
                    let next = run.end + 1;
                    let cap = |j: usize| {
                        t.get(j).is_some_and(|x| {
                            x.kind == Kind::Word && lex::is_capitalized(x.text(d.text))
                        })
                    };
                    let mut end = next;
                    while cap(end) && end < next + 3 {
                        end += 1;
                    }
                    let listed = plural
                        && t.get(run.end).is_some_and(|x| x.text(d.text) == "и")
                        && end - next >= 2
                        && !cap(end);
                    self.person_after_title(cx, after, role.clone(), st);
                    if listed {
                        let rest = Run { start: next, end };
                        self.person_after_title(cx, rest, role, st);
                    }
                    return;
                }
            }
        }
        // A lower-case title just before the run ("secretary general Dmitry Mezentsev").
        if let Some(role) = self.title_before(cx, run.start) {
            self.person_after_title(cx, run, role, st);
            return;
        }

        // A person's name whose first name is also a town ("Vladimir Putin said"): the context
        // decides.
        let words = (run.start..run.end)
            .filter(|&k| t[k].kind == Kind::Word)
            .count();
        // "Грузии Леван Давиташвили отметил": a country's name (in any case) is no first name.
        let first_is_country = matches!(
            self.known(cx, Run { start: run.start, end: run.start + 1 }, false),
            Some((_, e)) if self.is_country(e)
        );
        // "Anderovic and Caldsen said": two names no gazetteer knows (a list of places is read
        // as one below).
        if let Some((left, right)) = super::evidence::two_names(cx, run)
            .filter(|_| (run.start..run.end).all(|k| self.gaz.lookup(&t[k].folded).is_empty()))
        {
            self.candidate(cx, left, st);
            self.candidate(cx, right, st);
            return;
        }
        if (2..=3).contains(&words) {
            if let Some(c) = self.evidence(cx, run) {
                if c.source == Some(Rule::DescribedOrganization) {
                    st.cands.push(c);
                    return;
                }
                // "Vladimir Koltsov": a town's name, then a surname.
                let entries = self.gaz.lookup(&t[run.start].folded);
                let first_is_town = words == 2
                    && !entries.is_empty()
                    && !self.locative(cx, run.start)
                    && entries
                        .iter()
                        .all(|e| matches!(e, Entry::Place(i) if self.gaz.places[*i as usize].kind == PlaceKind::City));
                // "Rovshan Najaf, president of SOCAR": a small town's name closing a name the
                // context says is a person's.
                let last_entries = self.gaz.lookup(&t[run.end - 1].folded);
                let last_is_town = words == 2
                    && self.gaz.lookup(&t[run.start].folded).is_empty()
                    && matches!(c.person, Some((Rule::Apposition | Rule::Said, _)))
                    && !last_entries.is_empty()
                    && last_entries.iter().all(|&e| self.town_under(e, 1_000_000));
                if !first_is_country
                    && matches!(c.person, Some((rule, _)) if rule != Rule::SurnameEnding || first_is_town)
                    && (last_is_town
                        || self
                            .known(
                                cx,
                                Run {
                                    start: run.end - 1,
                                    end: run.end,
                                },
                                false,
                            )
                            .is_none())
                {
                    st.cands.push(c);
                    return;
                }
                // "Vladimir Putin and Ebrahim Raisi watched": no cue, but the shape of a name
                // whose first name is also a town; the document's other names decide.
                if c.person.is_none() && c.source.is_none() && c.shaped && !first_is_country {
                    st.cands.push(c);
                    return;
                }
            }
        }

        // 4. Known names inside the run; 5. what is left is a candidate.
        self.known_inside(cx, run, st);
    }
}
