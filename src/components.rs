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

use yew::{Callback, MouseEvent};

/// The click handler of an in-app link: a plain click runs `action` instead of loading the
/// `href`; a click with a modifier or another button is left to the browser (new tab, window).
pub fn in_app(action: impl Fn() + 'static) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        if e.ctrl_key() || e.meta_key() || e.shift_key() || e.alt_key() || e.button() != 0 {
            return;
        }
        e.prevent_default();
        action();
    })
}
