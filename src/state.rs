//! The UI state and its reducer: every change the reader makes is an [`Action`].

use std::rc::Rc;

use yew::Reducible;

/// What the reader is looking at. Everything here round-trips through the URL ([`crate::route`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct State {
    /// The search box, as typed.
    pub query: String,
    /// The document open in the reader, by id.
    pub doc: Option<String>,
    /// The passage of that document to scroll to (index within the document).
    pub passage: Option<u32>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// The search box changed.
    Search(String),
    /// Open a document, optionally at a passage.
    OpenDocument { doc: String, passage: Option<u32> },
    /// Back from the reader to the results.
    CloseDocument,
    /// Replace the whole state (the URL changed under us: back/forward).
    Restore(State),
}

impl State {
    pub fn apply(&self, action: Action) -> State {
        match action {
            Action::Search(query) => State {
                query,
                ..self.clone()
            },
            Action::OpenDocument { doc, passage } => State {
                doc: Some(doc),
                passage,
                ..self.clone()
            },
            Action::CloseDocument => State {
                doc: None,
                passage: None,
                ..self.clone()
            },
            Action::Restore(state) => state,
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.apply(action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn search_keeps_open_document() {
        let s = State {
            doc: Some("a.txt".into()),
            ..State::default()
        };
        let next = s.apply(Action::Search("trade".into()));
        assert_eq!(next.query, "trade");
        assert_eq!(next.doc.as_deref(), Some("a.txt"));
    }

    #[test]
    fn open_and_close_document() {
        let s = State::default().apply(Action::OpenDocument {
            doc: "a.txt".into(),
            passage: Some(3),
        });
        assert_eq!(s.passage, Some(3));
        let s = s.apply(Action::CloseDocument);
        assert_eq!(s.doc, None);
        assert_eq!(s.passage, None);
    }

    #[test]
    fn unchanged_state_is_the_same_rc() {
        let s = Rc::new(State {
            query: "x".into(),
            ..State::default()
        });
        let next = s.clone().reduce(Action::Search("x".into()));
        assert!(Rc::ptr_eq(&s, &next));
    }

    #[test]
    fn restore_replaces_everything() {
        let target = State {
            query: "q".into(),
            doc: Some("d".into()),
            passage: Some(1),
        };
        assert_eq!(
            State::default().apply(Action::Restore(target.clone())),
            target
        );
    }
}
