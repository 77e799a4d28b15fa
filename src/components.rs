//! One file per component: props and callbacks in, no hidden state beyond view details.

pub mod highlighted;
pub mod overview;
pub mod reader;
pub mod results;
pub mod search_box;
