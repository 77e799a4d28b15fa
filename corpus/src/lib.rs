//! The corpus explorer's core: everything that does not need a browser.
//!
//! ```text
//! files ──ingest──► Parsed ──compile──► Corpus (text, structure, analysis, index) ──► bundle bytes
//!                                                     │
//!                                     query::Engine ◄─┘ (native CLI and the WASM app alike)
//! ```

pub mod diag;
pub mod index;
pub mod model;
pub mod query;
pub mod search_eval;
pub mod text;
pub mod views;
mod wire;

#[cfg(feature = "ingest")]
pub mod analyze;
#[cfg(feature = "ingest")]
pub mod compile;
#[cfg(feature = "ingest")]
pub mod config;
#[cfg(feature = "ingest")]
pub mod eval;
#[cfg(feature = "ingest")]
pub mod ingest;

pub use diag::{Diagnostic, Severity};
pub use model::{Corpus, FORMAT_VERSION};
