//! What the query parser did not understand, shown where it is in the query. The search runs
//! with the rest, so this is a notice, not an error page.

use std::rc::Rc;

use corpus::query::QueryError;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QueryProblemsProps {
    pub query: String,
    pub errors: Rc<Vec<QueryError>>,
}

#[function_component]
pub fn QueryProblems(props: &QueryProblemsProps) -> Html {
    if props.errors.is_empty() {
        return html! {};
    }
    let q = props.query.as_str();
    html! {
        <div class="notice partial query-problems" role="status">
            <p class="label">{ "Part of the query was not understood; the search ran with the rest." }</p>
            <ul>
                { for props.errors.iter().map(|e| {
                    let start = e.span.start.min(q.len());
                    let end = e.span.end.clamp(start, q.len());
                    let ok = q.is_char_boundary(start) && q.is_char_boundary(end);
                    let column = q.get(..start).map(|s| s.chars().count() + 1).unwrap_or(1);
                    html! {
                        <li>
                            if ok && end > start {
                                <code class="query-echo">
                                    { &q[..start] }<mark class="error">{ &q[start..end] }</mark>{ &q[end..] }
                                </code>
                            }
                            <span>{ format!(" {} (at character {column})", e.message) }</span>
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}
