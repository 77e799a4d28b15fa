//! Text with some byte ranges marked: `<mark>` nodes built from ranges, never from markup.

use std::ops::Range;
use std::rc::Rc;

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HighlightedProps {
    pub text: AttrValue,
    /// Ascending, non-overlapping byte ranges into `text`.
    pub ranges: Rc<Vec<Range<usize>>>,
}

#[function_component]
pub fn Highlighted(props: &HighlightedProps) -> Html {
    let text = props.text.as_str();
    let mut nodes: Vec<Html> = Vec::with_capacity(props.ranges.len() * 2 + 1);
    let mut at = 0;
    for r in props.ranges.iter() {
        if r.start < at
            || r.end > text.len()
            || !text.is_char_boundary(r.start)
            || !text.is_char_boundary(r.end)
        {
            continue;
        }
        if r.start > at {
            nodes.push(html! { { &text[at..r.start] } });
        }
        nodes.push(html! { <mark>{ &text[r.clone()] }</mark> });
        at = r.end;
    }
    if at < text.len() {
        nodes.push(html! { { &text[at..] } });
    }
    html! { <>{ for nodes }</> }
}
