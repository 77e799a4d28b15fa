//! Dates the text gives: full dates, month and year, years; day and month without a year take
//! the document's year (from its metadata) or are left out. Ranges ("July 3-4", "3–4 July") give
//! both days. Relative expressions ("last year", "on Friday") are not dates. A year right after ©
//! or "copyright" is never a date.

use super::lex::{self, Kind, Tok};
use super::DocText;
use crate::model::{DateFact, DatePrecision, Span};

/// Years the extractor believes: a wider range would take counts for years.
const YEARS: std::ops::RangeInclusive<i32> = 1800..=2100;

/// Words after a number that make it a quantity, not a year ("2030 megawatts").
const UNIT_AFTER: &[&str] = &[
    "km",
    "kilometres",
    "kilometers",
    "miles",
    "tonnes",
    "tons",
    "mw",
    "gw",
    "kw",
    "people",
    "units",
    "barrels",
    "cubic",
    "metres",
    "meters",
    "m",
    "kg",
    "hectares",
    "cars",
    "wagons",
    "containers",
    "teu",
    "percent",
    "%",
    "dollars",
    "euros",
    "manats",
    "yuan",
    "rubles",
    "roubles",
    "troops",
    "soldiers",
    "projects",
    "companies",
    "years",
    "persons",
    "megawatts",
    "gigawatts",
    "kilowatts",
    "households",
    "homes",
    "vehicles",
    "jobs",
    "students",
];

