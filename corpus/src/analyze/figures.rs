//! Amounts: money with its currency and magnitude ("USD 3.744 billion" → 3,744,000,000 USD,
//! "$5 million", "€1.2bn", "5 billion manats", "1,5 milyard manat", "37.44億美元"), percentages,
//! and quantities with a unit ("175 km"). Numbers are read as the search index reads them
//! ([`crate::text::numbers`]): a decimal point or comma by the document's language, thousands
//! separated by commas, points, spaces or thin spaces. Each keeps its sentence, and the year that
//! sentence ties it to, if one.

use super::lex::{Kind, Tok};
use super::DocText;
use crate::model::{DateFact, Figure, FigureKind, Span};
use crate::text::{self, numbers};

/// Currency symbols and codes written before an amount.
const CURRENCY_BEFORE: &[(&str, &str)] = &[
    ("$", "USD"),
    ("US$", "USD"),
    ("€", "EUR"),
    ("£", "GBP"),
    ("¥", "CNY"),
    ("₽", "RUB"),
    ("₼", "AZN"),
    ("₺", "TRY"),
    ("₸", "KZT"),
    ("₹", "INR"),
    ("₮", "MNT"),
];

/// Currency words and codes (folded) written after an amount, or codes before it.
const CURRENCY_WORDS: &[(&str, &str)] = &[
    ("usd", "USD"),
    ("eur", "EUR"),
    ("gbp", "GBP"),
    ("cny", "CNY"),
    ("rmb", "CNY"),
    ("rub", "RUB"),
    ("azn", "AZN"),
    ("try", "TRY"),
    ("kzt", "KZT"),
    ("uzs", "UZS"),
    ("inr", "INR"),
    ("irr", "IRR"),
    ("jpy", "JPY"),
    ("chf", "CHF"),
    ("pkr", "PKR"),
    ("rs", "INR"),
    ("mnt", "MNT"),
    ("kgs", "KGS"),
    ("tjs", "TJS"),
    ("tmt", "TMT"),
    ("gel", "GEL"),
    ("amd", "AMD"),
    ("byn", "BYN"),
    ("uah", "UAH"),
    ("afn", "AFN"),
    ("aed", "AED"),
    ("sar", "SAR"),
    ("qar", "QAR"),
    ("krw", "KRW"),
    ("hkd", "HKD"),
    ("sgd", "SGD"),
    ("cad", "CAD"),
    ("aud", "AUD"),
    ("tugrik", "MNT"),
    ("tugriks", "MNT"),
    ("somoni", "TJS"),
    ("lari", "GEL"),
    ("hryvnias", "UAH"),
    ("dirhams", "AED"),
    ("riyals", "SAR"),
    ("rupee", "INR"),
    ("тенге", "KZT"),
    ("сумов", "UZS"),
    ("сомов", "KGS"),
    ("рупий", "INR"),
    ("гривен", "UAH"),
    ("тугриков", "MNT"),
    ("dollar", "USD"),
    ("dollars", "USD"),
    ("euro", "EUR"),
    ("euros", "EUR"),
    ("pound", "GBP"),
    ("pounds", "GBP"),
    ("yuan", "CNY"),
    ("renminbi", "CNY"),
    ("ruble", "RUB"),
    ("rubles", "RUB"),
    ("rouble", "RUB"),
    ("roubles", "RUB"),
    ("manat", "AZN"),
    ("manats", "AZN"),
    ("lira", "TRY"),
    ("liras", "TRY"),
    ("tenge", "KZT"),
    ("sum", "UZS"),
    ("soums", "UZS"),
    ("som", "KGS"),
    ("soms", "KGS"),
    ("rupees", "INR"),
    ("rials", "IRR"),
    ("yen", "JPY"),
    ("доллар", "USD"),
    ("долларов", "USD"),
    ("доллара", "USD"),
    ("евро", "EUR"),
    ("рублей", "RUB"),
    ("рубля", "RUB"),
    ("юаней", "CNY"),
    ("манатов", "AZN"),
    ("dolar", "USD"),
    ("dollar", "USD"),
    ("avro", "EUR"),
    ("manat", "AZN"),
    ("manatlıq", "AZN"),
    ("lirası", "TRY"),
    ("rubl", "RUB"),
    ("yuan", "CNY"),
];

