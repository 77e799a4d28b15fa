//! URL ⇄ state. The query string carries the state so that a link shares exactly what one sees:
//! `?q=observer+status&place=Baku&sort=newest&view=timeline&bucket=2024`,
//! `?entity=Ilham+Aliyev&kind=person`, `?doc=a.txt&p=3`.
//!
//! A hand-edited link always opens something: unknown keys are ignored, and a bad value opens
//! the nearest sensible view with a notice that says what was not understood.

use corpus::views::{EntityLookup, Views};

use crate::state::{
    kind_from_key, kind_key, kind_label, sort_from_key, sort_key, EntityRef, Field, LineOrder,
    Sort, State, View,
};

/// The URL key of the document filter: `doc` opens a document in the reader.
const DOC_FILTER: &str = "in";

fn field_from_key(key: &str) -> Option<Field> {
    match key {
        DOC_FILTER => Some(Field::Doc),
        "doc" => None,
        key => Field::from_name(key),
    }
}

fn field_key(field: Field) -> &'static str {
    match field {
        Field::Doc => DOC_FILTER,
        field => field.name(),
    }
}

/// Whether `s` is a time bucket: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
fn is_bucket(s: &str) -> bool {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    match b.len() {
        4 => digits(0..4),
        7 => digits(0..4) && b[4] == b'-' && digits(5..7),
        10 => digits(0..4) && b[4] == b'-' && digits(5..7) && b[7] == b'-' && digits(8..10),
        _ => false,
    }
}

/// Parses a query string (with or without the leading `?`). What it cannot use is named in
/// [`State::notice`].
pub fn parse(search: &str) -> State {
    let mut state = State::default();
    let mut problems: Vec<String> = Vec::new();
    let mut kind = None;
    for (key, value) in form_urlencoded::parse(search.trim_start_matches('?').as_bytes()) {
        match key.as_ref() {
            "q" => state.query = value.into_owned(),
            "doc" if !value.is_empty() => state.doc = Some(value.into_owned()),
            "p" => match value.parse() {
                Ok(p) => state.passage = Some(p),
                Err(_) => problems.push(format!("“{value}” is not a passage number")),
            },
            "sort" => match sort_from_key(&value) {
                Some(s) => state.sort = s,
                None => problems.push(format!("there is no order “{value}”")),
            },
            "view" => match View::from_key(&value) {
                Some(v) => state.view = v,
                None => problems.push(format!("there is no view “{value}”")),
            },
            "entity" if !value.trim().is_empty() => {
                state.entity = Some(EntityRef {
                    name: value.trim().to_string(),
                    kind: None,
                })
            }
            "kind" => match kind_from_key(&value) {
                Some(k) => kind = Some(k),
                None => problems.push(format!("there is no kind of entity “{value}”")),
            },
            "bucket" => {
                if is_bucket(&value) {
                    state.bucket = Some(value.into_owned());
                } else {
                    problems.push(format!(
                        "“{value}” is not a year, month or day (2024, 2024-05, 2024-05-17)"
                    ));
                }
            }
            "by" => match LineOrder::from_key(&value) {
                Some(o) => state.order = o,
                None => problems.push(format!("lines cannot be ordered by “{value}”")),
            },
            "word" if !value.trim().is_empty() => state.word = Some(value.into_owned()),
            key => {
                if let Some(field) = field_from_key(key) {
                    if !value.is_empty() {
                        state.filters.push((field, value.into_owned()));
                    }
                }
            }
        }
    }
    if let Some(entity) = &mut state.entity {
        entity.kind = kind;
    }
    corpus::sort::sort(&mut state.filters);
    state.filters.dedup();
    if state.doc.is_none() {
        state.passage = None;
    }
    state.drop_foreign_details();
    if !problems.is_empty() {
        let mut text = problems.join("; ");
        // The first byte alone is a char only when it is ASCII (the messages start with an
        // English word); ASCII upper-casing spares the page the Unicode upper-case table.
        if let Some(first) = text.get(..1) {
            text = first.to_ascii_uppercase() + &text[1..];
        }
        state.notice = Some(format!(
            "{text}. Showing what the rest of the link asks for."
        ));
    }
    state
}

