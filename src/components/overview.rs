//! The empty-query view: what the corpus holds, document by document.

use yew::prelude::*;

use crate::app::use_explorer;
use crate::route;
use crate::state::State;

#[function_component]
pub fn Overview() -> Html {
    let explorer = use_explorer();
    let corpus = explorer.corpus;
    let words: u64 = corpus.index.passage_len.iter().map(|&n| n as u64).sum();
    let headings = corpus
        .sections
        .iter()
        .filter(|s| s.heading.is_some())
        .count();
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    html! {
        <section class="overview" aria-labelledby="overview-title">
            <h1 id="overview-title" class="visually-hidden">{ "Corpus overview" }</h1>
            <p class="summary">
                { plural(corpus.docs.len(), "document", "documents") }{ " · " }
                { plural(headings, "section", "sections") }{ " · " }
                { plural(corpus.passages.len(), "passage", "passages") }{ " · " }
                { format!("{words} words") }
            </p>
            <p class="tip">{ "Type to search; press " }<kbd>{ "/" }</kbd>{ " to jump to the search box." }</p>
            <ul class="docs">
                { for corpus.docs.iter().map(|doc| {
                    let href = route::format(&State { doc: Some(doc.id.clone()), ..State::default() });
                    let open = {
                        let explorer = explorer.clone();
                        let id = doc.id.clone();
                        Callback::from(move |e: MouseEvent| {
                            if e.ctrl_key() || e.meta_key() || e.shift_key() || e.button() != 0 {
                                return;
                            }
                            e.prevent_default();
                            explorer.open_document(id.clone(), None);
                        })
                    };
                    let sections = &corpus.sections[doc.sections.start as usize..doc.sections.end as usize];
                    let passages = (doc.passages.end - doc.passages.start) as usize;
                    html! {
                        <li class="doc">
                            <a class="doc-title" href={href} onclick={open}>{ &doc.title }</a>
                            <p class="meta">
                                <span class="id">{ &doc.id }</span>
                                if let Some(date) = &doc.date { { " · " }<time datetime={date.clone()}>{ date }</time> }
                                { " · " }{ &doc.lang }{ " · " }{ plural(passages, "passage", "passages") }
                            </p>
                            if sections.iter().any(|s| s.heading.is_some()) {
                                <ol class="toc">
                                    { for sections.iter().filter_map(|s| s.heading).map(|h| html! {
                                        <li>{ &doc.text[h.range()] }</li>
                                    }) }
                                </ol>
                            }
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}
