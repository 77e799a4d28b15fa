//! Notes and bookmarks on passages and entities, kept in the browser's local storage under a key
//! that names the corpus, shared live between tabs, exported and imported as JSON.
//!
//! The store is a reducer like the state ([`Notes`], [`NotesAction`]); merging an import is pure
//! ([`merge`]) and never overwrites a note without the reader's say.

use std::rc::Rc;

use serde::{Deserialize, Serialize};
use yew::{Reducible, UseReducerHandle};

/// The version of the notes file ([`NotesFile`]).
pub const FILE_VERSION: u32 = 1;

/// What a note is on: a passage or an entity.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Target {
    /// `passage`, or the entity's kind (`person`, `organization`, `place`).
    pub on: String,
    /// The passage's stable id, or the entity's name.
    pub id: String,
}

impl Target {
    pub fn passage(id: impl Into<String>) -> Target {
        Target {
            on: "passage".into(),
            id: id.into(),
        }
    }

    pub fn entity(kind: corpus::model::EntityKind, name: impl Into<String>) -> Target {
        Target {
            on: kind.name().into(),
            id: name.into(),
        }
    }

    pub fn is_passage(&self) -> bool {
        self.on == "passage"
    }
}

/// One note, bookmark, or both.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Note {
    pub target: Target,
    #[serde(default)]
    pub bookmark: bool,
    #[serde(default)]
    pub text: String,
    /// For passages: where the passage was when the note was written (document id and index in
    /// the document), and its opening words, so that a note outlives a rebuild that moves,
    /// changes or removes its passage.
    #[serde(default)]
    pub doc: String,
    #[serde(default)]
    pub passage: u32,
    #[serde(default)]
    pub excerpt: String,
    /// Milliseconds since 1970, when it was last changed.
    #[serde(default)]
    pub updated: f64,
}

impl Note {
    /// Whether it holds anything worth keeping.
    pub fn is_empty(&self) -> bool {
        !self.bookmark && self.text.trim().is_empty()
    }

    /// The same note, ignoring when it was written.
    pub fn same_as(&self, other: &Note) -> bool {
        self.target == other.target && self.bookmark == other.bookmark && self.text == other.text
    }
}

/// The JSON file of an export, and of local storage.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NotesFile {
    pub version: u32,
    /// The identity of the corpus the notes were written on.
    pub corpus: String,
    pub notes: Vec<Note>,
}

/// Every note, sorted by target, one per target.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Notes {
    pub list: Vec<Note>,
}

impl Notes {
    pub fn from_list(mut list: Vec<Note>) -> Notes {
        list.retain(|n| !n.is_empty());
        corpus::sort::sort_by(&mut list, &|a, b| a.target.cmp(&b.target));
        list.dedup_by(|later, earlier| {
            if later.target == earlier.target {
                // Two notes on one target (a hand-edited file): the newer wins.
                if later.updated > earlier.updated {
                    std::mem::swap(later, earlier);
                }
                true
            } else {
                false
            }
        });
        Notes { list }
    }

    pub fn get(&self, target: &Target) -> Option<&Note> {
        self.list
            .binary_search_by(|n| n.target.cmp(target))
            .ok()
            .map(|i| &self.list[i])
    }
}

pub enum NotesAction {
    /// Add or change a note; an empty one is removed.
    Set(Note),
    Remove(Target),
    /// Replace all (another tab changed them, or the reader resolved an import).
    Replace(Vec<Note>),
}

impl Reducible for Notes {
    type Action = NotesAction;

    fn reduce(self: Rc<Self>, action: NotesAction) -> Rc<Self> {
        let mut list = self.list.clone();
        match action {
            NotesAction::Set(note) => match list.binary_search_by(|n| n.target.cmp(&note.target)) {
                Ok(i) if note.is_empty() => {
                    list.remove(i);
                }
                Ok(i) => list[i] = note,
                Err(_) if note.is_empty() => {}
                Err(i) => list.insert(i, note),
            },
            NotesAction::Remove(target) => list.retain(|n| n.target != target),
            NotesAction::Replace(all) => return Rc::new(Notes::from_list(all)),
        }
        if list == self.list {
            self
        } else {
            Rc::new(Notes { list })
        }
    }
}

/// The notes store as components hold it.
pub type NotesHandle = UseReducerHandle<Notes>;

/// What an import would do: notes to add, notes already there, and notes that differ from the
/// reader's own (the reader chooses).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Merge {
    pub added: Vec<Note>,
    pub unchanged: usize,
    /// (the reader's note, the imported one).
    pub conflicts: Vec<(Note, Note)>,
}

impl Merge {
    /// The notes after the import: the reader's, the added ones, and for each conflict the
    /// imported note when `take_imported`, else the reader's.
    pub fn apply(&self, mine: &Notes, take_imported: bool) -> Vec<Note> {
        let mut out: Vec<Note> = mine.list.clone();
        out.extend(self.added.iter().cloned());
        if take_imported {
            for (_, theirs) in &self.conflicts {
                if let Some(n) = out.iter_mut().find(|n| n.target == theirs.target) {
                    *n = theirs.clone();
                }
            }
        }
        Notes::from_list(out).list
    }
}

/// Compares imported notes with the reader's.
pub fn merge(mine: &Notes, imported: Vec<Note>) -> Merge {
    let mut m = Merge::default();
    for theirs in Notes::from_list(imported).list {
        match mine.get(&theirs.target) {
            None => m.added.push(theirs),
            Some(own) if own.same_as(&theirs) => m.unchanged += 1,
            Some(own) => m.conflicts.push((own.clone(), theirs)),
        }
    }
    m
}

