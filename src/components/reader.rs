//! A document as the reader sees it: title, date, language, themes, keywords and source; a
//! table of contents; the text with the query's matches, every entity mention (a link to its
//! page), dates and figures marked; previous and next match; the most similar documents; and a
//! bookmark and note on every passage. Scrolled to the passage a link pointed at.

use std::rc::Rc;

use corpus::views::{Mark, MarkKind};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::link::{entity_link, link};
use crate::components::note_tools::{excerpt, NoteTools};
use crate::components::{fixed, format_number};
use crate::explorer::{use_explorer, use_selection};
use crate::marks::{is_web_link, nest, Node};
use crate::notes::Target;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct ReaderProps {
    pub doc: u32,
    /// Passage index within the document to bring into view.
    pub passage: Option<u32>,
}

/// Brings an element into view and gives it the focus.
fn show(id: &str) {
    let el = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id));
    if let Some(el) = el {
        el.scroll_into_view();
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

#[function_component]
pub fn Reader(props: &ReaderProps) -> Html {
    let explorer = use_explorer();
    let selection = use_selection();
    let corpus = explorer.corpus;
    let doc = &corpus.docs[props.doc as usize];
    let reader = {
        let views = explorer.views.clone();
        let doc = props.doc;
        // On a sharded site, computed again as chunks arrive: the names' places come with the
        // text, the dates' and figures' in chunks of their own.
        let loaded = explorer.chunks.loaded;
        use_memo(
            (doc, selection.clone(), loaded),
            move |(doc, selection, _)| views.reader(*doc, selection),
        )
    };
    let current_match = use_state(|| None::<usize>);

    {
        let target = props.passage.map(|p| format!("p{p}"));
        use_effect_with((props.doc, props.passage), move |_| {
            show(target.as_deref().unwrap_or("reader-title"));
        });
    }
    let matches = (*reader).as_ref().map_or(0, |r| r.matches);
    let go = {
        let current_match = current_match.clone();
        move |step: isize| {
            if matches == 0 {
                return;
            }
            let next = match *current_match {
                None if step > 0 => 0,
                None => matches - 1,
                Some(i) => (i as isize + step).rem_euclid(matches as isize) as usize,
            };
            current_match.set(Some(next));
            show(&format!("m{next}"));
        }
    };
    {
        // `n` and `p` move between matches from anywhere on the page but a text field.
        let go = go.clone();
        use_effect_with(matches, move |_| {
            let document = web_sys::window().and_then(|w| w.document());
            let handler = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(
                move |e: web_sys::KeyboardEvent| {
                    if e.ctrl_key() || e.meta_key() || e.alt_key() || e.default_prevented() {
                        return;
                    }
                    let typing = e
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .is_some_and(|el| {
                            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                        });
                    if typing {
                        return;
                    }
                    match e.key().as_str() {
                        "n" => go(1),
                        "p" => go(-1),
                        _ => {}
                    }
                },
            );
            if let Some(d) = &document {
                let _ =
                    d.add_event_listener_with_callback("keydown", handler.as_ref().unchecked_ref());
            }
            move || {
                if let Some(d) = &document {
                    let _ = d.remove_event_listener_with_callback(
                        "keydown",
                        handler.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }

    let Some(reader) = (*reader).as_ref() else {
        return html! {};
    };
    // On a sharded site, a document whose text is still on its way (its chunk is being fetched).
    if !corpus.doc_ready(props.doc) {
        return html! {
            <article class="reader" aria-busy="true">
                <h1 id="reader-title" tabindex="-1">{ &doc.title }</h1>
                <p class="status" role="status">{ "Loading the document…" }</p>
            </article>
        };
    }
    let back = {
        let explorer = explorer.clone();
        Callback::from(move |_| explorer.close_document())
    };
    let (prev, next) = {
        let (a, b) = (go.clone(), go);
        (
            Callback::from(move |_| a(-1)),
            Callback::from(move |_| b(1)),
        )
    };
    // Match marks are numbered in text order, for previous/next.
    let marks: &[Mark] = &reader.marks;
    let ranges: Vec<std::ops::Range<usize>> = marks.iter().map(|m| m.range.clone()).collect();
    let mut numbers = vec![usize::MAX; marks.len()];
    let mut n = 0;
    for (i, m) in marks.iter().enumerate() {
        if m.kind == MarkKind::Match {
            numbers[i] = n;
            n += 1;
        }
    }
    let text = corpus.doc_text(props.doc);
    let ctx = MarkCtx {
        explorer: &explorer,
        corpus,
        text,
        marks,
        numbers: &numbers,
        current: *current_match,
    };
    let sections = &corpus.sections[doc.sections.start as usize..doc.sections.end as usize];
    let themes: Vec<&str> = doc
        .themes
        .iter()
        .filter_map(|&t| corpus.themes.get(t as usize).map(String::as_str))
        .collect();
    let selected: Rc<Vec<u32>> = Rc::new(reader.selected_passages.clone());
    let keywords = corpus.doc_keywords(props.doc);

    html! {
        <article class="reader" lang={doc.lang.clone()}>
            <button class="back" onclick={back}>{ "← Back" }</button>
            <h1 id="reader-title" tabindex="-1">{ &doc.title }</h1>
            <dl class="doc-meta">
                <dt>{ "File" }</dt><dd class="id">{ &doc.id }</dd>
                if let Some(date) = &doc.date { <dt>{ "Date" }</dt><dd><time datetime={date.clone()}>{ date }</time></dd> }
                <dt>{ "Language" }</dt><dd>{ &doc.lang }</dd>
                if !themes.is_empty() { <dt>{ "Themes" }</dt><dd>{ themes.join(", ") }</dd> }
                if !keywords.is_empty() {
                    <dt>{ "Keywords" }</dt><dd>{ keywords.iter().take(12).cloned().collect::<Vec<_>>().join(" · ") }</dd>
                }
                if let Some(src) = &doc.source {
                    <dt>{ "Source" }</dt>
                    <dd class="source">
                        if is_web_link(src) {
                            <a href={src.clone()} rel="noopener noreferrer nofollow" target="_blank">{ src }</a>
                        } else {
                            { src }
                        }
                    </dd>
                }
            </dl>
            <div class="reader-bar" role="toolbar" aria-label="Matches">
                if matches > 0 {
                    <button type="button" onclick={prev} aria-keyshortcuts="p">{ "Previous match" }</button>
                    <span class="match-count" role="status">
                        { match *current_match { Some(i) => format!("Match {} of {matches}", i + 1), None => format!("{matches} matches") } }
                    </span>
                    <button type="button" onclick={next} aria-keyshortcuts="n">{ "Next match" }</button>
                } else if explorer.state.is_searching() {
                    <span class="match-count">{ "No match of the query in this document." }</span>
                }
                <span class="legend" aria-hidden="true">
                    <span class="entity person">{ "person" }</span>
                    <span class="entity organization">{ "organisation" }</span>
                    <span class="entity place">{ "place" }</span>
                    <span class="fact date">{ "date" }</span>
                    <span class="fact figure">{ "figure" }</span>
                </span>
            </div>
            if !reader.toc.is_empty() {
                <nav class="reader-toc" aria-label="Contents">
                    <h2>{ "Contents" }</h2>
                    <ol>
                        { for reader.toc.iter().map(|t| {
                            let heading = text.get(t.heading.clone()).unwrap_or("");
                            match t.passage {
                                Some(p) => html! {
                                    <li class={format!("level{}", t.level.min(3))}>
                                        { link(&explorer, Action::OpenDocument { doc: doc.id.clone(), passage: Some(p - doc.passages.start) }, classes!(), html! { <>{ heading }</> }) }
                                    </li>
                                },
                                None => html! { <li>{ heading }</li> },
                            }
                        }) }
                    </ol>
                </nav>
            }
            { for sections.iter().map(|s| html! {
                <section>
                    if let Some(h) = s.heading {
                        <h2>{ text.get(h.range()).unwrap_or("") }</h2>
                    }
                    { for (s.passages.start..s.passages.end).map(|p| {
                        let within = p - doc.passages.start;
                        let current = props.passage == Some(within);
                        let span = corpus.passages[p as usize].span.range();
                        let first = ranges.partition_point(|r| r.start < span.start);
                        let last = ranges.partition_point(|r| r.start < span.end);
                        // A mark that began in the passage before cannot reach into this one:
                        // marks stay within their passage.
                        let nodes = nest(&ranges[first..last], span.clone());
                        let in_selection = selected.binary_search(&p).is_ok();
                        html! {
                            <div class={classes!("passage-row", in_selection.then_some("selected"))}>
                                <p id={format!("p{within}")} class={classes!("passage", current.then_some("current"))} tabindex="-1">
                                    { render(&ctx, &nodes, span, first) }
                                </p>
                                <NoteTools target={Target::passage(explorer.views.passage_key(p))}
                                    what={format!("passage {} of {}", within + 1, doc.title)}
                                    doc={doc.id.clone()} passage={within}
                                    excerpt={excerpt(corpus.passage_text(p))} />
                            </div>
                        }
                    }) }
                </section>
            }) }
            if !reader.similar.is_empty() {
                <section class="similar" aria-labelledby="similar-title">
                    <h2 id="similar-title">{ "Similar documents" }</h2>
                    <ol>
                        { for reader.similar.iter().take(5).map(|s| {
                            let d = &corpus.docs[s.doc as usize];
                            html! {
                                <li>
                                    { link(&explorer, Action::OpenDocument { doc: d.id.clone(), passage: None }, classes!(), html! { <>{ &d.title }</> }) }
                                    <span class="score" title="cosine similarity of the documents' TF-IDF vectors">{ format!(" {}", fixed(s.score, 2)) }</span>
                                </li>
                            }
                        }) }
                    </ol>
                </section>
            }
        </article>
    }
}

struct MarkCtx<'a> {
    explorer: &'a crate::explorer::Explorer,
    corpus: &'a corpus::Corpus,
    text: &'a str,
    marks: &'a [Mark],
    numbers: &'a [usize],
    current: Option<usize>,
}

/// The text of `range` with the marks of `nodes` (indices relative to `offset`) as elements.
fn render(ctx: &MarkCtx, nodes: &[Node], range: std::ops::Range<usize>, offset: usize) -> Html {
    let text = |r: std::ops::Range<usize>| -> Html {
        match ctx.text.get(r) {
            Some(s) if !s.is_empty() => html! { { s } },
            _ => html! {},
        }
    };
    let mut out: Vec<Html> = Vec::with_capacity(nodes.len() * 2 + 1);
    let mut at = range.start;
    for node in nodes {
        out.push(text(at..node.range.start));
        let i = offset + node.mark;
        let inner = if node.children.is_empty() {
            text(node.range.clone())
        } else {
            render(ctx, &node.children, node.range.clone(), offset)
        };
        out.push(match ctx.marks[i].kind {
            MarkKind::Match => {
                let n = ctx.numbers[i];
                html! {
                    <mark id={format!("m{n}")} tabindex="-1"
                        class={classes!("match", (ctx.current == Some(n)).then_some("current-match"))}>{ inner }</mark>
                }
            }
            MarkKind::Entity { entity, .. } => {
                entity_link(ctx.explorer, entity, Some(inner))
            }
            MarkKind::Date { date } => {
                let iso = Some(ctx.corpus.date_iso(date).to_string());
                html! { <span class="fact date" title={iso}>{ inner }</span> }
            }
            MarkKind::Figure { figure, .. } => {
                html! { <span class="fact figure" title={ctx.corpus.figure(figure).map(|f| format!("{} {}", format_number(f.value), f.unit))}>{ inner }</span> }
            }
        });
        at = node.range.end;
    }
    out.push(text(at..range.end));
    html! { <>{ for out }</> }
}
