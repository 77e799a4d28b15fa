//! Russian names: the key that makes a name's cases one ("Алиев", "Алиевым", "Алиева"), and the
//! nominative of a name written in another case.

use crate::analyze::gazetteer;

/// The key a candidate name is matched by: its folded words, or in Russian their stems, so that
/// the cases of a name ("Алиев", "Алиевым", "Алиева") are one.
pub(super) fn person_key(lang: &str, surface: &str) -> String {
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
