//! The query language, parsed without ever failing: the parser returns every clause it
//! understood and, for what it did not, an error with the byte span and a message. See
//! `docs/query-syntax.md`.
//!
//! ```text
//! query   := clause*
//! clause  := ["-"] atom ("OR" atom)*
//! atom    := word | word"*" | "\"" phrase "\"" | field ":" (value | "\"" value "\"")
//! ```

use std::ops::Range;

/// At most this many clauses are used; the rest are reported and ignored.
pub const MAX_CLAUSES: usize = 32;
/// At most this many alternatives in one `a OR b OR ...` group.
pub const MAX_ALTERNATIVES: usize = 16;
/// Longer input is cut here (at a character boundary) and reported.
pub const MAX_QUERY_BYTES: usize = 2048;

/// A problem in the query, with where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryError {
    /// Byte range in the query string.
    pub span: Range<usize>,
    pub message: String,
}

/// A field filter's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Person,
    Org,
    Place,
    Theme,
    Doc,
    Year,
    Lang,
}

impl Field {
    pub const ALL: [Field; 7] = [
        Field::Person,
        Field::Org,
        Field::Place,
        Field::Theme,
        Field::Doc,
        Field::Year,
        Field::Lang,
    ];

    /// The name written before the colon, which is also the facet key.
    pub fn name(self) -> &'static str {
        match self {
            Field::Person => "person",
            Field::Org => "org",
            Field::Place => "place",
            Field::Theme => "theme",
            Field::Doc => "doc",
            Field::Year => "year",
            Field::Lang => "lang",
        }
    }

    pub fn from_name(name: &str) -> Option<Field> {
        let lower = name.to_ascii_lowercase();
        Field::ALL.into_iter().find(|f| f.name() == lower)
    }
}

/// What a field filter asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FilterValue {
    Text(String),
    /// Inclusive range of years.
    Years(i32, i32),
}

/// One thing to look for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Atom {
    /// A word as typed. If it tokenizes into several words (`Rasht-Astara`, a run of Chinese
    /// characters) they must be adjacent, as in a phrase.
    Word(String),
    /// Words starting with this.
    Prefix(String),
    /// Words that must be adjacent and in this order.
    Phrase(String),
    Filter(Field, FilterValue),
}

/// One clause: alternatives joined by `OR`, all required unless negated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause {
    pub negated: bool,
    pub alternatives: Vec<Atom>,
    /// Byte range of the clause in the query.
    pub span: Range<usize>,
}

/// What the parser understood.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParsedQuery {
    pub clauses: Vec<Clause>,
    pub errors: Vec<QueryError>,
}

/// A lexical unit with its span.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Lexeme {
    Or,
    Atom { negated: bool, atom: Atom },
}

