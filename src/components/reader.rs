//! A document as the reader sees it: title, metadata, headings and passages, scrolled to the
//! passage a result pointed at.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::use_explorer;

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    pub doc: u32,
    /// Passage index within the document to bring into view.
    pub passage: Option<u32>,
}

#[function_component]
pub fn Reader(props: &ReaderProps) -> Html {
    let explorer = use_explorer();
    let corpus = explorer.corpus;
    let doc = &corpus.docs[props.doc as usize];

    {
        let target = props.passage.map(|p| format!("p{p}"));
        use_effect_with((props.doc, props.passage), move |_| {
            let document = web_sys::window().and_then(|w| w.document());
            if let Some(document) = document {
                let el = match &target {
                    Some(id) => document.get_element_by_id(id),
                    None => document.get_element_by_id("reader-title"),
                };
                if let Some(el) = el {
                    el.scroll_into_view();
                    if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                        let _ = el.focus();
                    }
                }
            }
        });
    }

    let back = {
        let explorer = explorer.clone();
        Callback::from(move |_| explorer.close_document())
    };
    let onkeydown = {
        let explorer = explorer.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                explorer.close_document();
            }
        })
    };
    let sections = &corpus.sections[doc.sections.start as usize..doc.sections.end as usize];
    html! {
        <article class="reader" lang={doc.lang.clone()} {onkeydown}>
            <button class="back" onclick={back}>{ "← Back" }</button>
            <h1 id="reader-title" tabindex="-1">{ &doc.title }</h1>
            <p class="meta">
                <span class="id">{ &doc.id }</span>
                if let Some(date) = &doc.date { { " · " }<time datetime={date.clone()}>{ date }</time> }
                { " · " }{ &doc.lang }
                if let Some(src) = &doc.source { { " · source: " }<span class="source">{ src }</span> }
            </p>
            { for sections.iter().map(|s| html! {
                <section>
                    if let Some(h) = s.heading {
                        <h2>{ &doc.text[h.range()] }</h2>
                    }
                    { for (s.passages.start..s.passages.end).map(|p| {
                        let within = p - doc.passages.start;
                        let current = props.passage == Some(within);
                        html! {
                            <p id={format!("p{within}")} class={classes!("passage", current.then_some("current"))} tabindex="-1">
                                { corpus.passage_text(p) }
                            </p>
                        }
                    }) }
                </section>
            }) }
        </article>
    }
}
