//! URL ⇄ state. The query string carries the state so that a link shares exactly what one sees:
//! `?q=observer+status&place=Baku&sort=date&doc=a.txt&p=3`.

use crate::state::{sort_from_key, sort_key, Field, Sort, State};

/// Parses a query string (with or without the leading `?`). Unknown keys are ignored, bad
/// values dropped: a hand-edited link still opens.
pub fn parse(search: &str) -> State {
    let mut state = State::default();
    for (key, value) in form_urlencoded::parse(search.trim_start_matches('?').as_bytes()) {
        match key.as_ref() {
            "q" => state.query = value.into_owned(),
            "doc" if !value.is_empty() => state.doc = Some(value.into_owned()),
            "p" => state.passage = value.parse().ok(),
            "sort" => state.sort = sort_from_key(&value).unwrap_or_default(),
            key => {
                if let Some(field) = Field::from_name(key) {
                    if !value.is_empty() {
                        state.filters.push((field, value.into_owned()));
                    }
                }
            }
        }
    }
    state.filters.sort();
    state.filters.dedup();
    if state.doc.is_none() {
        state.passage = None;
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
        out.append_pair(field.name(), value);
    }
    if state.sort != Sort::Relevance {
        out.append_pair("sort", sort_key(state.sort));
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

#[cfg(test)]
mod tests {
    use super::*;

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
                (Field::Year, "2015".into()),
            ],
            sort: Sort::Newest,
            ..State::default()
        });
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
    fn bad_values_are_dropped() {
        let s = parse("?doc=a.txt&p=x&sort=sideways&colour=red&place=");
        assert_eq!(s.doc.as_deref(), Some("a.txt"));
        assert_eq!(s.passage, None);
        assert_eq!(s.sort, Sort::Relevance);
        assert!(s.filters.is_empty());
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
}
