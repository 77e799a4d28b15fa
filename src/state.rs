//! The UI state and its reducer: every change the reader makes is an [`Action`].

use std::rc::Rc;

use yew::Reducible;

pub use corpus::model::EntityKind;
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

/// The URL key of an entity kind (`kind=person`).
pub fn kind_key(kind: EntityKind) -> &'static str {
    kind.name()
}

/// The entity kind of a URL key; the facet names (`org`) and British spelling are taken too.
pub fn kind_from_key(key: &str) -> Option<EntityKind> {
    match key.to_ascii_lowercase().as_str() {
        "person" | "people" => Some(EntityKind::Person),
        "organization" | "organisation" | "org" => Some(EntityKind::Organization),
        "place" | "location" => Some(EntityKind::Place),
        _ => None,
    }
}

/// How a kind reads in the page.
pub fn kind_label(kind: EntityKind) -> &'static str {
    match kind {
        EntityKind::Person => "person",
        EntityKind::Organization => "organisation",
        EntityKind::Place => "place",
    }
}

/// The sides of the corpus one can look at. The search (with the overview when nothing is
/// asked) is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum View {
    #[default]
    Search,
    Timeline,
    Network,
    Concordance,
    Figures,
    Words,
    Notes,
}

impl View {
    pub const ALL: [View; 7] = [
        View::Search,
        View::Timeline,
        View::Network,
        View::Concordance,
        View::Figures,
        View::Words,
        View::Notes,
    ];

    /// The URL key (`view=timeline`).
    pub fn key(self) -> &'static str {
        match self {
            View::Search => "search",
            View::Timeline => "timeline",
            View::Network => "network",
            View::Concordance => "concordance",
            View::Figures => "figures",
            View::Words => "words",
            View::Notes => "notes",
        }
    }

    /// The name of its navigation link and heading.
    pub fn label(self) -> &'static str {
        match self {
            View::Search => "Search",
            View::Timeline => "Timeline",
            View::Network => "Network",
            View::Concordance => "Concordance",
            View::Figures => "Figures",
            View::Words => "Words",
            View::Notes => "Notes",
        }
    }

    /// A view of a URL key; a few obvious other names are taken too.
    pub fn from_key(key: &str) -> Option<View> {
        let key = key.trim().to_ascii_lowercase();
        View::ALL
            .into_iter()
            .find(|v| v.key() == key)
            .or(match key.as_str() {
                "" | "results" | "overview" => Some(View::Search),
                "kwic" => Some(View::Concordance),
                "graph" => Some(View::Network),
                "money" | "numbers" => Some(View::Figures),
                "bookmarks" => Some(View::Notes),
                _ => None,
            })
    }

    /// Whether the view has a detail that belongs in the URL with it.
    fn keeps(self, detail: Detail) -> bool {
        matches!(
            (self, detail),
            (View::Timeline, Detail::Bucket)
                | (View::Concordance, Detail::Order)
                | (View::Words, Detail::Word)
        )
    }
}

#[derive(Clone, Copy)]
enum Detail {
    Bucket,
    Order,
    Word,
}

/// The order of concordance lines.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LineOrder {
    /// As the lines come in the corpus.
    #[default]
    Corpus,
    /// By the words before the keyword, nearest first.
    Left,
    /// By the words after the keyword.
    Right,
    /// By the keyword as written, then the words after it.
    Keyword,
}

impl LineOrder {
    pub fn key(self) -> &'static str {
        match self {
            LineOrder::Corpus => "corpus",
            LineOrder::Left => "left",
            LineOrder::Right => "right",
            LineOrder::Keyword => "keyword",
        }
    }

    pub fn from_key(key: &str) -> Option<LineOrder> {
        [
            LineOrder::Corpus,
            LineOrder::Left,
            LineOrder::Right,
            LineOrder::Keyword,
        ]
        .into_iter()
        .find(|o| o.key() == key)
    }
}

/// An entity page asked for by name (as `corpus entities` prints it) and, where two share a
/// name, its kind.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct EntityRef {
    pub name: String,
    pub kind: Option<EntityKind>,
}

