//! Names across scripts: the schemes by which the build decides that two spellings name one
//! person, each documented here and tested both ways.
//!
//! - **Cyrillic → Latin**: [`crate::text::latinize`], the letter-by-letter romanisation close to
//!   the newspapers' (Путин → putin, Алиев → aliev).
//! - **Azerbaijani and Turkish Latin → English spelling**, inside [`name_key`]: ə → a, c → j,
//!   ç → ch, ş → sh, and in Azerbaijani q → g, x → kh (Əliyev → Aliyev, Ceyhun → Jeyhun,
//!   Qurbanlı → Gurbanli).
//! - **Chinese characters → pinyin** ([`pinyin_name`]), by the `pinyin` crate's readings, with the
//!   surname first and the given name in one word (习近平 → Xi Jinping).
//! - **pinyin → Russian (Palladius)** ([`palladius`]): the system Russian writing uses for
//!   Chinese names, syllable by syllable (Xi Jinping → Си Цзиньпин, Wang Yi → Ван И), and back
//!   ([`palladius_to_pinyin`]).
//! - **pinyin → Azerbaijani and Turkish spelling** ([`turkic_pinyin`]): x → s (az) or ş (tr),
//!   j and zh → c, q and ch → ç, sh → ş, w → v, and in Azerbaijani -ng → -n (Xi Jinping → Si Cinpin,
//!   Şi Cinping).
//!
//! Two names are compared by their [`name_key`]: every spelling brought to one Latin form, with
//! the differences romanisations make (y and j and i, doubled letters, kh and h, dzh and j)
//! levelled out.

use pinyin::ToPinyin;

use crate::text;

/// The key two spellings of one name share: each word folded, romanised from Cyrillic, spelled
/// the English way when it is written in Azerbaijani or Turkish (`lang` is `az` or `tr`, or the
/// name has a letter of those alphabets: ə, ı, ş, ç, ğ), then levelled (see the module
/// documentation).
pub fn name_key(name: &str, lang: &str) -> String {
    let azerbaijani = lang == "az" || name.contains(['ə', 'Ə']);
    let turkic = azerbaijani || lang == "tr" || name.contains(['ı', 'ş', 'Ş', 'ç', 'Ç', 'ğ', 'İ']);
    let mut out = String::new();
    for word in name.split(|c: char| c.is_whitespace() || c == '-' || c == '·') {
        if word.is_empty() {
            continue;
        }
        let mut english = String::with_capacity(word.len());
        for c in word.chars().flat_map(char::to_lowercase) {
            match c {
                'ə' => english.push('a'),
                'c' if turkic => english.push('j'),
                'ç' if turkic => english.push_str("ch"),
                'ş' if turkic => english.push_str("sh"),
                'q' if azerbaijani => english.push('g'),
                'x' if azerbaijani => english.push_str("kh"),
                c => english.push(c),
            }
        }
        let folded = text::fold(&english);
        let latin = text::latinize(&folded).unwrap_or(folded);
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&level(&latin));
    }
    out
}

/// One romanised word with the differences of romanisations levelled out: dzh, zh and j are one
/// letter, kh is h, sh is s, ch is c, x is ks, w is v, y and j are i, doubled letters single.
fn level(word: &str) -> String {
    let mut s = word.to_string();
    for (from, to) in [
        ("dzh", "j"),
        ("zh", "j"),
        ("kh", "h"),
        ("sh", "s"),
        ("ch", "c"),
        ("x", "ks"),
    ] {
        s = s.replace(from, to);
    }
    let mut out = String::with_capacity(s.len());
    let mut last = None;
    for c in s.chars() {
        let c = match c {
            'j' | 'y' => 'i',
            'w' => 'v',
            c => c,
        };
        if last != Some(c) {
            out.push(c);
        }
        last = Some(c);
    }
    out
}

/// Common Chinese surnames written with two characters.
const COMPOUND_SURNAMES: &[&str] = &[
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文",
    "夏侯", "轩辕", "端木", "司徒", "申屠",
];

/// Surnames read otherwise than their character's first reading.
const SURNAME_READINGS: &[(char, &str)] = &[
    ('单', "shan"),
    ('曾', "zeng"),
    ('解', "xie"),
    ('仇', "qiu"),
    ('朴', "piao"),
    ('查', "zha"),
    ('区', "ou"),
    ('乐', "yue"),
    ('华', "hua"),
    ('覃', "qin"),
    ('缪', "miao"),
];