/// The query string for a state, with the leading `?`, or empty for the default state.
pub fn format(state: &State) -> String {
    let mut out = form_urlencoded::Serializer::new(String::new());
    if !state.query.is_empty() {
        out.append_pair("q", &state.query);
    }
    for (field, value) in &state.filters {
        out.append_pair(field_key(*field), value);
    }
    if state.sort != Sort::Relevance {
        out.append_pair("sort", sort_key(state.sort));
    }
    if state.view != View::Search {
        out.append_pair("view", state.view.key());
    }
    if let Some(bucket) = &state.bucket {
        out.append_pair("bucket", bucket);
    }
    if state.order != LineOrder::Corpus {
        out.append_pair("by", state.order.key());
    }
    if let Some(word) = &state.word {
        out.append_pair("word", word);
    }
    if let Some(entity) = &state.entity {
        out.append_pair("entity", &entity.name);
        if let Some(kind) = entity.kind {
            out.append_pair("kind", kind_key(kind));
        }
    }
    if let Some(doc) = &state.doc {
        out.append_pair("doc", doc);
        if let Some(p) = state.passage {
            out.append_pair("p", &p.to_string());
        }
    }
    let s = out.finish();
    if s.is_empty() {
        s
    } else {
        format!("?{s}")
    }
}

/// Checks a parsed state against the corpus: a name that is an alias opens its entity under its
/// canonical name; a name, document or passage the corpus does not have opens the nearest
/// sensible page (a search for the name, the view) with a notice. Never a blank page.
pub fn resolve(mut state: State, views: &Views) -> State {
    let corpus = views.corpus();
    let mut notes: Vec<String> = state.notice.take().into_iter().collect();
    if let Some(asked) = state.entity.take() {
        let found = match views.find_entity(&asked.name, asked.kind) {
            EntityLookup::Found(i) => Ok(i),
            // Several of one name: the most mentioned, with its kind in the URL.
            EntityLookup::Ambiguous(ids) => Ok(ids
                .iter()
                .copied()
                .max_by_key(|&i| {
                    (
                        corpus.entities[i as usize].mention_count,
                        std::cmp::Reverse(i),
                    )
                })
                .unwrap_or(ids[0])),
            EntityLookup::NotFound { suggestions } => Err(suggestions),
        };
        match found {
            Ok(i) => {
                let e = &corpus.entities[i as usize];
                if e.name != asked.name {
                    notes.push(format!("“{}” is {}.", asked.name, e.name));
                }
                // The kind stays in the URL only where the name needs it.
                let shared = corpus.entities.iter().filter(|o| o.name == e.name).count() > 1;
                state.entity = Some(EntityRef {
                    name: e.name.clone(),
                    kind: shared.then_some(e.kind),
                });
            }
            Err(suggestions) => {
                let what = match asked.kind {
                    Some(k) => format!("No {} is named", kind_label(k)),
                    None => "No person, organisation or place is named".to_string(),
                };
                notes.push(format!(
                    "{what} “{}” in this corpus; showing passages with those words instead.",
                    asked.name
                ));
                if !suggestions.is_empty() {
                    let names: Vec<&str> = suggestions
                        .iter()
                        .filter_map(|&i| corpus.entities.get(i as usize))
                        .map(|e| e.name.as_str())
                        .collect();
                    notes.push(format!("Names like it: {}.", names.join(", ")));
                }
                if state.query.trim().is_empty() {
                    state.query = asked.name;
                }
                state.view = View::Search;
            }
        }
    }
    if let Some(id) = &state.doc {
        match corpus.docs.iter().find(|d| &d.id == id) {
            None => {
                notes.push(format!("There is no document “{id}” in this corpus."));
                state.doc = None;
                state.passage = None;
            }
            Some(doc) => {
                if let Some(p) = state.passage {
                    let n = doc.passages.end - doc.passages.start;
                    if p >= n {
                        notes.push(format!(
                            "“{}” has {n} passages; passage {p} is not one of them.",
                            doc.title
                        ));
                        state.passage = None;
                    }
                }
            }
        }
    }
    state.notice = (!notes.is_empty()).then(|| notes.join(" "));
    state
}

#[cfg(test)]
mod tests {
    use super::*;
    use corpus::model::{Doc, Entity, EntityKind};
    use corpus::Corpus;

    fn round_trip(state: State) {
        assert_eq!(parse(&format(&state)), state, "{}", format(&state));
    }

    #[test]
    fn default_state_is_an_empty_query_string() {
        assert_eq!(format(&State::default()), "");
        assert_eq!(parse(""), State::default());
    }

