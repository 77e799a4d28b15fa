//! Files made in the page: a download from a string (a `Blob` behind a temporary link), JSON
//! through the browser's own serialiser, and reading a chosen file as text.

use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Offers `text` as a file named `name` of type `mime` (UTF-8).
pub fn save(name: &str, mime: &str, text: &str) -> Result<(), String> {
    let fail = |what: &str| format!("the download could not be made ({what})");
    let window = web_sys::window().ok_or_else(|| fail("no window"))?;
    let document = window.document().ok_or_else(|| fail("no document"))?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(&format!("{mime};charset=utf-8"));
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| fail("Blob"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| fail("URL"))?;
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| fail("link"))?
        .unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.set_hidden(true);
    let body = document.body().ok_or_else(|| fail("no body"))?;
    let _ = body.append_child(&a);
    a.click();
    let _ = body.remove_child(&a);
    // The browser has taken the file once the click is handled.
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ =
        window.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 1000);
    Ok(())
}

/// Pretty JSON of plain data, by the browser's `JSON.stringify` (no JSON library in the app).
pub fn json<T: Serialize + ?Sized>(value: &T) -> String {
    let value = value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap_or(JsValue::NULL);
    js_sys::JSON::stringify_with_replacer_and_space(&value, &JsValue::NULL, &JsValue::from(2))
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}

/// Reads the first file chosen in a file input as text, then calls `done` with it (or with
/// what went wrong).
pub fn read_chosen(
    input: &web_sys::HtmlInputElement,
    done: impl FnOnce(Result<String, String>) + 'static,
) {
    let Some(file) = input.files().and_then(|f| f.get(0)) else {
        return;
    };
    let done = std::rc::Rc::new(std::cell::RefCell::new(Some(done)));
    let ok = {
        let done = done.clone();
        Closure::once(move |text: JsValue| {
            if let Some(done) = done.borrow_mut().take() {
                done(
                    text.as_string()
                        .ok_or_else(|| "the file is not text".to_string()),
                );
            }
        })
    };
    let err = Closure::once(move |_: JsValue| {
        if let Some(done) = done.borrow_mut().take() {
            done(Err("the file could not be read".to_string()));
        }
    });
    let _ = file.text().then2(&ok, &err);
    ok.forget();
    err.forget();
}