pub fn extract(d: &DocText, out: &mut Vec<DateFact>) {
    let doc_year: Option<i32> = d
        .date
        .and_then(|iso| iso.get(..4))
        .and_then(|y| y.parse().ok());
    for s in &d.sentences {
        let t = &s.toks;
        let mut used = vec![false; t.len()];
        let mut push = |start: usize, end: usize, iso: String, precision, rule: &str| {
            out.push(DateFact {
                passage: s.passage,
                span: Span::new(t[start].start, t[end - 1].end),
                iso: iso.into(),
                precision,
                sentence: s.span,
                rule: rule.into(),
            });
        };
        // The last year a Chinese date of the sentence gave: "2025年8月31日至9月1日".
        let mut han_year = None;
        let mut k = 0;
        while k < t.len() {
            if used[k] {
                k += 1;
                continue;
            }
            // Chinese: 2025年8月31日, 2025年8月, 2025年, 8月31日 (the sentence's or the
            // document's year), and ranges with 至, 到 or a dash.
            if let Some(date) = han_date(d, t, k, han_year.or(doc_year), None) {
                han_year = date.year.or(han_year);
                let mut end = date.end;
                let mut dates = vec![date];
                while let Some(sep) = t.get(end) {
                    if !matches!(sep.text(d.text), "至" | "到" | "-" | "–" | "—" | "~" | "～")
                    {
                        break;
                    }
                    let first = dates.last().expect("one date");
                    match han_date(
                        d,
                        t,
                        end + 1,
                        first.year.or(han_year).or(doc_year),
                        first.month,
                    ) {
                        Some(next) if next.day.is_some() || next.year.is_some() => {
                            end = next.end;
                            dates.push(next);
                        }
                        _ => break,
                    }
                }
                for date in &dates {
                    if let Some((iso, precision)) = date.iso() {
                        push(k, date.end, iso, precision, date.rule);
                    }
                }
                used[k..end].iter_mut().for_each(|u| *u = true);
                k = end;
                continue;
            }
            // A date in figures, day first: 31.08.2025, or ISO: 2025-08-31.
            if let Some((end, iso)) = numeric_date(d, t, k) {
                push(k, end, iso, DatePrecision::Day, "numeric-date");
                used[k..end].iter_mut().for_each(|u| *u = true);
                k = end;
                continue;
            }
            // Month Day[-Day][, Year] / Month Year
            if let Some(m) = month_at(d, t, k) {
                let mut j = k + 1;
                if t.get(j).is_some_and(|x| x.text(d.text) == ".") {
                    j += 1;
                }
                if let Some(day) = day_at(t, d, j) {
                    let (day2, after_range) = range_end(d, t, j + 1, day);
                    let mut e = after_range.unwrap_or(j + 1);
                    // ", 2015" or " 2015"
                    let mut y = None;
                    let mut m2 = e;
                    if t.get(m2).is_some_and(|x| x.text(d.text) == ",") {
                        m2 += 1;
                    }
                    if let Some(year) = year_at(d, t, m2) {
                        y = Some(year);
                        e = m2 + 1;
                    }
                    let year = y.or(doc_year);
                    if let Some(year) = year {
                        let rule = if y.is_some() {
                            "month-day-year"
                        } else {
                            "month-day+document-year"
                        };
                        let end = if y.is_some() {
                            e
                        } else {
                            after_range.unwrap_or(j + 1)
                        };
                        if let Some(iso) = iso_day(year, m, day) {
                            push(k, end, iso, DatePrecision::Day, rule);
                        }
                        if let Some(day2) = day2 {
                            if let Some(iso) = iso_day(year, m, day2) {
                                push(k, end, iso, DatePrecision::Day, rule);
                            }
                        }
                    }
                    used[k..e.max(k + 1)].iter_mut().for_each(|u| *u = true);
                    k = e.max(k + 1);
                    continue;
                }
                if let Some(year) = year_at(d, t, j) {
                    push(
                        k,
                        j + 1,
                        format!("{year:04}-{m:02}"),
                        DatePrecision::Month,
                        "month-year",
                    );
                    used[k..=j].iter_mut().for_each(|u| *u = true);
                    k = j + 1;
                    continue;
                }
                k += 1;
                continue;
            }
            // Day[-Day] Month [Year]
            if let Some(day) = day_at(t, d, k) {
                let (day2, after_range) = range_end(d, t, k + 1, day);
                let mut j = after_range.unwrap_or(k + 1);
                if t.get(j).is_some_and(|x| x.text(d.text) == ".") {
                    j += 1;
                }
                if let Some(m) = month_at(d, t, j) {
                    let mut e = j + 1;
                    // "1 July 2024", "1 July, 2024"
                    let comma = t.get(e).is_some_and(|x| x.text(d.text) == ",");
                    let y = year_at(d, t, if comma { e + 1 } else { e });
                    if y.is_some() {
                        e += if comma { 2 } else { 1 };
                    }
                    if let Some(year) = y.or(doc_year) {
                        let rule = if y.is_some() {
                            "day-month-year"
                        } else {
                            "day-month+document-year"
                        };
                        if let Some(iso) = iso_day(year, m, day) {
                            push(k, e, iso, DatePrecision::Day, rule);
                        }
                        if let Some(day2) = day2 {
                            if let Some(iso) = iso_day(year, m, day2) {
                                push(k, e, iso, DatePrecision::Day, rule);
                            }
                        }
                    }
                    used[k..e].iter_mut().for_each(|u| *u = true);
                    k = e;
                    continue;
                }
            }
            // A year alone.
            if let Some(year) = year_at(d, t, k) {
                let before = k.checked_sub(1).map(|b| t[b].text(d.text)).unwrap_or("");
                let copyright = before == "©"
                    || k.checked_sub(1).is_some_and(|b| t[b].folded == "copyright")
                    || before == "(c)";
                let after = t.get(k + 1).map(|x| x.folded.as_str()).unwrap_or("");
                let quantity = UNIT_AFTER.contains(&after)
                    || super::figures::is_unit_word(after)
                    || before == "$"
                    || before == "€"
                    || t.get(k + 1).is_some_and(|x| x.text(d.text) == "%");
                if !copyright && !quantity {
                    push(k, k + 1, format!("{year:04}"), DatePrecision::Year, "year");
                    // "2024-2025": the range end too.
                    if let (Some(dash), Some(y2)) = (t.get(k + 1), year_at(d, t, k + 2)) {
                        if matches!(dash.text(d.text), "-" | "–" | "—") && y2 > year {
                            push(
                                k + 2,
                                k + 3,
                                format!("{y2:04}"),
                                DatePrecision::Year,
                                "year-range",
                            );
                            k += 3;
                            continue;
                        }
                    }
                }
            }
            k += 1;
        }
    }
}

