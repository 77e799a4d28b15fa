//! An entity's page: name, kind, roles, aliases, how it was recognised, its mentions in
//! context, documents and years, the entities found with it, and the dates and figures of the
//! passages that mention it. Narrowed by the query and filters when there are any.

use corpus::model::{Corpus, Span};
use corpus::views::{EntityLookup, Page};
use yew::prelude::*;

use crate::components::format_number;
use crate::components::kwic::kwic_lines;
use crate::components::link::{entity_link, link};
use crate::components::note_tools::NoteTools;
use crate::components::views::view_header;
use crate::components::{fixed, plural};
use crate::explorer::{use_explorer, use_selection};
use crate::notes::Target;
use crate::state::{kind_label, Action};

/// Mentions in context shown at first, and added by each "Show more".
const LINES: usize = 50;

#[function_component]
pub fn EntityPage() -> Html {
    let explorer = use_explorer();
    let selection = use_selection();
    let corpus = explorer.corpus;
    let asked = explorer.state.entity.clone();
    let shown = use_state(|| LINES);
    {
        let shown = shown.clone();
        use_effect_with(asked.clone(), move |_| shown.set(LINES));
    }
    let lookup = {
        let views = explorer.views.clone();
        use_memo(asked.clone(), move |asked| {
            asked.as_ref().map(|a| views.find_entity(&a.name, a.kind))
        })
    };
    // The entity shown: the one found, or the most mentioned of those sharing the name.
    let entity: Option<u32> = match (*lookup).as_ref() {
        Some(EntityLookup::Found(i)) => Some(*i),
        Some(EntityLookup::Ambiguous(ids)) => ids
            .iter()
            .copied()
            .max_by_key(|&i| corpus.entities[i as usize].mention_count),
        _ => None,
    };
    let profile = {
        let views = explorer.views.clone();
        let limit = *shown;
        // On a sharded site, computed again as chunks arrive: the mentions' lines need their
        // places in the text, which come with the documents' texts.
        let loaded = explorer.chunks.loaded;
        use_memo(
            (entity, selection.clone(), limit, loaded),
            move |(e, selection, limit, _)| {
                e.and_then(|e| views.profile(e, selection, Page::first(*limit)))
            },
        )
    };
    let others: Vec<u32> = match (*lookup).as_ref() {
        Some(EntityLookup::Ambiguous(ids)) => {
            ids.iter().copied().filter(|&i| Some(i) != entity).collect()
        }
        Some(EntityLookup::NotFound { suggestions }) => {
            let name = asked.map(|a| a.name).unwrap_or_default();
            return html! {
                <section class="entity-page">
                    { view_header(&explorer, &format!("No entity named “{name}”"), None, html! {}) }
                    if !suggestions.is_empty() {
                        <p>{ "Perhaps: " }</p>
                        <ul class="plain">{ for suggestions.iter().map(|&i| html! { <li>{ entity_link(&explorer, i, None) }</li> }) }</ul>
                    }
                </section>
            };
        }
        _ => Vec::new(),
    };
    let Some(p) = (*profile).as_ref() else {
        return html! {};
    };
    let narrowed = !selection.everything;
    let more = {
        let shown = shown.clone();
        Callback::from(move |_| shown.set(*shown + LINES))
    };
    let back = {
        let explorer = explorer.clone();
        Callback::from(move |_| explorer.close_entity())
    };
    let kind = kind_label(p.kind);
    let counts = if narrowed {
        format!(
            "{} of {} in {} of {} · narrowed by the query and filters",
            plural(p.mentions, "mention", "mentions"),
            p.mentions_total,
            plural(p.documents, "document", "documents"),
            p.documents_total,
        )
    } else {
        format!(
            "{} in {}",
            plural(p.mentions_total, "mention", "mentions"),
            plural(p.documents_total, "document", "documents")
        )
    };
    html! {
        <article class="entity-page">
            <button class="back" onclick={back}>{ "← Back" }</button>
            { view_header(&explorer, &p.name, Some(counts), html! {
                <NoteTools target={Target::entity(p.kind, p.name.clone())} what={p.name.clone()} />
            }) }
            <p class={classes!("kind-line", p.kind.name())}>
                <span class={classes!("kind-badge", p.kind.name())}>{ kind }</span>
                if let Some(sub) = &p.subtype { { " · " }{ sub } }
            </p>
            if !others.is_empty() {
                <p class="note">{ "Also named so: " }
                    { for others.iter().map(|&i| html! {
                        <>{ entity_link(&explorer, i, Some(html! { <>{ format!("{} ({})", corpus.entities[i as usize].name, kind_label(corpus.entities[i as usize].kind)) }</> })) }{ " " }</>
                    }) }
                </p>
            }
            <div class="facts-grid">
                if !p.roles.is_empty() {
                    <section aria-labelledby="roles-h">
                        <h2 id="roles-h">{ "Roles" }</h2>
                        <ul class="plain roles">{ for p.roles.iter().map(|r| html! { <li>{ r }</li> }) }</ul>
                    </section>
                }
                if !p.aliases.is_empty() {
                    <section aria-labelledby="aliases-h">
                        <h2 id="aliases-h">{ "Also written" }</h2>
                        <ul class="plain inline">{ for p.aliases.iter().map(|a| html! { <li>{ a }</li> }) }</ul>
                    </section>
                }
                <section aria-labelledby="found-h">
                    <h2 id="found-h">{ "How it was recognised" }</h2>
                    <table class="data compact">
                        <thead><tr><th scope="col">{ "Rule or gazetteer" }</th><th scope="col" class="num">{ "Mentions" }</th><th scope="col" class="num">{ "Confidence" }</th></tr></thead>
                        <tbody>
                            { for p.recognition.iter().map(|r| html! {
                                <tr>
                                    <td>{ &r.rule }</td>
                                    <td class="num">{ r.mentions }</td>
                                    <td class="num">{
                                        if (r.max_confidence - r.min_confidence).abs() < 0.005 { fixed(r.mean_confidence, 2) }
                                        else { format!("{}–{}", fixed(r.min_confidence, 2), fixed(r.max_confidence, 2)) }
                                    }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
                </section>
                if !p.years.is_empty() {
                    <section aria-labelledby="years-h">
                        <h2 id="years-h">{ "Years" }</h2>
                        <ul class="plain inline">
                            { for p.years.iter().map(|(y, n)| html! { <li>{ y }<span class="count">{ format!(" {n}") }</span></li> }) }
                        </ul>
                    </section>
                }
            </div>
            <section aria-labelledby="related-h">
                <h2 id="related-h">{ "Found with" }</h2>
                if p.related.is_empty() {
                    <p class="note">{ "No other name is mentioned in the same passages." }</p>
                } else {
                    <ul class="entry-points related">
                        { for p.related.iter().map(|r| html! {
                            <li class={classes!("chip", corpus.entities[r.entity as usize].kind.name())}>
                                { entity_link(&explorer, r.entity, None) }
                                <span class="count" title={format!("{} passages together", r.passages)}>{ r.passages }</span>
                            </li>
                        }) }
                    </ul>
                    if p.related_total > p.related.len() {
                        <p class="note">{ format!("and {} more", p.related_total - p.related.len()) }</p>
                    }
                }
            </section>
            <section aria-labelledby="mentions-h">
                <h2 id="mentions-h">{ format!("Mentions ({})", p.lines.total) }</h2>
                { kwic_lines(&explorer, &p.lines.items, "Mentions in context") }
                if p.lines.total > p.lines.items.len() {
                    <button class="more" onclick={more}>{ format!("Show more mentions ({} of {})", p.lines.items.len(), p.lines.total) }</button>
                }
            </section>
            <section aria-labelledby="docs-h">
                <h2 id="docs-h">{ format!("Documents ({})", p.documents) }</h2>
                <ul class="plain">
                    { for p.docs.iter().map(|d| {
                        let doc = &corpus.docs[d.doc as usize];
                        html! {
                            <li>
                                { link(&explorer, Action::OpenDocument { doc: doc.id.clone(), passage: None }, classes!(), html! { <>{ &doc.title }</> }) }
                                if let Some(date) = &doc.date { { " · " }<time datetime={date.clone()}>{ date }</time> }
                                <span class="count">{ format!(" · {}", plural(d.mentions as usize, "mention", "mentions")) }</span>
                            </li>
                        }
                    }) }
                </ul>
            </section>
            if !p.dates.is_empty() || !p.figures.is_empty() {
                <section aria-labelledby="stated-h">
                    <h2 id="stated-h">{ "Dates and figures in its passages" }</h2>
                    <ul class="plain stated">
                        { for p.dates.iter().map(|&i| {
                            // On a sharded site, once the dates' chunk is in.
                            let Some(d) = corpus.date(i) else { return html! { <li>{ quote(None, Span::new(0, 0)) }</li> } };
                            let text = passage_doc_text(corpus, d.passage);
                            html! {
                                <li>
                                    { link(&explorer, explorer.passage_action(d.passage), classes!(), html! { <><time datetime={d.iso.to_string()}>{ d.iso.to_string() }</time></> }) }
                                    { " " }{ quote(text, d.sentence) }
                                </li>
                            }
                        }) }
                        { for p.figures.iter().map(|&i| {
                            // On a sharded site, once the figures' chunk is in.
                            let Some(f) = corpus.figure(i) else { return html! { <li>{ quote(None, Span::new(0, 0)) }</li> } };
                            let text = passage_doc_text(corpus, f.passage);
                            // What the figure says, as written; its value while the text loads.
                            let written = text.and_then(|t| t.get(f.span.range())).map_or_else(|| format_number(f.value), str::to_string);
                            html! {
                                <li>
                                    { link(&explorer, explorer.passage_action(f.passage), classes!(), html! { <>{ written }</> }) }
                                    <span class="count">{ format!(" = {} {}", format_number(f.value), f.unit) }
                                        if let Some(y) = f.year { { format!(" ({y})") } }</span>
                                    { " " }{ quote(text, f.sentence) }
                                </li>
                            }
                        }) }
                    </ul>
                    if p.dates_total > p.dates.len() || p.figures_total > p.figures.len() {
                        <p class="note">{ format!("Showing {} of {} dates and {} of {} figures.", p.dates.len(), p.dates_total, p.figures.len(), p.figures_total) }</p>
                    }
                </section>
            }
        </article>
    }
}

/// The text of a passage's document, or `None` while a sharded site is still loading it (the read
/// asks for it).
fn passage_doc_text(corpus: &Corpus, passage: u32) -> Option<&str> {
    let doc = corpus.passages.get(passage as usize)?.doc;
    corpus.doc_ready(doc).then(|| corpus.doc_text(doc))
}

/// A sentence of a document's text, quoted; "Loading…" while the text is on its way.
fn quote(text: Option<&str>, sentence: Span) -> Html {
    match text {
        Some(t) => html! { <q>{ t.get(sentence.range()).unwrap_or("") }</q> },
        None => html! { <span class="loading" aria-busy="true">{ "Loading…" }</span> },
    }
}
