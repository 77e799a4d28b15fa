//! An in-app link: a real `href` (the URL of the state the action leads to, so that it opens in
//! a new tab and can be copied) whose plain click dispatches the action instead.

use yew::prelude::*;

use crate::components::in_app;
use crate::explorer::use_explorer;
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct LinkProps {
    pub to: Action,
    #[prop_or_default]
    pub class: Classes,
    /// `aria-current="page"` when true.
    #[prop_or_default]
    pub current: bool,
    #[prop_or_default]
    pub label: Option<AttrValue>,
    #[prop_or_default]
    pub children: Html,
}

#[function_component]
pub fn Link(props: &LinkProps) -> Html {
    let explorer = use_explorer();
    let href = explorer.href(&props.to);
    let onclick = {
        let to = props.to.clone();
        in_app(move || explorer.dispatch(to.clone()))
    };
    html! {
        <a class={props.class.clone()} {href} {onclick} aria-label={props.label.clone()}
            aria-current={props.current.then_some("page")}>
            { props.children.clone() }
        </a>
    }
}

#[derive(Properties, PartialEq)]
pub struct EntityLinkProps {
    /// Index into `corpus.entities`.
    pub entity: u32,
    /// What is shown, when not the entity's name (a mention as written, with its marks).
    #[prop_or_default]
    pub children: Html,
}

/// A link to an entity's page, marked by its kind.
#[function_component]
pub fn EntityLink(props: &EntityLinkProps) -> Html {
    let explorer = use_explorer();
    let Some(e) = explorer.corpus.entities.get(props.entity as usize) else {
        return html! {};
    };
    let to = explorer.entity_action(props.entity);
    let text = if props.children == Html::default() {
        html! { { e.name.clone() } }
    } else {
        props.children.clone()
    };
    html! {
        <Link {to} class={classes!("entity", e.kind.name())}>{ text }</Link>
    }
}
