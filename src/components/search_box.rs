//! The search box: results follow as one types; `/` focuses it from anywhere, Escape clears it.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, KeyboardEvent};
use yew::prelude::*;

use crate::app::use_explorer;

#[function_component]
pub fn SearchBox() -> Html {
    let explorer = use_explorer();
    let input = use_node_ref();

    {
        let input = input.clone();
        use_effect_with((), move |_| {
            let document = web_sys::window()
                .and_then(|w| w.document())
                .expect("a browser page");
            let handler = Closure::<dyn Fn(KeyboardEvent)>::new(move |e: KeyboardEvent| {
                if e.key() != "/" || e.ctrl_key() || e.meta_key() || e.alt_key() {
                    return;
                }
                let typing = e
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                    .is_some_and(|el| {
                        matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                    });
                if typing {
                    return;
                }
                if let Some(el) = input.cast::<HtmlInputElement>() {
                    e.prevent_default();
                    let _ = el.focus();
                    el.select();
                }
            });
            let _ = document
                .add_event_listener_with_callback("keydown", handler.as_ref().unchecked_ref());
            move || {
                let _ = document.remove_event_listener_with_callback(
                    "keydown",
                    handler.as_ref().unchecked_ref(),
                );
            }
        });
    }

    let oninput = {
        let explorer = explorer.clone();
        Callback::from(move |e: InputEvent| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            explorer.search(value);
        })
    };
    let onkeydown = {
        let explorer = explorer.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                explorer.search(String::new());
            }
        })
    };
    let onsubmit = Callback::from(|e: SubmitEvent| e.prevent_default());

    html! {
        <form class="search" role="search" {onsubmit}>
            <label for="q" class="visually-hidden">{ "Search the corpus" }</label>
            <input
                id="q"
                ref={input}
                type="search"
                value={explorer.state.query.clone()}
                {oninput}
                {onkeydown}
                placeholder="Search passages, names, places…"
                autocomplete="off"
                spellcheck="false"
                aria-keyshortcuts="/"
            />
            <kbd class="hint" aria-hidden="true">{ "/" }</kbd>
        </form>
    }
}
