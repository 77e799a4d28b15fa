//! The explorer's browser app: a thin Yew layer over the `corpus` core crate.
//!
//! URL ⇄ [`state::State`] (one reducer) ──► `corpus::query::Engine` and the core's views ──►
//! components, which reach the state through [`explorer::use_explorer`].

pub mod app;
pub mod bundle;
pub mod chunks;
pub mod components;
pub mod download;
pub mod explorer;
pub mod marks;
pub mod notes;
pub mod route;
pub mod state;
pub mod stemmers;

/// Mounts the app on the page's `#app` element.
pub fn start() {
    #[cfg(target_arch = "wasm32")]
    app::mount();
    #[cfg(not(target_arch = "wasm32"))]
    {
        eprintln!("This is the browser app: `make serve` builds and serves it, `make dist` writes it to dist/.");
        eprintln!("The command-line tool is `cargo run --release --bin corpus -- --help`.");
        std::process::exit(2);
    }
}
