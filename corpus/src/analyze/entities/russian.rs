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
                        f.extend(nominatives(&x.folded));
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

/// The nominatives a Russian noun written in another case may have (folded): Китая → китай,
/// Индии → индия, Азербайджана → азербайджан, Уфы → уфа, Тяньцзине → тяньцзинь. Each is only a
/// guess; the caller keeps the ones a gazetteer lists.
pub(super) fn nominatives(folded: &str) -> Vec<String> {
    // (ending in another case, endings of the nominative it may come from)
    const CASES: &[(&str, &[&str])] = &[
        ("ией", &["ия"]),
        ("ии", &["ия"]),
        ("ию", &["ия"]),
        ("ом", &["", "ый", "ой"]),
        ("ем", &["й", "ь", ""]),
        ("ой", &["а", "ая", "ый", "ой"]),
        ("ей", &["я", "ь", "яя", "ий"]),
        ("ого", &["ый", "ий", "ой", "ое"]),
        ("его", &["ий", "ее"]),
        ("ому", &["ый", "ий", "ой"]),
        ("ему", &["ий"]),
        ("ым", &["ый", "ой"]),
        ("им", &["ий"]),
        ("ую", &["ая"]),
        ("юю", &["яя"]),
        ("ых", &["ые"]),
        ("их", &["ие"]),
        ("ыми", &["ые"]),
        ("ими", &["ие"]),
        ("ью", &["ь"]),
        ("а", &["", "о"]),
        ("я", &["й", "ь", "е"]),
        ("у", &["", "а"]),
        ("ю", &["й", "ь", "я"]),
        ("е", &["", "а", "я", "й", "ь", "о"]),
        ("и", &["а", "я", "ь"]),
        ("ы", &["а"]),
    ];
    let mut out = Vec::new();
    for (ending, nominative) in CASES {
        let Some(base) = folded.strip_suffix(ending) else {
            continue;
        };
        if base.chars().count() < 2 {
            continue;
        }
        for n in *nominative {
            let form = format!("{base}{n}");
            if form != folded && !out.contains(&form) {
                out.push(form);
            }
        }
    }
    out
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
