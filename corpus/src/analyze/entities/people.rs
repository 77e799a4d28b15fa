//! People after titles: where a title starts, the employer written before it, and the name
//! after it.

use super::context::{Cx, DocState, Key, Run};
use super::lexicon::{
    is_connector, is_org_word, is_particle, name_words, normalize_name_key, DEMONYMS,
};
use super::rule::Rule;
use super::runs::title_key;
use super::Extractor;
use crate::analyze::gazetteer::{self, Entry};
use crate::analyze::lex::{self, Kind};
use crate::model::EntityKind;

impl Extractor<'_> {
    /// Number of tokens of a title starting at `k` (not past `end`).
    pub(super) fn title_at(&self, cx: Cx, k: usize, end: usize) -> Option<usize> {
        let (d, t) = (cx.d, cx.toks());
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
            } else if !lex::is_joining_hyphen(&t[j], d.text) && t[j].text(d.text) != "." {
                break;
            }
            j += 1;
        }
        // "Mr. Ahmadov", "Dr. Aliyeva": the abbreviation's dot goes with the title;
        // "President-elect", "Ambassador-designate": so does the glued word of a title not yet
        // taken up.
        best.map(|n| {
            let e = k + n;
            if e < end && t[e].text(d.text) == "." {
                n + 1
            } else if e + 1 < end
                && lex::is_joining_hyphen(&t[e], d.text)
                && !t[e].space_before
                && !t[e + 1].space_before
                && matches!(t[e + 1].folded.as_str(), "elect" | "designate")
            {
                n + 2
            } else {
                n
            }
        })
    }

    /// A lower-case title right before token `start` ("the bloc's secretary general").
    pub(super) fn title_before(&self, cx: Cx, start: usize) -> Option<String> {
        let (d, t) = (cx.d, cx.toks());
        let max = self.gaz.max_title_words;
        for n in (1..=max.min(start)).rev() {
            let from = start - n;
            if (from..start)
                .any(|k| t[k].kind == Kind::Punct && !lex::is_joining_hyphen(&t[k], d.text))
            {
                continue;
            }
            let key = title_key(t, from, n);
            // The plural of a title ("foreign ministers", "dışişleri bakanları") is a title too.
            let singular = [("lari", "i"), ("leri", "i"), ("s", "")]
                .iter()
                .find_map(|(p, s)| key.strip_suffix(p).map(|k| format!("{k}{s}")));
            if self.gaz.title(&key) == Some(false)
                // Not a verb: "who heads Huawei's office".
                || singular.is_some_and(|k| {
                    k.chars().count() >= 4
                        && (n >= 2 || lex::is_capitalized(t[from].text(d.text)))
                        && self.gaz.title(&k) == Some(false)
                })
            {
                return Some(d.text[t[from].start..t[start - 1].end].to_string());
            }
        }
        None
    }

    /// The words before a title: the employer ("Huawei Vice President"), unless a demonym
    /// ("Russian President") or a known name.
    pub(super) fn employer(&mut self, cx: Cx, run: Run, st: &mut DocState) {
        let (d, t) = (cx.d, cx.toks());
        let len = run.end - run.start;
        // "the Annual Forum of the Ministers of ...": the title is the complement of a name
        // before it, which employs no one.
        if is_connector(&t[run.end - 1].folded) {
            self.read_run(cx, run, st);
            return;
        }
        if let Some((n, _)) = self.known(cx, run, false) {
            if n == len {
                self.read_run(cx, run, st);
                return;
            }
        }
        // "Görüşdə Rusiya Prezidenti": a country right before the title employs the person.
        let last = Run {
            start: run.end - 1,
            end: run.end,
        };
        if matches!(self.known(cx, last, false), Some((1, e)) if self.is_country(e)) {
            self.read_run(cx, run, st);
            return;
        }
        // "bp'nin Azerbaycan, Gürcistan ve Türkiye Bölge Başkanı": countries joined by "and"
        // before the title name the region of the post, not an employer.
        let countries = (run.start..run.end)
            .filter(|&k| t[k].kind == Kind::Word && self.names_country(&t[k].folded))
            .count();
        let and = (run.start + 1..run.end)
            .rev()
            .find(|&k| super::read::AND_WORDS.contains(&t[k].folded.as_str()));
        if let Some(and) = and {
            if countries > 0 {
                self.read_run(cx, run, st);
                return;
            }
            // "Prezidenti Şavkat Mirziyoyev və Qırğız Respublikasının Prezidenti": a list; only
            // what follows its last "and" is before the title.
            self.read_run(
                cx,
                Run {
                    start: run.start,
                    end: and,
                },
                st,
            );
            if and + 1 < run.end {
                self.employer(
                    cx,
                    Run {
                        start: and + 1,
                        end: run.end,
                    },
                    st,
                );
            }
            return;
        }
        let w = t[run.start].text(d.text);
        if len == 1 && st.names.acronyms.contains_key(w) {
            self.read_run(cx, run, st);
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
        // "Jiangsu Governor", "Jiangsu Valisi", "Ташкента мэр": a governor or a mayor holds a
        // place, not an employer.
        // "Yunnan Vice-Governor", "Baku Deputy Mayor": the deputy's post is the same place.
        let mut head = run.end;
        while t.get(head).is_some_and(|x| {
            matches!(x.folded.as_str(), "vice" | "deputy" | "first")
                || lex::is_joining_hyphen(x, d.text)
        }) {
            head += 1;
        }
        let kind = if t.get(head).is_some_and(|x| {
            matches!(
                x.folded.as_str(),
                "governor" | "mayor" | "vali" | "valisi" | "губернатор" | "мэр" | "аким"
            )
        }) {
            EntityKind::Place
        } else {
            EntityKind::Organization
        };
        let key = Key::Name(kind, key);
        self.push(cx, run, kind, key.clone(), Rule::EmployerBeforeTitle);
        // A country inside the employer's name ("Türkmenistan Halk Maslahatı Başkanı").
        if countries > 0 {
            self.places_in_name(cx, run);
        }
        if len == 1 {
            st.names
                .short
                .insert(t[run.start].folded.clone(), (kind, key));
        }
    }

    /// Whether a folded word is a demonym ("Russian", "Kazakh"), not a name.
    pub(super) fn is_demonym(&self, folded: &str) -> bool {
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

    /// The words after a title: a person with that role, once known names before the name and
    /// small words after it are read on their own.
    pub(super) fn person_after_title(&mut self, cx: Cx, run: Run, role: String, st: &mut DocState) {
        let (d, t) = (cx.d, cx.toks());
        // No name starts with a small word: "Executive Secretary of the UN Economic and Social
        // Commission for Asia and the Pacific" leaves "and" when the complement was cut short.
        if t.get(run.start).is_some_and(|x| {
            x.kind == Kind::Word && is_connector(&x.folded) && !lex::is_capitalized(x.text(d.text))
        }) {
            return;
        }
        // "генеральный секретарь ШОС Рашид Алимов", "Президент России Владимир Путин",
        // "директор AzerTelecom Эльчин Рзаев": a known name, or one in another script, then the
        // person. A place is only taken off when a name of two words is left
        // ("President Vladimir Putin": Vladimir is a town too).
        let mut run = run;
        // "Energy Minister Prince Abdulaziz bin Salman", "Chairman Dr. Ali Rahimov": a second
        // title, or an honorific, before the name is no part of it.
        // "Kazı başkanı Doç. Dr. Selin Aydemir": a title alone is no name; the name is read
        // after the titles that follow.
        if let Some(n) = self.title_at(cx, run.start, run.end) {
            if (run.start + n..run.end).any(|k| t[k].kind == Kind::Word) {
                run.start += n;
            } else {
                return;
            }
        }
        while run.end - run.start > 1 {
            let w = t[run.start].text(d.text);
            let words_left = (run.start + 1..run.end)
                .filter(|&k| t[k].kind == Kind::Word)
                .count();
            let known = match self.known(
                cx,
                Run {
                    start: run.start,
                    end: run.start + 1,
                },
                false,
            ) {
                Some((_, Entry::Org(_))) => true,
                Some((_, Entry::Place(_))) => words_left >= 2,
                None => false,
            } || st.names.acronyms.contains_key(w)
                || (lex::is_all_caps(w) && run.end - run.start >= 3);
            let script = latin_before_cyrillic(w, t[run.start + 1].text(d.text));
            if !known && !script {
                break;
            }
            // A word in another script is no title's complement: read on its own, as a name
            // the corpus may know.
            let one = Run {
                start: run.start,
                end: run.start + 1,
            };
            if script && !known {
                self.candidate(cx, one, st);
                run.start += 1;
                continue;
            }
            self.read_run(
                cx,
                Run {
                    start: run.start,
                    end: run.start + 1,
                },
                st,
            );
            run.start += 1;
        }
        // "President Ilham Aliyev on Friday", "Minister X on the Y river": the name ends at a small
        // word; what follows is read on its own.
        // In Turkish and Azerbaijani "de", "da" after a name mean "too" ("İlham Aliyev de
        // Tianjin'deydi"), never a particle inside it.
        let turkic = matches!(d.lang, "tr" | "az");
        if let Some(cut) = (run.start + 1..run.end).find(|&k| {
            let small = t[k].kind == Kind::Word && !lex::is_capitalized(t[k].text(d.text));
            small
                && ((is_connector(&t[k].folded) && !is_particle(d.text, &t[k]))
                    || (turkic && matches!(t[k].folded.as_str(), "de" | "da")))
        }) {
            let rest = Run {
                start: cut,
                end: run.end,
            };
            run.end = cut;
            // "Foreign ministers Jeyhun Bayramov and Ishaq Dar", "Dışişleri bakanları Ceyhun
            // Bayramov ve İshak Dar": a plural title covers the name after "and" too.
            let after_and = Run {
                start: cut + 1,
                end: rest.end,
            };
            let named = (2..=3).contains(&(after_and.start..after_and.end).count())
                && (after_and.start..after_and.end)
                    .all(|k| t[k].kind == Kind::Word && lex::is_capitalized(t[k].text(d.text)));
            if plural_role(&role)
                && super::read::AND_WORDS.contains(&t[cut].folded.as_str())
                && named
            {
                self.person_after_title(cx, after_and, role.clone(), st);
            } else {
                self.read_run(cx, rest, st);
            }
        }
        // "Rəhman Qurbanlı Sian-Bakı marşrutu": a route of places after the name is no part of it.
        if let Some(cut) = (run.start + 3..run.end).find(|&k| {
            lex::is_joining_hyphen(&t[k], d.text)
                && !t[k].space_before
                && t.get(k + 1).is_some_and(|x| !x.space_before)
                && (self
                    .known(
                        cx,
                        Run {
                            start: k + 1,
                            end: k + 2,
                        },
                        true,
                    )
                    .is_some()
                    || self
                        .known(
                            cx,
                            Run {
                                start: k - 1,
                                end: k,
                            },
                            true,
                        )
                        .is_some())
        }) {
            let rest = Run {
                start: cut - 1,
                end: run.end,
            };
            run.end = cut - 1;
            self.read_run(cx, rest, st);
            if run.end <= run.start {
                return;
            }
        }
        // "Prezident İlham Əliyev Bakıda": a place with a case ending after the name, or a
        // country, is no part of it.
        if name_words(d.text, t, run).len() >= 3 {
            let last = (run.start..run.end)
                .rev()
                .find(|&k| t[k].kind == Kind::Word)
                .unwrap_or(run.start);
            let ended = t.get(last + 1).is_some_and(|x| x.kind == Kind::Suffix);
            let place = match self.known(
                cx,
                Run {
                    start: last,
                    end: last + 1,
                },
                true,
            ) {
                Some((1, e @ Entry::Place(_))) => {
                    ended
                        || self.is_country(e)
                        // "Anar Qasımov Moskva ilə": a city after a surname.
                        || self.place_after_surname(cx, run) == Some(last)
                }
                _ => false,
            };
            if place {
                self.read_run(
                    cx,
                    Run {
                        start: last,
                        end: run.end,
                    },
                    st,
                );
                run.end = last;
            }
        }
        // A known place or organisation after a title is not a person ("Minister of Energy").
        if let Some((n, _)) = self.known(cx, run, true) {
            if n == run.end - run.start {
                self.read_run(cx, run, st);
                return;
            }
        }
        let words = name_words(d.text, t, run);
        if words.len() > 5 {
            self.read_run(cx, run, st);
            return;
        }
        // "Глава Минэнерго Казахстана Алмасадам Саткалиев": a name is two or three words; the
        // words before the last two are read on their own.
        // "председателя Внешэкономбанка Андрей Николаевич Вострецов": with a patronymic, three.
        // With particles between them a name has up to four ("Mohammed bin Abdulrahman bin
        // Jassim Al Thani", "Luiz Inácio Lula da Silva").
        let particles = (run.start..run.end)
            .filter(|&k| t[k].kind == Kind::Word)
            .count()
            > words.len();
        // "председатель Нацбанка Тимур Сулейменов": in Russian, three words with no patronymic
        // and a surname's ending last are the title's complement (a name in the genitive), then
        // the name.
        let genitive_before = d.lang == "ru"
            && words.len() == 3
            && !super::russian::is_patronymic(&t[words[1]].folded)
            && {
                let (first, last) = (&t[words[0]].folded, &t[words[2]].folded);
                ["а", "я", "ы", "и"].iter().any(|e| first.ends_with(e))
                    && super::lexicon::SURNAME_ENDINGS
                        .iter()
                        .any(|e| gazetteer::is_cyrillic(e) && last.ends_with(e))
            };
        if genitive_before || words.len() > if particles { 4 } else { 3 } {
            let patronymic = super::russian::is_patronymic(&t[words[words.len() - 2]].folded);
            let split = words[words.len() - if patronymic { 3 } else { 2 }];
            let head = Run {
                start: run.start,
                end: split,
            };
            self.known_inside(cx, head, st);
            run.start = split;
        }
        if (run.start..run.end)
            .filter(|&k| t[k].kind == Kind::Word)
            .all(|k| lex::is_all_caps(t[k].text(d.text)))
        {
            // "председатель ЗАО «...»": an acronym, not a name.
            self.candidate(cx, run, st);
            return;
        }
        // "Вице-президент Банка развития", "секретарь Шанхайской организации": one Russian word
        // before a word in lower case, in a case an adjective or an organisation's word takes,
        // begins the title's complement, not a name.
        if d.lang == "ru" && words.len() == 1 && self.russian_complement(cx, run) {
            self.candidate(cx, run, st);
            return;
        }
        // "главой МИД Казахстана": a country's name among the words makes them the title's
        // complement, not a name.
        let country = (run.start..run.end).find_map(|k| {
            let one = Run {
                start: k,
                end: k + 1,
            };
            match self.known(cx, one, true) {
                Some((1, e)) if t[k].kind == Kind::Word && self.is_country(e) => Some((one, e)),
                _ => None,
            }
        });
        if let Some((one, e)) = country {
            if one.start > run.start {
                let before = Run {
                    start: run.start,
                    end: one.start,
                };
                self.candidate(cx, before, st);
            }
            let (kind, key) = self.key_of_entry(e);
            let rule = self.gazetteer_rule(e);
            self.push(cx, one, kind, key, rule);
            if one.end < run.end {
                let after = Run {
                    start: one.end,
                    end: run.end,
                };
                self.read_run(cx, after, st);
            }
            return;
        }
        let mut c = self.make_cand(cx, run);
        let role = (!role.is_empty()).then_some(role);
        c.person = Some((Rule::Title, role));
        st.cands.push(c);
    }

    /// Where a person's name begins in the complement of the organisation `org` (its
    /// organisation word at `k`) read after a title: "(Speaker of the) Milli Majlis of Azerbaijan
    /// Sahiba Gafarova", "(Chairman of the) Senate of Pakistan Yousaf Raza Gilani and ...". The
    /// name is the last two or three words before the end or before "and" or a comma, after a
    /// word of the complement, each a [`Self::name_word`].
    pub(super) fn name_in_complement(&self, cx: Cx, org: Run, k: usize) -> Option<usize> {
        let (d, t) = (cx.d, cx.toks());
        let of = (k + 1..org.end).find(|&j| t[j].folded == "of")?;
        let end = (of..org.end)
            .find(|&j| t[j].folded == "and" || t[j].text(d.text) == ",")
            .unwrap_or(org.end);
        [3, 2].into_iter().find_map(|n| {
            let at = end.checked_sub(n)?;
            let after_complement =
                at >= of + 2 && t[at - 1].kind == Kind::Word && !is_connector(&t[at - 1].folded);
            (after_complement && (at..end).all(|j| self.name_word(cx, j, end))).then_some(at)
        })
    }

    /// Whether the word at `k` (of a name ending at `end`) may be a word of a person's name
    /// that its context marks as one: capitalised, and not an ordinary word, an organisation
    /// word, a demonym, a month, a title or a listed place other than a town under a million.
    pub(super) fn name_word(&self, cx: Cx, k: usize, end: usize) -> bool {
        let (d, t) = (cx.d, cx.toks());
        let x = &t[k];
        let f = x.folded.as_str();
        x.kind == Kind::Word
            && lex::is_capitalized(x.text(d.text))
            && !lex::is_all_caps(x.text(d.text))
            && !self.is_common(f)
            && !is_org_word(f)
            && !self.is_demonym(f)
            && lex::month(f).is_none()
            && self.title_at(cx, k, end).is_none()
            && self
                .gaz
                .lookup(f)
                .iter()
                .all(|&e| self.town_under(e, 1_000_000))
    }

    /// Whether the one word of `run` is an adjective in an oblique case or an organisation's
    /// word in a case ("Шанхайской", "Банка"), followed by a word in lower case.
    fn russian_complement(&self, cx: Cx, run: Run) -> bool {
        let (d, t) = (cx.d, cx.toks());
        let f = t[run.start].folded.as_str();
        let before_lower = t
            .get(run.end)
            .is_some_and(|x| x.kind == Kind::Word && !lex::is_capitalized(x.text(d.text)));
        before_lower
            && (super::russian::relational_adjective_form(f)
                || crate::text::inflect::russian_nominatives(f)
                    .iter()
                    .any(|n| is_org_word(n)))
    }
}

/// Whether a word in Latin letters stands before one in Cyrillic ("AzerTelecom Эльчин"): a
/// name's words are written in one script.
fn latin_before_cyrillic(word: &str, next: &str) -> bool {
    !word.is_empty()
        && word.chars().all(|c| c.is_ascii_alphabetic())
        && crate::analyze::gazetteer::is_cyrillic(next)
}

/// Whether a title is in the plural ("Foreign ministers", "Presidents", "bakanları",
/// "nazirləri", "министры"): its holders are more than one.
fn plural_role(role: &str) -> bool {
    let last = crate::text::fold(role.split_whitespace().last().unwrap_or(""));
    let n = last.chars().count();
    (n >= 5 && last.ends_with('s') && !last.ends_with("ss"))
        || ["lari", "leri"].iter().any(|e| last.ends_with(e))
        || super::lexicon::PLURAL_TITLES_RU.contains(&last.as_str())
}
