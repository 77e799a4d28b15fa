//! The search box: results follow as one types; completions of the word being typed (words of
//! the corpus, and names with their kind) are offered in a list chosen with the keyboard.
//! `/` focuses the box from anywhere (see the app's keys); Escape closes the list, then clears
//! the box.

use corpus::query::{Suggestion, SuggestionKind};
use web_sys::{HtmlInputElement, KeyboardEvent};
use yew::prelude::*;

use crate::components::help::Help;
use crate::explorer::use_explorer;

/// Suggestions offered at most.
const SUGGESTIONS: usize = 8;

/// Word completions whose postings a sharded site fetches ahead, while the reader types.
const PREFETCHED: usize = 3;

/// The box's text with its last word replaced by a suggestion, ready for the next word.
pub fn apply_suggestion(input: &str, replacement: &str) -> String {
    let start = input
        .rfind(char::is_whitespace)
        .map(|i| i + input[i..].chars().next().map_or(1, char::len_utf8))
        .unwrap_or(0);
    let last = &input[start..];
    // Keep a leading minus or parenthesis: `-russ` becomes `-russia`.
    let keep = last.len() - last.trim_start_matches(['-', '(']).len();
    format!("{}{}{} ", &input[..start], &last[..keep], replacement)
}

fn kind_label(kind: SuggestionKind) -> &'static str {
    match kind {
        SuggestionKind::Word => "word",
        SuggestionKind::Entity(k) => match k {
            corpus::model::EntityKind::Person => "person",
            corpus::model::EntityKind::Organization => "organisation",
            corpus::model::EntityKind::Place => "place",
        },
    }
}

#[function_component]
pub fn SearchBox() -> Html {
    let explorer = use_explorer();
    let input = use_node_ref();
    let open = use_state(|| false);
    let active = use_state(|| None::<usize>);

    let query = explorer.state.query.clone();
    let suggestions: std::rc::Rc<Vec<Suggestion>> = {
        let engine = explorer.engine.clone();
        let corpus = explorer.corpus;
        use_memo(query.clone(), move |q| {
            if q.ends_with(char::is_whitespace) || q.trim().is_empty() {
                return Vec::new();
            }
            let found = engine.suggest(q, SUGGESTIONS);
            // On a sharded site, the postings of the likeliest completions are fetched while
            // the reader is still typing.
            let words = found.iter().filter(|s| s.kind == SuggestionKind::Word);
            for s in words.take(PREFETCHED) {
                if let Some(t) = corpus.index.term_id(&s.text) {
                    corpus.index.prefetch(t);
                }
            }
            found
        })
    };
    let showing = *open && !suggestions.is_empty();

    let choose = {
        let explorer = explorer.clone();
        let open = open.clone();
        let active = active.clone();
        let input = input.clone();
        move |s: &Suggestion| {
            let next = apply_suggestion(&explorer.state.query, &s.query);
            explorer.search(next);
            open.set(false);
            active.set(None);
            if let Some(el) = input.cast::<HtmlInputElement>() {
                let _ = el.focus();
            }
        }
    };

    let oninput = {
        let explorer = explorer.clone();
        let open = open.clone();
        let active = active.clone();
        Callback::from(move |e: InputEvent| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            explorer.search(value);
            open.set(true);
            active.set(None);
        })
    };
    let onkeydown = {
        let explorer = explorer.clone();
        let open = open.clone();
        let active = active.clone();
        let suggestions = suggestions.clone();
        let choose = choose.clone();
        Callback::from(move |e: KeyboardEvent| {
            let n = suggestions.len();
            match e.key().as_str() {
                "ArrowDown" if n > 0 => {
                    e.prevent_default();
                    open.set(true);
                    active.set(Some(active.map_or(0, |i| (i + 1) % n)));
                }
                "ArrowUp" if n > 0 && *open => {
                    e.prevent_default();
                    active.set(Some(active.map_or(n - 1, |i| (i + n - 1) % n)));
                }
                "Enter" | "Tab" if *open => {
                    if let Some(s) = active.and_then(|i| suggestions.get(i)) {
                        e.prevent_default();
                        choose(s);
                    } else {
                        open.set(false);
                    }
                }
                "Escape" => {
                    // The browser's own Escape would empty a search input at once.
                    e.prevent_default();
                    if *open && n > 0 {
                        open.set(false);
                        active.set(None);
                    } else {
                        explorer.search(String::new());
                    }
                }
                _ => {}
            }
        })
    };
    let onblur = {
        let open = open.clone();
        Callback::from(move |_: FocusEvent| open.set(false))
    };
    let onfocus = {
        let open = open.clone();
        Callback::from(move |_: FocusEvent| open.set(true))
    };
    let onsubmit = {
        let open = open.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            open.set(false);
        })
    };
    let active_id = active
        .filter(|_| showing)
        .map(|i| format!("suggestion-{i}"));

    html! {
        <form class="search" role="search" {onsubmit}>
            <div class="combo">
                <label for="q" class="visually-hidden">{ "Search the corpus" }</label>
                <input
                    id="q"
                    ref={input}
                    type="search"
                    role="combobox"
                    aria-autocomplete="list"
                    aria-expanded={showing.to_string()}
                    aria-controls="suggestions"
                    aria-activedescendant={active_id}
                    aria-describedby="search-hint"
                    value={query}
                    {oninput}
                    {onkeydown}
                    {onblur}
                    {onfocus}
                    placeholder="Search passages, names, places…"
                    autocomplete="off"
                    spellcheck="false"
                    aria-keyshortcuts="/"
                />
                <kbd class="hint" aria-hidden="true">{ "/" }</kbd>
                <ul id="suggestions" role="listbox" aria-label="Suggestions" class="suggestions" hidden={!showing}>
                    { for suggestions.iter().enumerate().map(|(i, s)| {
                        let pick = {
                            let choose = choose.clone();
                            let s = s.clone();
                            // mousedown, not click: it comes before the box loses focus.
                            Callback::from(move |e: MouseEvent| {
                                e.prevent_default();
                                choose(&s);
                            })
                        };
                        let is_active = *active == Some(i);
                        html! {
                            <li id={format!("suggestion-{i}")} role="option" aria-selected={is_active.to_string()}
                                class={classes!(is_active.then_some("active"))} onmousedown={pick}>
                                <span class="text">{ &s.text }</span>
                                <span class={classes!("kind", kind_label(s.kind))}>{ kind_label(s.kind) }</span>
                                <span class="count">{ s.count }</span>
                            </li>
                        }
                    }) }
                </ul>
            </div>
            <Help />
            <p id="search-hint" class="visually-hidden">
                { "Results update as you type. Use the arrow keys to choose a suggestion, Enter to take it, Escape to close the list or clear the box." }
            </p>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::apply_suggestion;

    #[test]
    fn replaces_the_last_word() {
        assert_eq!(
            apply_suggestion("energy coop", "cooperation"),
            "energy cooperation "
        );
    }

    #[test]
    fn a_single_word_is_replaced_whole() {
        assert_eq!(
            apply_suggestion("Aliy", "person:\"Ilham Aliyev\""),
            "person:\"Ilham Aliyev\" "
        );
    }

    #[test]
    fn a_minus_stays_in_front() {
        assert_eq!(apply_suggestion("gas -russ", "russia"), "gas -russia ");
    }

    #[test]
    fn multibyte_text_before_the_word() {
        assert_eq!(
            apply_suggestion("Türkiye\u{3000}Baк", "baku"),
            "Türkiye\u{3000}baku "
        );
    }
}
