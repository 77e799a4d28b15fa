//! Russian names: the key that makes a name's cases one ("Алиев", "Алиевым", "Алиева"), and the
//! nominative of a name written in another case.

use super::context::{Cx, Run};
use super::Extractor;
use crate::analyze::gazetteer;
use crate::analyze::lex::{self, Kind};

impl Extractor<'_> {
    /// Listed names of several words of which only the first is capitalised, in any case
    /// ("Шанхайской организации сотрудничества" → Шанхайская организация сотрудничества).
    pub(super) fn russian_long_names(&mut self, cx: Cx) {
        let t = cx.toks();
        let text = cx.text();
        let mut k = 0;
        while k < t.len() {
            if t[k].kind != Kind::Word || !lex::is_capitalized(t[k].text(text)) {
                k += 1;
                continue;
            }
            let mut hit = None;
            for n in (2..=4).rev() {
                if k + n > t.len()
                    || !t[k..k + n].iter().all(|x| x.kind == Kind::Word)
                    || t[k + 1..k + n]
                        .iter()
                        .any(|x| lex::is_capitalized(x.text(text)))
                {
                    continue;
                }
                let forms: Vec<Vec<String>> = t[k..k + n]
                    .iter()
                    .map(|x| {
                        let mut f = vec![x.folded.clone()];
                        f.extend(crate::text::inflect::russian_nominatives(&x.folded));
                        f
                    })
                    .collect();
                if let Some(e) = product(&forms)
                    .into_iter()
                    .find_map(|key| self.gaz.lookup(&key).first().copied())
                {
                    hit = Some((n, e));
                    break;
                }
            }
            if hit.is_none() {
                if let Some(end) = ministry_span(text, t, k) {
                    let surface = &text[t[k].start..t[end - 1].end];
                    let key = super::context::Key::Name(
                        crate::model::EntityKind::Organization,
                        gazetteer::key_of(surface),
                    );
                    self.push(
                        cx,
                        Run { start: k, end },
                        crate::model::EntityKind::Organization,
                        key,
                        super::rule::Rule::OrganizationWord,
                    );
                    k = end;
                    continue;
                }
            }
            match hit {
                Some((n, e)) => {
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
                }
                None => k += 1,
            }
        }
    }
}

/// Every key made of one form of each word, at most a few hundred.
fn product(forms: &[Vec<String>]) -> Vec<String> {
    let mut out = vec![String::new()];
    for f in forms {
        let mut next = Vec::with_capacity(out.len() * f.len());
        for head in &out {
            for w in f {
                next.push(if head.is_empty() {
                    w.clone()
                } else {
                    format!("{head} {w}")
                });
            }
        }
        out = next;
        if out.len() > 512 {
            break;
        }
    }
    out
}

/// The key a candidate name is matched by: its folded words, or in Russian their stems, so that
/// the cases of a name ("Алиев", "Алиевым", "Алиева") are one.
pub(super) fn person_key(lang: &str, surface: &str) -> String {
    let key = gazetteer::key_of(surface);
    if lang != "ru" {
        return key;
    }
    gazetteer::join_keys(key.split(' ').map(russian_name_base))
}

/// A Russian name without its case ending, and without the vowel a "-й" name keeps in its cases
/// (Алексей, Алексея, Алексеем → алекс): Лаврова, Лавровым → лавров; Ильхам, Ильхама, Ильхамом
/// → ильхам; Мария, Марии, Марией → мар. (Snowball's stemmer treats names as nouns: Лавров →
/// лавр.) Plural endings are not taken off: a name in the plural is rare, and "-ам" ends
/// given names (Ильхам, Адам).
fn russian_name_base(w: &str) -> &str {
    const ENDINGS: &[&str] = &[
        "ого", "его", "ому", "ему", "ым", "им", "ом", "ой", "ей", "ую", "ая", "ий", "ый", "ем",
        "а", "у", "е", "ы", "и", "я", "ю", "й", "ь",
    ];
    let fits = |base: &str, ending: &str| {
        base.chars().count() >= 3
            && match ending {
                // A surname's instrumental (Лавровым, Путиным, Вишневским); Касым and Ибрагим
                // are names.
                "ым" | "им" => ["в", "н", "ск", "цк"].iter().any(|e| base.ends_with(e)),
                // Алексеем, Дмитрием; Рустем is a name.
                "ем" => base.ends_with('е') || base.ends_with('и'),
                _ => true,
            }
    };
    let base = ENDINGS
        .iter()
        .find_map(|e| w.strip_suffix(e).filter(|b| fits(b, e)))
        .unwrap_or(w);
    ["е", "и"]
        .iter()
        .find_map(|v| base.strip_suffix(v).filter(|b| b.chars().count() >= 3))
        .unwrap_or(base)
}

