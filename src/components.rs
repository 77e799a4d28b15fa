//! One file per component: props and callbacks in, no hidden state beyond view details.

pub mod facets;
pub mod help;
pub mod highlighted;
pub mod hit;
pub mod overview;
pub mod query_problems;
pub mod reader;
pub mod results;
pub mod search_box;
pub mod search_view;