const MAGNITUDES: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("k", 1e3),
    ("million", 1e6),
    ("millions", 1e6),
    ("mn", 1e6),
    ("mln", 1e6),
    ("m", 1e6),
    ("billion", 1e9),
    ("billions", 1e9),
    ("bn", 1e9),
    ("bln", 1e9),
    ("b", 1e9),
    ("trillion", 1e12),
    ("tn", 1e12),
    ("тыс", 1e3),
    ("тысяч", 1e3),
    ("млн", 1e6),
    ("миллиона", 1e6),
    ("миллионов", 1e6),
    ("млрд", 1e9),
    ("миллиарда", 1e9),
    ("миллиардов", 1e9),
    ("bin", 1e3),
    ("milyon", 1e6),
    ("milyar", 1e9),
];

const UNITS: &[(&str, &str)] = &[
    ("km", "km"),
    ("kilometres", "km"),
    ("kilometers", "km"),
    ("kilometre", "km"),
    ("kilometer", "km"),
    ("miles", "mi"),
    ("mile", "mi"),
    ("m", "m"),
    ("metres", "m"),
    ("meters", "m"),
    ("km2", "km²"),
    ("hectares", "ha"),
    ("ha", "ha"),
    ("tonnes", "t"),
    ("tons", "t"),
    ("tonne", "t"),
    ("ton", "t"),
    ("kg", "kg"),
    ("mw", "MW"),
    ("gw", "GW"),
    ("kw", "kW"),
    ("kwh", "kWh"),
    ("mwh", "MWh"),
    ("gwh", "GWh"),
    ("twh", "TWh"),
    ("bcm", "bcm"),
    ("barrels", "bbl"),
    ("teu", "TEU"),
    ("gbps", "Gbps"),
    ("mbps", "Mbps"),
    ("км", "km"),
    ("тонн", "t"),
];

/// Whether a word after a number makes it an amount (a unit, a currency, a magnitude).
pub fn is_unit_word(folded: &str) -> bool {
    lookup(UNITS, folded).is_some()
        || lookup(CURRENCY_WORDS, folded).is_some()
        || magnitude(folded).is_some()
}

/// Whether a word is a currency's code written in capitals ("MNT", "PKR").
pub fn is_currency_code(word: &str) -> bool {
    word.len() == 3
        && word.chars().all(|c| c.is_ascii_uppercase())
        && lookup(CURRENCY_WORDS, &word.to_ascii_lowercase()).is_some()
}

fn lookup<'a>(table: &'a [(&str, &'a str)], key: &str) -> Option<&'a str> {
    table.iter().find(|(k, _)| *k == key).map(|(_, v)| *v)
}

fn magnitude(folded: &str) -> Option<f64> {
    let f = folded.trim_end_matches('.');
    MAGNITUDES
        .iter()
        .find(|(k, _)| *k == f)
        .map(|(_, v)| *v)
        .or_else(|| numbers::magnitude_word(f).map(|p| 10f64.powi(p)))
}

/// `value × magnitude`, exact in decimal (`37.44 × 1e8` is 3,744,000,000, not a binary neighbour).
fn scale(value: f64, magnitude: f64) -> f64 {
    let p = magnitude.log10().round() as i32;
    format!("{value}e{p}").parse().unwrap_or(value * magnitude)
}

/// Case, possessive and derivational endings Azerbaijani and Turkish write onto a currency word
/// (folded: ı is i, ə stays): "dolları" (its dollars), "dollara" (to dollars), "dolardan",
/// "dolarlık" (worth dollars), "manatla" (with manats), "manatdır" (is … manats). Longest first.
const TURKIC_ENDINGS: &[&str] = &[
    "larin", "lerin", "ların", "lari", "leri", "lar", "ler", "lik", "liq", "luk", "lük", "lıq",
    "dir", "dur", "tir", "tur", "nin", "nun", "dan", "den", "dən", "tan", "ten", "tən", "yla",
    "yle", "ylə", "ya", "ye", "yə", "da", "de", "də", "ta", "te", "tə", "la", "le", "lə", "in",
    "un", "ün", "a", "e", "ə", "i", "u", "ü", "si", "su",
];

/// A currency word with a Turkic ending, in an Azerbaijani or Turkish document: the currency
/// of its stem ("dolları" → USD), when the stem is a currency word of four letters or more.
fn turkic_currency(folded: &str, lang: &str) -> Option<&'static str> {
    if !matches!(lang, "az" | "tr") {
        return None;
    }
    TURKIC_ENDINGS.iter().find_map(|e| {
        let stem = folded.strip_suffix(e)?;
        // Stems of four letters or more: "avro", "dolar", "manat", "rubl" (not "sum").
        (stem.chars().count() >= 4)
            .then(|| lookup(CURRENCY_WORDS, stem))
            .flatten()
    })
}

/// A number as written: "3.744", "1,200", "3,5" (a decimal comma), "1.200" by the language's
/// convention; "1 200" is two tokens, joined by [`figure_at`]; "1.2bn" gives (1.2, Some(1e9)).
fn number(s: &str, convention: numbers::Convention) -> Option<(f64, Option<f64>)> {
    let digits_end = s
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || c == '.' || c == ','))
        .map(|(i, _)| i)
        .unwrap_or(s.len());
    let (num, rest) = s.split_at(digits_end);
    if num.is_empty() {
        return None;
    }
    let value = numbers::read_digits(num, convention).first()?.to_f64();
    let mag = if rest.is_empty() {
        None
    } else {
        Some(magnitude(&rest.to_lowercase())?)
    };
    Some((value, mag))
}

