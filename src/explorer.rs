//! The explorer's context: the corpus, its search engine and the state, with methods that name
//! the reader's intents. Views reach it with [`use_explorer`]; leaf components take props.

use std::cell::RefCell;
use std::rc::Rc;

use corpus::model::FigureKind;
use corpus::query::{Engine, Selection};
use corpus::views::{Concordance, FigureSort, FigureTable, Network, Timeline, Views, WordsView};
use corpus::Corpus;
use yew::prelude::*;

use crate::notes::NotesHandle;
use crate::route;
use crate::state::{Action, EntityKind, EntityRef, Field, LineOrder, Sort, State, View};

/// What every view can reach: the corpus, its search engine, the state and the notes.
#[derive(Clone)]
pub struct Explorer {
    pub corpus: &'static Corpus,
    pub engine: Rc<Engine<'static>>,
    /// The core's view computations over the corpus.
    pub views: Rc<Views<'static>>,
    pub state: UseReducerHandle<State>,
    pub notes: NotesHandle,
    /// Entity names that more than one entity has (a person and a place named Georgia), sorted:
    /// their links carry the kind.
    pub shared_names: Rc<Vec<&'static str>>,
    /// The selection and what the views computed from it, kept while the reader moves between
    /// views: opening a view again over the same query and filters computes nothing.
    pub cache: Rc<Cache>,
    /// On a sharded site, how the fetching of its chunks stands (always empty for one bundle):
    /// what was computed before a chunk arrived is computed again.
    pub chunks: Rc<crate::chunks::Status>,
}

/// The last value computed for a key.
pub struct Memo<K, V>(RefCell<Option<(K, Rc<V>)>>);

impl<K, V> Default for Memo<K, V> {
    fn default() -> Self {
        Memo(RefCell::new(None))
    }
}

impl<K: PartialEq, V> Memo<K, V> {
    /// The value for `key`: the one kept if computed for the same key, else `compute(&key)`.
    pub fn get(&self, key: K, compute: impl FnOnce(&K) -> V) -> Rc<V> {
        if let Some((k, v)) = &*self.0.borrow() {
            if *k == key {
                return v.clone();
            }
        }
        let v = Rc::new(compute(&key));
        *self.0.borrow_mut() = Some((key, v.clone()));
        v
    }
}

/// A shared value compared by address (the key holds it, so the address is not reused).
#[derive(Clone)]
pub struct ByPtr<T>(pub Rc<T>);

impl<T> PartialEq for ByPtr<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// What a selection is computed from: the query, the filters, and (on a sharded site) how many
/// chunks were loaded.
type SelectionKey = (String, Vec<(Field, String)>, usize);

/// What the views computed for the current selection (see [`Explorer::cache`]).
#[derive(Default)]
pub struct Cache {
    selection: Memo<SelectionKey, Selection>,
    pub timeline: Memo<ByPtr<Selection>, Timeline>,
    pub network: Memo<ByPtr<Selection>, Network>,
    pub words: Memo<ByPtr<Selection>, WordsView>,
    pub concordance: Memo<(ByPtr<Selection>, LineOrder), Concordance>,
    /// Keyed by the sort column, descending, the kind shown and the rows shown.
    #[allow(clippy::type_complexity)]
    pub figures: Memo<
        (
            ByPtr<Selection>,
            (FigureSort, bool),
            Option<FigureKind>,
            usize,
        ),
        FigureTable,
    >,
}

/// The names more than one entity of the corpus has, sorted.
pub fn shared_names(corpus: &'static Corpus) -> Vec<&'static str> {
    let mut names: Vec<&'static str> = corpus.entities.iter().map(|e| e.name.as_str()).collect();
    corpus::sort::sort(&mut names);
    let mut shared: Vec<&'static str> = names
        .windows(2)
        .filter(|w| w[0] == w[1])
        .map(|w| w[0])
        .collect();
    shared.dedup();
    shared
}

impl PartialEq for Explorer {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.corpus, other.corpus)
            && self.state == other.state
            && self.chunks == other.chunks
            && self.notes == other.notes
    }
}

