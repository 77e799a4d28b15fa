//! The corpus explorer's core: everything that does not need a browser.
//!
//! ```text
//! files ──ingest──► Parsed ──compile──► Corpus (text, structure, analysis, index) ──► bundle bytes
//!                                                     │
//!                                     query::Engine ◄─┘ (native CLI and the WASM app alike)
//! ```
//!
//! Two sides, one direction: the bundle format and what reads it ([`model`], [`index`], [`wire`],
//! [`query`], [`views`], [`text`]) depend on nothing of the build; the build ([`build`],
//! `compile`, `analyze`, `ingest`, behind the `build` and `ingest` features) depends on them. The
//! browser app enables neither feature.

pub mod diag;
pub mod index;
pub mod model;
pub mod query;
pub mod search_eval;
pub mod shard;
pub mod sort;
pub mod text;
pub mod views;
mod wire;
pub mod years;

#[cfg(feature = "build")]
pub mod build;

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
