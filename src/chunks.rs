//! A sharded site's chunks in the page: whatever the engine or a view reads that is not loaded
//! is noted by the corpus ([`corpus::index::Residency`]); once the render that read it is done,
//! every noted chunk is fetched at once, in parallel, relative to the page (so any sub-path and
//! any static host serve them), from the Cache API when it holds it, checked against its content
//! hash and taken in. The app hears of arrivals once per frame (the chunks that came since), and
//! renders again: the searches and views run once more over what is now loaded, until nothing
//! they read is missing. A chunk that fails is kept aside with its reason, shown with a retry,
//! and not fetched again on its own.
//!
//! Only a page built on a sharded site (`cfg(sharded)`, set by `build.rs`) carries the fetching;
//! in a page with one bundle, [`start`] and [`retry`] do nothing.

use std::rc::Rc;

use yew::Callback;

#[cfg(sharded)]
use {
    corpus::index::ChunkKey,
    corpus::shard::Site,
    js_sys::Uint8Array,
    std::cell::RefCell,
    std::collections::{BTreeMap, BTreeSet},
    wasm_bindgen::{JsCast, JsValue},
    wasm_bindgen_futures::JsFuture,
};

/// Where the fetching stands, for the page to show.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Status {
    /// Chunks taken in so far (grows with each arrival: what was computed before is stale).
    pub loaded: usize,
    /// Chunks being fetched.
    pub pending: usize,
    /// Chunks that could not be loaded: their file and why.
    pub failed: Vec<(String, String)>,
}

impl Status {
    /// Whether counts shown now may still change as chunks arrive.
    pub fn loading(&self) -> bool {
        self.pending > 0
    }
}

#[cfg(sharded)]
#[derive(Default)]
struct Fetcher {
    site: Option<&'static Site>,
    cache_name: String,
    scheduled: bool,
    /// Whether a notice of arrivals waits for the next frame.
    telling: bool,
    in_flight: BTreeSet<ChunkKey>,
    failed: BTreeMap<ChunkKey, String>,
    loaded: usize,
    notify: Option<Callback<Rc<Status>>>,
}

#[cfg(sharded)]
thread_local! {
    static FETCHER: RefCell<Fetcher> = RefCell::new(Fetcher::default());
}

#[cfg(sharded)]
/// The name of the page's chunk cache (Cache API): one per corpus folder and content, so that a
/// rebuild starts a new cache and [`start`] removes the old one.
fn cache_prefix(corpus_key: &str) -> String {
    format!("corpus-explorer-chunks-{corpus_key}-")
}

/// In a page with one bundle: nothing to fetch.
#[cfg(not(sharded))]
pub fn start(_identity: (&str, &str), _notify: Callback<Rc<Status>>) {}

/// In a page with one bundle: nothing to retry.
#[cfg(not(sharded))]
pub fn retry() {}

/// Starts fetching for the page's site: `notify` gets the status after every change.
/// `identity` is the corpus's storage key and content hash.
#[cfg(sharded)]
pub fn start(identity: (&str, &str), notify: Callback<Rc<Status>>) {
    let Some(site) = crate::bundle::site() else {
        return;
    };
    let prefix = cache_prefix(identity.0);
    let name = format!("{prefix}{}", identity.1);
    FETCHER.with(|f| {
        let mut f = f.borrow_mut();
        f.site = Some(site);
        f.cache_name = name.clone();
        f.notify = Some(notify);
    });
    site.on_missing(schedule);
    wasm_bindgen_futures::spawn_local(remove_old_caches(prefix, name));
    // Whatever the first render read before this was set up.
    schedule();
}

#[cfg(sharded)]
/// Fetches the noted chunks once the current work (a render) is done.
fn schedule() {
    let first = FETCHER.with(|f| !std::mem::replace(&mut f.borrow_mut().scheduled, true));
    if first {
        wasm_bindgen_futures::spawn_local(async { fetch_noted() });
    }
}

#[cfg(sharded)]
fn fetch_noted() {
    let Some(site) = FETCHER.with(|f| {
        let mut f = f.borrow_mut();
        f.scheduled = false;
        f.site
    }) else {
        return;
    };
    let mut keys: Vec<ChunkKey> = site
        .missing()
        .into_iter()
        .filter(|&k| !site.is_loaded(k))
        .collect();
    // While a search lacks postings, the passages it ranked (and whose texts it read) are
    // provisional: their texts are fetched only once the postings are in and the search, run
    // again, reads those of the passages it really shows. Everything that read a chunk reads
    // again when the postings arrive, and notes what it still lacks. (Postings that failed to
    // load hold nothing back: they wait for the reader's retry.)
    let terms = |k: &ChunkKey| matches!(k, ChunkKey::Terms(_));
    let waiting = FETCHER.with(|f| {
        let f = f.borrow();
        f.in_flight.iter().any(terms) || keys.iter().any(|k| terms(k) && !f.failed.contains_key(k))
    });
    if waiting {
        keys.retain(terms);
    }
    fetch_all(site, keys, false);
}

