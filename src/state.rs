//! The UI state and its reducer: every change the reader makes is an [`Action`].

use std::rc::Rc;

use yew::Reducible;

/// A facet the reader can filter by; the names are those of the query language's fields.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
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

    /// The key in URLs and in the query language (`person:`).
    pub fn key(self) -> &'static str {
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

    pub fn from_key(key: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.key() == key)
    }
}

/// How results are ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    #[default]
    Relevance,
    /// Newest document first.
    Date,
    /// Documents in corpus order, passages in reading order.
    Document,
}

impl Sort {
    pub fn key(self) -> &'static str {
        match self {
            Sort::Relevance => "relevance",
            Sort::Date => "date",
            Sort::Document => "document",
        }
    }

    pub fn from_key(key: &str) -> Option<Sort> {
        [Sort::Relevance, Sort::Date, Sort::Document]
            .into_iter()
            .find(|s| s.key() == key)
    }
}

/// What the reader is looking at. Everything here round-trips through the URL ([`crate::route`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct State {
    /// The search box, as typed.
    pub query: String,
    /// Selected facet values, sorted and without duplicates. Values of one field combine with
    /// OR, fields with AND.
    pub filters: Vec<(Field, String)>,
    pub sort: Sort,
    /// The document open in the reader, by id.
    pub doc: Option<String>,
    /// The passage of that document to scroll to (index within the document).
    pub passage: Option<u32>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    /// The search box changed.
    Search(String),
    /// Select a facet value, or unselect it if selected.
    ToggleFilter(Field, String),
    /// Unselect every facet value.
    ClearFilters,
    SetSort(Sort),
    /// Open a document, optionally at a passage.
    OpenDocument {
        doc: String,
        passage: Option<u32>,
    },
    /// Back from the reader to the results.
    CloseDocument,
    /// Replace the whole state (the URL changed under us: back/forward).
    Restore(State),
}

impl State {
    pub fn apply(&self, action: Action) -> State {
        let mut next = self.clone();
        match action {
            Action::Search(query) => next.query = query,
            Action::ToggleFilter(field, value) => {
                let item = (field, value);
                match next.filters.binary_search(&item) {
                    Ok(i) => {
                        next.filters.remove(i);
                    }
                    Err(i) => next.filters.insert(i, item),
                }
            }
            Action::ClearFilters => next.filters.clear(),
            Action::SetSort(sort) => next.sort = sort,
            Action::OpenDocument { doc, passage } => {
                next.doc = Some(doc);
                next.passage = passage;
            }
            Action::CloseDocument => {
                next.doc = None;
                next.passage = None;
            }
            Action::Restore(state) => next = state,
        }
        next
    }

    /// Whether anything is asked of the corpus: a query or a filter.
    pub fn is_searching(&self) -> bool {
        !self.query.trim().is_empty() || !self.filters.is_empty()
    }

    /// The selected values of one field.
    pub fn selected(&self, field: Field) -> impl Iterator<Item = &str> {
        self.filters
            .iter()
            .filter(move |(f, _)| *f == field)
            .map(|(_, v)| v.as_str())
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
    fn toggling_a_filter_twice_removes_it() {
        let s = State::default().apply(Action::ToggleFilter(Field::Place, "Baku".into()));
        assert_eq!(s.filters, [(Field::Place, "Baku".to_string())]);
        assert!(s.is_searching());
        let s = s.apply(Action::ToggleFilter(Field::Place, "Baku".into()));
        assert!(s.filters.is_empty());
    }

    #[test]
    fn filters_stay_sorted_and_unique() {
        let s = State::default()
            .apply(Action::ToggleFilter(Field::Year, "2015".into()))
            .apply(Action::ToggleFilter(Field::Person, "B".into()))
            .apply(Action::ToggleFilter(Field::Person, "A".into()));
        assert_eq!(
            s.filters,
            [
                (Field::Person, "A".to_string()),
                (Field::Person, "B".to_string()),
                (Field::Year, "2015".to_string())
            ]
        );
        assert_eq!(s.selected(Field::Person).collect::<Vec<_>>(), ["A", "B"]);
        assert!(s.apply(Action::ClearFilters).filters.is_empty());
    }

    #[test]
    fn sort_is_set() {
        assert_eq!(
            State::default().apply(Action::SetSort(Sort::Date)).sort,
            Sort::Date
        );
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
            ..State::default()
        };
        assert_eq!(
            State::default().apply(Action::Restore(target.clone())),
            target
        );
    }

    #[test]
    fn field_keys_round_trip() {
        for f in Field::ALL {
            assert_eq!(Field::from_key(f.key()), Some(f));
        }
        assert_eq!(Field::from_key("colour"), None);
    }
}
