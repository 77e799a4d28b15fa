//! The words: the most frequent and the most distinctive words and two-word phrases of the
//! selection (keyness by log-likelihood against the rest of the corpus), and one word's relative
//! frequency across years and documents.

use corpus::views::words::LIST;
use corpus::views::WordStat;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::chart::{bar_chart, Bar};
use crate::components::link::{link, link_with};
use crate::components::views::view_header;
use crate::components::{fixed, plural};
use crate::explorer::{use_explorer, use_selection, ByPtr};
use crate::state::Action;

/// Rows per table.
const ROWS: usize = 25;

#[function_component]
pub fn WordsView() -> Html {
    let explorer = use_explorer();
    let selection = use_selection();
    let corpus = explorer.corpus;
    let words = explorer.cache.words.get(ByPtr(selection.clone()), |s| {
        explorer.views.words(&s.0, LIST.min(ROWS))
    });
    let word = explorer.state.word.clone();
    let trend = {
        let views = explorer.views.clone();
        // On a sharded site, computed again as chunks arrive (postings and word lists).
        let loaded = explorer.chunks.loaded;
        use_memo(
            (selection.clone(), word.clone(), loaded),
            move |(s, word, _)| {
                let w = word.as_deref()?;
                Some(views.word_entry(w).and_then(|e| views.trend(s, e)))
            },
        )
    };
    let input = use_node_ref();
    let onsubmit = {
        let explorer = explorer.clone();
        let input = input.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(el) = input.cast::<HtmlInputElement>() {
                explorer.set_word(Some(el.value().trim().to_string()));
            }
        })
    };
    let w = &*words;
    let mut scope = format!(
        "{} · {} words",
        selection.describe(),
        crate::components::format_number(w.tokens as f64)
    );
    if let Some(s) = &w.sample {
        scope.push_str(&format!(
            " · estimated from {} of {} passages",
            s.passages, s.of
        ));
    }
    let table = |title: &str, rows: &[WordStat], keyness: bool| -> Html {
        html! {
            <section class="word-table">
                <h2>{ title.to_string() }</h2>
                if rows.is_empty() {
                    <p class="note">{ if keyness { "Narrow the selection with a query or filters to compare it with the rest of the corpus." } else { "None." } }</p>
                } else {
                    <table class="data compact">
                        <thead><tr>
                            <th scope="col">{ "Word" }</th>
                            <th scope="col" class="num">{ "Count" }</th>
                            <th scope="col" class="num"><abbr title="per 10,000 words">{ "/10k" }</abbr></th>
                            if keyness { <th scope="col" class="num"><abbr title="log-likelihood (G²) against the rest of the corpus">{ "G²" }</abbr></th> }
                        </tr></thead>
                        <tbody>
                            { for rows.iter().take(ROWS).map(|r| html! {
                                <tr>
                                    <th scope="row">
                                        { link_with(&explorer, Action::SetWord(Some(r.text.clone())), classes!(), Some(format!("{}: frequency over time", r.text).into()), false, html! { { &r.text } }) }
                                    </th>
                                    <td class="num">{ r.count }</td>
                                    <td class="num">{ fixed(r.per_10k, 1) }</td>
                                    if keyness { <td class="num">{ fixed(r.log_likelihood, 1) }</td> }
                                </tr>
                            }) }
                        </tbody>
                    </table>
                }
            </section>
        }
    };
    html! {
        <section class="words-view">
            { view_header(&explorer, "Words", Some(scope), html! {}) }
            <form class="word-form" {onsubmit}>
                <label for="trend-word">{ "Follow a word or two-word phrase over time" }</label>
                <input id="trend-word" ref={input} type="text" value={word.clone().unwrap_or_default()} autocomplete="off" />
                <button type="submit">{ "Show" }</button>
            </form>
            if let (Some(typed), Some(t)) = (&word, (*trend).as_ref()) {
                if let Some(t) = t {
                    <section class="trend" aria-labelledby="trend-h">
                        <h2 id="trend-h">{ format!("“{}”: {} in {}", t.text, plural(t.count as usize, "occurrence", "occurrences"), plural(t.docs, "document", "documents")) }</h2>
                        if t.by_year.is_empty() {
                            <p class="note">{ "The documents of the selection have no dates." }</p>
                        } else {
                            { bar_chart(&explorer, &format!("“{}” per 10,000 words, by year", t.text),
                                &t.by_year.iter().map(|p| Bar {
                                    label: p.label.clone(),
                                    value: p.per_10k,
                                    stacked: 0.0,
                                    description: format!("{}: {} per 10,000 words ({} of {} words)", p.label, fixed(p.per_10k, 1), p.count, p.tokens),
                                    to: None,
                                    selected: false,
                                }).collect::<Vec<_>>(), "occurrences per 10,000 words", None) }
                        }
                        if t.undated > 0 { <p class="note">{ format!("{} in undated documents.", plural(t.undated as usize, "occurrence", "occurrences")) }</p> }
                        <h3>{ "Documents where it occurs most" }</h3>
                        <ol class="plain">
                            { for t.by_doc.iter().map(|p| {
                                let title = p.doc.and_then(|d| corpus.docs.get(d as usize));
                                html! {
                                    <li>
                                        if let Some(doc) = title {
                                            { link(&explorer, Action::OpenDocument { doc: doc.id.clone(), passage: None }, classes!(), html! { <>{ &doc.title }</> }) }
                                        } else { { &p.label } }
                                        <span class="count">{ format!(" {} · {} per 10,000 words", p.count, fixed(p.per_10k, 1)) }</span>
                                    </li>
                                }
                            }) }
                        </ol>
                    </section>
                } else {
                    <p class="notice empty" role="status">{ format!("“{typed}” is not a word or two-word phrase of this corpus.") }</p>
                }
            }
            <div class="word-tables">
                { table("Most frequent words", &w.frequent_words, false) }
                { table("Most frequent phrases", &w.frequent_phrases, false) }
                { table("Most distinctive words", &w.distinctive_words, true) }
                { table("Most distinctive phrases", &w.distinctive_phrases, true) }
            </div>
        </section>
    }
}
