//! The notes: every bookmark and note, on passages and entities, with where each now leads
//! (a rebuild may have changed or removed a passage: the note is kept and says so); exported
//! and imported as JSON, an import merging and asking before it replaces a note.

use corpus::views::identity::PassageStatus;
use corpus::views::EntityLookup;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::link::{EntityLink, Link};
use crate::components::note_tools::NoteTools;
use crate::components::plural;
use crate::components::views::view_header;
use crate::download;
use crate::explorer::{use_explorer, Explorer};
use crate::notes::{self, merge, Merge, Note, NotesAction, NotesFile};
use crate::state::{kind_from_key, Action};

#[function_component]
pub fn NotesView() -> Html {
    let explorer = use_explorer();
    let corpus = explorer.corpus;
    let list = explorer.notes.list.clone();
    let pending = use_state(|| None::<Merge>);
    let message = use_state(|| None::<(bool, String)>);
    let file = use_node_ref();

    let export = {
        let explorer = explorer.clone();
        let message = message.clone();
        Callback::from(move |_| {
            let file = NotesFile {
                version: notes::FILE_VERSION,
                corpus: explorer.views.identity().key.clone(),
                notes: explorer.notes.list.clone(),
            };
            let text = notes::browser::to_json(&file);
            if let Err(e) = download::save("explorer-notes.json", "application/json", &text) {
                message.set(Some((false, e)));
            }
        })
    };
    let import = {
        let explorer = explorer.clone();
        let pending = pending.clone();
        let message = message.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let explorer = explorer.clone();
            let pending = pending.clone();
            let message = message.clone();
            let chosen = input.clone();
            download::read_chosen(&input, move |text| {
                chosen.set_value("");
                let parsed = text.and_then(|t| notes::browser::parse(&t));
                match parsed {
                    Err(e) => message.set(Some((false, format!("Nothing was imported: {e}.")))),
                    Ok(file) => {
                        let m = merge(&explorer.notes, file.notes);
                        if m.conflicts.is_empty() {
                            let added = m.added.len();
                            let same = m.unchanged;
                            explorer
                                .notes
                                .dispatch(NotesAction::Replace(m.apply(&explorer.notes, false)));
                            message.set(Some((
                                true,
                                format!(
                                    "Imported {} ({same} already here).",
                                    plural(added, "note", "notes")
                                ),
                            )));
                        } else {
                            message.set(None);
                            pending.set(Some(m));
                        }
                    }
                }
            });
        })
    };
    let resolve = |take: bool| {
        let explorer = explorer.clone();
        let pending = pending.clone();
        let message = message.clone();
        Callback::from(move |_| {
            if let Some(m) = &*pending {
                explorer
                    .notes
                    .dispatch(NotesAction::Replace(m.apply(&explorer.notes, take)));
                message.set(Some((
                    true,
                    format!(
                        "Imported {}; {} {}.",
                        plural(m.added.len(), "new note", "new notes"),
                        plural(m.conflicts.len(), "differing note", "differing notes"),
                        if take {
                            "replaced by the imported ones"
                        } else {
                            "kept as they were"
                        }
                    ),
                )));
            }
            pending.set(None);
        })
    };
    let choose = {
        let file = file.clone();
        Callback::from(move |_| {
            if let Some(el) = file.cast::<HtmlInputElement>() {
                el.click();
            }
        })
    };

    let (passages, entities): (Vec<&Note>, Vec<&Note>) =
        list.iter().partition(|n| n.target.is_passage());
    let scope = format!(
        "{} on passages, {} on names · kept in this browser",
        plural(passages.len(), "note or bookmark", "notes or bookmarks"),
        entities.len()
    );
    html! {
        <section class="notes-view">
            { view_header(&explorer, "Notes", Some(scope), html! {
                <div class="downloads" role="group" aria-label="Notes file">
                    <button type="button" onclick={export} disabled={list.is_empty()}>{ "Export notes (JSON)" }</button>
                    <button type="button" onclick={choose}>{ "Import notes (JSON)" }</button>
                    <input ref={file} type="file" accept=".json,application/json" class="visually-hidden"
                        aria-label="Notes file to import" tabindex="-1" onchange={import} />
                </div>
            }) }
            if let Some((ok, text)) = &*message {
                <p class={classes!("notice", (!ok).then_some("error"))} role="status">{ text }</p>
            }
            if let Some(m) = &*pending {
                <div class="notice partial" role="alertdialog" aria-labelledby="conflict-h" aria-describedby="conflict-p">
                    <h2 id="conflict-h">{ format!("{} differ from yours", plural(m.conflicts.len(), "imported note", "imported notes")) }</h2>
                    <p id="conflict-p">{ format!("{} will be added either way. Keep your versions of the others, or replace them with the imported ones?", plural(m.added.len(), "new note", "new notes")) }</p>
                    <ul class="plain">
                        { for m.conflicts.iter().take(10).map(|(mine, theirs)| html! {
                            <li>{ format!("{}: “{}” → “{}”", mine.target.id, mine.text, theirs.text) }</li>
                        }) }
                    </ul>
                    <button type="button" onclick={resolve(false)}>{ "Keep mine" }</button>{ " " }
                    <button type="button" onclick={resolve(true)}>{ "Replace with the imported ones" }</button>
                </div>
            }
            if list.is_empty() {
                <div class="notice empty">
                    <h2>{ "No notes yet" }</h2>
                    <p>{ "Bookmark a passage with ☆ or write a note with ✎, on a search result, in a document or on a name's page. Notes stay in this browser; export them to keep or share them." }</p>
                </div>
            }
            if !passages.is_empty() {
                <section aria-labelledby="on-passages">
                    <h2 id="on-passages">{ "Passages" }</h2>
                    <ul class="note-list">
                        { for passages.iter().map(|n| {
                            let status = explorer.views.resolve_passage(&n.target.id);
                            let (place, flag) = match status {
                                PassageStatus::Found(p) => {
                                    let d = &corpus.docs[corpus.passages[p as usize].doc as usize];
                                    (html! { <Link to={explorer.passage_action(p)}>{ format!("{}, passage {}", d.title, p - d.passages.start + 1) }</Link> }, None)
                                }
                                PassageStatus::Changed { doc } => {
                                    let d = &corpus.docs[doc as usize];
                                    let within = n.passage.min((d.passages.end - d.passages.start).saturating_sub(1));
                                    (html! { <Link to={Action::OpenDocument { doc: d.id.clone(), passage: Some(within) }}>{ &d.title }</Link> },
                                     Some("The passage changed when the corpus was rebuilt; the note is kept with the words it was written on."))
                                }
                                PassageStatus::Vanished => (html! { <span>{ &n.doc }</span> },
                                     Some("The document is no longer in the corpus; the note is kept with the words it was written on.")),
                            };
                            html! {
                                <li class={classes!("note-item", flag.is_some().then_some("stale"))}>
                                    <p class="where">{ if n.bookmark { "★ " } else { "" } }{ place }</p>
                                    if let Some(flag) = flag { <p class="notice partial stale-flag">{ flag }</p> }
                                    <blockquote class="excerpt">{ &n.excerpt }</blockquote>
                                    <NoteTools target={n.target.clone()} what={format!("the passage in {}", n.doc)}
                                        doc={n.doc.clone()} passage={n.passage} excerpt={n.excerpt.clone()} />
                                    { delete_button(&explorer, n) }
                                </li>
                            }
                        }) }
                    </ul>
                </section>
            }
            if !entities.is_empty() {
                <section aria-labelledby="on-names">
                    <h2 id="on-names">{ "Names" }</h2>
                    <ul class="note-list">
                        { for entities.iter().map(|n| {
                            let kind = kind_from_key(&n.target.on);
                            let found = match explorer.views.find_entity(&n.target.id, kind) {
                                EntityLookup::Found(i) => Some(i),
                                EntityLookup::Ambiguous(ids) => ids.first().copied(),
                                EntityLookup::NotFound { .. } => None,
                            };
                            html! {
                                <li class={classes!("note-item", found.is_none().then_some("stale"))}>
                                    <p class="where">
                                        { if n.bookmark { "★ " } else { "" } }
                                        if let Some(i) = found { <EntityLink entity={i} /> } else { { &n.target.id } }
                                        { format!(" ({})", n.target.on) }
                                    </p>
                                    if found.is_none() {
                                        <p class="notice partial stale-flag">{ "This name is no longer in the corpus; the note is kept." }</p>
                                    }
                                    <NoteTools target={n.target.clone()} what={n.target.id.clone()} />
                                    { delete_button(&explorer, n) }
                                </li>
                            }
                        }) }
                    </ul>
                </section>
            }
        </section>
    }
}

/// The button that deletes a note.
fn delete_button(explorer: &Explorer, note: &Note) -> Html {
    let onclick = {
        let notes = explorer.notes.clone();
        let target = note.target.clone();
        Callback::from(move |_| notes.dispatch(NotesAction::Remove(target.clone())))
    };
    html! {
        <button type="button" class="link delete" {onclick}
            aria-label={format!("Delete the note on {}", note.target.id)}>{ "Delete" }</button>
    }
}