#[cfg(sharded)]
/// Fetches these chunks unless loaded, already on their way, or (unless `retry`) failed before.
fn fetch_all(site: &'static Site, keys: Vec<ChunkKey>, retry: bool) {
    let mut started = false;
    FETCHER.with(|f| {
        let mut f = f.borrow_mut();
        for key in keys {
            if f.in_flight.contains(&key) || (!retry && f.failed.contains_key(&key)) {
                continue;
            }
            f.failed.remove(&key);
            f.in_flight.insert(key);
            started = true;
            let cache = f.cache_name.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let file = site.file_of(key).to_string();
                let outcome = match load(&file, &cache).await {
                    Ok(bytes) => site.insert(key, &bytes).map_err(|e| e.to_string()),
                    Err(e) => Err(format!("{file}: could not be loaded: {e}")),
                };
                FETCHER.with(|f| {
                    let mut f = f.borrow_mut();
                    f.in_flight.remove(&key);
                    match outcome {
                        Ok(()) => f.loaded += 1,
                        Err(e) => {
                            f.failed.insert(key, e);
                        }
                    }
                });
                tell_next_frame();
            });
        }
    });
    if started {
        tell();
    }
}

#[cfg(sharded)]
/// Tries every failed chunk again.
pub fn retry() {
    let Some((site, keys)) = FETCHER.with(|f| {
        let f = f.borrow();
        f.site
            .map(|s| (s, f.failed.keys().copied().collect::<Vec<_>>()))
    }) else {
        return;
    };
    fetch_all(site, keys, true);
}

#[cfg(sharded)]
fn status(f: &Fetcher) -> Status {
    Status {
        loaded: f.loaded,
        pending: f.in_flight.len(),
        failed: f
            .failed
            .iter()
            .map(|(k, e)| {
                let file = f.site.map_or("", |s| s.file_of(*k)).to_string();
                (file, e.clone())
            })
            .collect(),
    }
}

#[cfg(sharded)]
/// Tells the app at the next frame, once for every chunk that arrives before it: each notice
/// runs the page's searches and views again, and a query's chunks arrive a few milliseconds
/// apart. Without frames (no window), at once.
fn tell_next_frame() {
    let first = FETCHER.with(|f| !std::mem::replace(&mut f.borrow_mut().telling, true));
    if !first {
        return;
    }
    let later = wasm_bindgen::closure::Closure::once_into_js(|| {
        FETCHER.with(|f| f.borrow_mut().telling = false);
        tell();
    });
    let asked = web_sys::window()
        .and_then(|w| w.request_animation_frame(later.unchecked_ref()).ok())
        .is_some();
    if !asked {
        FETCHER.with(|f| f.borrow_mut().telling = false);
        tell();
    }
}

#[cfg(sharded)]
fn tell() {
    let (notify, status) = FETCHER.with(|f| {
        let f = f.borrow();
        (f.notify.clone(), status(&f))
    });
    if let Some(notify) = notify {
        notify.emit(Rc::new(status));
    }
}

#[cfg(sharded)]
/// A chunk's bytes: from the page's cache if it holds the file, else fetched (and put in the
/// cache). The Cache API is only in secure contexts (https, localhost); elsewhere the browser's
/// HTTP cache alone keeps them.
async fn load(file: &str, cache_name: &str) -> Result<Vec<u8>, String> {
    let window = web_sys::window().ok_or("no window")?;
    let cache = open_cache(&window, cache_name).await;
    if let Some(cache) = &cache {
        if let Ok(hit) = JsFuture::from(cache.match_with_str(file)).await {
            if let Ok(response) = hit.dyn_into::<web_sys::Response>() {
                if let Ok(bytes) = body(&response).await {
                    return Ok(bytes);
                }
            }
        }
    }
    let from_disk = window.location().protocol().is_ok_and(|p| p == "file:");
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(file))
        .await
        .map_err(|e| {
            if from_disk {
                "a sharded site must be served by a web server: opened from disk, the browser \
                 does not fetch its parts (see the README, \"Large corpora\")"
                    .to_string()
            } else {
                describe(&e, "the network request failed")
            }
        })?
        .dyn_into()
        .map_err(|_| "not a response".to_string())?;
    if !response.ok() {
        return Err(format!(
            "HTTP {} {}",
            response.status(),
            response.status_text()
        ));
    }
    if let (Some(cache), Ok(copy)) = (&cache, response.clone()) {
        // Best effort: a full or refused cache only means fetching again next time.
        let _ = cache.put_with_str(file, &copy);
    }
    body(&response).await
}

#[cfg(sharded)]
async fn open_cache(window: &web_sys::Window, name: &str) -> Option<web_sys::Cache> {
    let caches = window.caches().ok()?;
    JsFuture::from(caches.open(name))
        .await
        .ok()?
        .dyn_into()
        .ok()
}

#[cfg(sharded)]
async fn body(response: &web_sys::Response) -> Result<Vec<u8>, String> {
    let buffer = response
        .array_buffer()
        .map_err(|e| describe(&e, "unreadable body"))?;
    let buffer = JsFuture::from(buffer)
        .await
        .map_err(|e| describe(&e, "the download was cut off"))?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

#[cfg(sharded)]
/// Removes the caches of earlier builds of this corpus.
async fn remove_old_caches(prefix: String, current: String) {
    let Some(caches) = web_sys::window().and_then(|w| w.caches().ok()) else {
        return;
    };
    let Ok(names) = JsFuture::from(caches.keys()).await else {
        return;
    };
    for name in js_sys::Array::from(&names)
        .iter()
        .filter_map(|n| n.as_string())
    {
        if name.starts_with(&prefix) && name != current {
            let _ = caches.delete(&name);
        }
    }
}

#[cfg(sharded)]
fn describe(e: &JsValue, fallback: &str) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .filter(|m| !m.is_empty())
        .unwrap_or_else(|| fallback.to_string())
}