fn known_fields() -> String {
    Field::ALL
        .iter()
        .map(|f| format!("{}:", f.name()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Parses a query. Never fails: see [`ParsedQuery::errors`].
pub fn parse(query: &str) -> ParsedQuery {
    let mut errors = Vec::new();
    let mut input = query;
    if input.len() > MAX_QUERY_BYTES {
        let mut cut = MAX_QUERY_BYTES;
        while !input.is_char_boundary(cut) {
            cut -= 1;
        }
        errors.push(QueryError {
            span: cut..query.len(),
            message: format!(
                "the query is longer than {MAX_QUERY_BYTES} bytes; the rest is ignored"
            ),
        });
        input = &input[..cut];
    }
    let lexemes = lex(input, &mut errors);
    let mut clauses: Vec<Clause> = Vec::new();
    let mut ignored: Option<Range<usize>> = None;
    let mut i = 0;
    while i < lexemes.len() {
        let (lexeme, span) = &lexemes[i];
        i += 1;
        let (negated, atom) = match lexeme {
            Lexeme::Or => {
                errors.push(QueryError {
                    span: span.clone(),
                    message: "`OR` needs a word on each side; it is ignored here".into(),
                });
                continue;
            }
            Lexeme::Atom { negated, atom } => (*negated, atom.clone()),
        };
        let mut clause = Clause {
            negated,
            alternatives: vec![atom],
            span: span.clone(),
        };
        // `a OR b OR c`
        while i < lexemes.len() && lexemes[i].0 == Lexeme::Or {
            let or_span = lexemes[i].1.clone();
            match lexemes.get(i + 1) {
                Some((Lexeme::Atom { negated, atom }, next_span)) => {
                    if *negated || clause.negated {
                        errors.push(QueryError {
                            span: or_span,
                            message: "`OR` cannot join an excluded term; it is ignored here".into(),
                        });
                        i += 1;
                        break;
                    }
                    if clause.alternatives.len() < MAX_ALTERNATIVES {
                        clause.alternatives.push(atom.clone());
                    } else {
                        errors.push(QueryError {
                            span: next_span.clone(),
                            message: format!(
                                "at most {MAX_ALTERNATIVES} alternatives are joined by `OR`; this one is ignored"
                            ),
                        });
                    }
                    clause.span.end = next_span.end;
                    i += 2;
                }
                _ => {
                    errors.push(QueryError {
                        span: or_span,
                        message: "`OR` needs a word on each side; it is ignored here".into(),
                    });
                    i += 1;
                }
            }
        }
        if clauses.len() < MAX_CLAUSES {
            clauses.push(clause);
        } else {
            ignored = Some(match ignored {
                None => clause.span.clone(),
                Some(r) => r.start..clause.span.end,
            });
        }
    }
    if let Some(span) = ignored {
        errors.push(QueryError {
            span,
            message: format!("only the first {MAX_CLAUSES} terms are used; the rest are ignored"),
        });
    }
    ParsedQuery { clauses, errors }
}

/// Splits the query into `OR` keywords and atoms.
fn lex(query: &str, errors: &mut Vec<QueryError>) -> Vec<(Lexeme, Range<usize>)> {
    let bytes = query.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < query.len() {
        let c = query[i..].chars().next().expect("in bounds");
        if c.is_whitespace() || c == '(' || c == ')' {
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let mut negated = false;
        if c == '-' {
            let next = query[i + 1..].chars().next();
            match next {
                Some(n) if !n.is_whitespace() && n != '-' => {
                    negated = true;
                    i += 1;
                }
                _ => {
                    i += 1;
                    continue;
                }
            }
        }
        if bytes[i] == b'"' {
            let (phrase, end) = quoted(query, i, errors);
            i = end;
            out.push((
                Lexeme::Atom {
                    negated,
                    atom: Atom::Phrase(phrase),
                },
                start..end,
            ));
            continue;
        }
        // A bare word runs to whitespace or a quote.
        let word_start = i;
        while i < query.len() {
            let c = query[i..].chars().next().expect("in bounds");
            if c.is_whitespace() || c == '"' || c == '(' || c == ')' {
                break;
            }
            i += c.len_utf8();
        }
        let word = &query[word_start..i];
        if word == "OR" && !negated {
            out.push((Lexeme::Or, word_start..i));
            continue;
        }
        if let Some(colon) = field_colon(word) {
            let name = &word[..colon];
            let mut value = word[colon + 1..].to_string();
            let mut end = i;
            if value.is_empty() && bytes.get(i) == Some(&b'"') {
                let (v, e) = quoted(query, i, errors);
                value = v;
                end = e;
                i = e;
            }
            let span = start..end;
            let Some(field) = Field::from_name(name) else {
                errors.push(QueryError {
                    span: word_start..word_start + colon + 1,
                    message: format!(
                        "unknown field `{name}:`, known: {}; searching for the words instead",
                        known_fields()
                    ),
                });
                if !value.trim().is_empty() {
                    out.push((
                        Lexeme::Atom {
                            negated,
                            atom: Atom::Phrase(value),
                        },
                        span,
                    ));
                }
                continue;
            };
            if value.trim().is_empty() {
                errors.push(QueryError {
                    span,
                    message: format!("`{name}:` needs a value, as in `{name}:value`"),
                });
                continue;
            }
            let value = if field == Field::Year {
                match years(value.trim()) {
                    Some((a, b)) => FilterValue::Years(a, b),
                    None => {
                        errors.push(QueryError {
                            span,
                            message: format!(
                                "`year:` wants a year or a range such as 2015..2020, not `{value}`"
                            ),
                        });
                        continue;
                    }
                }
            } else {
                FilterValue::Text(value)
            };
            out.push((
                Lexeme::Atom {
                    negated,
                    atom: Atom::Filter(field, value),
                },
                span,
            ));
            continue;
        }
        let atom = match word.strip_suffix('*') {
            Some(stem) if !stem.is_empty() && !stem.ends_with('*') => {
                Atom::Prefix(stem.to_string())
            }
            _ => Atom::Word(word.to_string()),
        };
        out.push((Lexeme::Atom { negated, atom }, start..i));
    }
    out
}

/// Reads a quoted string starting at the quote at `at`; returns its content and the end.
fn quoted(query: &str, at: usize, errors: &mut Vec<QueryError>) -> (String, usize) {
    let body = at + 1;
    match query[body..].find('"') {
        Some(close) => (query[body..body + close].to_string(), body + close + 1),
        None => {
            errors.push(QueryError {
                span: at..query.len(),
                message: format!("unclosed quote at {at}; the rest is read as a phrase"),
            });
            (query[body..].to_string(), query.len())
        }
    }
}

/// The position of the colon of `name:...` if `word` looks like a field filter: ASCII letters, a
/// colon, and not a URL (`http://`).
fn field_colon(word: &str) -> Option<usize> {
    let colon = word.find(':')?;
    let name = &word[..colon];
    if name.is_empty() || name.len() > 12 || !name.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    if word[colon + 1..].starts_with("//") {
        return None;
    }
    Some(colon)
}

/// `2015`, `2015..2020`, `2015..`, `..2020`.
fn years(value: &str) -> Option<(i32, i32)> {
    let year = |s: &str| -> Option<i32> {
        (s.len() <= 4 && !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    match value.split_once("..") {
        None => year(value).map(|y| (y, y)),
        Some((a, b)) => {
            let lo = if a.is_empty() { i32::MIN } else { year(a)? };
            let hi = if b.is_empty() { i32::MAX } else { year(b)? };
            (lo <= hi && !(a.is_empty() && b.is_empty())).then_some((lo, hi))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn atoms(q: &str) -> Vec<(bool, Vec<Atom>)> {
        parse(q)
            .clauses
            .into_iter()
            .map(|c| (c.negated, c.alternatives))
            .collect()
    }

    fn word(w: &str) -> Atom {
        Atom::Word(w.into())
    }

    #[test]
    fn words_are_separate_clauses() {
        assert_eq!(
            atoms("energy  cooperation"),
            [
                (false, vec![word("energy")]),
                (false, vec![word("cooperation")])
            ]
        );
    }

    #[test]
    fn phrase_anywhere() {
        let got = atoms("SCO \"energy ministers\" 2024");
        assert_eq!(
            got[1],
            (false, vec![Atom::Phrase("energy ministers".into())])
        );
        assert_eq!(got.len(), 3);
    }

    #[test]
    fn prefix_star() {
        assert_eq!(
            atoms("digit*"),
            [(false, vec![Atom::Prefix("digit".into())])]
        );
        assert_eq!(atoms("*"), [(false, vec![word("*")])]);
    }

    #[test]
    fn or_operator() {
        assert_eq!(
            atoms("Baku OR Ufa OR Astana summit"),
            [
                (false, vec![word("Baku"), word("Ufa"), word("Astana")]),
                (false, vec![word("summit")])
            ]
        );
    }

    #[test]
    fn lowercase_or_is_a_word() {
        assert_eq!(atoms("this or that").len(), 3);
    }

    #[test]
    fn dangling_or_is_reported() {
        let p = parse("OR gas OR");
        assert_eq!(p.clauses.len(), 1);
        assert_eq!(p.errors.len(), 2);
        assert_eq!(p.errors[0].span, 0..2);
    }

    #[test]
    fn exclusion() {
        assert_eq!(
            atoms("gas -oil -\"crude oil\""),
            [
                (false, vec![word("gas")]),
                (true, vec![word("oil")]),
                (true, vec![Atom::Phrase("crude oil".into())])
            ]
        );
    }

    #[test]
    fn lone_dash_is_not_an_exclusion() {
        assert_eq!(atoms("gas - oil").len(), 2);
    }

    #[test]
    fn field_person_quoted() {
        assert_eq!(
            atoms("person:\"Ilham Aliyev\" visit"),
            [
                (
                    false,
                    vec![Atom::Filter(
                        Field::Person,
                        FilterValue::Text("Ilham Aliyev".into())
                    )]
                ),
                (false, vec![word("visit")])
            ]
        );
    }

    #[test]
    fn field_names_ignore_case() {
        assert_eq!(
            atoms("Place:Baku"),
            [(
                false,
                vec![Atom::Filter(Field::Place, FilterValue::Text("Baku".into()))]
            )]
        );
    }

    #[test]
    fn year_single_and_range() {
        assert_eq!(
            atoms("year:2015 year:2015..2020 year:..2012 year:2030.."),
            [
                (
                    false,
                    vec![Atom::Filter(Field::Year, FilterValue::Years(2015, 2015))]
                ),
                (
                    false,
                    vec![Atom::Filter(Field::Year, FilterValue::Years(2015, 2020))]
                ),
                (
                    false,
                    vec![Atom::Filter(
                        Field::Year,
                        FilterValue::Years(i32::MIN, 2012)
                    )]
                ),
                (
                    false,
                    vec![Atom::Filter(
                        Field::Year,
                        FilterValue::Years(2030, i32::MAX)
                    )]
                ),
            ]
        );
    }

    #[test]
    fn bad_year_is_reported_and_dropped() {
        let p = parse("year:soon gas");
        assert_eq!(p.clauses.len(), 1);
        assert_eq!(p.errors[0].span, 0..9);
        assert!(
            p.errors[0].message.contains("year:"),
            "{}",
            p.errors[0].message
        );
    }

    #[test]
    fn unclosed_quote_reports_and_searches() {
        let p = parse("gas \"energy ministers");
        assert_eq!(p.errors.len(), 1);
        assert_eq!(
            p.errors[0].message,
            "unclosed quote at 4; the rest is read as a phrase"
        );
        assert_eq!(p.errors[0].span, 4..21);
        assert_eq!(
            p.clauses[1].alternatives,
            [Atom::Phrase("energy ministers".into())]
        );
    }

    #[test]
    fn unknown_field_reports_and_searches_the_value() {
        let p = parse("foo:bar");
        assert_eq!(p.errors[0].span, 0..4);
        assert!(p.errors[0]
            .message
            .starts_with("unknown field `foo:`, known: person:, org:"));
        assert_eq!(p.clauses[0].alternatives, [Atom::Phrase("bar".into())]);
    }

    #[test]
    fn url_is_not_a_field() {
        assert!(parse("https://example.com").errors.is_empty());
    }

    #[test]
    fn empty_field_value_is_reported() {
        let p = parse("person: Aliyev");
        assert_eq!(p.clauses.len(), 1);
        assert_eq!(p.errors.len(), 1);
    }

    #[test]
    fn too_many_clauses_are_cut() {
        let q = vec!["w"; MAX_CLAUSES + 5].join(" ");
        let p = parse(&q);
        assert_eq!(p.clauses.len(), MAX_CLAUSES);
        assert_eq!(p.errors.len(), 1);
        assert_eq!(p.errors[0].span, 2 * MAX_CLAUSES..q.len());
    }

    #[test]
    fn long_query_is_cut_at_a_char_boundary() {
        let q = "é".repeat(MAX_QUERY_BYTES);
        let p = parse(&q);
        assert_eq!(p.errors.len(), 1);
        assert_eq!(p.errors[0].span.start, MAX_QUERY_BYTES);
    }
}