/// What the reader is looking at. Everything but the notice round-trips through the URL
/// ([`crate::route`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct State {
    /// The search box, as typed.
    pub query: String,
    /// Selected facet values, sorted and without duplicates. Values of one field combine with
    /// OR, fields with AND.
    pub filters: Vec<(Field, String)>,
    pub sort: Sort,
    /// The side of the corpus shown (under an entity page or a document, when one is open).
    pub view: View,
    /// The entity page open, over the view.
    pub entity: Option<EntityRef>,
    /// The document open in the reader, by id, over the entity page and the view.
    pub doc: Option<String>,
    /// The passage of that document to scroll to (index within the document).
    pub passage: Option<u32>,
    /// Timeline: the opened bucket (`2024`, `2024-05` or `2024-05-17`).
    pub bucket: Option<String>,
    /// Concordance: the order of the lines.
    pub order: LineOrder,
    /// Words: the word whose frequency over time is drawn.
    pub word: Option<String>,
    /// Something the page must say about the link it was opened with (an unknown view, a name
    /// not in the corpus). Not part of the URL; the next action clears it.
    pub notice: Option<String>,
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
    /// Go to one of the views, leaving any entity page or document.
    ShowView(View),
    /// Open an entity's page, leaving any document.
    OpenEntity(EntityRef),
    /// Back from an entity page to the view.
    CloseEntity,
    /// Open a document, optionally at a passage.
    OpenDocument {
        doc: String,
        passage: Option<u32>,
    },
    /// Back from the reader to what was under it.
    CloseDocument,
    /// Open (or, with `None`, close) a timeline bucket.
    SetBucket(Option<String>),
    SetOrder(LineOrder),
    /// Draw a word's frequency over time in the Words view.
    SetWord(Option<String>),
    /// Replace the whole state (the URL changed under us: back/forward).
    Restore(State),
}

