//! Ranked passages for the current query, with every match highlighted.

use std::rc::Rc;

use corpus::query::{SearchRequest, SearchResponse};
use yew::prelude::*;

use crate::app::use_explorer;
use crate::components::highlighted::Highlighted;
use crate::route;
use crate::state::State;

/// Results shown at first, and added by each "Show more".
const PAGE: usize = 20;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub query: String,
}

/// Milliseconds since the page started, for timing queries.
fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

#[function_component]
pub fn ResultsView(props: &ResultsProps) -> Html {
    let explorer = use_explorer();
    let limit = use_state(|| PAGE);
    {
        let limit = limit.clone();
        use_effect_with(props.query.clone(), move |_| limit.set(PAGE));
    }
    let outcome = {
        let engine = explorer.engine.clone();
        use_memo((props.query.clone(), *limit), move |(query, limit)| {
            let start = now();
            let results = engine.search(&SearchRequest::new(query.as_str()).limit(*limit));
            (results, now() - start)
        })
    };
    let (results, millis): &(SearchResponse, f64) = &outcome;
    let corpus = explorer.corpus;

    if results.total == 0 {
        return html! {
            <section class="notice empty" aria-live="polite" data-query={props.query.clone()}>
                <h2>{ format!("Nothing matches “{}”", props.query.trim()) }</h2>
                if !results.unknown.is_empty() {
                    <p>{ format!("Not in the corpus: {}.", results.unknown.join(", ")) }</p>
                }
                <p>{ "Check the spelling, try fewer words, or browse the documents below the search box when it is empty." }</p>
            </section>
        };
    }

    let docs: std::collections::BTreeSet<u32> = results
        .hits
        .iter()
        .map(|h| corpus.passages[h.passage as usize].doc)
        .collect();
    let status = format!(
        "{} {} · {:.1} ms",
        results.total,
        if results.total == 1 {
            "passage"
        } else {
            "passages"
        },
        millis
    );
    let more = {
        let limit = limit.clone();
        Callback::from(move |_| limit.set(*limit + PAGE))
    };
    html! {
        <section class="results" aria-label="Search results" data-query={props.query.clone()}>
            <p class="status" role="status" aria-live="polite">
                { status }
                if docs.len() > 1 { { format!(" · top hits from {} documents", docs.len()) } }
            </p>
            if !results.matched_all {
                <p class="notice partial">{ "No passage has every word; these are the best partial matches." }</p>
            }
            if !results.unknown.is_empty() && results.matched_all {
                <p class="notice partial">{ format!("Not in the corpus: {}.", results.unknown.join(", ")) }</p>
            }
            <ol class="hits">
                { for results.hits.iter().map(|hit| {
                    let p = &corpus.passages[hit.passage as usize];
                    let doc = &corpus.docs[p.doc as usize];
                    let within = hit.passage - doc.passages.start;
                    let href = route::format(&State {
                        query: props.query.clone(),
                        filters: explorer.state.filters.clone(),
                        sort: explorer.state.sort,
                        doc: Some(doc.id.clone()),
                        passage: Some(within),
                    });
                    let open = {
                        let explorer = explorer.clone();
                        let id = doc.id.clone();
                        Callback::from(move |e: MouseEvent| {
                            if e.ctrl_key() || e.meta_key() || e.shift_key() || e.button() != 0 {
                                return;
                            }
                            e.prevent_default();
                            explorer.open_document(id.clone(), Some(within));
                        })
                    };
                    html! {
                        <li class="hit">
                            <article>
                                <header>
                                    <a class="doc-title" href={href} onclick={open}>{ &doc.title }</a>
                                    if let Some(h) = corpus.heading_of(hit.passage) {
                                        <span class="section">{ h }</span>
                                    }
                                </header>
                                <p class="passage" lang={doc.lang.clone()}>
                                    <Highlighted
                                        text={AttrValue::Static(corpus.passage_text(hit.passage))}
                                        ranges={Rc::new(hit.highlights.clone())}
                                    />
                                </p>
                            </article>
                        </li>
                    }
                }) }
            </ol>
            if results.total > results.hits.len() {
                <button class="more" onclick={more}>
                    { format!("Show more ({} of {})", results.hits.len(), results.total) }
                </button>
            }
        </section>
    }
}