/// Whether a word is the pinyin reading of a common Chinese surname ("Liu", "Wang", "Zhang"),
/// folded.
pub fn is_surname_reading(folded: &str) -> bool {
    static READINGS: std::sync::OnceLock<std::collections::HashSet<String>> =
        std::sync::OnceLock::new();
    READINGS
        .get_or_init(|| {
            crate::analyze::entities::CHINESE_SURNAMES
                .chars()
                .filter_map(|c| c.to_pinyin().map(|p| p.plain().to_string()))
                .collect()
        })
        .contains(folded)
}

/// The pinyin of a Chinese person's name in Simplified characters, surname first, as English
/// writes it ("习近平" → "Xi Jinping", "欧阳修" → "Ouyang Xiu"); `None` when a character has no
/// reading or the name is not two to four characters.
pub fn pinyin_name(name: &str) -> Option<String> {
    let chars: Vec<char> = name.chars().collect();
    if !(2..=4).contains(&chars.len()) {
        return None;
    }
    let surname_len = if chars.len() >= 3 && COMPOUND_SURNAMES.iter().any(|s| name.starts_with(s)) {
        2
    } else {
        1
    };
    let mut syllables = Vec::with_capacity(chars.len());
    for (i, c) in chars.iter().enumerate() {
        let reading = match SURNAME_READINGS.iter().find(|(s, _)| *s == *c) {
            Some((_, r)) if i == 0 => *r,
            _ => c.to_pinyin()?.plain(),
        };
        syllables.push(reading);
    }
    let surname: String = syllables[..surname_len].concat();
    let given: String = syllables[surname_len..].concat();
    Some(format!("{} {}", capitalize(&surname), capitalize(&given)))
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Pinyin initials, longest first.
const INITIALS: &[&str] = &[
    "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r",
    "z", "c", "s", "y", "w",
];

/// Pinyin finals and their Palladius spelling after a consonant.
const FINALS: &[(&str, &str)] = &[
    ("iang", "ян"),
    ("iong", "юн"),
    ("uang", "уан"),
    ("ueng", "вэн"),
    ("ang", "ан"),
    ("eng", "эн"),
    ("ing", "ин"),
    ("ong", "ун"),
    ("iao", "яо"),
    ("ian", "янь"),
    ("uai", "уай"),
    ("uan", "уань"),
    ("van", "юань"),
    ("ai", "ай"),
    ("ei", "эй"),
    ("ao", "ао"),
    ("ou", "оу"),
    ("an", "ань"),
    ("en", "энь"),
    ("er", "эр"),
    ("in", "инь"),
    ("ia", "я"),
    ("ie", "е"),
    ("iu", "ю"),
    ("ua", "уа"),
    ("uo", "о"),
    ("ui", "уй"),
    ("un", "унь"),
    ("ve", "юэ"),
    ("vn", "юнь"),
    ("a", "а"),
    ("o", "о"),
    ("e", "э"),
    ("i", "и"),
    ("u", "у"),
    ("v", "юй"),
];

/// Palladius spellings of the pinyin initials.
fn palladius_initial(i: &str) -> &'static str {
    match i {
        "b" => "б",
        "p" => "п",
        "m" => "м",
        "f" => "ф",
        "d" => "д",
        "t" => "т",
        "n" => "н",
        "l" => "л",
        "g" => "г",
        "k" => "к",
        "h" => "х",
        "j" | "z" => "цз",
        "q" | "c" => "ц",
        "x" | "s" => "с",
        "zh" => "чж",
        "ch" => "ч",
        "sh" => "ш",
        "r" => "ж",
        _ => "",
    }
}

/// Splits a pinyin syllable into initial and final, with ü written `v` (after j, q, x and y a
/// written u is ü); `None` when it is no syllable.
fn split_syllable(s: &str) -> Option<(&'static str, String)> {
    let initial = INITIALS
        .iter()
        .find(|i| s.starts_with(*i))
        .copied()
        .unwrap_or("");
    let mut fin = s[initial.len()..].replace('ü', "v");
    if matches!(initial, "j" | "q" | "x" | "y") && fin.starts_with('u') {
        fin.replace_range(0..1, "v");
    }
    if fin.is_empty() && !matches!(initial, "") {
        return None;
    }
    // Syllables pinyin does not have: a bare medial (written yi, wu, yu), a medial i after
    // initials that never take it, "in" after d and t, ü after anything but j, q, x, y, n, l.
    let medial_i = fin.starts_with('i') && fin != "i";
    let impossible = (initial.is_empty() && fin.starts_with(['i', 'u', 'v']))
        || (medial_i
            && matches!(
                initial,
                "g" | "k" | "h" | "f" | "z" | "c" | "s" | "zh" | "ch" | "sh" | "r" | "w"
            ))
        || (fin == "in" && matches!(initial, "d" | "t"))
        || (fin.starts_with('v') && !matches!(initial, "j" | "q" | "x" | "y" | "n" | "l"));
    if impossible {
        return None;
    }
    FINALS
        .iter()
        .any(|(f, _)| *f == fin)
        .then_some((initial, fin))
}

