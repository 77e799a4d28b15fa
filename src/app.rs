//! The top of the app: loads the corpus, owns the state and the notes, keeps the state in step
//! with the URL and the notes with local storage, and lays out the page.

use std::rc::Rc;

use corpus::query::Engine;
use corpus::views::Views;
use corpus::Corpus;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::entity_page::EntityPage;
use crate::components::nav::nav;
use crate::components::reader::Reader;
use crate::components::search_box::SearchBox;
use crate::components::views::view_body;
use crate::explorer::Explorer;
use crate::notes::{self, Notes, NotesAction};
use crate::state::{Action, Page, State, View};
use crate::{bundle, chunks, route};

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

fn window() -> web_sys::Window {
    web_sys::window().expect("a browser window")
}

/// Listens to `event` on `target` for the life of the component.
fn listen<E: JsCast + 'static>(
    target: web_sys::EventTarget,
    event: &'static str,
    handler: impl Fn(E) + 'static,
) -> impl FnOnce() {
    let closure = Closure::<dyn Fn(web_sys::Event)>::new(move |e: web_sys::Event| {
        if let Ok(e) = e.dyn_into::<E>() {
            handler(e);
        }
    });
    let _ = target.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
    move || {
        let _ = target.remove_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
    }
}

/// Whether a key event comes from a place where keys type text.
fn typing_in(e: &web_sys::KeyboardEvent) -> bool {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"))
}

