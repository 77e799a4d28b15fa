//! "Download CSV" and "Download JSON" buttons, in a group named for what they download. The
//! files are made in the page when the button is pressed (CSV by the core, RFC 4180 with formula
//! cells neutralised; JSON by the browser's serialiser).

use yew::prelude::*;

use crate::download;
use std::rc::Rc;

use corpus::query::Selection;

use crate::explorer::Explorer;

/// The two formats.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Csv,
    Json,
}

/// What a download button produces: (file name without extension, text) for a format.
pub type Make = Callback<Format, (String, String)>;

#[derive(Properties, PartialEq)]
pub struct DownloadsProps {
    /// "the results", "the figures": names the group ("Download the results").
    pub what: AttrValue,
    pub make: Make,
}

/// A file name part from the corpus name: letters, digits and dashes.
fn stem(explorer: &Explorer, what: &str) -> String {
    let name: String = explorer
        .corpus
        .name
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let name = name.trim_matches('-');
    if name.is_empty() {
        what.to_string()
    } else {
        format!("{name}-{what}")
    }
}

#[function_component]
pub fn Downloads(props: &DownloadsProps) -> Html {
    let error = use_state(|| None::<String>);
    let button = |format: Format| {
        let make = props.make.clone();
        let error = error.clone();
        Callback::from(move |_| {
            let (name, text) = make.emit(format);
            let (ext, mime) = match format {
                Format::Csv => ("csv", "text/csv"),
                Format::Json => ("json", "application/json"),
            };
            let result = download::save(&format!("{name}.{ext}"), mime, &text);
            error.set(result.err());
        })
    };
    html! {
        <div class="downloads" role="group" aria-label={format!("Download {}", props.what)}>
            <button type="button" onclick={button(Format::Csv)}>{ "Download CSV" }</button>
            <button type="button" onclick={button(Format::Json)}>{ "Download JSON" }</button>
            if let Some(e) = &*error { <p class="notice error" role="alert">{ e }</p> }
        </div>
    }
}

/// The entities of the current selection.
pub fn entity_downloads(explorer: &Explorer, selection: &Rc<Selection>) -> Html {
    let explorer = explorer.clone();
    let selection = selection.clone();
    let make = Callback::from(move |format: Format| {
        let views = &explorer.views;
        let text = match format {
            Format::Csv => views.entities_csv(&selection),
            Format::Json => download::json(&views.entity_rows(&selection)),
        };
        (stem(&explorer, "entities"), text)
    });
    html! { <Downloads what="the entities" {make} /> }
}

/// A download of something a view computed, by name.
pub fn named(explorer: &Explorer, what: &str, text: String) -> (String, String) {
    (stem(explorer, what), text)
}

/// Results downloaded at most: every passage the search lists, up to this many.
const MAX_RESULTS: usize = 10_000;

/// The current search's results, ranked as shown.
pub fn result_downloads(explorer: &Explorer) -> Html {
    let explorer = explorer.clone();
    let make = Callback::from(move |format: Format| {
        // The export reads no snippet.
        let request = explorer.state.request(MAX_RESULTS).snippets(0);
        let hits = explorer.engine.search(&request).hits;
        let views = &explorer.views;
        let text = match format {
            Format::Csv => views.results_csv(&hits),
            Format::Json => download::json(&views.result_rows(&hits)),
        };
        (stem(&explorer, "results"), text)
    });
    html! { <Downloads what="the results" {make} /> }
}
