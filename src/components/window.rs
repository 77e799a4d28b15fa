//! A window over a long list: the items from the top down to about the bottom of the screen are
//! drawn whole, the rest light (what a reader needs to find them, in a box of about their
//! height), so that a search draws what is on screen rather than everything it found. The window
//! grows, and stays grown until the list shows something else, as light items come near the
//! screen: an `IntersectionObserver` tells, after the page is laid out, so that a search reads no
//! layout in its own time. Keyboard focus in the search's results and filters draws everything
//! (see `search_view.rs`): Tab and Shift+Tab then meet every control.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};
use yew::prelude::*;

use crate::state::{Field, Sort, State};

/// Items drawn beyond the one that came near the screen.
pub const AHEAD: usize = 2;

/// The window after the light item `index` came near the screen: `None` when it was drawn whole
/// already.
pub fn grown(window: usize, index: usize) -> Option<usize> {
    (index >= window).then_some(index + 1 + AHEAD)
}

/// How many items of `px` pixels or more fill the screen's height, at least `min`: the first
/// window.
pub fn screenful(px: f64, min: usize) -> usize {
    let height = web_sys::window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .unwrap_or(800.0);
    ((height / px).ceil() as usize).max(min)
}

/// What a list shows: its search's query, filters and order.
pub type WindowKey = (String, Vec<(Field, String)>, Sort);

/// The key of the search a state shows: a new one starts the window again.
pub fn window_key(state: &State) -> WindowKey {
    (state.query.clone(), state.filters.clone(), state.sort)
}

/// The window over the element children of the element that gets the returned `NodeRef`: how
/// many items from the top are drawn whole, `first` for each new `key`. Light items carry
/// `data-index` (their place in the list, from 0), which the observer reads.
#[hook]
pub fn use_window(key: WindowKey, first: usize) -> (usize, NodeRef) {
    let window = use_mut_ref(|| None::<(WindowKey, usize)>);
    let redraw = use_force_update();
    let (whole, shrank) = {
        let mut w = window.borrow_mut();
        match &mut *w {
            Some((k, n)) if *k == key => (*n, false),
            _ => {
                let shrank = w.as_ref().is_some_and(|(_, n)| *n > first);
                *w = Some((key, first));
                (first, shrank)
            }
        }
    };
    let list = use_node_ref();
    let watch = use_mut_ref(|| None::<Watch>);
    {
        let list = list.clone();
        let watch = watch.clone();
        use_effect(move || {
            let grow = move |index: usize| {
                let next = window.borrow().as_ref().and_then(|(_, n)| grown(*n, index));
                if let Some(next) = next {
                    if let Some((_, n)) = &mut *window.borrow_mut() {
                        *n = next;
                    }
                    redraw.force_update();
                }
            };
            watch_items(&watch, &list, grow, shrank);
        });
    }
    {
        // Gone with the list.
        let watch = watch.clone();
        use_effect_with((), move |_| {
            move || {
                if let Some(w) = watch.borrow_mut().take() {
                    w.observer.disconnect();
                }
            }
        });
    }
    (whole, list)
}

/// The observer of a list's items, the list it watches and how many of its items (from the top).
struct Watch {
    observer: IntersectionObserver,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
    list: Option<web_sys::Element>,
    watched: u32,
}

/// Watches the items of `list`: when a light one comes within a quarter of a screen of the
/// screen, `grow` is told its index. The observer is made once; each item element is watched
/// once (a new search patches the items in place), all of them again when `again` (the window
/// shrank, so that items on screen are reported again) or the list is a new one.
fn watch_items(
    slot: &RefCell<Option<Watch>>,
    list: &NodeRef,
    grow: impl Fn(usize) + 'static,
    again: bool,
) {
    let mut slot = slot.borrow_mut();
    if slot.is_none() {
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let nearest = entries
                .iter()
                .map(|e| e.unchecked_into::<IntersectionObserverEntry>())
                .filter(|e| e.is_intersecting())
                .filter_map(|e| {
                    e.target()
                        .get_attribute("data-index")?
                        .parse::<usize>()
                        .ok()
                })
                .max();
            if let Some(index) = nearest {
                grow(index);
            }
        });
        let options = IntersectionObserverInit::new();
        options.set_root_margin("25% 0px");
        let Ok(observer) =
            IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options)
        else {
            return;
        };
        *slot = Some(Watch {
            observer,
            _callback: callback,
            list: None,
            watched: 0,
        });
    }
    let Some(watch) = slot.as_mut() else { return };
    let list = list.cast::<web_sys::Element>();
    let items = list.as_ref().map_or(0, |l| l.child_element_count());
    if again || watch.list != list || items < watch.watched {
        watch.observer.disconnect();
        watch.watched = 0;
        watch.list = list.clone();
    }
    let Some(list) = list else { return };
    let children = list.children();
    for i in watch.watched..items {
        if let Some(item) = children.item(i) {
            watch.observer.observe(&item);
        }
    }
    watch.watched = items;
}

#[cfg(test)]
mod tests {
    use super::{grown, AHEAD};

    #[test]
    fn an_item_inside_the_window_leaves_it_as_it_is() {
        assert_eq!(grown(4, 0), None);
        assert_eq!(grown(4, 3), None);
    }

    #[test]
    fn a_light_item_near_the_screen_grows_the_window_past_it() {
        assert_eq!(grown(4, 4), Some(5 + AHEAD));
        assert_eq!(grown(4, 17), Some(18 + AHEAD));
    }
}
