//! What every rule reads and writes: the sentence being read ([`Cx`]), what the document has
//! defined and left open so far ([`DocState`]), and the records rules produce ([`Found`],
//! [`Cand`], [`Pending`]).

use std::collections::HashMap;

use super::rule::Rule;
use crate::analyze::lex::Tok;
use crate::analyze::DocText;
use crate::model::EntityKind;

/// One sentence of one document: what every rule reads.
#[derive(Clone, Copy)]
pub(super) struct Cx<'a> {
    /// The document's number in the corpus.
    pub doc: u32,
    pub d: &'a DocText<'a>,
    /// The sentence's index in `d.sentences`.
    pub si: usize,
    /// The sentence's tokens, with Azerbaijani and Turkish case endings split off names
    /// ([`super::turkic`]).
    pub toks: &'a [Tok],
}

impl<'a> Cx<'a> {
    /// The sentence's tokens.
    pub fn toks(&self) -> &'a [Tok] {
        self.toks
    }

    /// The passage the sentence is in.
    pub fn passage(&self) -> u32 {
        self.d.sentences[self.si].passage
    }

    /// The document's text.
    pub fn text(&self) -> &'a str {
        self.d.text
    }
}

/// A run of words of one sentence: token indices `start..end`.
#[derive(Debug, Clone, Copy)]
pub(super) struct Run {
    pub start: usize,
    pub end: usize,
}

/// What a document has found and left open while it is read.
#[derive(Default)]
pub(super) struct DocState {
    pub names: DocNames,
    /// Stretches no rule recognised yet, resolved once the whole document has been read.
    pub cands: Vec<Cand>,
}

/// A recognised mention before entities are numbered.
#[derive(Debug, Clone)]
pub(super) struct Found {
    pub doc: u32,
    pub passage: u32,
    pub span: (usize, usize),
    pub surface: String,
    pub kind: EntityKind,
    pub key: Key,
    pub rule: Rule,
    pub role: Option<String>,
    pub subtype: Option<&'static str>,
}

/// What identifies an entity while the corpus is read: a gazetteer entry, or a kind and a
/// normalised name.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(super) enum Key {
    Place(u32),
    Org(u32),
    Name(EntityKind, String),
}

impl Key {
    /// The kind of entity the key names.
    pub fn kind(&self) -> EntityKind {
        match self {
            Key::Place(_) => EntityKind::Place,
            Key::Org(_) => EntityKind::Organization,
            Key::Name(k, _) => *k,
        }
    }
}

/// A candidate no document could resolve, for the corpus-wide pass.
#[derive(Debug, Clone)]
pub(super) struct Pending {
    pub doc: u32,
    pub passage: u32,
    pub span: (usize, usize),
    pub surface: String,
    pub key: String,
}

/// A capitalised stretch nothing recognised yet, with what its context says.
#[derive(Debug, Clone)]
pub(super) struct Cand {
    pub passage: u32,
    pub span: (usize, usize),
    pub surface: String,
    pub key: String,
    pub words: usize,
    pub sentence_initial: bool,
    pub all_caps: bool,
    /// Evidence that it is a person, with the rule and the role the text gives.
    pub person: Option<(Rule, Option<String>)>,
    /// Evidence that it is a news source or organisation.
    pub source: Option<Rule>,
    /// Whether it reads as a person's name by its shape alone ([`Rule::NameShape`]), should
    /// nothing else explain it.
    pub shaped: bool,
    /// Whether it follows an article ("the Oyu Tolgoi mine"): a thing's or a body's name, never
    /// a person's.
    pub after_article: bool,
}

/// What one document defines: acronyms and the names its people and organisations go by.
#[derive(Default)]
pub(super) struct DocNames {
    /// Acronym (as written) → the key it stands for, or `None` for a term that is no entity.
    pub acronyms: HashMap<String, Option<(EntityKind, Key, String)>>,
    /// Folded single word (surname, short org name) → entity.
    pub short: HashMap<String, (EntityKind, Key)>,
    /// Folded full name → entity, for names the document found by rule.
    pub full: HashMap<String, (EntityKind, Key)>,
}