/// The syllables of a pinyin word ("jinping" → "jin", "ping"), longest syllable first; `None`
/// when the word is not pinyin.
pub fn pinyin_syllables(word: &str) -> Option<Vec<String>> {
    let w = text::fold(word);
    if w.is_empty() || !w.chars().all(|c| c.is_ascii_lowercase() || c == 'ü') {
        return None;
    }
    fn go(rest: &str, out: &mut Vec<String>) -> bool {
        if rest.is_empty() {
            return true;
        }
        for len in (1..=6.min(rest.len())).rev() {
            if !rest.is_char_boundary(len) {
                continue;
            }
            let (head, tail) = rest.split_at(len);
            // A syllable never ends before a vowel-less rest ("xia-n" is "xian").
            if split_syllable(head).is_some() {
                out.push(head.to_string());
                if go(tail, out) {
                    return true;
                }
                out.pop();
            }
        }
        false
    }
    let mut out = Vec::new();
    go(&w, &mut out).then_some(out)
}

/// One pinyin syllable in Palladius Cyrillic.
fn palladius_syllable(s: &str) -> Option<String> {
    let (initial, fin) = split_syllable(s)?;
    let fin = fin.as_str();
    Some(match initial {
        // y- and w- write the medial as a syllable of its own.
        "y" => match fin {
            "i" => "и".into(),
            "in" => "инь".into(),
            "ing" => "ин".into(),
            "v" => "юй".into(),
            "ve" => "юэ".into(),
            "van" => "юань".into(),
            "vn" => "юнь".into(),
            "ong" => "юн".into(),
            "ou" => "ю".into(),
            "a" => "я".into(),
            "e" => "е".into(),
            "ao" => "яо".into(),
            "an" => "янь".into(),
            "ang" => "ян".into(),
            _ => return None,
        },
        "w" => match fin {
            "u" => "у".into(),
            "o" => "во".into(),
            "ei" => "вэй".into(),
            "en" => "вэнь".into(),
            "eng" => "вэн".into(),
            f => format!("в{}", FINALS.iter().find(|(p, _)| *p == f)?.1),
        },
        "" => FINALS.iter().find(|(p, _)| *p == fin)?.1.to_string(),
        // zhi, chi, shi, ri; zi, ci, si: the bare vowel.
        "zh" | "ch" | "sh" | "r" if fin == "i" => format!("{}и", palladius_initial(initial)),
        "z" | "c" | "s" if fin == "i" => format!("{}ы", palladius_initial(initial)),
        // After a consonant, "uo" is о and "iu" is ю, "ui" is уй.
        i => format!(
            "{}{}",
            palladius_initial(i),
            FINALS.iter().find(|(p, _)| *p == fin)?.1
        ),
    })
}

/// A name in pinyin ("Xi Jinping") in Palladius Cyrillic ("Си Цзиньпин"); `None` when a word is
/// not pinyin.
pub fn palladius(name: &str) -> Option<String> {
    let mut words = Vec::new();
    for w in name.split_whitespace() {
        let mut cyr = String::new();
        for s in pinyin_syllables(w)? {
            cyr.push_str(&palladius_syllable(&s)?);
        }
        words.push(capitalize(&cyr));
    }
    (!words.is_empty()).then(|| words.join(" "))
}

/// A name in Palladius Cyrillic back in pinyin ("Си Цзиньпин" → "Xi Jinping"), by finding the
/// pinyin whose Palladius spelling it is; `None` when it is not one.
pub fn palladius_to_pinyin(name: &str) -> Option<String> {
    let mut words = Vec::new();
    for w in name.split_whitespace() {
        let target = text::fold(w);
        words.push(capitalize(&pinyin_of_palladius(&target)?));
    }
    (!words.is_empty()).then(|| words.join(" "))
}

