//! Keyword-in-context lines, aligned on the keyword: each line opens the reader at its passage.

use corpus::views::Kwic;
use yew::prelude::*;

use crate::components::link::Link;
use crate::explorer::Explorer;

/// The lines as a list named `label`, each with its document's title.
pub fn kwic_lines(explorer: &Explorer, lines: &[Kwic], label: &str) -> Html {
    let corpus = explorer.corpus;
    html! {
        <ol class="kwic" aria-label={label.to_string()}>
            { for lines.iter().map(|k| {
                let (left, keyword, right) = k.texts(corpus);
                let doc = &corpus.docs[k.doc as usize];
                html! {
                    <li>
                        <Link class="kwic-line" to={explorer.passage_action(k.passage)}>
                            <span class="left"><span>{ left }</span></span>
                            <mark class="kw">{ keyword }</mark>
                            <span class="right">{ right }</span>
                        </Link>
                        <span class="where">{ &doc.title }</span>
                    </li>
                }
            }) }
        </ol>
    }
}
