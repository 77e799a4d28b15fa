//! Keyword-in-context lines, aligned on the keyword: each line opens the reader at its passage.

use corpus::views::Kwic;
use yew::prelude::*;

use crate::components::link::link;
use crate::explorer::Explorer;

/// The lines as a list named `label`, each with its document's title.
pub fn kwic_lines(explorer: &Explorer, lines: &[Kwic], label: &str) -> Html {
    let corpus = explorer.corpus;
    html! {
        <ol class="kwic" aria-label={label.to_string()}>
            { for lines.iter().map(|k| {
                let doc = &corpus.docs[k.doc as usize];
                if !corpus.doc_ready(k.doc) {
                    // A sharded site still fetching this document's text.
                    return html! {
                        <li aria-busy="true"><span class="loading">{ "Loading…" }</span><span class="where">{ &doc.title }</span></li>
                    };
                }
                let (left, keyword, right) = k.texts(corpus);
                html! {
                    <li>
                        { link(explorer, explorer.passage_action(k.passage), classes!("kwic-line"), html! {
                            <>
                                <span class="left"><span>{ left }</span></span>
                                <mark class="kw">{ keyword }</mark>
                                <span class="right">{ right }</span>
                            </>
                        }) }
                        <span class="where">{ &doc.title }</span>
                    </li>
                }
            }) }
        </ol>
    }
}
