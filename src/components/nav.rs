//! The navigation between the views. Each link keeps the query and the filters.

use yew::prelude::*;

use crate::components::link::Link;
use crate::explorer::Explorer;
use crate::state::{Action, Page, View};

pub fn nav(explorer: &Explorer) -> Html {
    let page = explorer.state.page();
    html! {
        <nav class="views-nav" aria-label="Views">
            <ul>
                { for View::ALL.iter().enumerate().map(|(i, &view)| html! {
                    <li>
                        <Link to={Action::ShowView(view)} current={page == Page::View(view)}>
                            { view.label() }
                            <kbd class="shortcut" aria-hidden="true">{ i + 1 }</kbd>
                        </Link>
                    </li>
                }) }
            </ul>
        </nav>
    }
}