pub fn extract(d: &DocText, dates: &[DateFact], out: &mut Vec<Figure>) {
    for s in &d.sentences {
        let t = &s.toks;
        // Years the sentence names, for the figures in it.
        let years: Vec<(usize, i32)> = dates
            .iter()
            .filter(|f| s.span.contains(f.sentence) && f.sentence == s.span)
            .filter_map(|f| {
                f.iso
                    .get(..4)?
                    .parse()
                    .ok()
                    .map(|y| (f.span.start as usize, y))
            })
            .collect();
        let mut k = 0;
        while k < t.len() {
            match figure_at(d, t, k) {
                Some((end, kind, value, unit, start)) => {
                    let span = Span::new(t[start].start, t[end - 1].end);
                    // The year closest to the figure in its sentence.
                    let year = years
                        .iter()
                        .filter(|(at, _)| *at < span.start as usize || *at >= span.end as usize)
                        .min_by_key(|(at, _)| (*at as i64 - span.start as i64).unsigned_abs())
                        .map(|&(_, y)| y);
                    out.push(Figure {
                        passage: s.passage,
                        span,
                        kind,
                        value,
                        unit: unit.into(),
                        year,
                        sentence: s.span,
                    });
                    k = end;
                }
                None => k += 1,
            }
        }
    }
}

