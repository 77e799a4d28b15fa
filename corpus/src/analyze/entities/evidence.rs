//! What a capitalised stretch no rule recognised is, by its context: a role after a comma, a
//! reporting verb, a byline, a descriptor before it, a surname ending.

use super::context::{Cand, Cx, DocState, Run};
use super::lexicon::{
    is_abstract_noun, is_connector, is_org_word, name_words, APPOSITION_AFTER, APPOSITION_HEADS,
    ARABIC_ARTICLES, CITY_AFTER, CITY_BEFORE, COMPASS_POINTS, CREDITS, FACILITIES, FREIGHT,
    NOT_CITIES, NOT_NAME_ENDS, ORG_DESCRIPTORS, PERSON_VERBS_AFTER, RUSSIAN_ADJECTIVE_ENDINGS,
    SOURCE_BEFORE, SOURCE_BEFORE_PAIRS, SOURCE_VERBS_AFTER, SURNAME_ENDINGS, THING_HEADS, WEEKDAYS,
};
use super::rule::Rule;
use super::runs::{role_end, title_key};
use super::russian::person_key;
use super::Extractor;
use crate::analyze::gazetteer::{self, Entry};
use crate::analyze::lex::{self, Kind, Tok};

/// Towns smaller than this are villages: their names are as often surnames.
const VILLAGE: u64 = 10_000;

