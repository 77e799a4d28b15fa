//! The base forms a name written with a case ending may have, shared by the analysis (which
//! reads "Китая" and "Bakıda" as the names they inflect) and the query engine (where a reader's
//! "Астане" or "Moskvada" names the same place as "Astana" and "Moscow"). Each is only a guess:
//! callers keep the forms a gazetteer or the corpus's own names list.

/// The nominatives a Russian noun written in another case may have (folded): Китая → китай,
/// Индии → индия, Азербайджана → азербайджан, Уфы → уфа, Тяньцзине → тяньцзинь. Each is only a
/// guess; the caller keeps the ones a gazetteer lists.
pub fn russian_nominatives(folded: &str) -> Vec<String> {
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

/// Case, possessive and plural endings (and their combinations) of Azerbaijani and Turkish, as
/// written after a name without an apostrophe.
pub const TURKIC_ENDINGS: &[&str] = &[
    // genitive
    "ın", "in", "un", "ün", "nın", "nin", "nun", "nün", // dative
    "a", "ə", "e", "ya", "yə", "ye", "na", "nə", "ne", // locative
    "da", "də", "de", "ta", "tə", "te", "nda", "ndə", "nde", // ablative
    "dan", "dən", "den", "tan", "tən", "ten", "ndan", "ndən", "nden", // accusative
    "ı", "i", "u", "ü", "nı", "ni", "nu", "nü", "yı", "yi", "yu", "yü", // instrumental
    "la", "lə", "le", "yla", "ylə", "yle", // "of / in": -dakı
    "dakı", "dəki", "deki", "daki", "ndakı", "ndəki", // possessive, then a case
    "sı", "si", "su", "sü", "sının", "sinin", "sına", "sinə", "sında", "sində", "sından", "sindən",
    "sını", "sini",
];

/// A folded word without each ending it may carry, the longest base first.
pub fn turkic_bases(folded: &str) -> Vec<&str> {
    let mut ends: Vec<&str> = TURKIC_ENDINGS
        .iter()
        .copied()
        .filter(|e| folded.ends_with(&super::fold(e)))
        .collect();
    ends.sort_by_key(|e| e.len());
    ends.into_iter()
        .filter_map(|e| {
            let cut = folded.len() - super::fold(e).len();
            folded.get(..cut).filter(|b| b.chars().count() >= 3)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_russian_case_gives_its_nominatives() {
        assert!(russian_nominatives("китая").contains(&"китай".to_string()));
        assert!(russian_nominatives("астане").contains(&"астана".to_string()));
        assert!(russian_nominatives("пекине").contains(&"пекин".to_string()));
        assert!(russian_nominatives("индии").contains(&"индия".to_string()));
        assert!(russian_nominatives("москва").iter().all(|f| f != "москва"));
    }

    #[test]
    fn a_turkic_ending_comes_off_longest_base_first() {
        assert_eq!(turkic_bases("moskvada"), ["moskvad", "moskva"]);
        assert!(turkic_bases("bakıdan").contains(&"bakı"));
        // What is left keeps three letters at least.
        assert!(turkic_bases("oda").is_empty());
    }
}
