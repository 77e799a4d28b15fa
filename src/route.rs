//! URL ⇄ state. The query string carries the state so that a link shares exactly what one sees:
//! `?q=observer+status&doc=a.txt&p=3`.

use crate::state::State;

/// Parses a query string (with or without the leading `?`). Unknown keys are ignored, bad
/// numbers dropped: a hand-edited link still opens.
pub fn parse(search: &str) -> State {
    let mut state = State::default();
    for (key, value) in form_urlencoded::parse(search.trim_start_matches('?').as_bytes()) {
        match key.as_ref() {
            "q" => state.query = value.into_owned(),
            "doc" if !value.is_empty() => state.doc = Some(value.into_owned()),
            "p" => state.passage = value.parse().ok(),
            _ => {}
        }
    }
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
    fn bad_passage_number_is_dropped() {
        let s = parse("?doc=a.txt&p=x");
        assert_eq!(s.doc.as_deref(), Some("a.txt"));
        assert_eq!(s.passage, None);
    }

    #[test]
    fn passage_without_document_is_dropped() {
        assert_eq!(parse("?p=3").passage, None);
    }
}