impl State {
    pub fn apply(&self, action: Action) -> State {
        let mut next = self.clone();
        next.notice = None;
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
            Action::ShowView(view) => {
                if view != next.view {
                    next.bucket = None;
                    next.order = LineOrder::default();
                    next.word = None;
                }
                next.view = view;
                next.entity = None;
                next.doc = None;
                next.passage = None;
            }
            Action::OpenEntity(entity) => {
                next.entity = Some(entity);
                next.doc = None;
                next.passage = None;
            }
            Action::CloseEntity => next.entity = None,
            Action::OpenDocument { doc, passage } => {
                next.doc = Some(doc);
                next.passage = passage;
            }
            Action::CloseDocument => {
                next.doc = None;
                next.passage = None;
            }
            Action::SetBucket(bucket) => {
                next.view = View::Timeline;
                next.bucket = bucket;
            }
            Action::SetOrder(order) => {
                next.view = View::Concordance;
                next.order = order;
            }
            Action::SetWord(word) => {
                next.view = View::Words;
                next.word = word.filter(|w| !w.trim().is_empty());
            }
            Action::Restore(state) => next = state,
        }
        next.drop_foreign_details();
        next
    }

    /// Forgets the details that belong to another view than the one shown.
    pub(crate) fn drop_foreign_details(&mut self) {
        if !self.view.keeps(Detail::Bucket) {
            self.bucket = None;
        }
        if !self.view.keeps(Detail::Order) {
            self.order = LineOrder::default();
        }
        if !self.view.keeps(Detail::Word) {
            self.word = None;
        }
    }

    /// Whether anything is asked of the corpus: a query or a filter.
    pub fn is_searching(&self) -> bool {
        !self.query.trim().is_empty() || !self.filters.is_empty()
    }

    /// What the page shows first: a document, else an entity page, else the view.
    pub fn page(&self) -> Page<'_> {
        if let Some(doc) = &self.doc {
            Page::Document(doc)
        } else if let Some(entity) = &self.entity {
            Page::Entity(entity)
        } else {
            Page::View(self.view)
        }
    }

    /// Whether going from `self` to `next` is a new place, worth its own history entry (Back
    /// returns to it), rather than a refinement of this one (typing, filtering).
    pub fn is_new_place(&self, next: &State) -> bool {
        self.doc != next.doc
            || self.entity != next.entity
            || self.view != next.view
            || self.bucket != next.bucket
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

/// What is shown first: see [`State::page`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page<'s> {
    Document(&'s str),
    Entity(&'s EntityRef),
    View(View),
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

    fn entity(name: &str) -> EntityRef {
        EntityRef {
            name: name.into(),
            kind: None,
        }
    }

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
    fn view_and_kind_keys_round_trip() {
        for v in View::ALL {
            assert_eq!(View::from_key(v.key()), Some(v));
        }
        assert_eq!(View::from_key("Timeline"), Some(View::Timeline));
        assert_eq!(View::from_key("kwic"), Some(View::Concordance));
        assert_eq!(View::from_key("sideways"), None);
        for k in [
            EntityKind::Person,
            EntityKind::Organization,
            EntityKind::Place,
        ] {
            assert_eq!(kind_from_key(kind_key(k)), Some(k));
        }
        assert_eq!(kind_from_key("org"), Some(EntityKind::Organization));
        assert_eq!(kind_from_key("thing"), None);
        for o in [
            LineOrder::Corpus,
            LineOrder::Left,
            LineOrder::Right,
            LineOrder::Keyword,
        ] {
            assert_eq!(LineOrder::from_key(o.key()), Some(o));
        }
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
            view: View::Figures,
            entity: Some(entity("Baku")),
            ..State::default()
        };
        assert_eq!(
            State::default().apply(Action::Restore(target.clone())),
            target
        );
    }

    #[test]
    fn a_view_keeps_the_query_and_filters_and_leaves_entity_and_document() {
        let s = State {
            query: "energy".into(),
            filters: vec![(Field::Place, "Baku".into())],
            entity: Some(entity("Baku")),
            doc: Some("a.txt".into()),
            passage: Some(2),
            ..State::default()
        }
        .apply(Action::ShowView(View::Timeline));
        assert_eq!(s.view, View::Timeline);
        assert_eq!(s.query, "energy");
        assert_eq!(s.filters.len(), 1);
        assert_eq!((s.entity, s.doc, s.passage), (None, None, None));
    }

    #[test]
    fn the_page_is_the_document_over_the_entity_over_the_view() {
        let mut s = State {
            view: View::Network,
            ..State::default()
        };
        assert_eq!(s.page(), Page::View(View::Network));
        s = s.apply(Action::OpenEntity(entity("Baku")));
        assert_eq!(s.page(), Page::Entity(&entity("Baku")));
        s = s.apply(Action::OpenDocument {
            doc: "a.txt".into(),
            passage: None,
        });
        assert_eq!(s.page(), Page::Document("a.txt"));
        // Closing the document returns to the entity page, closing that to the view.
        s = s.apply(Action::CloseDocument);
        assert!(matches!(s.page(), Page::Entity(_)));
        s = s.apply(Action::CloseEntity);
        assert_eq!(s.page(), Page::View(View::Network));
    }

    #[test]
    fn opening_an_entity_leaves_the_document() {
        let s = State {
            doc: Some("a.txt".into()),
            passage: Some(1),
            ..State::default()
        }
        .apply(Action::OpenEntity(entity("Baku")));
        assert_eq!((s.doc, s.passage), (None, None));
    }

    #[test]
    fn view_details_go_with_their_view() {
        let s = State::default().apply(Action::SetBucket(Some("2024".into())));
        assert_eq!(s.view, View::Timeline);
        assert_eq!(s.bucket.as_deref(), Some("2024"));
        // Another view forgets the bucket; coming back starts afresh.
        let s = s.apply(Action::ShowView(View::Words));
        assert_eq!(s.bucket, None);
        let s = s.apply(Action::SetWord(Some("gas".into())));
        assert_eq!(s.word.as_deref(), Some("gas"));
        assert_eq!(s.apply(Action::SetWord(Some("  ".into()))).word, None);
        let s = s.apply(Action::SetOrder(LineOrder::Right));
        assert_eq!(
            (s.view, s.order, s.word.as_deref()),
            (View::Concordance, LineOrder::Right, None)
        );
        // The same view again keeps its details.
        assert_eq!(
            s.apply(Action::ShowView(View::Concordance)).order,
            LineOrder::Right
        );
    }

    #[test]
    fn any_action_clears_the_notice() {
        let s = State {
            notice: Some("No view named x".into()),
            ..State::default()
        };
        assert_eq!(s.apply(Action::Search("a".into())).notice, None);
    }

    #[test]
    fn new_places_are_views_entities_documents_and_buckets() {
        let s = State::default();
        assert!(!s.is_new_place(&s.apply(Action::Search("a".into()))));
        assert!(!s.is_new_place(&s.apply(Action::ToggleFilter(Field::Place, "B".into()))));
        assert!(s.is_new_place(&s.apply(Action::ShowView(View::Figures))));
        assert!(s.is_new_place(&s.apply(Action::OpenEntity(entity("B")))));
        assert!(s.is_new_place(&s.apply(Action::SetBucket(Some("2024".into())))));
        assert!(s.is_new_place(&s.apply(Action::OpenDocument {
            doc: "a".into(),
            passage: None
        })));
    }
}
