//! The UI state and its reducer: every change the reader makes is an [`Action`].

use std::rc::Rc;

use yew::Reducible;

pub use corpus::query::{Field, SearchRequest, Sort};

/// The URL key of a sort order.
pub fn sort_key(sort: Sort) -> &'static str {
    match sort {
        Sort::Relevance => "relevance",
        Sort::Newest => "newest",
        Sort::Oldest => "oldest",
        Sort::Document => "document",
    }
}

/// The sort order of a URL key.
pub fn sort_from_key(key: &str) -> Option<Sort> {
    [Sort::Relevance, Sort::Newest, Sort::Oldest, Sort::Document]
        .into_iter()
        .find(|&s| sort_key(s) == key)
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

    /// The engine request for this state: the query, the selected facet values, the order, and
    /// the first `limit` hits.
    pub fn request(&self, limit: usize) -> SearchRequest {
        let mut request = SearchRequest::new(self.query.clone())
            .limit(limit)
            .sort(self.sort)
            .typing(true);
        for (field, value) in &self.filters {
            request = request.select(field.name(), value.clone());
        }
        request
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
    fn request_carries_query_filters_and_sort() {
        let s = State {
            query: "energy".into(),
            filters: vec![
                (Field::Place, "Baku".into()),
                (Field::Place, "Ufa".into()),
                (Field::Year, "2015".into()),
            ],
            sort: Sort::Oldest,
            ..State::default()
        };
        let r = s.request(40);
        assert_eq!(r.query, "energy");
        assert_eq!(r.limit, 40);
        assert_eq!(r.sort, Sort::Oldest);
        assert!(r.typing, "the search box is searched as one types");
        assert_eq!(r.selections["place"], ["Baku", "Ufa"]);
        assert_eq!(r.selections["year"], ["2015"]);
    }

    #[test]
    fn sort_is_set() {
        assert_eq!(
            State::default().apply(Action::SetSort(Sort::Newest)).sort,
            Sort::Newest
        );
    }

    #[test]
    fn sort_keys_round_trip() {
        for s in [Sort::Relevance, Sort::Newest, Sort::Oldest, Sort::Document] {
            assert_eq!(sort_from_key(sort_key(s)), Some(s));
        }
        assert_eq!(sort_from_key("sideways"), None);
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
}
