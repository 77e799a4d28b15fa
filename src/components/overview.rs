//! The view before any search: what the corpus holds, and ways into it: its most mentioned
//! people, organisations and places, its themes and years, and its documents.

use std::collections::BTreeMap;

use corpus::model::EntityKind;
use corpus::Corpus;
use yew::prelude::*;

use crate::components::entity_chips::entity_chip;
use crate::components::link::link;
use crate::components::plural;
use crate::explorer::use_explorer;
use crate::state::{Action, Field};

/// Entry points listed per kind.
const TOP: usize = 12;

/// The most mentioned entities of a kind, by index.
fn top_entities(corpus: &Corpus, kind: EntityKind) -> Vec<u32> {
    let mut list: Vec<u32> = (0..corpus.entities.len() as u32)
        .filter(|&i| corpus.entities[i as usize].kind == kind)
        .collect();
    let key = |i: &u32| {
        let e = &corpus.entities[*i as usize];
        (std::cmp::Reverse(e.mention_count), e.name.as_str())
    };
    corpus::sort::top_by(&mut list, TOP, &|a, b| key(a).cmp(&key(b)).then(a.cmp(b)));
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

/// What the overview lists, computed once: the corpus does not change.
struct Summary {
    words: u64,
    headings: usize,
    people: Vec<u32>,
    orgs: Vec<u32>,
    places: Vec<u32>,
    themes: Vec<(String, u32)>,
    years: Vec<(String, u32)>,
}

/// Documents listed at first, and added by each "Show more".
const DOC_PAGE: usize = 50;

#[function_component]
pub fn Overview() -> Html {
    let explorer = use_explorer();
    let corpus = explorer.corpus;
    let summary = use_memo((), move |_| Summary {
        words: corpus.index.passage_len.iter().map(|&n| n as u64).sum(),
        headings: corpus
            .sections
            .iter()
            .filter(|s| s.heading.is_some())
            .count(),
        people: top_entities(corpus, EntityKind::Person),
        orgs: top_entities(corpus, EntityKind::Organization),
        places: top_entities(corpus, EntityKind::Place),
        themes: themes(corpus),
        years: years(corpus),
    });
    let shown = use_state(|| DOC_PAGE);

    let entities = |title: &str, list: &[u32]| {
        if list.is_empty() {
            return html! {};
        }
        html! {
            <section class="entry-group" aria-label={title.to_string()}>
                <h2>{ title }</h2>
                <ul class="entry-points">
                    { for list.iter().map(|&id| entity_chip(&explorer, id, Some(corpus.entities[id as usize].mention_count))) }
                </ul>
            </section>
        }
    };
    let group = |title: &str, field: Field, values: &[(String, u32)], unit: &str| {
        if values.is_empty() {
            return html! {};
        }
        html! {
            <section class="entry-group" aria-label={title.to_string()}>
                <h2>{ title }</h2>
                <ul class="entry-points">
                    { for values.iter().map(|(value, count)| html! {
                        <li>
                            { link(&explorer, Action::ToggleFilter(field, value.clone()), classes!(), html! {
                                <>{ value }<span class="count" title={format!("{count} {unit}")}>{ count }</span></>
                            }) }
                        </li>
                    }) }
                </ul>
            </section>
        }
    };
    let more = {
        let shown = shown.clone();
        Callback::from(move |_| shown.set(*shown + DOC_PAGE))
    };

    html! {
        <section class="overview" aria-labelledby="overview-title">
            <h1 id="overview-title" class="visually-hidden">{ "Corpus overview" }</h1>
            <p class="summary">
                { plural(corpus.docs.len(), "document", "documents") }{ " · " }
                { plural(summary.headings, "section", "sections") }{ " · " }
                { plural(corpus.passages.len(), "passage", "passages") }{ " · " }
                { format!("{} words", summary.words) }
                if !corpus.entities.is_empty() { { " · " }{ plural(corpus.entities.len(), "name", "names") } }
            </p>
            <p class="tip">{ "Type to search, or start from a name, theme or year; press " }<kbd>{ "/" }</kbd>{ " to jump to the search box and " }<kbd>{ "?" }</kbd>{ " for help." }</p>
            <div class="entry-grid">
                { entities("People", &summary.people) }
                { entities("Organisations", &summary.orgs) }
                { entities("Places", &summary.places) }
                { group("Themes", Field::Theme, &summary.themes, "passages") }
                { group("Years", Field::Year, &summary.years, "documents") }
            </div>
            <h2 class="docs-title">{ "Documents" }</h2>
            <ul class="docs">
                { for corpus.docs.iter().enumerate().take(*shown).map(|(i, doc)| {
                    let sections = &corpus.sections[doc.sections.start as usize..doc.sections.end as usize];
                    let passages = (doc.passages.end - doc.passages.start) as usize;
                    let keywords = corpus.doc_keywords(i as u32);
                    html! {
                        <li class="doc">
                            { link(&explorer, Action::OpenDocument { doc: doc.id.clone(), passage: None }, classes!("doc-title"), html! { { &doc.title } }) }
                            <p class="meta">
                                <span class="id">{ &doc.id }</span>
                                if let Some(date) = &doc.date { { " · " }<time datetime={date.clone()}>{ date }</time> }
                                { " · " }{ &doc.lang }{ " · " }{ plural(passages, "passage", "passages") }
                            </p>
                            if !keywords.is_empty() {
                                <p class="keywords">{ keywords.iter().take(8).cloned().collect::<Vec<_>>().join(" · ") }</p>
                            }
                            if sections.iter().any(|s| s.heading.is_some()) {
                                <ol class="toc">
                                    { for sections.iter().filter_map(|s| s.heading).map(|h| html! {
                                        <li>{ corpus.doc_text(i as u32).get(h.range()).unwrap_or("") }</li>
                                    }) }
                                </ol>
                            }
                        </li>
                    }
                }) }
            </ul>
            if corpus.docs.len() > *shown {
                <button class="more" onclick={more}>
                    { format!("Show more documents ({} of {})", *shown, corpus.docs.len()) }
                </button>
            }
        </section>
    }
}
