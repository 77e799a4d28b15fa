//! One search result: where it is (document, section, date) and the densest window of its
//! matches, which opens to the whole passage. Off screen a card is light: its title link alone,
//! in a box of about a card's height, until the list's window reaches it (see `results.rs`).

use std::ops::Range;
use std::rc::Rc;

use corpus::query::Hit;
use yew::prelude::*;

use crate::components::entity_chips::entity_chips;
use crate::components::highlighted::Highlighted;
use crate::components::in_app;
use crate::components::note_tools::{excerpt, NoteTools};
use crate::explorer::use_explorer;
use crate::notes::Target;

#[derive(Properties, PartialEq)]
pub struct HitProps {
    pub hit: Hit,
    /// Its place in the list, from 0.
    pub index: usize,
    /// The whole card; else only the title link, the rest drawn when the card nears the screen
    /// (the link is kept then, with the focus if it has it).
    pub full: bool,
}

/// Highlights that fall inside `window`, shifted to start at its start.
fn clip(highlights: &[Range<usize>], window: &Range<usize>) -> Vec<Range<usize>> {
    highlights
        .iter()
        .filter(|r| r.start >= window.start && r.end <= window.end)
        .map(|r| r.start - window.start..r.end - window.start)
        .collect()
}

#[function_component]
pub fn HitCard(props: &HitProps) -> Html {
    let explorer = use_explorer();
    // The passage shown whole, if it is this card's: cards are reused from one search to the
    // next, and a new passage starts as its snippet.
    let expanded_passage = use_state(|| None::<u32>);
    let corpus = explorer.corpus;
    let hit = &props.hit;
    let expanded = *expanded_passage == Some(hit.passage);
    let p = &corpus.passages[hit.passage as usize];
    let doc = &corpus.docs[p.doc as usize];
    let to = explorer.passage_action(hit.passage);
    let href = explorer.href(&to);
    let open = {
        let explorer = explorer.clone();
        in_app(move || explorer.dispatch(to.clone()))
    };
    let title = html! { <a class="doc-title" href={href} onclick={open}>{ &doc.title }</a> };
    if !props.full {
        // The same elements as a whole card up to its title, so that drawing the rest keeps
        // the link (and the focus on it).
        return html! {
            <li class={classes!("hit", "light", (!hit.complete).then_some("partial"))}
                data-index={props.index.to_string()}>
                <article>
                    <header>{ title }</header>
                </article>
            </li>
        };
    }
    let text = corpus.passage_text(hit.passage);
    let whole = 0..text.len();
    // A card drawn whole before its search had its snippet (for a moment, as the list's window
    // grows) shows the whole passage.
    let window = if expanded || !hit.analysed || hit.snippet.end > text.len() {
        whole.clone()
    } else {
        hit.snippet.clone()
    };
    let cut_before = window.start > 0;
    let cut_after = window.end < text.len();

    let toggle = {
        let expanded_passage = expanded_passage.clone();
        let passage = hit.passage;
        Callback::from(move |_| expanded_passage.set((!expanded).then_some(passage)))
    };
    html! {
        <li class={classes!("hit", (!hit.complete).then_some("partial"))}>
            <article>
                <header>
                    { title }
                    if let Some(h) = corpus.heading_of(hit.passage) {
                        <span class="section">{ h }</span>
                    }
                    if let Some(date) = &doc.date {
                        <time class="date" datetime={date.clone()}>{ date }</time>
                    }
                    if !hit.complete {
                        <span class="tag" title="This passage has only some of the words">{ "some words" }</span>
                    }
                </header>
                if !corpus.doc_ready(p.doc) {
                    // A sharded site still fetching this document's text.
                    <p class="passage loading" aria-busy="true">{ "Loading the passage…" }</p>
                } else {
                <p class="passage" lang={doc.lang.clone()}>
                    if cut_before { { "… " } }
                    <Highlighted
                        text={AttrValue::Static(&text[window.clone()])}
                        ranges={Rc::new(clip(&hit.highlights, &window))}
                    />
                    if cut_after { { " …" } }
                </p>
                }
                if hit.analysed && hit.snippet != whole {
                    <button class="link expand" aria-expanded={expanded.to_string()} onclick={toggle}>
                        { if expanded { "Show less" } else { "Show the whole passage" } }
                    </button>
                }
                { entity_chips(&explorer, hit.passage) }
                <NoteTools target={Target::passage(explorer.views.passage_key(hit.passage))}
                    what={format!("passage {} of {}", hit.passage - doc.passages.start + 1, doc.title)}
                    doc={doc.id.clone()} passage={hit.passage - doc.passages.start}
                    excerpt={excerpt(text)} />
            </article>
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::clip;

    #[test]
    fn highlights_outside_the_window_are_dropped_and_the_rest_shifted() {
        assert_eq!(clip(&[0..3, 10..14, 30..35], &(8..20)), vec![2..6]);
    }
}