/// A Chinese date starting at token `k`: what it gives, and the token after it.
struct HanDate {
    end: usize,
    year: Option<i32>,
    month: Option<u32>,
    day: Option<u32>,
    /// The year it takes when it gives none.
    fallback: Option<i32>,
    rule: &'static str,
}

impl HanDate {
    fn iso(&self) -> Option<(String, DatePrecision)> {
        let year = self.year.or(self.fallback)?;
        match (self.month, self.day) {
            (Some(m), Some(day)) => iso_day(year, m, day).map(|iso| (iso, DatePrecision::Day)),
            (Some(m), None) if self.year.is_some() => {
                Some((format!("{year:04}-{m:02}"), DatePrecision::Month))
            }
            (None, None) if self.year.is_some() => {
                Some((format!("{year:04}"), DatePrecision::Year))
            }
            _ => None,
        }
    }
}

/// A number followed by a Chinese date character (年, 月, 日 or 号).
fn han_part(d: &DocText, t: &[Tok], k: usize, marks: &[&str]) -> Option<u32> {
    let n = t.get(k).filter(|x| x.kind == Kind::Number)?;
    let mark = t.get(k + 1)?.text(d.text);
    if !marks.contains(&mark) {
        return None;
    }
    let s = n.text(d.text);
    if s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// A Chinese date at token `k`; `year` is the year it takes when it writes none, `month` the
/// month (the end of a range "31日至9月1日" may write only its day).
fn han_date(
    d: &DocText,
    t: &[Tok],
    k: usize,
    year: Option<i32>,
    month: Option<u32>,
) -> Option<HanDate> {
    let mut j = k;
    let y = han_part(d, t, j, &["年"])
        .map(|y| y as i32)
        .filter(|y| YEARS.contains(y));
    if y.is_some() {
        j += 2;
    }
    let m = han_part(d, t, j, &["月"]).filter(|m| (1..=12).contains(m));
    if m.is_some() {
        j += 2;
    }
    let day = if m.is_some() || month.is_some() {
        han_part(d, t, j, &["日", "号", "號"]).filter(|d| (1..=31).contains(d))
    } else {
        None
    };
    if day.is_some() {
        j += 2;
    }
    if y.is_none() && m.is_none() && day.is_none() {
        return None;
    }
    if y.is_none() && day.is_none() {
        // A month alone ("8月") is no date.
        return None;
    }
    let rule = match (y, m.or(month), day) {
        (Some(_), Some(_), Some(_)) => "han-year-month-day",
        (None, Some(_), Some(_)) => "han-month-day+year",
        (Some(_), Some(_), None) => "han-year-month",
        _ => "han-year",
    };
    Some(HanDate {
        end: j,
        year: y,
        month: m.or(month),
        day,
        fallback: year,
        rule,
    })
}

/// "31.08.2025" (day first, as Russian, Azerbaijani and Turkish write it) or "2025-08-31" at
/// token `k`: the token after it and the ISO date.
fn numeric_date(d: &DocText, t: &[Tok], k: usize) -> Option<(usize, String)> {
    let tok = t.get(k).filter(|x| x.kind == Kind::Number)?;
    let s = tok.text(d.text);
    let parts: Vec<&str> = s.split('.').collect();
    if parts.len() == 3
        && parts[0].len() <= 2
        && parts[1].len() <= 2
        && parts[2].len() == 4
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
    {
        let (day, month, year): (u32, u32, i32) = (
            parts[0].parse().ok()?,
            parts[1].parse().ok()?,
            parts[2].parse().ok()?,
        );
        if YEARS.contains(&year) && (1..=12).contains(&month) {
            return iso_day(year, month, day).map(|iso| (k + 1, iso));
        }
        return None;
    }
    // ISO: four digits, a hyphen, two, a hyphen, two, glued together.
    let year = year_at(d, t, k)?;
    let glued = |j: usize, text: &str| {
        t.get(j)
            .is_some_and(|x| !x.space_before && x.text(d.text) == text)
    };
    let two = |j: usize| {
        t.get(j)
            .filter(|x| !x.space_before && x.kind == Kind::Number && x.text(d.text).len() == 2)
            .and_then(|x| x.text(d.text).parse::<u32>().ok())
    };
    if glued(k + 1, "-") && glued(k + 3, "-") {
        let (month, day) = (two(k + 2)?, two(k + 4)?);
        if (1..=12).contains(&month) {
            return iso_day(year, month, day).map(|iso| (k + 5, iso));
        }
    }
    None
}

fn month_at(d: &DocText, t: &[Tok], k: usize) -> Option<u32> {
    let tok = t.get(k)?;
    if tok.kind != Kind::Word {
        return None;
    }
    let text = tok.text(d.text);
    let m = lex::month(&tok.folded)?;
    // English and Turkish month names are capitalised; "may" and "march" in lower case are verbs.
    let cyrillic = text.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c));
    if !cyrillic && !lex::is_capitalized(text) && !lex::lower_case_month(&tok.folded, d.lang) {
        return None;
    }
    // "May" could start a sentence as a verb: only with a day or year around it, which the
    // callers require.
    Some(m)
}

