//! Bookmark and note buttons for a passage or an entity, and the note's editor. Notes are kept
//! by the app's notes store (local storage).

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::explorer::use_explorer;
use crate::notes::{browser, Note, NotesAction, Target};

#[derive(Properties, PartialEq)]
pub struct NoteToolsProps {
    pub target: Target,
    /// What the note is on, for the buttons' names ("passage 3 of Azerbaijan and the SCO").
    pub what: AttrValue,
    /// For passages: document id, index in the document, opening words.
    #[prop_or_default]
    pub doc: AttrValue,
    #[prop_or_default]
    pub passage: u32,
    #[prop_or_default]
    pub excerpt: AttrValue,
}

/// Characters of a passage kept with its note, to show it if a rebuild removes the passage.
pub const EXCERPT_CHARS: usize = 200;

/// The opening words of a text, at most [`EXCERPT_CHARS`] characters.
pub fn excerpt(text: &str) -> String {
    match text.char_indices().nth(EXCERPT_CHARS) {
        Some((i, _)) => format!("{}…", &text[..i]),
        None => text.to_string(),
    }
}

#[function_component]
pub fn NoteTools(props: &NoteToolsProps) -> Html {
    let explorer = use_explorer();
    let editing = use_state(|| false);
    let area = use_node_ref();
    let existing = explorer.notes.get(&props.target).cloned();
    let bookmarked = existing.as_ref().is_some_and(|n| n.bookmark);
    let text = existing
        .as_ref()
        .map(|n| n.text.clone())
        .unwrap_or_default();

    let make = {
        let props_target = props.target.clone();
        let doc = props.doc.to_string();
        let passage = props.passage;
        let excerpt = props.excerpt.to_string();
        let existing = existing.clone();
        move |bookmark: bool, text: String| Note {
            target: props_target.clone(),
            bookmark,
            text,
            doc: existing.as_ref().map_or(doc.clone(), |n| n.doc.clone()),
            passage: existing.as_ref().map_or(passage, |n| n.passage),
            excerpt: existing
                .as_ref()
                .map_or(excerpt.clone(), |n| n.excerpt.clone()),
            updated: browser::now(),
        }
    };
    let toggle_bookmark = {
        let notes = explorer.notes.clone();
        let make = make.clone();
        let text = text.clone();
        Callback::from(move |_| notes.dispatch(NotesAction::Set(make(!bookmarked, text.clone()))))
    };
    let open = {
        let editing = editing.clone();
        Callback::from(move |_| editing.set(true))
    };
    let save = {
        let notes = explorer.notes.clone();
        let editing = editing.clone();
        let area = area.clone();
        let make = make.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(el) = area.cast::<HtmlTextAreaElement>() {
                notes.dispatch(NotesAction::Set(make(bookmarked, el.value())));
            }
            editing.set(false);
        })
    };
    let cancel = {
        let editing = editing.clone();
        Callback::from(move |_| editing.set(false))
    };
    let on_key = {
        let editing = editing.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                e.stop_propagation();
                editing.set(false);
            }
        })
    };
    {
        // Focus the editor when it opens.
        let area = area.clone();
        use_effect_with(*editing, move |open| {
            if *open {
                if let Some(el) = area.cast::<HtmlTextAreaElement>() {
                    let _ = el.focus();
                }
            }
        });
    }
    let what = &props.what;
    html! {
        <div class="note-tools">
            <button type="button" class="tool bookmark" aria-pressed={bookmarked.to_string()}
                aria-label={format!("Bookmark {what}")} title="Bookmark" onclick={toggle_bookmark}>
                <span aria-hidden="true">{ if bookmarked { "★" } else { "☆" } }</span>
            </button>
            if !*editing {
                <button type="button" class="tool note" aria-label={format!("{} {what}", if text.is_empty() { "Write a note on" } else { "Edit the note on" })}
                    title="Note" onclick={open}>
                    <span aria-hidden="true">{ "✎" }</span>
                </button>
            }
            if *editing {
                <form class="note-editor" onsubmit={save} onkeydown={on_key}>
                    <label>
                        <span class="visually-hidden">{ format!("Note on {what}") }</span>
                        <textarea ref={area} rows="3" value={text.clone()} />
                    </label>
                    <div class="note-buttons">
                        <button type="submit">{ "Save note" }</button>
                        <button type="button" onclick={cancel}>{ "Cancel" }</button>
                    </div>
                </form>
            } else if !text.is_empty() {
                <p class="note-text"><span class="visually-hidden">{ "Note: " }</span>{ text }</p>
            }
        </div>
    }
}
