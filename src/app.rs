//! The top of the app: loads the corpus, owns the state, keeps it in step with the URL.

use std::rc::Rc;

use corpus::query::Engine;
use corpus::Corpus;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::overview::Overview;
use crate::components::reader::Reader;
use crate::components::search_box::SearchBox;
use crate::components::search_view::SearchView;
use crate::state::{Action, Field, Sort, State};
use crate::{bundle, route};

/// Mounts the app on `#app`, replacing the static loading notice.
pub fn mount() {
    console_error_panic_hook::set_once();
    let document = web_sys::window().and_then(|w| w.document());
    let root = document.as_ref().and_then(|d| {
        d.get_element_by_id("app")
            .or_else(|| d.body().map(Into::into))
    });
    let Some(root) = root else {
        web_sys::console::error_1(&"the explorer needs a page with an #app element".into());
        return;
    };
    while let Some(child) = root.first_child() {
        let _ = root.remove_child(&child);
    }
    yew::Renderer::<App>::with_root(root).render();
}

/// What every component can reach: the corpus, its search engine and the state.
#[derive(Clone)]
pub struct Explorer {
    pub corpus: &'static Corpus,
    pub engine: Rc<Engine<'static>>,
    pub state: UseReducerHandle<State>,
}

impl PartialEq for Explorer {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.corpus, other.corpus) && self.state == other.state
    }
}

impl Explorer {
    pub fn search(&self, query: String) {
        self.state.dispatch(Action::Search(query));
    }

    pub fn toggle_filter(&self, field: Field, value: String) {
        self.state.dispatch(Action::ToggleFilter(field, value));
    }

    pub fn clear_filters(&self) {
        self.state.dispatch(Action::ClearFilters);
    }

    pub fn set_sort(&self, sort: Sort) {
        self.state.dispatch(Action::SetSort(sort));
    }

    pub fn open_document(&self, doc: String, passage: Option<u32>) {
        self.state.dispatch(Action::OpenDocument { doc, passage });
    }

    pub fn close_document(&self) {
        self.state.dispatch(Action::CloseDocument);
    }
}

/// The explorer's context, from any component under [`App`].
#[hook]
pub fn use_explorer() -> Explorer {
    use_context::<Explorer>().expect("components are rendered inside App")
}

#[function_component]
fn App() -> Html {
    match bundle::corpus() {
        Ok(corpus) => html! { <Loaded corpus={CorpusRef(corpus)} /> },
        Err(e) => html! {
            <div class="page">
                <div class="notice error" role="alert">
                    <h1>{ "The corpus could not be loaded" }</h1>
                    <p>{ e.to_string() }</p>
                </div>
            </div>
        },
    }
}

#[derive(Clone, Copy)]
struct CorpusRef(&'static Corpus);

impl PartialEq for CorpusRef {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

#[derive(Properties, PartialEq)]
struct LoadedProps {
    corpus: CorpusRef,
}

/// When the warm-up search runs after the first render.
const WARM_UP_DELAY_MS: i32 = 50;

/// How long the reader must pause before the address bar follows what they type.
const URL_DELAY_MS: i32 = 250;

fn current_search() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

#[function_component]
fn Loaded(props: &LoadedProps) -> Html {
    let corpus = props.corpus.0;
    let engine = use_memo((), move |_| Engine::new(corpus));
    let state = use_reducer(|| route::parse(&current_search()));

    // State → URL. Opening or closing a document is a new history entry, at once; typing and
    // filtering replace the entry once the reader pauses (Chromium's `replaceState` costs a few
    // milliseconds, too much for every keystroke).
    {
        let previous_doc = use_mut_ref(|| state.doc.clone());
        let pending = use_mut_ref(|| None::<(i32, Closure<dyn FnMut()>)>);
        use_effect_with((*state).clone(), move |state| {
            let window = web_sys::window().expect("a browser window");
            if let Some((id, _)) = pending.borrow_mut().take() {
                window.clear_timeout_with_handle(id);
            }
            let url = route::format(state);
            if url != current_search() {
                let target = if url.is_empty() { location_path() } else { url };
                let new_entry = *previous_doc.borrow() != state.doc;
                if new_entry {
                    if let Ok(history) = window.history() {
                        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&target));
                    }
                } else {
                    let replace = Closure::<dyn FnMut()>::new(move || {
                        if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
                            let _ =
                                history.replace_state_with_url(&JsValue::NULL, "", Some(&target));
                        }
                    });
                    if let Ok(id) = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                        replace.as_ref().unchecked_ref(),
                        URL_DELAY_MS,
                    ) {
                        *pending.borrow_mut() = Some((id, replace));
                    }
                }
            }
            *previous_doc.borrow_mut() = state.doc.clone();
        });
    }

    // Once the first view is on screen, one throwaway search while the reader reads: the
    // browser compiles WebAssembly with a quick baseline compiler first and optimises the
    // functions that run, so without this the reader's first query pays for it (two to three
    // times slower than the next).
    {
        let engine = engine.clone();
        use_effect_with((), move |_| {
            let warm = Closure::once_into_js(move || {
                // The first words of the corpus: whatever the language, a real query.
                let words: Vec<&str> = if corpus.passages.is_empty() {
                    Vec::new()
                } else {
                    corpus.passage_text(0).split_whitespace().take(2).collect()
                };
                let request = corpus::query::SearchRequest::new(words.join(" "))
                    .limit(crate::components::search_view::PAGE)
                    .typing(true);
                let _ = engine.search(&request);
                let _ = engine.suggest(words.first().copied().unwrap_or("a"), 8);
            });
            if let Some(window) = web_sys::window() {
                let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                    warm.unchecked_ref(),
                    WARM_UP_DELAY_MS,
                );
            }
        });
    }

    // URL → state, on back and forward.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let window = web_sys::window().expect("a browser window");
            let handler = Closure::<dyn Fn(web_sys::Event)>::new(move |_: web_sys::Event| {
                state.dispatch(Action::Restore(route::parse(&current_search())));
            });
            let _ = window
                .add_event_listener_with_callback("popstate", handler.as_ref().unchecked_ref());
            move || {
                let _ = window.remove_event_listener_with_callback(
                    "popstate",
                    handler.as_ref().unchecked_ref(),
                );
            }
        });
    }

    let explorer = Explorer {
        corpus,
        engine: engine.clone(),
        state: state.clone(),
    };
    let body = if let Some(doc) = state
        .doc
        .as_ref()
        .and_then(|id| corpus.docs.iter().position(|d| &d.id == id))
    {
        html! { <Reader doc={doc as u32} passage={state.passage} /> }
    } else if state.is_searching() {
        html! { <SearchView /> }
    } else {
        html! { <Overview /> }
    };
    html! {
        <ContextProvider<Explorer> context={explorer}>
            <div class="page">
                <header class="top">
                    <a class="brand" href="?" onclick={
                        let state = state.clone();
                        Callback::from(move |e: MouseEvent| {
                            e.prevent_default();
                            state.dispatch(Action::Restore(State::default()));
                        })
                    }>{ "Corpus explorer" }</a>
                    <span class="corpus-name">{ &corpus.name }</span>
                </header>
                <SearchBox />
                <main id="main">{ body }</main>
            </div>
        </ContextProvider<Explorer>>
    }
}

fn location_path() -> String {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_else(|| "./".into())
}
