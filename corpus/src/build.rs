//! What only the build does with a compiled corpus, behind the `build` feature (which `ingest`
//! turns on): the index builder and the sharded site's writer. The browser app compiles none of it; it reads what this writes
//! through [`crate::model`] and [`crate::index`].

pub mod index;
pub mod shard;