/// Every pinyin syllable, for reading Palladius back.
fn all_syllables() -> &'static [(String, String)] {
    static ALL: std::sync::OnceLock<Vec<(String, String)>> = std::sync::OnceLock::new();
    ALL.get_or_init(|| {
        let mut out = Vec::new();
        for i in INITIALS.iter().copied().chain([""]) {
            for (f, _) in FINALS {
                let written = if matches!(i, "j" | "q" | "x" | "y") {
                    f.replacen('v', "u", 1)
                } else {
                    f.replace('v', "ü")
                };
                let s = format!("{i}{written}");
                if let Some(c) = palladius_syllable(&s) {
                    out.push((s, c));
                }
            }
        }
        // Longest Cyrillic first, so that "цзинь" is read before "цзин".
        out.sort_by(|a, b| {
            b.1.chars()
                .count()
                .cmp(&a.1.chars().count())
                .then(a.0.cmp(&b.0))
        });
        out
    })
}

fn pinyin_of_palladius(word: &str) -> Option<String> {
    if word.is_empty() {
        return Some(String::new());
    }
    for (py, cyr) in all_syllables() {
        if let Some(rest) = word.strip_prefix(cyr.as_str()) {
            if let Some(tail) = pinyin_of_palladius(rest) {
                return Some(format!("{py}{tail}"));
            }
        }
    }
    None
}

/// Which Turkic spelling of pinyin.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Turkic {
    Azerbaijani,
    Turkish,
}

/// A name in pinyin as Azerbaijani or Turkish writing spells it ("Xi Jinping" → "Si Cinpin",
/// "Şi Cinping"); `None` when a word is not pinyin.
pub fn turkic_pinyin(name: &str, lang: Turkic) -> Option<String> {
    let mut words = Vec::new();
    for w in name.split_whitespace() {
        let mut out = String::new();
        for s in pinyin_syllables(w)? {
            let (initial, fin) = split_syllable(&s)?;
            let init = match (initial, lang) {
                ("x", Turkic::Azerbaijani) => "s",
                ("x", Turkic::Turkish) => "ş",
                ("j" | "zh", _) => "c",
                ("q" | "ch", _) => "ç",
                ("sh", _) => "ş",
                ("w", _) => "v",
                ("c", _) => "ts",
                ("r", _) => "j",
                (i, _) => i,
            };
            let mut f = fin.replace('v', "ü");
            if lang == Turkic::Azerbaijani && f.ends_with("ng") {
                f.truncate(f.len() - 1);
            }
            // A medial i before a vowel is y: "qiang" → "çyan".
            if f.len() > 1 && f.starts_with('i') && !f.starts_with("in") {
                f.replace_range(0..1, "y");
            }
            out.push_str(init);
            out.push_str(&f);
        }
        words.push(capitalize(&out));
    }
    (!words.is_empty()).then(|| words.join(" "))
}

/// Whether a Latin name reads as pinyin, surname then given name ("Wang Yi", "Xi Jinping").
pub fn is_pinyin_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    words.len() == 2
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                && pinyin_syllables(w).is_some_and(|s| s.len() <= 2)
        })
        && pinyin_syllables(words[0]).is_some_and(|s| s.len() == 1)
}

/// The consonant skeleton of a foreign name, for comparing a name written in the Chinese
/// transliteration syllabary with its Latin or Cyrillic spelling ([`han_skeleton`],
/// [`latin_skeleton`]). Chinese writes a foreign name syllable by syllable, each syllable a
/// consonant and a vowel, so the vowels it adds or drops say nothing; the consonants, grouped
/// into the classes the syllabary does not keep apart, do:
///
/// | class | pinyin initials (and codas) | Latin letters |
/// |---|---|---|
/// | `B` | b p | b p |
/// | `M` | m | m |
/// | `F` | f w | f v w ph |
/// | `D` | d t | d t |
/// | `N` | n, coda n and ng | n |
/// | `L` | l r, syllable er | l r |
/// | `G` | g k | g k q, c (not in Azerbaijani or Turkish), x as ks |
/// | `H` | h | h kh, x (Azerbaijani) |
/// | `S` | j q x z c s zh ch sh | s z j zh ch sh ts dz, c ç ş (Azerbaijani, Turkish) |
///
/// y, w-glides in Latin, and vowels are dropped; a class written twice in a row counts once
/// (纳扎罗夫 na-zha-luo-fu → `NSLF`, Nazarov → `NSLF`; 米哈伊洛夫 → `MHLF`, Mikhailov, Mixaylov,
/// Михайлов → `MHLF`).
pub type Skeleton = String;