#[function_component]
fn Loaded(props: &LoadedProps) -> Html {
    let corpus = props.corpus.0;
    let engine = use_memo((), move |_| {
        Engine::with_stemmers(corpus, crate::stemmers::create)
    });
    let views = use_memo((), move |_| Views::new(corpus));
    let state = {
        let views = views.clone();
        use_reducer(move || route::resolve(route::parse(&current_search()), &views))
    };
    let identity = {
        let views = views.clone();
        use_memo((), move |_| views.identity().key.clone())
    };
    let shared_names = use_memo((), move |_| crate::explorer::shared_names(corpus));
    let cache = use_memo((), |_| crate::explorer::Cache::default());
    let notes = {
        let identity = identity.clone();
        use_reducer(move || Notes::from_list(notes::browser::load(&identity)))
    };
    let storage_error = use_state(|| None::<String>);

    // A sharded site: fetch what the renders read that is not loaded, and render again as it
    // arrives.
    let chunk_status = use_state(|| Rc::new(chunks::Status::default()));
    {
        let chunk_status = chunk_status.clone();
        let views = views.clone();
        use_effect_with((), move |_| {
            let id = views.identity();
            chunks::start(
                (&id.key, &id.content),
                Callback::from(move |s| chunk_status.set(s)),
            );
        });
    }

    // State → URL. A new place (a view, an entity, a document, a bucket) is a new history
    // entry, at once; typing and filtering replace the entry once the reader pauses (Chromium's
    // `replaceState` costs a few milliseconds, too much for every keystroke).
    {
        let previous = use_mut_ref(|| (*state).clone());
        let pending = use_mut_ref(|| None::<(i32, Closure<dyn FnMut()>)>);
        use_effect_with((*state).clone(), move |state| {
            let window = window();
            if let Some((id, _)) = pending.borrow_mut().take() {
                window.clear_timeout_with_handle(id);
            }
            let url = route::format(state);
            if url != current_search() {
                let target = if url.is_empty() { location_path() } else { url };
                if previous.borrow().is_new_place(state) {
                    if let Ok(history) = window.history() {
                        // The entry being left first takes the URL of what it showed (typing
                        // may not have reached the address bar yet), so Back returns to it.
                        let before = route::format(&previous.borrow());
                        if before != current_search() {
                            let url = if before.is_empty() {
                                location_path()
                            } else {
                                before
                            };
                            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
                        }
                        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&target));
                    }
                } else {
                    let replace = Closure::<dyn FnMut()>::new(move || {
                        if let Ok(history) = self::window().history() {
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
            *previous.borrow_mut() = state.clone();
        });
    }

    // Notes → local storage, on every change.
    {
        let identity = identity.clone();
        let storage_error = storage_error.clone();
        use_effect_with(notes.clone(), move |notes| {
            let result = notes::browser::save(&identity, notes);
            if result.as_ref().err() != storage_error.as_ref() {
                storage_error.set(result.err());
            }
        });
    }

    // Another tab changed the notes: take its version.
    {
        let notes = notes.clone();
        let identity = identity.clone();
        use_effect_with((), move |_| {
            let key = notes::storage_key(&identity);
            listen(
                window().into(),
                "storage",
                move |e: web_sys::StorageEvent| {
                    if e.key().as_deref() == Some(key.as_str()) {
                        let list = e
                            .new_value()
                            .and_then(|text| notes::browser::parse(&text).ok())
                            .map(|f| f.notes)
                            .unwrap_or_default();
                        notes.dispatch(NotesAction::Replace(list));
                    }
                },
            )
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
                // The first words of the corpus: whatever the language, a real query (on a
                // sharded site, which would fetch for it, the suggestions only).
                let words: Vec<&str> = if corpus.passages.is_empty() || bundle::is_sharded() {
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
            let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(
                warm.unchecked_ref(),
                WARM_UP_DELAY_MS,
            );
        });
    }

    // URL → state, on back and forward.
    {
        let state = state.clone();
        let views = views.clone();
        use_effect_with((), move |_| {
            listen(window().into(), "popstate", move |_: web_sys::Event| {
                state.dispatch(Action::Restore(route::resolve(
                    route::parse(&current_search()),
                    &views,
                )));
            })
        });
    }

    // Keys anywhere on the page (outside text fields): `/` the search box, `?` the help,
    // 1–7 the views, Escape back from a document or an entity page.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let document = window().document().expect("a browser page");
            let doc = document.clone();
            listen(
                document.into(),
                "keydown",
                move |e: web_sys::KeyboardEvent| {
                    if e.ctrl_key() || e.meta_key() || e.alt_key() || e.default_prevented() {
                        return;
                    }
                    let key = e.key();
                    if key == "Escape" {
                        match state.page() {
                            Page::Document(_) => state.dispatch(Action::CloseDocument),
                            Page::Entity(_) => state.dispatch(Action::CloseEntity),
                            Page::View(_) => {}
                        }
                        return;
                    }
                    if typing_in(&e) {
                        return;
                    }
                    let focus = |id: &str| {
                        if let Some(el) = doc
                            .get_element_by_id(id)
                            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
                        {
                            e.prevent_default();
                            let _ = el.focus();
                            if let Ok(input) = el.clone().dyn_into::<web_sys::HtmlInputElement>() {
                                input.select();
                            } else {
                                el.click();
                            }
                        }
                    };
                    match key.as_str() {
                        "/" => focus("q"),
                        "?" => focus("help-button"),
                        digit => {
                            if let Some(view) = digit
                                .parse::<usize>()
                                .ok()
                                .and_then(|d| d.checked_sub(1))
                                .and_then(|i| View::ALL.get(i))
                            {
                                e.prevent_default();
                                state.dispatch(Action::ShowView(*view));
                            }
                        }
                    }
                },
            )
        });
    }

    let explorer = Explorer {
        corpus,
        engine: engine.clone(),
        views: views.clone(),
        state: state.clone(),
        notes: notes.clone(),
        shared_names,
        cache: cache.clone(),
        chunks: (*chunk_status).clone(),
    };
    let body = match state.page() {
        Page::Document(id) => match corpus.docs.iter().position(|d| d.id == id) {
            Some(doc) => html! { <Reader doc={doc as u32} passage={state.passage} /> },
            None => view_body(&explorer, state.view),
        },
        Page::Entity(_) => html! { <EntityPage /> },
        Page::View(view) => view_body(&explorer, view),
    };
    let dismiss = {
        let state = state.clone();
        Callback::from(move |_| {
            let mut next = (*state).clone();
            next.notice = None;
            state.dispatch(Action::Restore(next));
        })
    };
    html! {
        <ContextProvider<Explorer> context={explorer.clone()}>
            <div class="page">
                <header class="top">
                    <a class="skip" href="#main">{ "Skip to the content" }</a>
                    <a class="brand" href="?" onclick={
                        let state = state.clone();
                        Callback::from(move |e: MouseEvent| {
                            e.prevent_default();
                            state.dispatch(Action::Restore(State::default()));
                        })
                    }>{ "Corpus explorer" }</a>
                    <span class="corpus-name">{ &corpus.name }</span>
                </header>
                { nav(&explorer) }
                <SearchBox />
                <main id="main" tabindex="-1">
                    if let Some(notice) = &state.notice {
                        <div class="notice partial link-notice" role="status">
                            <p>{ notice }</p>
                            <button type="button" class="link" onclick={dismiss}>{ "Dismiss" }</button>
                        </div>
                    }
                    { chunk_notice(&chunk_status) }
                    if let Some(problem) = &*storage_error {
                        <p class="notice error" role="alert">{ format!("Notes could not be saved: {problem}.") }</p>
                    }
                    { body }
                </main>
            </div>
        </ContextProvider<Explorer>>
    }
}

/// On a sharded site: what is being loaded, and what could not be, with a retry.
fn chunk_notice(status: &chunks::Status) -> Html {
    if !status.failed.is_empty() {
        let retry = Callback::from(|_: MouseEvent| chunks::retry());
        let (file, reason) = &status.failed[0];
        let more = status.failed.len() - 1;
        return html! {
            <div class="notice error chunk-error" role="alert">
                <p>
                    { "Part of the corpus could not be loaded, so what is shown may be incomplete: " }
                    { reason.strip_prefix(&format!("{file}: ")).unwrap_or(reason) }
                    { format!(" ({file}") }
                    if more > 0 { { format!(", and {more} more") } }
                    { ")." }
                </p>
                <button type="button" onclick={retry}>{ "Retry" }</button>
            </div>
        };
    }
    html! {
        <p class="chunk-status" role="status" aria-live="polite">
            if status.loading() {
                { format!("Loading {} …", chunks_label(status.pending)) }
            }
        </p>
    }
}

fn chunks_label(n: usize) -> String {
    if n == 1 {
        "1 part of the corpus".into()
    } else {
        format!("{n} parts of the corpus")
    }
}

fn location_path() -> String {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_else(|| "./".into())
}
