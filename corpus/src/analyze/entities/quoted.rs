//! Names in quotes: Russian, Azerbaijani and Turkish write a company's or agency's name in quotes
//! after the word for what it is, or before its legal form ("компания «Азербайджанские железные
//! дороги»", "агентство «Интерфакс-Азербайджан»", "\"Azərbaycan Dəmir Yolları\" QSC"). Only the
//! first word need be capitalised, so these names are no runs.

use super::context::{Cx, Key, Run};
use super::rule::Rule;
use super::Extractor;
use crate::analyze::gazetteer;
use crate::analyze::lex::{self, Kind};
use crate::model::EntityKind;

/// Words before a quoted name that say it is an organisation (folded).
const BEFORE: &[&str] = &[
    "компания",
    "компании",
    "компанией",
    "агентство",
    "агентства",
    "агентством",
    "банк",
    "банка",
    "холдинг",
    "корпорация",
    "корпорации",
    "концерн",
    "группа",
    "фонд",
    "газета",
    "газеты",
    "издание",
    "портал",
    "телеканал",
    "sirkəti",
    "sirkət",
    "agentliyi",
    "qəzeti",
    "sirketi",
    "ajansi",
    "gazetesi",
];

/// Outlet words among them.
const OUTLETS: &[&str] = &[
    "газета",
    "газеты",
    "издание",
    "портал",
    "телеканал",
    "qəzeti",
    "gazetesi",
];

/// Legal forms written after a quoted company name (folded).
const AFTER: &[&str] = &[
    "qsc", "asc", "mmc", "as", "ltd", "llc", "ooo", "ооо", "оао", "ао", "зао", "пао",
];

pub(super) fn is_open(s: &str) -> bool {
    matches!(s, "«" | "\"" | "“" | "„")
}

pub(super) fn is_close(s: &str) -> bool {
    matches!(s, "»" | "\"" | "”" | "“")
}

impl Extractor<'_> {
    /// Organisations named in quotes in a sentence.
    pub(super) fn quoted_names(&mut self, cx: Cx) {
        let t = cx.toks();
        let text = cx.text();
        let mut k = 0;
        while k < t.len() {
            if !(t[k].kind == Kind::Punct && is_open(t[k].text(text))) {
                k += 1;
                continue;
            }
            let Some(close) = (k + 1..t.len().min(k + 10))
                .find(|&j| t[j].kind == Kind::Punct && is_close(t[j].text(text)) && j > k + 1)
            else {
                k += 1;
                continue;
            };
            let inner = Run {
                start: k + 1,
                end: close,
            };
            let first = &t[inner.start];
            let before = if k >= 1 { t[k - 1].folded.as_str() } else { "" };
            let after = t.get(close + 1).map(|x| x.folded.as_str()).unwrap_or("");
            let described = BEFORE.contains(&before) || AFTER.contains(&after);
            if first.kind != Kind::Word || !lex::is_capitalized(first.text(text)) || !described {
                k = close + 1;
                continue;
            }
            let surface = &text[first.start..t[close - 1].end];
            let key = Key::Name(EntityKind::Organization, gazetteer::key_of(surface));
            self.push(
                cx,
                inner,
                EntityKind::Organization,
                key,
                Rule::DescribedOrganization,
            );
            let outlet = OUTLETS.contains(&before)
                || (k >= 2
                    && self.source_context(
                        cx,
                        Run {
                            start: k - 1,
                            end: k,
                        },
                    ));
            if let Some(f) = self.found.last_mut() {
                f.subtype = if outlet {
                    Some("outlet")
                } else if AFTER.contains(&after) {
                    Some("company")
                } else {
                    None
                };
            }
            k = close + 1;
        }
    }
}

/// Words after a name that say it is a company (folded): Azerbaijani, Turkish, English.
const COMPANY_AFTER: &[&str] = &[
    "sirkəti",
    "sirkətinin",
    "sirkətinə",
    "sirketi",
    "sirketinin",
    "sirketine",
    "kompaniyasi",
    "company",
    "company's",
];

impl Extractor<'_> {
    /// A company whose name is written in lower case, as some brands write their initials
    /// ("bp şirkəti ilə", "bp company"): two to four lower-case Latin letters with no vowel, then
    /// a word for a company.
    pub(super) fn lower_case_companies(&mut self, cx: Cx) {
        let t = cx.toks();
        let text = cx.text();
        for k in 0..t.len() {
            let w = t[k].text(text);
            let initials = t[k].kind == Kind::Word
                && (2..=4).contains(&w.len())
                && w.chars().all(|c| c.is_ascii_lowercase())
                && !w.chars().any(|c| "aeiouy".contains(c));
            let company = t
                .get(k + 1)
                .is_some_and(|x| COMPANY_AFTER.contains(&crate::text::fold(x.text(text)).as_str()));
            if initials && company {
                let key = Key::Name(EntityKind::Organization, gazetteer::key_of(w));
                self.push(
                    cx,
                    Run {
                        start: k,
                        end: k + 1,
                    },
                    EntityKind::Organization,
                    key,
                    Rule::DescribedOrganization,
                );
            }
        }
    }
}