/// A Russian man's name written in the instrumental ("Ильхамом Алиевым", "Сергеем Дроздовым")
/// or the dative ("Тимуру Белоусову") in the nominative; `None` for any other form. The case is
/// read from the surname's ending (-овым, -евым, -иным, -ским, -ом; -ову, -еву, -ину, -скому),
/// and the given name must end as that case does.
pub(super) fn russian_nominative(name: &str) -> Option<String> {
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
            // A surname ending in a consonant: Оверчуком, Эрдоганом.
            ("ом", ""),
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

/// Whether a folded Russian word has an adjective's oblique ending (read only before a
/// capitalised word, so "с Москвой" stays a city) (-ой, -ей, -ого, -его, -ому,
/// -ему, -ым, -им, -ую, -юю, -ых, -их, -ые, -ие): "Центральной", "Южного".
pub(super) fn adjective_form(folded: &str) -> bool {
    folded.chars().count() >= 5 && ADJECTIVE_ENDINGS.iter().any(|e| folded.ends_with(e))
}

const ADJECTIVE_ENDINGS: &[&str] = &[
    "ой", "ей", "ого", "его", "ому", "ему", "ым", "им", "ую", "юю", "ых", "их", "ые", "ие",
];

/// Whether a folded Russian word is a relational adjective (on -ск- or -н-) in an oblique case,
/// as the first word of an organisation's name takes after a title ("секретарь Шанхайской
/// организации", "председатель Государственного комитета"); a surname in -ов or -ин takes
/// other endings ("министра Ивановой").
pub(super) fn relational_adjective_form(folded: &str) -> bool {
    adjective_form(folded)
        && ADJECTIVE_ENDINGS.iter().any(|e| {
            folded
                .strip_suffix(e)
                .is_some_and(|stem| stem.ends_with("ск") || stem.ends_with('н'))
        })
}

/// Whether a folded Russian word is a patronymic ("Николаевич", "Сергеевна").
pub(super) fn is_patronymic(folded: &str) -> bool {
    folded.chars().count() >= 7
        && ["ович", "евич", "овна", "евна", "ична"]
            .iter()
            .any(|e| folded.ends_with(e))
}

/// Russian words that head an organisation's name with its complement in lower case (folded
/// stems): Министерство энергетики, Агентство по делам …, Комитет государственной безопасности.
const RUSSIAN_ORG_HEADS: &[&str] = &[
    "министерств",
    "агентств",
    "ведомств",
    "комитет",
    "служб",
    "департамент",
    "управлени",
];

/// Endings of a lower-case word in the genitive (the complement of an organisation's head word).
const GENITIVE_ENDINGS: &[&str] = &[
    "и", "ы", "а", "я", "ов", "ев", "ей", "ых", "их", "ого", "его", "ой", "ий", "ия", "дел",
];

/// Endings of verbs, which end the complement ("Министерство сообщило", "… заявила").
const VERB_ENDINGS: &[&str] = &["ла", "ло", "ет", "ит", "ют", "ят", "ал", "ил"];

/// Where a Russian organisation's name starting at token `k` ends: a capitalised head word
/// ([`RUSSIAN_ORG_HEADS`]) and one to three lower-case words in the genitive after it, perhaps
/// joined by "и" ("Министерство транспорта и коммуникаций"). `None` when none follows.
fn ministry_span(text: &str, t: &[lex::Tok], k: usize) -> Option<usize> {
    let head = &t[k].folded;
    if !RUSSIAN_ORG_HEADS.iter().any(|h| head.starts_with(h)) {
        return None;
    }
    let genitive = |x: &lex::Tok| {
        x.kind == Kind::Word
            && !lex::is_capitalized(x.text(text))
            && x.folded
                .chars()
                .all(|c| ('\u{400}'..='\u{4ff}').contains(&c))
            && x.folded.chars().count() >= 3
            && GENITIVE_ENDINGS.iter().any(|e| x.folded.ends_with(e))
            && !VERB_ENDINGS.iter().any(|e| x.folded.ends_with(e))
    };
    let mut end = k + 1;
    let mut words = 0;
    while words < 3 {
        match t.get(end) {
            Some(x) if genitive(x) => {
                end += 1;
                words += 1;
            }
            Some(x) if x.folded == "и" && words > 0 && t.get(end + 1).is_some_and(genitive) => {
                end += 2;
                words += 1;
            }
            _ => break,
        }
    }
    (words > 0).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::{person_key, russian_nominative};

    #[test]
    fn a_russian_name_has_one_key_in_every_case() {
        let groups: &[&[&str]] = &[
            &[
                "Ильхам Алиев",
                "Ильхама Алиева",
                "Ильхаму Алиеву",
                "Ильхамом Алиевым",
            ],
            &[
                "Алексей Оверчук",
                "Алексея Оверчука",
                "Алексеем Оверчуком",
                "Алексею Оверчуку",
            ],
            &["Сергей Лавров", "Сергея Лаврова", "Сергеем Лавровым"],
            &["Мария Захарова", "Марии Захаровой", "Марией Захаровой"],
            &["Дмитрий Песков", "Дмитрия Пескова"],
            &[
                "Касым-Жомарт Токаев",
                "Касым-Жомарта Токаева",
                "Касым-Жомартом Токаевым",
            ],
            &["Рустем Иманов", "Рустема Иманова", "Рустемом Имановым"],
            &["Ибрагим Расулов", "Ибрагима Расулова"],
        ];
        for group in groups {
            let keys: Vec<String> = group.iter().map(|n| person_key("ru", n)).collect();
            assert!(keys.iter().all(|k| *k == keys[0]), "{group:?} → {keys:?}");
        }
        assert_ne!(
            person_key("ru", "Ильхам Алиев"),
            person_key("ru", "Алексей Оверчук")
        );
        // Other languages keep their folded words.
        assert_eq!(person_key("en", "Ilham Aliyev"), "ilham aliyev");
    }

    #[test]
    fn an_instrumental_name_is_put_in_the_nominative() {
        let n = |s: &str| russian_nominative(s);
        assert_eq!(n("Ильхамом Алиевым").as_deref(), Some("Ильхам Алиев"));
        assert_eq!(n("Алексеем Оверчуком").as_deref(), Some("Алексей Оверчук"));
        assert_eq!(n("Реджепом Эрдоганом").as_deref(), Some("Реджеп Эрдоган"));
        assert_eq!(n("Тимуру Белоусову").as_deref(), Some("Тимур Белоусов"));
        // A nominative, or a woman's name, stays as written.
        assert_eq!(n("Алексей Оверчук"), None);
        assert_eq!(n("Мария Захарова"), None);
    }
}
