//! The explorer's browser app: a thin Yew layer over the `corpus` core crate.
//!
//! URL ⇄ [`state::State`] (one reducer) ──► `corpus::query::Engine` ──► components.

pub mod bundle;
pub mod route;
pub mod state;

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod components;

/// Mounts the app on the page's `#app` element.
pub fn start() {
    #[cfg(target_arch = "wasm32")]
    app::mount();
}
