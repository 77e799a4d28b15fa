//! The query syntax and the keyboard shortcuts, one click (or `?`) away from the search box.

use yew::prelude::*;

/// (what one types, what it finds)
const SYNTAX: &[(&str, &str)] = &[
    (
        "energy cooperation",
        "passages with both words (in any form: meetings finds meeting)",
    ),
    (
        "\"observer status\"",
        "the words side by side, in this order",
    ),
    ("digit*", "words starting with digit"),
    ("Baku OR Ufa", "either word"),
    (
        "gas -oil",
        "gas but not oil; -\"a phrase\" and -person:X work too",
    ),
    (
        "person:Aliyev",
        "passages naming that person; person:\"Ilham Aliyev\" for a full name",
    ),
    (
        "org:SCO  place:Baku",
        "likewise for organisations and places",
    ),
    (
        "theme:energy",
        "passages or documents tagged with the theme",
    ),
    (
        "doc:karamay",
        "documents whose file name or title has the text",
    ),
    (
        "year:2015  year:2015..2020",
        "documents from those years, or passages stating a date in them",
    ),
    ("lang:ru", "documents in that language"),
];

/// (keys, what they do): the shortcuts of the whole page.
const KEYS: &[(&str, &str)] = &[
    ("/", "the search box"),
    ("?", "this help"),
    (
        "1 2 3 4 5 6 7",
        "Search, Timeline, Network, Concordance, Figures, Words, Notes",
    ),
    ("↑ ↓ Enter", "choose a suggestion"),
    ("n p", "next and previous match in a document"),
    (
        "Esc",
        "close this help or the suggestions, clear the box, back from a document or a name",
    ),
    (
        "Tab",
        "every link, button and chart bar in turn; Enter or Space opens it",
    ),
];

#[function_component]
pub fn Help() -> Html {
    let open = use_state(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    let onkeydown = {
        let open = open.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.stop_propagation();
                open.set(false);
            }
        })
    };
    html! {
        <div class="help" {onkeydown}>
            <button type="button" id="help-button" class="help-button" aria-expanded={open.to_string()} aria-controls="syntax-help"
                onclick={toggle} title="Query syntax">
                <span aria-hidden="true">{ "?" }</span>
                <span class="visually-hidden">{ "Query syntax and keyboard help" }</span>
            </button>
            <div id="syntax-help" class="popover" role="region" aria-label="Help" hidden={!*open}>
                <h2>{ "Query syntax" }</h2>
                <table>
                    <tbody>
                        { for SYNTAX.iter().map(|(typed, finds)| html! {
                            <tr><td><code>{ *typed }</code></td><td>{ *finds }</td></tr>
                        }) }
                    </tbody>
                </table>
                <p>{ "Case and accents do not matter; typos are forgiven (one letter in words of 4–7 letters, two in longer ones); a name finds its other spellings and scripts (Putin finds Путин and 普京), a number its other writings (1.5 billion finds 1,5 milyard), an acronym its long form, and Traditional Chinese the Simplified and back. Filters are the same as the facets beside the results. A mistake in the query is shown, and the rest still runs." }</p>
                <h2>{ "Keyboard shortcuts" }</h2>
                <table class="keys">
                    <tbody>
                        { for KEYS.iter().map(|(keys, does)| html! {
                            <tr><td>{ for keys.split(' ').map(|k| html! { <kbd>{ k }</kbd> }) }</td><td>{ *does }</td></tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </div>
    }
}