/// The local storage key of a corpus's notes.
pub fn storage_key(corpus_identity: &str) -> String {
    format!("corpus-explorer:notes:{corpus_identity}")
}

/// Browser glue: local storage and JSON.
pub mod browser {
    use super::*;
    use wasm_bindgen::JsValue;

    fn storage() -> Option<web_sys::Storage> {
        web_sys::window()?.local_storage().ok()?
    }

    /// Reads a notes file (JSON text); says what is wrong with it when it is not one.
    pub fn parse(text: &str) -> Result<NotesFile, String> {
        let value = js_sys::JSON::parse(text).map_err(|_| "this is not a JSON file".to_string())?;
        let file: NotesFile = serde_wasm_bindgen::from_value(value)
            .map_err(|e| format!("this is not a notes file of the explorer ({e})"))?;
        if file.version > FILE_VERSION {
            return Err(format!(
                "the file is of a newer version ({}) than this explorer reads ({FILE_VERSION})",
                file.version
            ));
        }
        Ok(file)
    }

    /// The JSON text of a notes file, indented.
    pub fn to_json(file: &NotesFile) -> String {
        let value = file
            .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
            .unwrap_or(JsValue::NULL);
        js_sys::JSON::stringify_with_replacer_and_space(&value, &JsValue::NULL, &JsValue::from(2))
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_default()
    }

    /// The notes kept for a corpus (none when storage is unavailable or holds something else).
    pub fn load(corpus_identity: &str) -> Vec<Note> {
        let Some(text) = storage().and_then(|s| s.get_item(&storage_key(corpus_identity)).ok()?)
        else {
            return Vec::new();
        };
        parse(&text).map(|f| f.notes).unwrap_or_default()
    }

    /// Keeps the notes; an error says why they could not be kept (storage full or blocked).
    pub fn save(corpus_identity: &str, notes: &Notes) -> Result<(), String> {
        let storage = storage().ok_or("this browser keeps no local storage for the page")?;
        let key = storage_key(corpus_identity);
        if notes.list.is_empty() {
            return storage
                .remove_item(&key)
                .map_err(|_| "local storage refused the change".to_string());
        }
        let file = NotesFile {
            version: FILE_VERSION,
            corpus: corpus_identity.to_string(),
            notes: notes.list.clone(),
        };
        storage
            .set_item(&key, &to_json(&file))
            .map_err(|_| "local storage is full or blocked".to_string())
    }

    /// Milliseconds since 1970.
    pub fn now() -> f64 {
        js_sys::Date::now()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn note(id: &str, text: &str, updated: f64) -> Note {
        Note {
            target: Target::passage(id),
            bookmark: false,
            text: text.into(),
            doc: "a.txt".into(),
            passage: 0,
            excerpt: String::new(),
            updated,
        }
    }

    fn reduce(notes: Notes, action: NotesAction) -> Notes {
        (*Rc::new(notes).reduce(action)).clone()
    }

    #[test]
    fn setting_adds_changes_and_an_empty_note_removes() {
        let n = reduce(Notes::default(), NotesAction::Set(note("p1", "first", 1.0)));
        assert_eq!(n.list.len(), 1);
        let n = reduce(n, NotesAction::Set(note("p1", "second", 2.0)));
        assert_eq!(n.get(&Target::passage("p1")).unwrap().text, "second");
        let n = reduce(n, NotesAction::Set(note("p1", "  ", 3.0)));
        assert!(n.list.is_empty());
    }

    #[test]
    fn a_bookmark_without_text_is_kept() {
        let mut b = note("p1", "", 1.0);
        b.bookmark = true;
        let n = reduce(Notes::default(), NotesAction::Set(b));
        assert!(n.get(&Target::passage("p1")).unwrap().bookmark);
    }

    #[test]
    fn notes_stay_sorted_by_target_one_each() {
        let n = Notes::from_list(vec![
            note("b", "x", 1.0),
            note("a", "old", 1.0),
            note("a", "new", 2.0),
            note("c", "", 1.0),
        ]);
        let ids: Vec<&str> = n.list.iter().map(|n| n.target.id.as_str()).collect();
        assert_eq!(ids, ["a", "b"]);
        assert_eq!(
            n.list[0].text, "new",
            "the newer of two notes on one target"
        );
    }

    #[test]
    fn an_import_adds_new_notes_and_asks_about_different_ones() {
        let mine = Notes::from_list(vec![note("a", "mine", 1.0), note("b", "same", 1.0)]);
        let m = merge(
            &mine,
            vec![
                note("a", "theirs", 5.0),
                note("b", "same", 9.0),
                note("c", "new", 1.0),
            ],
        );
        assert_eq!(m.added.len(), 1);
        assert_eq!(m.unchanged, 1);
        assert_eq!(m.conflicts.len(), 1);
        let kept = m.apply(&mine, false);
        assert_eq!(kept.len(), 3);
        assert_eq!(kept[0].text, "mine", "nothing overwritten unless asked");
        let taken = m.apply(&mine, true);
        assert_eq!(taken[0].text, "theirs");
    }

    #[test]
    fn entity_and_passage_targets_differ() {
        let e = Target::entity(corpus::model::EntityKind::Place, "Baku");
        assert_eq!(e.on, "place");
        assert!(!e.is_passage());
        assert!(Target::passage("Baku").is_passage());
        assert_ne!(e, Target::passage("Baku"));
    }

    #[test]
    fn the_storage_key_names_the_corpus() {
        assert_ne!(storage_key("seed-1"), storage_key("seed-2"));
        assert!(storage_key("seed-1").ends_with("seed-1"));
    }
}