fn day_at(t: &[Tok], d: &DocText, k: usize) -> Option<u32> {
    let tok = t.get(k)?;
    if tok.kind != Kind::Number {
        return None;
    }
    let s = tok.text(d.text);
    let digits = s
        .strip_suffix("st")
        .or_else(|| s.strip_suffix("nd"))
        .or_else(|| s.strip_suffix("rd"))
        .or_else(|| s.strip_suffix("th"))
        .unwrap_or(s);
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let day: u32 = digits.parse().ok()?;
    (1..=31).contains(&day).then_some(day)
}

/// "-4", "–4" or "to 4" after the day `first`: the last day of a range, and the token after it.
/// With a word ("to", "until", "through") the last day is later than the first and no counted
/// noun follows it ("May 5 to 10 countries").
fn range_end(d: &DocText, t: &[Tok], k: usize, first: u32) -> (Option<u32>, Option<usize>) {
    if let (Some(sep), Some(day)) = (t.get(k), day_at(t, d, k + 1)) {
        if matches!(sep.text(d.text), "-" | "–" | "—") {
            return (Some(day), Some(k + 2));
        }
        let word = sep.kind == Kind::Word
            && matches!(
                sep.folded.as_str(),
                "to" | "until" | "till" | "through" | "thru"
            );
        let after_ok = t.get(k + 2).is_none_or(|x| {
            x.kind != Kind::Word || lex::is_stop_word(&x.folded) || lex::month(&x.folded).is_some()
        });
        if word && day > first && after_ok {
            return (Some(day), Some(k + 2));
        }
    }
    (None, None)
}

fn year_at(d: &DocText, t: &[Tok], k: usize) -> Option<i32> {
    let tok = t.get(k)?;
    if tok.kind != Kind::Number {
        return None;
    }
    let s = tok.text(d.text);
    if s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // Part of a longer number ("1,2015") or a decimal ("3.2015")?
    let y: i32 = s.parse().ok()?;
    YEARS.contains(&y).then_some(y)
}