impl Explorer {
    pub fn dispatch(&self, action: Action) {
        self.state.dispatch(action);
    }

    pub fn search(&self, query: String) {
        self.dispatch(Action::Search(query));
    }

    pub fn toggle_filter(&self, field: Field, value: String) {
        self.dispatch(Action::ToggleFilter(field, value));
    }

    pub fn clear_filters(&self) {
        self.dispatch(Action::ClearFilters);
    }

    pub fn set_sort(&self, sort: Sort) {
        self.dispatch(Action::SetSort(sort));
    }

    pub fn show_view(&self, view: View) {
        self.dispatch(Action::ShowView(view));
    }

    pub fn open_entity(&self, entity: EntityRef) {
        self.dispatch(Action::OpenEntity(entity));
    }

    pub fn close_entity(&self) {
        self.dispatch(Action::CloseEntity);
    }

    pub fn open_document(&self, doc: String, passage: Option<u32>) {
        self.dispatch(Action::OpenDocument { doc, passage });
    }

    pub fn close_document(&self) {
        self.dispatch(Action::CloseDocument);
    }

    pub fn set_bucket(&self, bucket: Option<String>) {
        self.dispatch(Action::SetBucket(bucket));
    }

    pub fn set_order(&self, order: LineOrder) {
        self.dispatch(Action::SetOrder(order));
    }

    pub fn set_word(&self, word: Option<String>) {
        self.dispatch(Action::SetWord(word));
    }

    /// The link (query string) of the state an action leads to.
    pub fn href(&self, action: &Action) -> String {
        let url = route::format(&self.state.apply(action.clone()));
        if url.is_empty() {
            "?".into()
        } else {
            url
        }
    }

    /// The action that opens the page of the entity of this kind and name; the kind goes into
    /// the link only where another entity has the same name.
    pub fn entity_ref_action(&self, kind: EntityKind, name: &str) -> Action {
        let shared = self.shared_names.binary_search(&name).is_ok();
        Action::OpenEntity(EntityRef {
            name: name.to_string(),
            kind: shared.then_some(kind),
        })
    }

    /// The action that opens an entity's page, by index.
    pub fn entity_action(&self, entity: u32) -> Action {
        let e = &self.corpus.entities[entity as usize];
        self.entity_ref_action(e.kind, &e.name)
    }

    /// The action that opens a passage (by corpus index) in the reader.
    pub fn passage_action(&self, passage: u32) -> Action {
        let p = &self.corpus.passages[passage as usize];
        let doc = &self.corpus.docs[p.doc as usize];
        Action::OpenDocument {
            doc: doc.id.clone(),
            passage: Some(passage - doc.passages.start),
        }
    }
}

/// The passages the current query and filters select (every passage when there are none),
/// computed once per query and filters.
#[hook]
pub fn use_selection() -> Rc<Selection> {
    let explorer = use_explorer();
    let state = &explorer.state;
    explorer.cache.selection.get(
        (
            state.query.clone(),
            state.filters.clone(),
            explorer.chunks.loaded,
        ),
        |_| explorer.engine.select(&state.request(0)),
    )
}

/// The explorer's context, from any component under the app.
#[hook]
pub fn use_explorer() -> Explorer {
    use_context::<Explorer>().expect("components are rendered inside the app")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_memo_computes_again_only_for_a_new_key() {
        let memo: Memo<u32, String> = Memo::default();
        let mut runs = 0;
        let a = memo.get(1, |k| {
            runs += 1;
            format!("one {k}")
        });
        let b = memo.get(1, |_| {
            runs += 1;
            String::new()
        });
        assert!(Rc::ptr_eq(&a, &b));
        let c = memo.get(2, |k| {
            runs += 1;
            format!("two {k}")
        });
        assert_eq!((runs, c.as_str()), (2, "two 2"));
    }

    #[test]
    fn shared_values_are_the_same_key_only_when_they_are_the_same_allocation() {
        let one = Rc::new(vec![1u32]);
        let equal = Rc::new(vec![1u32]);
        assert!(ByPtr(one.clone()) == ByPtr(one.clone()));
        assert!(ByPtr(one) != ByPtr(equal));
    }
}