/// A figure whose number is at or after token `k`: (end token, kind, value, unit, start token).
fn figure_at(d: &DocText, t: &[Tok], k: usize) -> Option<(usize, FigureKind, f64, String, usize)> {
    let text = |i: usize| t.get(i).map(|x| x.text(d.text)).unwrap_or("");
    let folded = |i: usize| t.get(i).map(|x| x.folded.as_str()).unwrap_or("");
    // A currency before: "$5 million", "USD 3.744 billion", "US$ 2 bn".
    let mut start = k;
    let mut currency: Option<String> = None;
    let mut n = k;
    if let Some(c) = lookup(CURRENCY_BEFORE, text(k)) {
        currency = Some(c.to_string());
        n = k + 1;
        if text(k) == "$" && k >= 1 && text(k - 1) == "US" && !t[k].space_before {
            start = k - 1;
        }
    } else if t.get(k).is_some_and(|x| x.kind == Kind::Word)
        && t.get(k + 1).is_some_and(|x| x.kind == Kind::Number)
    {
        let w = text(k);
        // Codes in capitals ("USD 5"); "Rs 41 billion", the rupee's sign in letters.
        if w.chars().all(|c| c.is_ascii_uppercase()) || w == "Rs" {
            if let Some(c) = lookup(CURRENCY_WORDS, folded(k)) {
                currency = Some(c.to_string());
                n = k + 1;
            }
        }
    }
    let num_tok = t.get(n)?;
    if num_tok.kind != Kind::Number {
        return None;
    }
    // A number glued to a word before it is part of a name ("G20").
    // (Chinese and Japanese write numbers right after a word: "达37.44億".)
    if n == k
        && k >= 1
        && t[k - 1].kind == Kind::Word
        && !num_tok.space_before
        && !t[k - 1].text(d.text).chars().any(text::is_unspaced_script)
    {
        return None;
    }
    let convention = numbers::Convention::of(d.lang);
    let (mut value, mut glued) = number(num_tok.text(d.text), convention)?;
    let mut end = n + 1;
    // Thousands after spaces or thin spaces: "1 500 000".
    if num_tok.text(d.text).len() <= 3 && num_tok.text(d.text).bytes().all(|b| b.is_ascii_digit()) {
        let mut joined = num_tok.text(d.text).to_string();
        while let Some(next) = t.get(end) {
            let gap = &d.text[t[end - 1].end..next.start];
            let digits = next.text(d.text);
            let spaced = gap.chars().count() == 1 && gap.chars().all(|c| c.is_whitespace());
            if next.kind == Kind::Number
                && spaced
                && digits.len() == 3
                && digits.bytes().all(|b| b.is_ascii_digit())
            {
                joined.push_str(digits);
                end += 1;
            } else {
                break;
            }
        }
        if end > n + 1 {
            value = joined.parse().ok()?;
        }
    }
    // A magnitude in Chinese characters right after: "37.44億", "15亿".
    if glued.is_none() && t.get(end).is_some_and(|x| x.start == t[end - 1].end) {
        if let Some((p, len)) = numbers::magnitude_han(&d.text[t[end].start..]) {
            glued = Some(10f64.powi(p));
            let stop = t[end].start + len;
            while t.get(end).is_some_and(|x| x.end <= stop) {
                end += 1;
            }
        }
    }
    // "$5-6 billion": a range; the figure is its lower end, with the magnitude written once.
    if glued.is_none()
        && matches!(text(end), "-" | "–")
        && t.get(end + 1)
            .is_some_and(|x| x.kind == Kind::Number && !x.space_before)
    {
        if let Some((_, g)) = number(text(end + 1), convention) {
            glued = g;
            end += 2;
        }
    }
    if let Some(m) = glued {
        value = scale(value, m);
    } else if let Some(m) = magnitude(folded(end)) {
        // "million", "bn."
        value = scale(value, m);
        end += 1;
    }
    // Percent: "5%", "5 percent", "%5" (Turkish).
    if currency.is_none() {
        if text(end) == "%" {
            return Some((end + 1, FigureKind::Percent, value, "%".into(), n));
        }
        if matches!(
            folded(end),
            "percent" | "процента" | "процентов" | "процент"
        ) {
            return Some((end + 1, FigureKind::Percent, value, "%".into(), n));
        }
        if folded(end) == "per" && folded(end + 1) == "cent" {
            return Some((end + 2, FigureKind::Percent, value, "%".into(), n));
        }
        if n >= 1 && text(n - 1) == "%" && !num_tok.space_before {
            return Some((end, FigureKind::Percent, value, "%".into(), n - 1));
        }
    }
    // A currency in Chinese after: "37.44億美元", "100万人民币".
    if currency.is_none() && t.get(end).is_some_and(|x| x.start == t[end - 1].end) {
        let rest = text::fold_han(&d.text[t[end].start..]);
        if let Some(&(w, c)) = numbers::CURRENCY_HAN
            .iter()
            .find(|(w, _)| rest.starts_with(w))
        {
            currency = Some(c.to_string());
            // Folding keeps byte lengths, so `w.len()` bytes of the original text.
            let stop = t[end].start + w.len();
            while t.get(end).is_some_and(|x| x.end <= stop) {
                end += 1;
            }
        }
    }
    // A currency after: "5 billion manats", "100 million yuan", "3 млрд долларов", and with a
    // Turkic case ending: "6 milyard dolları", "4 500 dollara", "2,9 milyar dolarlık".
    if currency.is_none() {
        if let Some(c) =
            lookup(CURRENCY_WORDS, folded(end)).or_else(|| turkic_currency(folded(end), d.lang))
        {
            // Lower-case codes are words ("try"); codes must be written in capitals. Currency
            // words of three letters ("yen", "som") are no codes.
            let w = text(end);
            let is_code = w.len() == 3 && w.to_ascii_uppercase() == c;
            if !is_code || w.chars().all(|c| c.is_ascii_uppercase()) {
                currency = Some(c.to_string());
                end += 1;
            }
        }
        if currency.is_none()
            && folded(end) == "us"
            && matches!(folded(end + 1), "dollars" | "dollar")
        {
            currency = Some("USD".into());
            end += 2;
        }
    }
    if let Some(c) = currency {
        return Some((end, FigureKind::Money, value, c, start));
    }
    // A quantity: "175 km".
    if let Some(u) = lookup(UNITS, folded(end)) {
        // "m" alone is metres only without a magnitude before it.
        if !(folded(end) == "m" && glued.is_some()) {
            return Some((end + 1, FigureKind::Quantity, value, u.to_string(), n));
        }
    }
    if folded(end) == "cubic" && matches!(folded(end + 1), "metres" | "meters") {
        return Some((end + 2, FigureKind::Quantity, value, "m³".into(), n));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    use numbers::Convention::{Comma, Point};

    #[test]
    fn numbers_as_written() {
        assert_eq!(number("3.744", Point), Some((3.744, None)));
        assert_eq!(number("1,200,000", Point), Some((1_200_000.0, None)));
        assert_eq!(number("3,5", Point), Some((3.5, None)));
        assert_eq!(number("1.2bn", Point), Some((1.2, Some(1e9))));
        assert_eq!(number("12abc", Point), None);
    }

    #[test]
    fn decimal_and_thousands_separators_follow_the_language() {
        assert_eq!(number("1.500", Comma), Some((1500.0, None)));
        assert_eq!(number("1,500", Comma), Some((1.5, None)));
        assert_eq!(number("1,500", Point), Some((1500.0, None)));
        assert_eq!(number("1.234,5", Comma), Some((1234.5, None)));
    }
}

#[cfg(test)]
mod cases {
    use super::super::testing::{compile, doc};
    use crate::config::Config;
    use crate::model::FigureKind::{self, Money, Percent, Quantity};

    fn figures(text: &str) -> Vec<(FigureKind, String, f64, String)> {
        let c = compile(&[doc(text)], &Config::default());
        c.figures
            .iter()
            .map(|f| {
                (
                    f.kind,
                    c.docs[0].text[f.span.range()].to_string(),
                    f.value,
                    f.unit.to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn cases() {
        type Want<'a> = &'a [(FigureKind, &'a str, f64, &'a str)];
        let cases: &[(&str, &str, Want)] = &[
            (
                "money_with_magnitude",
                "Trade reached USD 3.744 billion.",
                &[(Money, "USD 3.744 billion", 3.744e9, "USD")],
            ),
            (
                "kyrgyz_som_after",
                "Links were estimated at 14 million som.",
                &[(Money, "14 million som", 14e6, "KGS")],
            ),
            (
                "yen_after",
                "The plant cost 80 billion yen.",
                &[(Money, "80 billion yen", 80e9, "JPY")],
            ),
            (
                "dollar_sign",
                "It costs $5 million.",
                &[(Money, "$5 million", 5e6, "USD")],
            ),
            (
                "tugrik_sign",
                "The work would cost ₮4.6 billion over three years.",
                &[(Money, "₮4.6 billion", 4.6e9, "MNT")],
            ),
            (
                "euro_short_magnitude",
                "A plant for €1.2bn was agreed.",
                &[(Money, "€1.2bn", 1.2e9, "EUR")],
            ),
            (
                "currency_word_after",
                "A budget of 5 billion manats.",
                &[(Money, "5 billion manats", 5e9, "AZN")],
            ),
            (
                "the_regions_currency_codes",
                "Tax receipts of MNT 1.9 trillion, a PKR 2.8 billion unit and Rs 41 billion.",
                &[
                    (Money, "MNT 1.9 trillion", 1.9e12, "MNT"),
                    (Money, "PKR 2.8 billion", 2.8e9, "PKR"),
                    (Money, "Rs 41 billion", 4.1e10, "INR"),
                ],
            ),
            (
                "yuan_after",
                "Some 100 million yuan were lent.",
                &[(Money, "100 million yuan", 1e8, "CNY")],
            ),
            (
                "thousands_separator",
                "It raised $1,200,000 in a day.",
                &[(Money, "$1,200,000", 1.2e6, "USD")],
            ),
            (
                "percent_sign",
                "Cargo grew by 65% last year.",
                &[(Percent, "65%", 65.0, "%")],
            ),
            (
                "percent_word",
                "Renewables are 40 percent of it.",
                &[(Percent, "40 percent", 40.0, "%")],
            ),
            (
                "turkish_percent",
                "Büyüme %5 oldu.",
                &[(Percent, "%5", 5.0, "%")],
            ),
            (
                "quantity_with_unit",
                "The 175 km Qazvin-Rasht railway opened.",
                &[(Quantity, "175 km", 175.0, "km")],
            ),
            (
                "megawatts",
                "A 500 MW solar park.",
                &[(Quantity, "500 MW", 500.0, "MW")],
            ),
            (
                "plain_number_is_no_figure",
                "Six weeks, 18 countries and 2024.",
                &[],
            ),
            ("lower_case_code_is_a_word", "They try 5 try again.", &[]),
            (
                "money_range",
                "Deals worth $5-6 billion.",
                &[(Money, "$5-6 billion", 5e9, "USD")],
            ),
        ];
        let mut failures = Vec::new();
        for (name, text, want) in cases {
            let got = figures(text);
            let want: Vec<(FigureKind, String, f64, String)> = want
                .iter()
                .map(|(k, s, v, u)| (*k, s.to_string(), *v, u.to_string()))
                .collect();
            if got != want {
                failures.push(format!("{name}: {got:?} != {want:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    fn figures_in(text: &str, lang: &str) -> Vec<(String, f64, String)> {
        let docs = [super::super::testing::TestDoc {
            text,
            lang,
            date: None,
        }];
        let c = compile(&docs, &Config::default());
        c.figures
            .iter()
            .map(|f| {
                (
                    c.docs[0].text[f.span.range()].to_string(),
                    f.value,
                    f.unit.to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn numbers_in_other_languages() {
        type Want<'a> = &'a [(&'a str, f64, &'a str)];
        let cases: &[(&str, &str, &str, Want)] = &[
            (
                "azerbaijani_decimal_comma_milyard",
                "az",
                "Ticarət 1,5 milyard manat oldu.",
                &[("1,5 milyard manat", 1.5e9, "AZN")],
            ),
            (
                "russian_decimal_comma_mlrd",
                "ru",
                "Товарооборот составил 1,5 млрд долларов.",
                &[("1,5 млрд долларов", 1.5e9, "USD")],
            ),
            (
                "turkish_thousands_point",
                "tr",
                "Yatırım 1.500 milyon dolar oldu.",
                &[("1.500 milyon dolar", 1.5e9, "USD")],
            ),
            (
                "thousands_with_spaces",
                "ru",
                "Сумма 1 500 000 рублей.",
                &[("1 500 000 рублей", 1.5e6, "RUB")],
            ),
            (
                "thin_space_thousands",
                "en",
                "A fund of $2\u{2009}500\u{2009}000 opened.",
                &[("$2\u{2009}500\u{2009}000", 2.5e6, "USD")],
            ),
            (
                "chinese_yi_and_dollars",
                "zh",
                "双边贸易额达37.44億美元。",
                &[("37.44億美元", 3.744e9, "USD")],
            ),
            (
                "azerbaijani_currency_with_possessive_ending",
                "az",
                "Layihələrin dəyəri 6 milyard dolları ötür.",
                &[("6 milyard dolları", 6e9, "USD")],
            ),
            (
                "azerbaijani_dative_currency_and_space_thousands",
                "az",
                "Təqaüd 4 500 dollara qədər artırılıb.",
                &[("4 500 dollara", 4.5e3, "USD")],
            ),
            (
                "azerbaijani_currency_with_predicative_ending",
                "az",
                "Sazişin dəyəri 1,5 milyard manatdır.",
                &[("1,5 milyard manatdır", 1.5e9, "AZN")],
            ),
            (
                "turkish_currency_with_lik_ending",
                "tr",
                "Anlaşma 2,9 milyar dolarlık bir yatırımı kapsıyor.",
                &[("2,9 milyar dolarlık", 2.9e9, "USD")],
            ),
            (
                "turkic_ending_not_read_in_english",
                "en",
                "He paid 5 dollari.",
                &[],
            ),
            (
                "chinese_wan_and_yuan",
                "zh",
                "投资1500万元。",
                &[("1500万元", 1.5e7, "CNY")],
            ),
        ];
        let mut failures = Vec::new();
        for (name, lang, text, want) in cases {
            let got = figures_in(text, lang);
            let want: Vec<(String, f64, String)> = want
                .iter()
                .map(|(s, v, u)| (s.to_string(), *v, u.to_string()))
                .collect();
            if got != want {
                failures.push(format!("{name}: {got:?} != {want:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn figure_takes_the_year_of_its_sentence() {
        let text = "China became a partner. Bilateral trade reached USD 3.744 billion in 2024. In 2023 it was less.";
        let c = compile(&[doc(text)], &Config::default());
        let f = &c.figures[0];
        assert_eq!(f.year, Some(2024));
        assert_eq!(
            &c.docs[0].text[f.sentence.range()],
            "Bilateral trade reached USD 3.744 billion in 2024."
        );
    }
}
