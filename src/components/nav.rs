//! The navigation between the views. Each link keeps the query and the filters.

use yew::prelude::*;

use crate::components::link::link_with;
use crate::explorer::Explorer;
use crate::state::{Action, Page, View};

pub fn nav(explorer: &Explorer) -> Html {
    let page = explorer.state.page();
    html! {
        <nav class="views-nav" aria-label="Views">
            <ul>
                { for View::ALL.iter().enumerate().map(|(i, &view)| html! {
                    <li>
                        { link_with(explorer, Action::ShowView(view), classes!(), None, page == Page::View(view), html! {
                            <>
                                { view.label() }
                                <kbd class="shortcut" aria-hidden="true">{ i + 1 }</kbd>
                            </>
                        }) }
                    </li>
                }) }
            </ul>
        </nav>
    }
}