impl Extractor<'_> {
    /// A candidate for a run, before any evidence.
    pub(super) fn make_cand(&self, cx: Cx, run: Run) -> Cand {
        let (d, t) = (cx.d, cx.toks());
        // A case ending written onto the name is no part of it ("Erdoğan'ın", "Əliyevin").
        let mut last = run.end;
        while last > run.start + 1 && t[last - 1].kind == Kind::Suffix {
            last -= 1;
        }
        let span = (t[run.start].start, t[last - 1].end);
        let surface = d.text[span.0..span.1].to_string();
        let words = name_words(d.text, t, run).len();
        let sentence_initial = run.start == 0
            || (run.start >= 1 && t[..run.start].iter().all(|x| x.kind == Kind::Punct));
        let after_quote = run.start >= 1
            && matches!(
                t[run.start - 1].text(d.text),
                "“" | "\"" | "«" | "‘" | ":" | "—" | "–"
            );
        // "PRESS RELEASE", "BREAKING NEWS": a line in capitals shouts its words; none of them is
        // an acronym by its shape (a defined or listed one is read before this).
        let shouted = t.iter().filter(|x| x.kind == Kind::Word).count() >= 2
            && t.iter()
                .filter(|x| x.kind == Kind::Word)
                .all(|x| lex::is_all_caps(x.text(d.text)));
        Cand {
            passage: cx.passage(),
            span,
            key: person_key(d.lang, &surface),
            surface,
            words,
            sentence_initial: sentence_initial || after_quote,
            all_caps: lex::is_all_caps(t[run.start].text(d.text)) && words == 1 && !shouted,
            person: None,
            source: None,
            shaped: self.name_shaped(cx, run),
            after_article: run.start >= 1
                && matches!(t[run.start - 1].folded.as_str(), "the" | "a" | "an"),
        }
    }

    /// Whether a run reads as a person's name by its shape alone ([`Rule::NameShape`]), in
    /// English or Russian: two or three words, each capitalised and written in lower case after
    /// its capital, none an ordinary word of the corpus, an adjective's form or a place in a
    /// case (Russian), a verb's form opening the sentence ("Supplying"), a listed name (but a
    /// first name that is also a town: "Vladimir", "Hassan"), a title, an organisation word, a
    /// demonym, a month or a weekday; not after an article ("the Shah Deniz field") or before a
    /// thing's head word; not the last word of a thing's name ("Shusha Declaration"); in a
    /// sentence with a word in lower case that is not a small word (a headline capitalises
    /// every other word).
    pub(super) fn name_shaped(&self, cx: Cx, run: Run) -> bool {
        let (d, t) = (cx.d, cx.toks());
        // Languages that capitalise only names. Turkish and Azerbaijani capitalise the words of
        // a treaty's or a programme's name ("Stratejik Ortaklık"), German every noun.
        let russian = d.lang == "ru";
        if d.lang != "en" && !russian {
            return false;
        }
        let end = run.end;
        // Particles ("von der", "da", "el-", "Al") are no words of their own; a name with one
        // may have four ("Luiz Inácio Lula da Silva").
        let words = name_words(d.text, t, run);
        let article = |k: usize| {
            k > run.start
                && ARABIC_ARTICLES.contains(&t[k - 1].folded.as_str())
                && lex::is_joining_hyphen(&t[k], d.text)
        };
        // A double-barrelled surname or first name ("Elvin Karimli-Rustamov", "Jean-Pierre
        // Raffarin"): two words glued by a hyphen beside a word of their own (two alone are a
        // route's or a venture's: "Tianshan-Absheron").
        let barrel = |k: usize| {
            glued_halves(d.text, t, run, k)
                && t[k - 1].kind == Kind::Word
                && t[k + 1].kind == Kind::Word
                && (k - 1 > run.start || k + 2 < end)
        };
        // A middle initial ("Timur B. Akhmetov", "Javid Ch. Rzayev"): one or two letters, the
        // first a capital, and a full stop, between two words.
        let initial = |k: usize| {
            k > run.start
                && k + 2 < end
                && t[k].kind == Kind::Word
                && t[k + 1].text(d.text) == "."
                && {
                    let w = t[k].text(d.text);
                    (1..=2).contains(&w.chars().count())
                        && w.chars().next().is_some_and(char::is_uppercase)
                }
        };
        if (run.start..end).any(|k| {
            !(t[k].kind == Kind::Word || article(k) || barrel(k) || k >= 1 && initial(k - 1))
        }) {
            return false;
        }
        // The name's parts, a double-barrelled one counted once, an initial not at all.
        let parts = words.len()
            - (run.start..end).filter(|&k| barrel(k)).count()
            - words.iter().filter(|&&k| initial(k)).count();
        // "China Energy Engineering": in English, words right after a country's name are the
        // rest of an organisation's name (Russian writes a person after the country: "КНР Ли
        // Цян").
        if !russian && run.start >= 1 && {
            let x = &t[run.start - 1];
            x.kind == Kind::Word
                && lex::is_capitalized(x.text(d.text))
                && self.names_country(&x.folded)
        } {
            return false;
        }
        // "Gazprom Neft", "Samsung Electronics": a listed company's name opens no person's.
        if self.gaz.company(&t[run.start].folded).is_some() {
            return false;
        }
        let most = if words.len() < end - run.start { 4 } else { 3 };
        if !(2..=most).contains(&words.len()) {
            return false;
        }
        let cased = |w: &str| {
            let mut chars = w.chars();
            w.chars().count() >= 2
                && chars.next().is_some_and(char::is_uppercase)
                && chars.all(|c| c.is_lowercase() || c == '\'' || c == '’')
        };
        // "Вчера Фарид Талеби": three words opening a sentence may start with any word.
        let c_initial = t[..run.start].iter().all(|x| x.kind == Kind::Punct);
        if c_initial && parts >= 3 {
            return false;
        }
        let comma = |k: usize| t.get(k).is_some_and(|x| x.text(d.text) == ",");
        let between_commas = run.start >= 1 && comma(run.start - 1) && comma(end);
        // "the president of SOCAR, Rovshan Najaf": every word may be a town's name too.
        let after_role = self.after_role(cx, run.start);
        for &k in words.iter().filter(|&&k| !initial(k)) {
            let x = &t[k];
            let w = x.text(d.text);
            let f = x.folded.as_str();
            if !cased(w)
                || self.is_common(f)
                || is_org_word(f)
                || self.is_demonym(f)
                || lex::month(f).is_some()
                || WEEKDAYS.contains(&f)
                || self.title_at(cx, k, end).is_some()
            {
                return false;
            }
            // "Центральной Азии", "Северную Европу": an adjective's ending, or a country or a
            // city of 100,000 in a case.
            if russian
                && (RUSSIAN_ADJECTIVE_ENDINGS.iter().any(|e| f.ends_with(e))
                    || crate::text::inflect::russian_nominatives(f)
                        .iter()
                        .any(|n| self.names_big_place(n)))
            {
                return false;
            }
            // "Health, Social Protection and Demographic Policy": an abstract noun's ending.
            if !russian && is_abstract_noun(f) {
                return false;
            }
            // "Supplying Petkim": a verb's or an adverb's form opening the sentence.
            if k == run.start && c_initial && ["ing", "ed", "ly"].iter().any(|e| f.ends_with(e)) {
                return false;
            }
            // A first name that is also a town; set off by commas ("the Minister for Railways,
            // Shiraz Ahmed Qureshi, said"), one that is also a city of any size.
            // "Madina Ergasheva": before a surname by its ending, too.
            let surname_after = k == run.start
                && words.len() == 2
                && k + 1 < end
                && SURNAME_ENDINGS
                    .iter()
                    .any(|e| t[k + 1].folded.ends_with(e) && t[k + 1].folded.len() > e.len() + 2);
            let entries = self.gaz.lookup(f);
            let population = if between_commas || after_role || surname_after {
                u64::MAX
            } else {
                1_000_000
            };
            // A later word that is only a village's name too ("Zhou Lanying": Lanying has
            // 2,700 people) is a surname.
            let town = ((k == run.start || after_role)
                && entries.iter().all(|&e| self.town_under(e, population)))
                || (k > run.start && entries.iter().all(|&e| self.town_under(e, VILLAGE)));
            if !entries.is_empty() && !town {
                return false;
            }
        }
        let last = t[end - 1].folded.as_str();
        if NOT_NAME_ENDS.contains(&last) || THING_HEADS.contains(&last) {
            return false;
        }
        let before = run.start.checked_sub(1).map(|k| t[k].folded.as_str());
        if matches!(before, Some("the" | "a" | "an")) {
            return false;
        }
        // «Сила Сибири»: a name in guillemets is a thing's (a pipeline, a company, a
        // programme); code-named "Pamir Shield": one in quotation marks is an operation's, a
        // work's or a nickname.
        let opened = run.start >= 1 && super::quoted::is_open(t[run.start - 1].text(d.text));
        let closed = t
            .get(end)
            .is_some_and(|x| super::quoted::is_close(x.text(d.text)));
        if run.start >= 1 && t[run.start - 1].text(d.text) == "«" || opened && closed {
            return false;
        }
        // "Minister of Digital Development": the complement of a capitalised word.
        if matches!(before, Some("of" | "for" | "on"))
            && run.start >= 2
            && lex::is_capitalized(t[run.start - 2].text(d.text))
        {
            return false;
        }
        let after = t.get(run.end);
        if after.is_some_and(|x| {
            x.kind == Kind::Word
                && (THING_HEADS.contains(&x.folded.as_str())
                    || ORG_DESCRIPTORS.contains(&x.folded.as_str()))
        }) {
            return false;
        }
        // A headline writes in lower case only its small words; a sentence of names alone
        // after a written one in the same paragraph is none ("... cotton yarn. Nijat Sadigov
        // and Liu Qingsong.": the signatories of a list's item), nor one after several.
        let written = |toks: &[Tok]| {
            toks.iter().any(|x| {
                x.kind == Kind::Word
                    && !lex::is_capitalized(x.text(d.text))
                    && !lex::is_stop_word(&x.folded)
                    && x.text(d.text).chars().any(char::is_alphabetic)
            })
        };
        // "Final standings: 1. Ravshan Tursunov, 7.5; 2. ... 4. Liu Yifan (China), 7.0": a
        // numbered list's items are sentences of their own, after a written one.
        written(t)
            || d.sentences[..cx.si]
                .iter()
                .rev()
                .take_while(|s| s.passage == cx.passage())
                .any(|s| written(&s.toks))
    }

    /// Whether a run starts after a role and a comma: "the president of SOCAR, ", "the head of
    /// the State Customs Committee, " (an article, a title, "of", "for" or "at", capitalised
    /// words, then the comma).
    fn after_role(&self, cx: Cx, start: usize) -> bool {
        let (d, t) = (cx.d, cx.toks());
        if start < 5 || t[start - 1].text(d.text) != "," {
            return false;
        }
        let mut k = start - 1;
        let capital = |j: usize| t[j].kind == Kind::Word && lex::is_capitalized(t[j].text(d.text));
        while k > 0 && start - 1 - k < 6 && capital(k - 1) {
            k -= 1;
        }
        if k == start - 1 {
            return false;
        }
        if k > 0 && t[k - 1].folded == "the" {
            k -= 1;
        }
        if !(k > 0 && matches!(t[k - 1].folded.as_str(), "of" | "for" | "at")) {
            return false;
        }
        let end = k - 1;
        (1..=self.gaz.max_title_words.min(end)).any(|n| {
            (end - n..end)
                .all(|j| t[j].kind == Kind::Word && !lex::is_capitalized(t[j].text(d.text)))
                && self.gaz.title(&title_key(t, end - n, n)) == Some(false)
                && end > n
                && matches!(t[end - n - 1].folded.as_str(), "the" | "its" | "a")
        })
    }

    /// Records an unknown run with the evidence its context gives.
    pub(super) fn candidate(&mut self, cx: Cx, run: Run, st: &mut DocState) {
        let (d, t) = (cx.d, cx.toks());
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
        if let Some((left, right)) = two_names(cx, run).or_else(|| work_of_a_person(cx, run)) {
            self.candidate(cx, left, st);
            self.candidate(cx, right, st);
            return;
        }
        // "GABALA, May 3 (Trend) -", "GABALA, Azerbaijan, October 7 -": a word in capitals
        // opening a dateline is the place the report was filed from; when the gazetteers do not
        // know it, it is no organisation.
        let dated = |k: usize| {
            t.get(k)
                .is_some_and(|x| x.kind == Kind::Number || lex::month(&x.folded).is_some())
        };
        let comma = |k: usize| t.get(k).is_some_and(|x| x.text(d.text) == ",");
        // "GABALA, Azerbaijan, October 7 -", "GABALA, Azerbaijan —".
        let dash = |k: usize| {
            t.get(k)
                .is_some_and(|x| matches!(x.text(d.text), "—" | "–" | "-") && x.space_before)
        };
        let country_then_date = (1..=3).any(|n| {
            let from = run.end + 1;
            from + n <= t.len()
                && t[from..from + n].iter().all(|x| x.kind == Kind::Word)
                && self.names_country(&gazetteer::join_keys(
                    t[from..from + n].iter().map(|x| x.folded.as_str()),
                ))
                && ((comma(from + n) && dated(from + n + 1)) || dash(from + n))
        });
        // "MINGACHEVIR – Rescue teams", "GWADAR: A cardiac unit": a dash or a colon after a
        // word of six capitals or more (an acronym is shorter).
        let colon = |k: usize| t.get(k).is_some_and(|x| x.text(d.text) == ":");
        let dateline = run.end - run.start == 1
            && super::known::opens_dateline(d.text, t, run.start)
            && (comma(run.end) && (dated(run.end + 1) || country_then_date)
                || (dash(run.end) || colon(run.end))
                    && t[run.start].text(d.text).chars().count() >= 6);
        if dateline {
            // With its country after it, it is a town of that country.
            if country_then_date {
                if let Some(mut c) = self.evidence(cx, run) {
                    c.source = Some(Rule::NamedCity);
                    c.person = None;
                    st.cands.push(c);
                }
            }
            return;
        }
        // "Erdoğan and Aliyev": a name holds no "and"; each side is read on its own, unless the
        // context says the whole is a news source ("Johnson and Johnson reported").
        if let Some(and) = (run.start + 1..run.end - 1)
            .find(|&k| matches!(t[k].folded.as_str(), "and" | "və" | "ve"))
        {
            // "the state mining company Erdenes Mongol and SOCAR": an acronym after "and" is
            // another name.
            let whole_is_source = !lex::is_all_caps(t[and + 1].text(d.text))
                && self.evidence(cx, run).is_some_and(|c| c.source.is_some());
            if !whole_is_source {
                self.candidate(
                    cx,
                    Run {
                        start: run.start,
                        end: and,
                    },
                    st,
                );
                self.candidate(
                    cx,
                    Run {
                        start: and + 1,
                        end: run.end,
                    },
                    st,
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
                cx,
                Run {
                    start: run.start,
                    end: run.start + 1,
                },
                st,
            );
            self.candidate(
                cx,
                Run {
                    start: run.start + 1,
                    end: run.end,
                },
                st,
            );
            return;
        }
        if let Some(c) = self.evidence(cx, run) {
            st.cands.push(c);
        }
    }

    /// Whether a run of one word (or two after "and" or "to") is the other end of a stretch whose
    /// first end is a listed town, or a stop named beside one:
    /// "between Aktau and Alat", "from Baku to Alat", "между Актау и Алятом", "линия Актау —
    /// Алят" (a spaced dash between two words inside a sentence: a dateline's dash follows
    /// the first words of a passage).
    pub(super) fn route_end(&self, cx: Cx, run: Run) -> bool {
        let (d, t) = (cx.d, cx.toks());
        let word_at = |k: usize| t.get(k).map(|x| x.folded.as_str()).unwrap_or("");
        let place_at = |k: usize| {
            t.get(k).is_some_and(|x| {
                x.kind == Kind::Word
                    && lex::is_capitalized(x.text(d.text))
                    && self
                        .gaz
                        .lookup(&x.folded)
                        .iter()
                        .any(|&e| matches!(e, Entry::Place(_)) && !self.is_country(e))
            })
        };
        // One word, or two ("between Ganja and Boyuk Kasik").
        let words = run.end - run.start;
        if words > 2
            || run.start < 3
            || (run.start..run.end)
                .any(|j| t[j].kind != Kind::Word || !lex::is_capitalized(t[j].text(d.text)))
        {
            return false;
        }
        let k = run.start;
        // "through Khorgos and Aktau", "via Kuryk or Baku": a stop on the way named beside a
        // listed town.
        if matches!(word_at(k - 1), "through" | "via" | "через")
            && matches!(word_at(run.end), "and" | "or" | "и")
            && place_at(run.end + 1)
        {
            return true;
        }
        // Two words after "and" or "to"; not a state's name ("Ardenne Republic").
        if words != 1
            && (!matches!(word_at(k - 1), "and" | "to" | "и" | "до")
                || matches!(
                    word_at(run.end - 1),
                    "republic" | "kingdom" | "federation" | "emirates" | "islands" | "states"
                ))
        {
            return false;
        }
        let between = matches!(
            (word_at(k - 3), word_at(k - 1)),
            ("between", "and") | ("между", "и") | ("from", "to") | ("от", "до")
        );
        let dash = |j: usize| {
            t.get(j)
                .is_some_and(|x| matches!(x.text(d.text), "—" | "–") && x.space_before)
        };
        let lower_word = |j: usize| {
            t.get(j)
                .is_some_and(|x| x.kind == Kind::Word && !lex::is_capitalized(x.text(d.text)))
        };
        (between && place_at(k - 2))
            || (dash(k - 1) && place_at(k - 2) && lower_word(k - 3))
            || (dash(run.end) && place_at(run.end + 1) && lower_word(k - 1))
    }

    /// A candidate for a run and the evidence its context gives; `None` for runs too long to be
    /// a name.
    pub(super) fn evidence(&self, cx: Cx, run: Run) -> Option<Cand> {
        let (d, t) = (cx.d, cx.toks());
        let mut c = self.make_cand(cx, run);
        if c.words > 4 {
            return None;
        }
        // A country's name inside: not a person's name ("Kazakhstan Temir Zholy").
        let has_country = (run.start..run.end)
            .any(|k| t[k].kind == Kind::Word && self.names_country(&t[k].folded));
        // "the railway company Kazakhstan Temir Zholy", "the French utility EDF", "the joint
        // venture, Middle Corridor Multimodal, ...".
        let described = |j: usize| {
            ORG_DESCRIPTORS.contains(&t[j].folded.as_str())
                && !lex::is_capitalized(t[j].text(d.text))
        };
        let comma = |j: usize| t.get(j).is_some_and(|x| x.text(d.text) == ",");
        if (run.start >= 1 && described(run.start - 1))
            || (run.start >= 2
                && comma(run.start - 1)
                && described(run.start - 2)
                && comma(run.end))
        {
            c.source = Some(Rule::DescribedOrganization);
        }
        // "Haichuan Membrane of Qingdao, China", "Lingjing Imaging of Hangzhou": two words that
        // are no person's by a surname (by its ending, or a Chinese surname's reading first)
        // before "of" and a city of 100,000 are a firm's ("Arjun Mehta of India": people are
        // written with their country, not their city).
        if c.words == 2
            && t.get(run.end).is_some_and(|x| x.folded == "of")
            && (run.start..run.end).all(|k| {
                t[k].kind == Kind::Word
                    && lex::is_capitalized(t[k].text(d.text))
                    && !lex::is_all_caps(t[k].text(d.text))
            })
            && !crate::analyze::translit::is_surname_reading(&t[run.start].folded)
            && !SURNAME_ENDINGS
                .iter()
                .any(|e| t[run.end - 1].folded.ends_with(e))
            && self.title_at(cx, run.start, run.end).is_none()
            && t.get(run.end + 1).is_some_and(|x| {
                x.kind == Kind::Word
                    && lex::is_capitalized(x.text(d.text))
                    && !self.names_country(&x.folded)
                    && self.names_big_place(&x.folded)
            })
            && !t
                .get(run.end + 2)
                .is_some_and(|x| x.kind == Kind::Word && lex::is_capitalized(x.text(d.text)))
        {
            c.source = Some(Rule::OrganizationOfCountry);
            c.person = None;
        }
        // "Masdar of the United Arab Emirates": a firm and its country ("President of Azerbaijan"
        // is a title).
        if c.words == 1
            && !c.sentence_initial
            && !self.is_common(&t[run.start].folded)
            && self.title_at(cx, run.start, run.end).is_none()
        {
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
                            t[m..m + n]
                                .iter()
                                .filter(|x| x.kind == Kind::Word)
                                .map(|x| x.folded.as_str()),
                        );
                        self.names_country(&key)
                    });
                    if country {
                        c.source = Some(Rule::OrganizationOfCountry);
                    }
                }
            }
        }
        let word_at = |k: usize| t.get(k).map(|x| x.folded.as_str()).unwrap_or("");
        let text_at = |k: usize| t.get(k).map(|x| x.text(d.text)).unwrap_or("");
        // An initial and its dot: "T." of "T. Guliyev".
        let initial = |k: usize| {
            k + 1 < run.end && lex::is_initial(text_at(k)) && text_at(k + 1) == "."
                || k > run.start && text_at(k) == "." && lex::is_initial(text_at(k - 1))
        };
        let mut next = run.end;
        if t.get(next).is_some_and(|x| x.kind == Kind::Suffix) {
            next += 1;
        }
        // "X, Deputy Chief of Staff at ...," / "X, Azerbaijan's Minister of Energy," / "X, who ..."
        if text_at(next) == "," && c.words >= 2 {
            if let Some(role) = self.apposition(cx, next + 1) {
                c.person = Some((Rule::Apposition, Some(role)));
            }
        }
        // "Talveron, the regional power operator", "Nordlink, part of Varga Holding".
        if c.person.is_none() && text_at(next) == "," && self.org_apposition(cx, next + 1) {
            c.source = Some(Rule::DescribedOrganization);
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
                    c.person = Some((Rule::TitleToPlace, Some(role)));
                }
            }
        }
        // Reporting verbs. A thing or an organisation's word last is no person ("Ulaanbaatar
        // Railway said").
        let after = word_at(next);
        let last = word_at(run.end - 1);
        let thing = THING_HEADS.contains(&last) || is_org_word(last);
        if c.person.is_none()
            && !thing
            && PERSON_VERBS_AFTER.contains(&after)
            && (2..=3).contains(&c.words)
        {
            c.person = Some((Rule::Said, None));
        }
        // "..., said Hikmet Hajiyev."
        if c.person.is_none()
            && !thing
            && run.start >= 1
            && matches!(
                word_at(run.start - 1),
                "said" | "says" | "added" | "noted" | "stressed"
            )
            && (2..=3).contains(&c.words)
        {
            c.person = Some((Rule::Said, None));
        }
        if SOURCE_VERBS_AFTER.contains(&after) && c.words <= 3 {
            c.source = Some(Rule::ReportingSource);
        }
        // "AA'nın haberine göre", "APA-nın xəbərinə görə", "Trendin məlumatına görə": a source
        // in the genitive, "its report" in the dative, then "according to".
        if c.words <= 3
            && matches!(
                after,
                "haberine" | "habere" | "xəbərinə" | "məlumatina" | "bilgisine"
            )
            && matches!(word_at(next + 1), "gore" | "gorə")
        {
            c.source = Some(Rule::ReportingSource);
            c.person = None;
        }
        if run.start >= 1 {
            let before = word_at(run.start - 1);
            // "via Reuters" names a source, "via Central Asia" a route.
            if SOURCE_BEFORE.contains(&before)
                && before != "to"
                && (c.words <= 3 && (before != "via" || c.words == 1))
            {
                c.source = Some(Rule::ReportingSource);
            }
            // "reported by Trend", "со ссылкой на ТАСС".
            if run.start >= 2
                && c.words <= 3
                && SOURCE_BEFORE_PAIRS.contains(&(word_at(run.start - 2), before))
            {
                c.source = Some(Rule::ReportingSource);
                c.person = None;
            }
            // "according to Chinese customs data": a word before a noun in lower case describes
            // the source rather than naming it ("according to Xinhua news agency" does name it).
            let modifier = c.words == 1
                && t.get(next).is_some_and(|x| {
                    x.kind == Kind::Word
                        && !lex::is_capitalized(x.text(d.text))
                        && !is_connector(&x.folded)
                        && !matches!(x.folded.as_str(), "news" | "and" | "or")
                        && !ORG_DESCRIPTORS.contains(&x.folded.as_str())
                });
            if before == "to"
                && run.start >= 2
                && word_at(run.start - 2) == "according"
                && !modifier
            {
                // A name holds no "and" ("according to Xinhua and Azerbaijani state media").
                let joined = (run.start..run.end)
                    .any(|k| matches!(t[k].folded.as_str(), "and" | "or" | "və" | "ve"));
                if c.words == 1 {
                    c.source = Some(Rule::ReportingSource);
                } else if c.person.is_none() && !joined {
                    c.person = Some((Rule::AccordingTo, None));
                }
            }
            // "(Report)" after a dateline, "(Vzgliad, March 14)", and in Russian between slashes
            // "АСТАНА, 17 мая. /Интерфакс-Казахстан/": a cited source.
            let slash = text_at(run.start - 1) == "/" && text_at(next) == "/";
            if (text_at(run.start - 1) == "(" || slash) && c.words <= 3 && (!c.all_caps || slash) {
                let dateline = run.start >= 2 && {
                    let mut b = run.start - 2;
                    if slash && b > 0 && t[b].text(d.text) == "." {
                        b -= 1;
                    }
                    let p = &t[b];
                    p.kind == Kind::Number
                        || lex::month(&p.folded).is_some()
                        || self
                            .gaz
                            .lookup(&p.folded)
                            .iter()
                            .any(|e| matches!(e, Entry::Place(_)))
                };
                // Between slashes, the source may open a sentence of its own after the
                // dateline's full stop.
                let close =
                    (text_at(next) == ")" || slash) && (dateline || slash && run.start == 1);
                let dated = text_at(next) == ","
                    && t.get(next + 1)
                        .is_some_and(|x| lex::month(&x.folded).is_some());
                if close || dated {
                    c.source = Some(Rule::CitedSource);
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
            c.source = Some(Rule::WebDomain);
        }
        // "Tyanjin şəhərində", "город Актау", "the city of Khorgos", "the town of Gabala", "the
        // port of Alat": a city.
        let named_city = |at: usize| {
            // "к портам Персидского залива": an adjective before its noun is no town.
            let adjective = RUSSIAN_ADJECTIVE_ENDINGS
                .iter()
                .any(|e| word_at(at).ends_with(e))
                && t.get(at + 1)
                    .is_some_and(|x| x.kind == Kind::Word && !lex::is_capitalized(x.text(d.text)));
            at >= 1
                && (CITY_BEFORE.contains(&word_at(at - 1)) && !adjective
                    || (at >= 2
                        && word_at(at - 1) == "of"
                        && matches!(
                            word_at(at - 2),
                            "city"
                                | "town"
                                | "village"
                                | "port"
                                | "settlement"
                                | "cities"
                                | "towns"
                                | "villages"
                                | "ports"
                        )
                        && !lex::is_capitalized(text_at(at - 2)))
                    // "a deep-water port at Anaklia", "the border crossing at Khorgos".
                    || (at >= 2
                        && matches!(word_at(at - 1), "at" | "in")
                        && FACILITIES.contains(&word_at(at - 2))))
        };
        // "the Alat freight terminal", "Baku's Alat port": one unknown word between the article
        // or a possessive and a facility's noun in lower case (with the kind of freight it
        // takes) is the town it stands in.
        let facility_after = c.words == 1
            && !c.surface.contains(['-', '.'])
            && run.start >= 1
            && (word_at(run.start - 1) == "the" || t[run.start - 1].kind == Kind::Suffix)
            && self.gaz.lookup(&t[run.start].folded).is_empty()
            && !self.is_demonym(&t[run.start].folded)
            && !is_org_word(&t[run.start].folded)
            // An adjective is no town: "the Caspian port of Aktau", "the Georgian terminal".
            && !["ian", "ean", "ese", "ish", "ic"]
                .iter()
                .any(|e| t[run.start].folded.ends_with(e))
            && {
                let mut k = run.end;
                while FREIGHT.contains(&word_at(k)) {
                    k += 1;
                }
                FACILITIES.contains(&word_at(k))
                    && !lex::is_capitalized(text_at(k))
                    && word_at(k + 1) != "of"
            };
        // "the ports of Aktau and Kuryk", "в портах Актау и Курык": the second of two places the
        // text names as towns.
        let coordinated = run.start >= 3
            && super::read::joins_items(word_at(run.start - 1))
            && t[run.start - 2].kind == Kind::Word
            && lex::is_capitalized(text_at(run.start - 2));
        // The list's first item: "портами Курык, Актау и Алят", "the ports of Poti, Batumi and
        // Anaklia".
        let first_item = {
            let mut j = run.start.saturating_sub(2);
            while j >= 3
                && text_at(j - 1) == ","
                && t[j - 2].kind == Kind::Word
                && lex::is_capitalized(text_at(j - 2))
            {
                j -= 2;
            }
            j
        };
        // "hazelnuts from Shaki, Gakh and Zagatala": one unknown word in a list whose other
        // items, two or more, are all listed towns.
        let among_towns = c.words == 1 && {
            let joins = |k: usize| text_at(k) == "," || super::read::joins_items(word_at(k));
            let item = |k: usize| {
                t.get(k)
                    .is_some_and(|x| x.kind == Kind::Word && lex::is_capitalized(x.text(d.text)))
            };
            let mut others = Vec::new();
            let mut j = run.start;
            while j >= 2 && joins(j - 1) && item(j - 2) {
                j -= 2;
                others.push(j);
            }
            let mut m = run.end;
            while joins(m) && item(m + 1) {
                others.push(m + 1);
                m += 2;
            }
            // Each item one word ("Shaki", not "Shaki District").
            others.len() >= 2
                && others
                    .iter()
                    .all(|&k| !item(k + 1) && self.names_city(&t[k].folded))
        };
        // "Saatlı və Sabirabad şəhərləri", "Buxara və Fərqanə şəhərlərindəki": the first of two
        // towns that a plural after the second names as towns.
        let plural_towns =
            |w: &str| CITY_AFTER.contains(&w) && (w.contains("lər") || w.contains("ler"));
        let first_of_towns = super::read::joins_items(word_at(run.end))
            && t.get(run.end + 1)
                .is_some_and(|x| x.kind == Kind::Word && lex::is_capitalized(x.text(d.text)))
            && plural_towns(word_at(run.end + 2));
        // "Alat, south of Baku": a word the gazetteers do not know, then a compass point "of"
        // a listed place.
        let compass_of = c.words == 1
            && text_at(run.end) == ","
            && COMPASS_POINTS.contains(&word_at(run.end + 1))
            && word_at(run.end + 2) == "of"
            && t.get(run.end + 3).is_some_and(|x| {
                x.kind == Kind::Word
                    && lex::is_capitalized(x.text(d.text))
                    && self
                        .gaz
                        .lookup(&x.folded)
                        .iter()
                        .any(|e| matches!(e, Entry::Place(_)))
            })
            && !self.is_demonym(&t[run.start].folded)
            && !is_org_word(&t[run.start].folded);
        // "Pishukan, a fishing town west of Gwadar", "Anaklia, the port on the Black Sea": an
        // apposition whose head is a town's word.
        let apposed_town = c.words <= 2
            && text_at(run.end) == ","
            && matches!(word_at(run.end + 1), "a" | "an" | "the")
            && {
                let mut k = run.end + 2;
                while k < run.end + 5
                    && t.get(k).is_some_and(|x| {
                        x.kind == Kind::Word && !lex::is_capitalized(x.text(d.text))
                    })
                    && !matches!(
                        word_at(k),
                        "in" | "on"
                            | "of"
                            | "near"
                            | "west"
                            | "east"
                            | "north"
                            | "south"
                            | "by"
                            | "with"
                            | "that"
                            | "where"
                            | "which"
                            | "about"
                            | "some"
                    )
                {
                    k += 1;
                }
                k > run.end + 2
                    && matches!(
                        word_at(k - 1),
                        "town" | "village" | "city" | "port" | "settlement" | "township"
                    )
            }
            && !self.is_demonym(&t[run.start].folded)
            && !is_org_word(&t[run.start].folded);
        let city_before = named_city(run.start)
            || compass_of
            || apposed_town
            || first_of_towns
            || among_towns
            || (coordinated && named_city(first_item))
            || self.route_end(cx, run)
            || facility_after;
        // A town's name holds no small word in lower case ("Alat on May 21" is a town and a date).
        let capitalised = (run.start..run.end)
            .all(|k| t[k].kind != Kind::Word || lex::is_capitalized(t[k].text(d.text)))
            && lex::month(&t[run.start].folded).is_none()
            && !WEEKDAYS.contains(&t[run.start].folded.as_str());
        if (CITY_AFTER.contains(&after) || city_before)
            && c.words <= 3
            && !c.all_caps
            && capitalised
            && !NOT_CITIES.contains(&t[run.start].folded.as_str())
        {
            c.source = Some(Rule::NamedCity);
            c.person = None;
        }
        if c.source == Some(Rule::DescribedOrganization) {
            c.person = None;
        }
        if has_country && matches!(c.person, Some((rule, _)) if rule != Rule::Apposition) {
            c.person = None;
        }
        // A byline: the passage is the name alone, at the top.
        if c.person.is_none()
            && (2..=3).contains(&c.words)
            && (run.start == 0 || (run.start == 1 && t[0].folded == "by"))
            && t.len() == run.end
        {
            let first_passages = d.first_passages(2);
            if first_passages.contains(&cx.passage())
                && (run.start..run.end).all(|k| t[k].kind == Kind::Word)
            {
                c.person = Some((Rule::Byline, None));
            }
        }
        // A surname ending: "Elmar Mammadyarov", "Рашид Алимов".
        // Either half of a double-barrelled surname will do ("Zarina Akhmetova-Berg").
        let glued = |k: usize| glued_halves(d.text, t, run, k);
        let barrels = (run.start..run.end).filter(|&k| glued(k)).count();
        if c.person.is_none()
            && !has_country
            && (2..=3).contains(&(c.words - barrels.min(c.words)))
            && c.words - barrels >= 2
        {
            let ends = |k: usize| {
                let w = &t[k].folded;
                w.chars().count() >= 4 && SURNAME_ENDINGS.iter().any(|e| w.ends_with(e))
            };
            let last = run.end - 1;
            let first = &t[run.start].folded;
            // "Lawyers for Abashidze-Kvaratskhelia": a connector joins no name's words.
            if (ends(last) || (barrels == 1 && last >= 2 && glued(last - 1) && ends(last - 2)))
                && !lex::is_stop_word(first)
                && (run.start..run.end).all(|k| {
                    t[k].kind == Kind::Word
                        && !lex::is_all_caps(t[k].text(d.text))
                        && (!is_connector(&t[k].folded) || lex::is_capitalized(t[k].text(d.text)))
                        || initial(k)
                        || glued(k)
                })
            {
                c.person = Some((Rule::SurnameEnding, None));
            }
        }
        // A credit line: "Reporting by T. Guliyev; editing by Sara Lind", "Photos by ...".
        if c.person.is_none()
            && (2..=3).contains(&c.words)
            && run.start >= 2
            && word_at(run.start - 1) == "by"
            && CREDITS.contains(&word_at(run.start - 2))
            && (run.start..run.end).all(|k| {
                t[k].kind == Kind::Word
                    && lex::is_capitalized(t[k].text(d.text))
                    && !lex::is_all_caps(t[k].text(d.text))
                    || initial(k)
            })
        {
            c.person = Some((Rule::Byline, None));
        }
        // "Tajikistan's Emomali Rahmon": a country's possessive, then two or three capitalised
        // words that the corpus never writes in lower case (not "China's Belt", "Russia's Far
        // East"): how reports name a country's leader or envoy.
        if c.person.is_none()
            && c.source.is_none()
            && !has_country
            && (2..=3).contains(&c.words)
            && run.start >= 2
            && t[run.start - 1].kind == Kind::Suffix
            && t[run.start - 1].folded == "s"
            && self.names_country(&t[run.start - 2].folded)
            && (run.start..run.end).all(|k| {
                let w = t[k].text(d.text);
                t[k].kind == Kind::Word
                    && lex::is_capitalized(w)
                    && !lex::is_all_caps(w)
                    && !self.is_common(&t[k].folded)
            })
            && !THING_HEADS.contains(&word_at(next))
        {
            c.person = Some((Rule::CountryPossessive, None));
        }
        Some(c)
    }

    /// Whether the words around a name say it is a news source: a reporting verb after it, or
    /// "according to", "citing", "reported by", "со ссылкой на" before it.
    pub(super) fn source_context(&self, cx: Cx, run: Run) -> bool {
        let t = cx.toks();
        let word_at = |k: usize| t.get(k).map(|x| x.folded.as_str()).unwrap_or("");
        let mut next = run.end;
        while t.get(next).is_some_and(|x| x.kind == Kind::Suffix) {
            next += 1;
        }
        if SOURCE_VERBS_AFTER.contains(&word_at(next)) {
            return true;
        }
        if run.start == 0 {
            return false;
        }
        let before = word_at(run.start - 1);
        let before2 = if run.start >= 2 {
            word_at(run.start - 2)
        } else {
            ""
        };
        (SOURCE_BEFORE.contains(&before) && before != "to")
            || (before == "to" && before2 == "according")
            || SOURCE_BEFORE_PAIRS.contains(&(before2, before))
    }

    /// Whether the words after "Name, " describe an organisation: "part of" another, or "the"
    /// and a few words ending in a noun such as company, operator or subsidiary ("the Turkish
    /// subsidiary of ...", "the national telecom operator").
    fn org_apposition(&self, cx: Cx, from: usize) -> bool {
        let (d, t) = (cx.d, cx.toks());
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
    fn apposition(&self, cx: Cx, from: usize) -> Option<String> {
        let (d, t) = (cx.d, cx.toks());
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
        // A title, in any case, possibly after adjectives ("deputy", "former", "foreign") and
        // demonyms.
        let mut found = false;
        let mut title_end = k;
        for skip in 0..3 {
            let at = k + skip;
            if at >= t.len() || t[at].kind != Kind::Word {
                break;
            }
            for n in (1..=self.gaz.max_title_words).rev() {
                if at + n <= t.len() && self.gaz.title(&title_key(t, at, n)) == Some(false) {
                    found = true;
                    title_end = at + n;
                    break;
                }
            }
            // "the European Commissioner", "the Chinese Foreign Minister".
            // Only after an article: "in Central Asia, European Commissioner ... Jutta
            // Urpilainen said" opens the next clause.
            let demonym =
                k > start && (self.is_demonym(&t[at].folded) || t[at].folded == "european");
            if found
                || (!demonym
                    && !matches!(
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
                    ))
            {
                break;
            }
        }
        if !found {
            return None;
        }
        // "... the Caspian and Black Seas, President Ilham Aliyev said": a title with a name of
        // its own opens the next clause; it is no role of the words before the comma.
        if t.get(title_end).is_some_and(|x| {
            x.kind == Kind::Word && lex::is_capitalized(x.text(d.text)) && !is_connector(&x.folded)
        }) {
            return None;
        }
        let end = role_end(d, t, start);
        (end > start).then(|| d.text[t[start].start..t[end - 1].end].to_string())
    }
}

/// "Anderovic and Caldsen said": a run of two names joined by "and" (in any of the languages),
/// no organisation word among them, split into the two.
/// "the Fourth Symphony of Pyotr Tchaikovsky", "the Order of Heydar Aliyev": a person's name (two
/// or three capitalised words, the last with a surname's ending) after "of" and a thing with no
/// organisation's word: the thing, then the person.
fn work_of_a_person(cx: Cx, run: Run) -> Option<(Run, Run)> {
    let (d, t) = (cx.d, cx.toks());
    let of = (run.start + 1..run.end).find(|&k| t[k].folded == "of")?;
    let right = Run {
        start: of + 1,
        end: run.end,
    };
    let named = (2..=3).contains(&(right.end - right.start))
        && (right.start..right.end).all(|k| {
            t[k].kind == Kind::Word
                && lex::is_capitalized(t[k].text(d.text))
                && !lex::is_all_caps(t[k].text(d.text))
        })
        && {
            let last = &t[right.end - 1].folded;
            last.chars().count() >= 6 && SURNAME_ENDINGS.iter().any(|e| last.ends_with(e))
        };
    let thing = (run.start..of).all(|k| !is_org_word(&t[k].folded));
    (named && thing).then_some((
        Run {
            start: run.start,
            end: of,
        },
        right,
    ))
}

pub(super) fn two_names(cx: Cx, run: Run) -> Option<(Run, Run)> {
    let (d, t) = (cx.d, cx.toks());
    let and = (run.start + 1..run.end.saturating_sub(1)).find(|&j| {
        super::read::AND_WORDS.contains(&t[j].folded.as_str())
            && !lex::is_capitalized(t[j].text(d.text))
    })?;
    if (run.start..run.end).any(|k| is_org_word(&t[k].folded)) {
        return None;
    }
    Some((
        Run {
            start: run.start,
            end: and,
        },
        Run {
            start: and + 1,
            end: run.end,
        },
    ))
}

/// Whether token `k` of a run is a hyphen gluing the two halves of a word inside it, with no
/// space on either side ("Karimli-Rustamov").
fn glued_halves(text: &str, t: &[Tok], run: Run, k: usize) -> bool {
    k > run.start
        && k + 1 < run.end
        && lex::is_joining_hyphen(&t[k], text)
        && !t[k].space_before
        && !t[k + 1].space_before
}
