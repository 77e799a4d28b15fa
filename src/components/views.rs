//! The body of each view, and the heading every view starts with: its name, what it is narrowed
//! to ("12 of 340 passages"), and its downloads. Plain functions: they hold no state.

use yew::prelude::*;

use crate::components::concordance::ConcordanceView;
use crate::components::figures::FiguresView;
use crate::components::network::NetworkView;
use crate::components::notes_view::NotesView;
use crate::components::overview::Overview;
use crate::components::search_view::SearchView;
use crate::components::timeline::Timeline;
use crate::components::words::WordsView;
use crate::explorer::Explorer;
use crate::state::View;

/// The view's component.
pub fn view_body(explorer: &Explorer, view: View) -> Html {
    match view {
        View::Search if explorer.state.is_searching() => html! { <SearchView /> },
        View::Search => html! { <Overview /> },
        View::Timeline => html! { <Timeline /> },
        View::Network => html! { <NetworkView /> },
        View::Concordance => html! { <ConcordanceView /> },
        View::Figures => html! { <FiguresView /> },
        View::Words => html! { <WordsView /> },
        View::Notes => html! { <NotesView /> },
    }
}

/// A view's heading: its `h1`, what it shows of the corpus ("12 of 340 passages") with what
/// narrows it, and `actions` beside it (downloads).
pub fn view_header(explorer: &Explorer, title: &str, scope: Option<String>, actions: Html) -> Html {
    let state = &explorer.state;
    let narrowed = if state.is_searching() {
        let mut parts: Vec<String> = Vec::new();
        if !state.query.trim().is_empty() {
            parts.push(format!("“{}”", state.query.trim()));
        }
        parts.extend(
            state
                .filters
                .iter()
                .map(|(f, v)| format!("{}: {v}", f.name())),
        );
        Some(format!("narrowed by {}", parts.join(", ")))
    } else {
        None
    };
    html! {
        <header class="view-header">
            <div>
                <h1>{ title }</h1>
                if let Some(scope) = scope {
                    <p class="scope" role="status">
                        { scope }
                        if let Some(n) = narrowed { { " · " }{ n } }
                    </p>
                }
            </div>
            <div class="view-actions">{ actions }</div>
        </header>
    }
}
