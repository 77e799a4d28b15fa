//! The view before any search: what the corpus holds, and ways into it: its most mentioned
//! people, organisations and places, its themes and years, and its documents.

use std::collections::BTreeMap;

use corpus::model::EntityKind;
use corpus::Corpus;
use yew::prelude::*;

use crate::app::use_explorer;
use crate::components::in_app;
use crate::route;
use crate::state::{Field, State};

/// Entry points listed per kind.
const TOP: usize = 12;

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// (label, value, count) of the most mentioned entities of a kind.
fn top_entities(corpus: &Corpus, kind: EntityKind) -> Vec<(String, u32)> {
    let mut list: Vec<(String, u32)> = corpus
        .entities
        .iter()
        .filter(|e| e.kind == kind)
        .map(|e| (e.name.clone(), e.mention_count))
        .collect();
    list.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    list.truncate(TOP);
    list
}

/// Passages per theme label.
fn themes(corpus: &Corpus) -> Vec<(String, u32)> {
    let mut counts = vec![0u32; corpus.themes.len()];
    for p in &corpus.passages {
        for &t in &p.themes {
            if let Some(c) = counts.get_mut(t as usize) {
                *c += 1;
            }
        }
    }
    corpus
        .themes
        .iter()
        .cloned()
        .zip(counts)
        .filter(|(_, n)| *n > 0)
        .collect()
}

/// Documents per year of their date, oldest first.
fn years(corpus: &Corpus) -> Vec<(String, u32)> {
    let mut by_year: BTreeMap<String, u32> = BTreeMap::new();
    for d in &corpus.docs {
        if let Some(y) = d.date.as_deref().and_then(|d| d.get(..4)) {
            *by_year.entry(y.to_string()).or_default() += 1;
        }
    }
    by_year.into_iter().collect()
}

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

    let group = |title: &str, field: Field, values: Vec<(String, u32)>, unit: &str| {
        if values.is_empty() {
            return html! {};
        }
        html! {
            <section class="entry-group">
                <h2>{ title }</h2>
                <ul class="entry-points">
                    { for values.into_iter().map(|(value, count)| {
                        let href = route::format(&State { filters: vec![(field, value.clone())], ..State::default() });
                        let pick = {
                            let explorer = explorer.clone();
                            let value = value.clone();
                            in_app(move || explorer.toggle_filter(field, value.clone()))
                        };
                        html! {
                            <li><a href={href} onclick={pick}>{ &value }<span class="count" title={format!("{count} {unit}")}>{ count }</span></a></li>
                        }
                    }) }
                </ul>
            </section>
        }
    };

    html! {
        <section class="overview" aria-labelledby="overview-title">
            <h1 id="overview-title" class="visually-hidden">{ "Corpus overview" }</h1>
            <p class="summary">
                { plural(corpus.docs.len(), "document", "documents") }{ " · " }
                { plural(headings, "section", "sections") }{ " · " }
                { plural(corpus.passages.len(), "passage", "passages") }{ " · " }
                { format!("{words} words") }
                if !corpus.entities.is_empty() { { " · " }{ plural(corpus.entities.len(), "name", "names") } }
            </p>
            <p class="tip">{ "Type to search, or start from a name, theme or year; press " }<kbd>{ "/" }</kbd>{ " to jump to the search box." }</p>
            <div class="entry-grid">
                { group("People", Field::Person, top_entities(corpus, EntityKind::Person), "mentions") }
                { group("Organisations", Field::Org, top_entities(corpus, EntityKind::Organization), "mentions") }
                { group("Places", Field::Place, top_entities(corpus, EntityKind::Place), "mentions") }
                { group("Themes", Field::Theme, themes(corpus), "passages") }
                { group("Years", Field::Year, years(corpus), "documents") }
            </div>
            <h2 class="docs-title">{ "Documents" }</h2>
            <ul class="docs">
                { for corpus.docs.iter().map(|doc| {
                    let href = route::format(&State { doc: Some(doc.id.clone()), ..State::default() });
                    let open = {
                        let explorer = explorer.clone();
                        let id = doc.id.clone();
                        in_app(move || explorer.open_document(id.clone(), None))
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
                            if !doc.keywords.is_empty() {
                                <p class="keywords">{ doc.keywords.iter().take(8).cloned().collect::<Vec<_>>().join(" · ") }</p>
                            }
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
