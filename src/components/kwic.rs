//! Keyword-in-context lines, aligned on the keyword: each line opens the reader at its passage.

use std::rc::Rc;

use corpus::views::Kwic;
use yew::prelude::*;

use crate::components::link::Link;
use crate::explorer::use_explorer;

#[derive(Properties, PartialEq)]
pub struct KwicLinesProps {
    pub lines: Rc<Vec<Kwic>>,
    /// Name of the list, for screen readers.
    pub label: AttrValue,
    /// Show each line's document title.
    #[prop_or(true)]
    pub titles: bool,
}

#[function_component]
pub fn KwicLines(props: &KwicLinesProps) -> Html {
    let explorer = use_explorer();
    let corpus = explorer.corpus;
    html! {
        <ol class="kwic" aria-label={props.label.clone()}>
            { for props.lines.iter().map(|k| {
                let (left, keyword, right) = k.texts(corpus);
                let doc = &corpus.docs[k.doc as usize];
                html! {
                    <li>
                        <Link class="kwic-line" to={explorer.passage_action(k.passage)}>
                            <span class="left"><span>{ left }</span></span>
                            <mark class="kw">{ keyword }</mark>
                            <span class="right">{ right }</span>
                        </Link>
                        if props.titles { <span class="where">{ &doc.title }</span> }
                    </li>
                }
            }) }
        </ol>
    }
}