    #[test]
    fn query_round_trips() {
        round_trip(State {
            query: "observer status".into(),
            ..State::default()
        });
        round_trip(State {
            query: "\"exact phrase\" -x & y=z #?".into(),
            ..State::default()
        });
        round_trip(State {
            query: "Türkiye 发表回复".into(),
            ..State::default()
        });
    }

    #[test]
    fn document_and_passage_round_trip() {
        round_trip(State {
            query: "q".into(),
            doc: Some("sub/a b.txt".into()),
            passage: Some(4),
            ..State::default()
        });
    }

    #[test]
    fn filters_and_sort_round_trip() {
        round_trip(State {
            query: "energy".into(),
            filters: vec![
                (Field::Person, "Ilham Aliyev".into()),
                (Field::Place, "Baku".into()),
                (Field::Place, "Qingdao".into()),
                (Field::Doc, "a.txt".into()),
                (Field::Year, "2015".into()),
            ],
            sort: Sort::Newest,
            ..State::default()
        });
    }

    #[test]
    fn a_document_filter_is_not_an_open_document() {
        let s = State {
            filters: vec![(Field::Doc, "a.txt".into())],
            ..State::default()
        };
        assert_eq!(format(&s), "?in=a.txt");
        assert_eq!(parse("?in=a.txt").doc, None);
    }

    #[test]
    fn every_view_round_trips() {
        for view in View::ALL {
            round_trip(State {
                query: "SCO".into(),
                view,
                ..State::default()
            });
        }
        assert_eq!(
            format(&State {
                view: View::Timeline,
                ..State::default()
            }),
            "?view=timeline"
        );
    }

    #[test]
    fn view_details_round_trip() {
        round_trip(State {
            view: View::Timeline,
            bucket: Some("2024-05".into()),
            ..State::default()
        });
        round_trip(State {
            view: View::Concordance,
            query: "SCO".into(),
            order: LineOrder::Left,
            ..State::default()
        });
        round_trip(State {
            view: View::Words,
            word: Some("energy security".into()),
            ..State::default()
        });
    }

    #[test]
    fn entity_round_trips_with_and_without_kind() {
        round_trip(State {
            entity: Some(EntityRef {
                name: "Bakhtiyar Mammadov".into(),
                kind: None,
            }),
            ..State::default()
        });
        round_trip(State {
            query: "energy".into(),
            view: View::Network,
            entity: Some(EntityRef {
                name: "Georgia".into(),
                kind: Some(EntityKind::Place),
            }),
            ..State::default()
        });
        assert_eq!(
            format(&State {
                entity: Some(EntityRef {
                    name: "Ilham Aliyev".into(),
                    kind: Some(EntityKind::Person)
                }),
                ..State::default()
            }),
            "?entity=Ilham+Aliyev&kind=person"
        );
    }

    #[test]
    fn spaces_are_plus_signs() {
        assert_eq!(
            format(&State {
                query: "a b".into(),
                ..State::default()
            }),
            "?q=a+b"
        );
    }

    #[test]
    fn bad_values_are_dropped_with_a_notice() {
        let s = parse("?doc=a.txt&p=x&sort=sideways&colour=red&place=");
        assert_eq!(s.doc.as_deref(), Some("a.txt"));
        assert_eq!(s.passage, None);
        assert_eq!(s.sort, Sort::Relevance);
        assert!(s.filters.is_empty());
        let notice = s.notice.expect("a notice");
        assert!(notice.contains("“x” is not a passage number"), "{notice}");
        assert!(notice.contains("no order “sideways”"), "{notice}");
        assert!(
            !notice.contains("colour"),
            "unknown keys are ignored: {notice}"
        );
    }

    #[test]
    fn an_unknown_view_opens_the_search_with_a_notice() {
        let s = parse("?q=SCO&view=sideways");
        assert_eq!(s.view, View::Search);
        assert_eq!(s.query, "SCO");
        assert!(s.notice.unwrap().contains("no view “sideways”"));
    }

    #[test]
    fn other_names_of_views_are_understood() {
        assert_eq!(parse("?view=KWIC").view, View::Concordance);
        assert_eq!(parse("?view=Timeline").notice, None);
    }