/// The skeleton of a name in Chinese characters read in pinyin (see [`Skeleton`]); `None` when a
/// character has no reading.
pub fn han_skeleton(name: &str) -> Option<Skeleton> {
    let mut out = String::new();
    for c in crate::text::fold_han(name).chars() {
        if matches!(c, '·' | '・' | '•' | '‧' | '．') || c.is_whitespace() {
            continue;
        }
        let py = c.to_pinyin()?.plain();
        if py == "er" {
            push_class(&mut out, 'L');
            continue;
        }
        let (initial, rest) = ["zh", "ch", "sh"]
            .iter()
            .find_map(|d| py.strip_prefix(d).map(|r| (*d, r)))
            .unwrap_or_else(|| match py.chars().next() {
                Some(f) if "bpmfdtnlgkhjqxrzcsyw".contains(f) => py.split_at(1),
                _ => ("", py),
            });
        if let Some(class) = match initial {
            "b" | "p" => Some('B'),
            "m" => Some('M'),
            "f" | "w" => Some('F'),
            "d" | "t" => Some('D'),
            "n" => Some('N'),
            "l" | "r" => Some('L'),
            "g" | "k" => Some('G'),
            "h" => Some('H'),
            "y" | "" => None,
            _ => Some('S'),
        } {
            push_class(&mut out, class);
        }
        if rest.ends_with('n') || rest.ends_with("ng") {
            push_class(&mut out, 'N');
        }
    }
    Some(out)
}

/// The skeleton of a name in Latin or Cyrillic letters (see [`Skeleton`]); `lang` tells how c
/// and x read (Azerbaijani and Turkish: c is j, x is kh).
pub fn latin_skeleton(name: &str, lang: &str) -> Skeleton {
    let turkic = matches!(lang, "az" | "tr") || name.contains(['ə', 'Ə', 'ı', 'ş', 'ç', 'ğ']);
    let mut letters = String::new();
    for word in name.split_whitespace() {
        let folded = text::fold(word);
        letters.push_str(&text::latinize(&folded).unwrap_or(folded));
    }
    let chars: Vec<char> = letters.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let pair = next.map(|n| format!("{c}{n}"));
        let (class, step) = match pair.as_deref() {
            Some("kh") => (Some('H'), 2),
            Some("sh" | "ch" | "zh" | "ts" | "dz" | "tz") => (Some('S'), 2),
            Some("ph") => (Some('F'), 2),
            _ => (
                match c {
                    'b' | 'p' => Some('B'),
                    'm' => Some('M'),
                    'f' | 'v' | 'w' => Some('F'),
                    'd' | 't' => Some('D'),
                    'n' => Some('N'),
                    'l' | 'r' => Some('L'),
                    'g' | 'k' | 'q' => Some('G'),
                    'h' => Some('H'),
                    'x' if turkic => Some('H'),
                    'c' if turkic => Some('S'),
                    'c' if matches!(next, Some('e' | 'i' | 'y')) => Some('S'),
                    'c' => Some('G'),
                    's' | 'z' | 'j' => Some('S'),
                    _ => None,
                },
                1,
            ),
        };
        if c == 'x' && !turkic {
            push_class(&mut out, 'G');
            push_class(&mut out, 'S');
        } else if let Some(class) = class {
            push_class(&mut out, class);
        }
        i += step;
    }
    out
}

