//! The timeline: the selected passages on one time axis, by their document's date and by the
//! dates they state, bucketed by year, month or day to fit the span. A bucket opens its
//! passages; each opens the reader. Undated documents are counted and listed.

use corpus::views::Page;
use yew::prelude::*;

use crate::components::chart::{bar_chart, Bar};
use crate::components::link::Link;
use crate::components::plural;
use crate::components::views::view_header;
use crate::explorer::{use_explorer, use_selection};
use crate::state::Action;

/// Passages listed for an opened bucket at first, and added by each "Show more".
const ITEMS: usize = 50;

#[function_component]
pub fn Timeline() -> Html {
    let explorer = use_explorer();
    let selection = use_selection();
    let corpus = explorer.corpus;
    let timeline = {
        let views = explorer.views.clone();
        use_memo(selection.clone(), move |s| views.timeline(s))
    };
    let bucket = explorer.state.bucket.clone();
    let shown = use_state(|| ITEMS);
    let undated_shown = use_state(|| ITEMS);
    {
        let shown = shown.clone();
        use_effect_with((bucket.clone(), selection.clone()), move |_| {
            shown.set(ITEMS)
        });
    }
    let items = {
        let views = explorer.views.clone();
        let limit = *shown;
        use_memo(
            (bucket.clone(), selection.clone(), limit),
            move |(bucket, s, limit)| {
                bucket
                    .as_ref()
                    .map(|b| views.bucket_items(s, b, false, Page::first(*limit)))
            },
        )
    };
    let undated = {
        let views = explorer.views.clone();
        let limit = *undated_shown;
        use_memo((selection.clone(), limit), move |(s, limit)| {
            views.undated_documents(s, Page::first(*limit))
        })
    };

    let t = &*timeline;
    let bars: Vec<Bar> = t
        .buckets
        .iter()
        .chain(t.coarse.iter())
        .map(|b| Bar {
            label: b.key.clone(),
            value: b.documents as f64,
            stacked: b.stated as f64,
            description: format!(
                "{}: {} ({} dated by their document, {} stating a date)",
                b.key,
                plural(b.passages as usize, "passage", "passages"),
                b.documents,
                b.stated
            ),
            to: (b.passages > 0).then(|| {
                let open = bucket.as_deref() == Some(b.key.as_str());
                Action::SetBucket((!open).then(|| b.key.clone()))
            }),
            selected: bucket.as_deref() == Some(b.key.as_str()),
        })
        .collect();
    let scope = format!("{} · by {}", selection.describe(), t.unit.name());
    let more = {
        let shown = shown.clone();
        Callback::from(move |_| shown.set(*shown + ITEMS))
    };
    let more_undated = {
        let shown = undated_shown.clone();
        Callback::from(move |_| shown.set(*shown + ITEMS))
    };
    html! {
        <section class="timeline-view">
            { view_header(&explorer, "Timeline", Some(scope), html! {}) }
            if bars.is_empty() {
                <p class="notice empty">{ "No selected passage has a date: neither its document nor its text gives one." }</p>
            } else {
                { bar_chart(&explorer, "Passages by date", &bars, "documents dated in the bucket, and dates stated in passages",
                    Some(("document dates", "dates stated in the text"))) }
                if !t.contiguous {
                    <p class="note">{ "The span is long: only the periods with something in them are drawn." }</p>
                }
                <details class="as-table">
                    <summary>{ "The timeline as a table" }</summary>
                    <table class="data">
                        <caption class="visually-hidden">{ "Passages by date" }</caption>
                        <thead><tr>
                            <th scope="col">{ "Period" }</th><th scope="col" class="num">{ "Passages" }</th>
                            <th scope="col" class="num">{ "Dated documents" }</th><th scope="col" class="num">{ "Stated dates" }</th>
                        </tr></thead>
                        <tbody>
                            { for t.buckets.iter().chain(t.coarse.iter()).filter(|b| b.passages > 0).map(|b| html! {
                                <tr>
                                    <th scope="row"><Link to={Action::SetBucket(Some(b.key.clone()))}>{ &b.key }</Link></th>
                                    <td class="num">{ b.passages }</td><td class="num">{ b.documents }</td><td class="num">{ b.stated }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </details>
            }
            if let (Some(key), Some(page)) = (&bucket, (*items).as_ref()) {
                <section class="bucket" aria-labelledby="bucket-h">
                    <h2 id="bucket-h">{ format!("{key}: {}", plural(page.total, "passage", "passages")) }</h2>
                    <button type="button" class="link" onclick={
                        let explorer = explorer.clone();
                        Callback::from(move |_| explorer.set_bucket(None))
                    }>{ "Close this period" }</button>
                    <ol class="items">
                        { for page.items.iter().map(|item| {
                            let doc = &corpus.docs[item.doc as usize];
                            let how = if item.stated.is_some() { "stated" } else { "document date" };
                            let text = corpus.passage_text(item.passage);
                            html! {
                                <li>
                                    <time datetime={item.iso.clone()}>{ &item.iso }</time>
                                    <span class="tag">{ how }</span>
                                    <Link class="doc-title" to={explorer.passage_action(item.passage)}>{ &doc.title }</Link>
                                    <p class="passage">{ crate::components::note_tools::excerpt(text) }</p>
                                </li>
                            }
                        }) }
                    </ol>
                    if page.total > page.items.len() {
                        <button class="more" onclick={more}>{ format!("Show more ({} of {})", page.items.len(), page.total) }</button>
                    }
                </section>
            }
            if t.undated_documents > 0 {
                <section class="undated" aria-labelledby="undated-h">
                    <h2 id="undated-h">{ format!("Undated: {} with {}", plural(t.undated_documents as usize, "document", "documents"), plural(t.undated_passages as usize, "passage", "passages")) }</h2>
                    <ul class="plain">
                        { for undated.items.iter().map(|&d| {
                            let doc = &corpus.docs[d as usize];
                            html! { <li><Link to={Action::OpenDocument { doc: doc.id.clone(), passage: None }}>{ &doc.title }</Link></li> }
                        }) }
                    </ul>
                    if undated.total > undated.items.len() {
                        <button class="more" onclick={more_undated}>{ format!("Show more ({} of {})", undated.items.len(), undated.total) }</button>
                    }
                </section>
            }
        </section>
    }
}