fn iso_day(year: i32, month: u32, day: u32) -> Option<String> {
    let max = crate::ingest::days_in_month(year as u32, month)?;
    (day >= 1 && day <= max).then(|| format!("{year:04}-{month:02}-{day:02}"))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{compile, TestDoc};
    use crate::config::Config;

    fn isos(text: &str, date: Option<&str>) -> Vec<String> {
        let c = compile(
            &[TestDoc {
                text,
                lang: "en",
                date,
            }],
            &Config::default(),
        );
        c.dates.iter().map(|d| d.iso.to_string()).collect()
    }

    #[test]
    fn cases() {
        let cases: &[(&str, &str, Option<&str>, &[&str])] = &[
            (
                "full_date_month_first",
                "It opened on March 6, 2019.",
                None,
                &["2019-03-06"],
            ),
            (
                "full_date_day_first",
                "They met on 17 June 2025 in Karamay.",
                None,
                &["2025-06-17"],
            ),
            (
                "month_and_year",
                "The letter came in March 2013.",
                None,
                &["2013-03"],
            ),
            (
                "year_alone",
                "The bloc was created in 2001.",
                None,
                &["2001"],
            ),
            (
                "day_month_takes_document_year",
                "Baku, 10 February (Report).",
                Some("2015-02-10"),
                &["2015-02-10"],
            ),
            (
                "day_month_without_document_year_is_left_out",
                "It happened on March 14.",
                None,
                &[],
            ),
            (
                "range_gives_both_days",
                "The summit, on July 3-4, will be in Astana.",
                Some("2024-06-21"),
                &["2024-07-03", "2024-07-04"],
            ),
            (
                "range_day_first",
                "Talks are set for 3–4 July 2025.",
                None,
                &["2025-07-03", "2025-07-04"],
            ),
            (
                "range_with_to",
                "The fair runs from September 8 to 12 in Tashkent.",
                Some("2025-01-15"),
                &["2025-09-08", "2025-09-12"],
            ),
            (
                "range_with_until_day_first",
                "Flights stop from 2 until 9 March 2026.",
                None,
                &["2026-03-02", "2026-03-09"],
            ),
            (
                "to_a_count_is_no_range",
                "On May 5 to 10 countries sent envoys.",
                Some("2025-01-15"),
                &["2025-05-05"],
            ),
            (
                "copyright_year_is_not_a_date",
                "© 2025 All rights reserved.",
                None,
                &[],
            ),
            (
                "relative_expressions_are_left_out",
                "Last year and on Friday and later this year.",
                Some("2024-01-01"),
                &[],
            ),
            (
                "month_alone_is_left_out",
                "In July, Belarus may join.",
                Some("2024-06-21"),
                &[],
            ),
            (
                "quantity_is_not_a_year",
                "The plant has 2030 megawatts and cost $2024.",
                None,
                &[],
            ),
            (
                "impossible_day_is_left_out",
                "It was on February 30, 2023.",
                None,
                &[],
            ),
            ("may_the_verb_is_no_month", "Prices may 2 rise.", None, &[]),
            (
                "russian_day_month_year",
                "Встреча прошла 12 сентября 2023 года.",
                None,
                &["2023-09-12"],
            ),
            (
                "year_range",
                "The plan covers 2024–2026.",
                None,
                &["2024", "2026"],
            ),
            (
                "chinese_full_date",
                "峰会于2025年8月31日举行。",
                None,
                &["2025-08-31"],
            ),
            (
                "chinese_range_takes_the_first_year",
                "会议于2025年8月31日至9月1日在天津举行。",
                None,
                &["2025-08-31", "2025-09-01"],
            ),
            (
                "chinese_month_day_takes_document_year",
                "3月11日，双方签署协议。",
                Some("2025-03-12"),
                &["2025-03-11"],
            ),
            (
                "chinese_year_and_month",
                "2024年6月，项目启动。下一届峰会将于2026年举行。",
                None,
                &["2024-06", "2026"],
            ),
            (
                "chinese_month_alone_is_no_date",
                "8月是雨季。",
                Some("2025-01-01"),
                &[],
            ),
            (
                "azerbaijani_date_in_lower_case",
                "Sammit 31 avqust 2025-ci il tarixində keçirilib.",
                None,
                &["2025-08-31"],
            ),
            (
                "turkish_date_with_suffix",
                "Zirve 31 Ağustos 2025'te başladı.",
                None,
                &["2025-08-31"],
            ),
            (
                "day_first_figures",
                "Подписано 31.08.2025 в Тяньцзине.",
                None,
                &["2025-08-31"],
            ),
            (
                "iso_date_in_text",
                "The order took effect on 2025-03-11.",
                None,
                &["2025-03-11"],
            ),
            (
                "russian_date_without_year_takes_document_year",
                "Соглашение подписали 11 марта в Баку.",
                Some("2025-03-12"),
                &["2025-03-11"],
            ),
        ];
        let mut failures = Vec::new();
        for (name, text, date, want) in cases {
            let got = isos(text, *date);
            if got != *want {
                failures.push(format!("{name}: {got:?} != {want:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn dates_keep_their_sentence() {
        let c = compile(
            &[TestDoc {
                text: "First one. It opened on March 6, 2019, at last.",
                lang: "en",
                date: None,
            }],
            &Config::default(),
        );
        let d = &c.dates[0];
        assert_eq!(&c.docs[0].text[d.span.range()], "March 6, 2019");
        assert_eq!(
            &c.docs[0].text[d.sentence.range()],
            "It opened on March 6, 2019, at last."
        );
    }
}