    #[test]
    fn a_bad_bucket_or_order_is_dropped_with_a_notice() {
        let s = parse("?view=timeline&bucket=last-year");
        assert_eq!((s.view, s.bucket), (View::Timeline, None));
        assert!(s.notice.is_some());
        let s = parse("?view=concordance&by=colour");
        assert_eq!(s.order, LineOrder::Corpus);
        assert!(s.notice.is_some());
        for ok in ["2024", "2024-05", "2024-05-17"] {
            assert_eq!(
                parse(&format!("?view=timeline&bucket={ok}"))
                    .bucket
                    .as_deref(),
                Some(ok)
            );
        }
    }

    #[test]
    fn details_of_another_view_are_dropped() {
        let s = parse("?view=figures&bucket=2024&word=gas&by=left");
        assert_eq!(s.view, View::Figures);
        assert_eq!((s.bucket, s.word, s.order), (None, None, LineOrder::Corpus));
    }

    #[test]
    fn an_unknown_kind_is_dropped_with_a_notice() {
        let s = parse("?entity=Baku&kind=river");
        assert_eq!(s.entity.as_ref().unwrap().kind, None);
        assert!(s.notice.unwrap().contains("“river”"));
    }

    #[test]
    fn passage_without_document_is_dropped() {
        assert_eq!(parse("?p=3").passage, None);
    }

    #[test]
    fn hand_written_filters_are_sorted_and_deduplicated() {
        let s = parse("?place=B&place=A&place=B");
        assert_eq!(
            s.filters,
            [
                (Field::Place, "A".to_string()),
                (Field::Place, "B".to_string())
            ]
        );
    }

    fn entity(kind: EntityKind, name: &str, aliases: &[&str], mentions: u32) -> Entity {
        Entity {
            kind,
            name: name.into(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            roles: Vec::new(),
            subtype: None,
            doc_count: 1,
            mention_count: mentions,
        }
    }

    fn corpus() -> Corpus {
        Corpus {
            docs: vec![Doc {
                id: "a.txt".into(),
                title: "A".into(),
                passages: 0..3,
                ..Doc::default()
            }],
            entities: vec![
                entity(EntityKind::Place, "Georgia", &[], 5),
                entity(EntityKind::Person, "Georgia", &[], 1),
                entity(
                    EntityKind::Organization,
                    "Shanghai Cooperation Organisation",
                    &["SCO"],
                    9,
                ),
            ],
            ..Corpus::default()
        }
    }

    #[test]
    fn resolve_keeps_a_known_entity_and_adds_the_kind_a_shared_name_needs() {
        let c = corpus();
        let s = resolve(parse("?entity=Georgia"), &Views::new(&c));
        assert_eq!(
            s.entity,
            Some(EntityRef {
                name: "Georgia".into(),
                kind: Some(EntityKind::Place)
            })
        );
        assert_eq!(s.notice, None);
        let s = resolve(
            parse("?entity=Shanghai+Cooperation+Organisation&kind=org"),
            &Views::new(&c),
        );
        assert_eq!(s.entity.unwrap().kind, None, "the name is unique");
    }

    #[test]
    fn resolve_opens_an_alias_under_its_name_with_a_notice() {
        let s = resolve(parse("?entity=sco"), &Views::new(&corpus()));
        assert_eq!(s.entity.unwrap().name, "Shanghai Cooperation Organisation");
        assert!(s
            .notice
            .unwrap()
            .contains("“sco” is Shanghai Cooperation Organisation"));
    }

    #[test]
    fn resolve_searches_for_an_unknown_name() {
        let s = resolve(parse("?entity=Ufa&view=network"), &Views::new(&corpus()));
        assert_eq!(s.entity, None);
        assert_eq!(s.query, "Ufa");
        assert_eq!(s.view, View::Search);
        assert!(s
            .notice
            .unwrap()
            .contains("No person, organisation or place is named “Ufa”"));
    }

    #[test]
    fn resolve_drops_an_unknown_document_or_passage_with_a_notice() {
        let c = corpus();
        let v = Views::new(&c);
        let s = resolve(parse("?doc=b.txt&p=1"), &v);
        assert_eq!((s.doc, s.passage), (None, None));
        assert!(s.notice.unwrap().contains("no document “b.txt”"));
        let s = resolve(parse("?doc=a.txt&p=7"), &v);
        assert_eq!(s.doc.as_deref(), Some("a.txt"));
        assert_eq!(s.passage, None);
        assert!(s.notice.unwrap().contains("has 3 passages"));
        assert_eq!(resolve(parse("?doc=a.txt&p=2"), &v).notice, None);
    }
}
