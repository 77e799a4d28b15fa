//! The body of each view, and the heading every view starts with: its name, what it is narrowed
//! to ("12 of 340 passages"), and its downloads.

use yew::prelude::*;

use crate::components::concordance::ConcordanceView;
use crate::components::figures::FiguresView;
use crate::components::network::NetworkView;
use crate::components::notes_view::NotesView;
use crate::components::overview::Overview;
use crate::components::search_view::SearchView;
use crate::components::timeline::Timeline;
use crate::components::words::WordsView;
use crate::explorer::use_explorer;
use crate::state::View;

#[derive(Properties, PartialEq)]
pub struct ViewBodyProps {
    pub view: View,
}

#[function_component]
pub fn ViewBody(props: &ViewBodyProps) -> Html {
    let explorer = use_explorer();
    match props.view {
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

#[derive(Properties, PartialEq)]
pub struct ViewHeaderProps {
    pub title: AttrValue,
    /// What the view shows of the corpus: "12 of 340 passages".
    #[prop_or_default]
    pub scope: Option<AttrValue>,
    /// Buttons beside the heading (downloads).
    #[prop_or_default]
    pub children: Html,
}

#[function_component]
pub fn ViewHeader(props: &ViewHeaderProps) -> Html {
    let explorer = use_explorer();
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
                <h1>{ props.title.clone() }</h1>
                if let Some(scope) = &props.scope {
                    <p class="scope" role="status">
                        { scope.clone() }
                        if let Some(n) = narrowed { { " · " }{ n } }
                    </p>
                }
            </div>
            <div class="view-actions">{ props.children.clone() }</div>
        </header>
    }
}