fn push_class(out: &mut String, class: char) {
    if !out.ends_with(class) {
        out.push(class);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_transliteration_and_latin_spelling_share_a_skeleton() {
        let pairs: &[(&str, &str, &str)] = &[
            ("纳扎罗夫", "Nazarov", "en"),
            ("米哈伊洛夫", "Mikhailov", "en"),
            ("米哈伊洛夫", "Mixaylov", "az"),
            ("米哈伊洛夫", "Михайлов", "ru"),
            ("赛特卡利耶夫", "Seitkaliyev", "en"),
            ("賽特卡利耶夫", "Сейткалиев", "ru"),
            ("伊万诺夫", "Ivanov", "en"),
            ("阿纳托利·米哈伊洛夫", "Anatoly Mikhailov", "en"),
        ];
        for (han, latin, lang) in pairs {
            assert_eq!(
                han_skeleton(han),
                Some(latin_skeleton(latin, lang)),
                "{han} / {latin}"
            );
        }
        // Different names keep different skeletons.
        assert_ne!(
            han_skeleton("纳扎罗夫"),
            Some(latin_skeleton("Nazarbayev", "en"))
        );
        assert_ne!(
            han_skeleton("米哈伊洛夫"),
            Some(latin_skeleton("Mikhalkov", "en"))
        );
    }

    #[test]
    fn cyrillic_and_latin_spellings_share_a_key() {
        for (a, b) in [
            ("Vladimir Putin", "Владимир Путин"),
            ("Ilham Aliyev", "Ильхам Алиев"),
            ("Sergei Lavrov", "Сергей Лавров"),
            ("Recep Tayyip Erdoğan", "Реджеп Тайип Эрдоган"),
            ("Rahman Gurbanli", "Рахман Гурбанлы"),
            ("Jeyhun Bayramov", "Джейхун Байрамов"),
        ] {
            assert_eq!(name_key(a, "en"), name_key(b, "ru"), "{a} / {b}");
        }
    }

    #[test]
    fn azerbaijani_and_english_spellings_share_a_key() {
        for (a, b) in [
            ("Ilham Aliyev", "İlham Əliyev"),
            ("Jeyhun Bayramov", "Ceyhun Bayramov"),
            ("Rahman Gurbanli", "Rəhman Qurbanlı"),
        ] {
            assert_eq!(name_key(a, "en"), name_key(b, "az"), "{a} / {b}");
        }
        assert_eq!(
            name_key("Recep Tayyip Erdoğan", "en"),
            name_key("Recep Tayyip Erdoğan", "tr")
        );
    }

    #[test]
    fn different_names_keep_different_keys() {
        assert_ne!(
            name_key("Ilham Aliyev", "en"),
            name_key("Heydar Aliyev", "en")
        );
        assert_ne!(
            name_key("Vladimir Putin", "en"),
            name_key("Vladimir Popov", "en")
        );
        // An English c is no Turkish j.
        assert_ne!(name_key("Marco Rubio", "en"), name_key("Marjo Rubio", "en"));
    }

    #[test]
    fn chinese_names_in_pinyin() {
        assert_eq!(pinyin_name("习近平").as_deref(), Some("Xi Jinping"));
        assert_eq!(pinyin_name("王毅").as_deref(), Some("Wang Yi"));
        assert_eq!(pinyin_name("李强").as_deref(), Some("Li Qiang"));
        assert_eq!(pinyin_name("欧阳修").as_deref(), Some("Ouyang Xiu"));
        assert_eq!(pinyin_name("曾庆红").as_deref(), Some("Zeng Qinghong"));
    }

    #[test]
    fn pinyin_to_palladius_and_back() {
        for (py, ru) in [
            ("Xi Jinping", "Си Цзиньпин"),
            ("Wang Yi", "Ван И"),
            ("Li Qiang", "Ли Цян"),
            ("Zhang Ming", "Чжан Мин"),
            ("Hu Chunhua", "Ху Чуньхуа"),
            ("Yang Jiechi", "Ян Цзечи"),
        ] {
            assert_eq!(palladius(py).as_deref(), Some(ru), "{py}");
            assert_eq!(palladius_to_pinyin(ru).as_deref(), Some(py), "{ru}");
        }
    }

    #[test]
    fn pinyin_in_azerbaijani_and_turkish() {
        assert_eq!(
            turkic_pinyin("Xi Jinping", Turkic::Azerbaijani).as_deref(),
            Some("Si Cinpin")
        );
        assert_eq!(
            turkic_pinyin("Xi Jinping", Turkic::Turkish).as_deref(),
            Some("Şi Cinping")
        );
        assert_eq!(
            turkic_pinyin("Wang Yi", Turkic::Azerbaijani).as_deref(),
            Some("Van Yi")
        );
        assert_eq!(
            turkic_pinyin("Li Qiang", Turkic::Azerbaijani).as_deref(),
            Some("Li Çyan")
        );
    }

    #[test]
    fn names_that_are_not_pinyin() {
        assert!(is_pinyin_name("Xi Jinping"));
        assert!(is_pinyin_name("Wang Yi"));
        assert!(!is_pinyin_name("Vladimir Putin"));
        assert!(!is_pinyin_name("Ilham Aliyev"));
        assert_eq!(palladius("Putin"), None);
    }
}
