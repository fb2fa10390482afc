//! Small wrappers over browser APIs that components need: the clock, file
//! download and upload, and the in-page "progress saved" signal between widgets.
//! Every call returns or swallows errors: nothing here can panic.

use crate::i18n::{Locale, Strings};
use wasm_bindgen::{JsCast, JsValue};

/// Milliseconds since the Unix epoch.
pub fn now() -> f64 {
    js_sys::Date::now()
}

/// Marks a moment on the page's performance timeline (read by `bench/`).
pub fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// Records `name` on the performance timeline: from mark `since` until now.
pub fn measure(name: &str, since: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.measure_with_start_mark(name, since);
    }
}

/// Today as `YYYY-MM-DD`, for file names.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// Offers `text` as a file download named `filename`.
pub fn download(filename: &str, text: &str) -> Result<(), String> {
    let fail = |e: JsValue| format!("{e:?}");
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(fail)?
        .dyn_into()
        .map_err(|_| "not an anchor".to_owned())?;
    a.set_href(&url);
    a.set_download(filename);
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Why a chosen file could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileError {
    NoFile,
    TooLarge,
    Unreadable,
    NotText,
}

/// Reads the first file chosen in a file input as text.
pub async fn read_chosen_file(input: &web_sys::HtmlInputElement) -> Result<String, FileError> {
    let file = input
        .files()
        .and_then(|f| f.get(0))
        .ok_or(FileError::NoFile)?;
    if file.size() > crate::persist::MAX_IMPORT_BYTES as f64 {
        return Err(FileError::TooLarge);
    }
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .map_err(|_| FileError::Unreadable)?;
    text.as_string().ok_or(FileError::NotText)
}

/// The interface language the browser asks for: the first of
/// `navigator.languages` (then `navigator.language`) that we have, or English.
pub fn preferred_locale() -> Locale {
    let navigator = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("navigator")).ok();
    let field = |name: &str| {
        navigator
            .as_ref()
            .and_then(|n| js_sys::Reflect::get(n, &JsValue::from_str(name)).ok())
    };
    let mut tags: Vec<String> = field("languages")
        .and_then(|l| l.dyn_into::<js_sys::Array>().ok())
        .map(|l| l.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default();
    tags.extend(field("language").and_then(|l| l.as_string()));
    Locale::first_supported(tags)
}

/// The event a widget dispatches on `window` after saving, so that other widgets
/// of the same deck on this page update (`storage` events only reach other tabs).
pub const SAVED_EVENT: &str = "llm-quiz:saved";

/// Announces that `instance` saved `key`.
pub fn announce_saved(key: &str, instance: u32) {
    let init = web_sys::CustomEventInit::new();
    init.set_detail(&JsValue::from_str(&format!("{instance}|{key}")));
    if let (Some(w), Ok(ev)) = (
        web_sys::window(),
        web_sys::CustomEvent::new_with_event_init_dict(SAVED_EVENT, &init),
    ) {
        let _ = w.dispatch_event(&ev);
    }
}

/// Reads an announcement: `(instance, key)`.
pub fn saved_detail(ev: &web_sys::Event) -> Option<(u32, String)> {
    let detail = ev.dyn_ref::<web_sys::CustomEvent>()?.detail().as_string()?;
    let (instance, key) = detail.split_once('|')?;
    Some((instance.parse().ok()?, key.to_owned()))
}

/// A number that tells this widget's announcements from the others'.
pub fn instance_id() -> u32 {
    (js_sys::Math::random() * f64::from(u32::MAX)) as u32
}

/// The end of the local day (ms since the epoch): "due today" means due by then.
pub fn end_of_today() -> f64 {
    let d = js_sys::Date::new_0();
    d.set_hours(23);
    d.set_minutes(59);
    d.set_seconds(59);
    d.get_time()
}

/// Dispatches `CustomEvent(name, {detail: JSON.parse(json), bubbles, composed})`
/// on `target`.
pub fn dispatch(target: &web_sys::HtmlElement, name: &str, json: &str) {
    let init = web_sys::CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    if let Ok(detail) = js_sys::JSON::parse(json) {
        init.set_detail(&detail);
    }
    if let Ok(ev) = web_sys::CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = target.dispatch_event(&ev);
    }
}

/// Why a deck could not be fetched (worded by `Strings::fetch_*`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchError {
    /// Network error, blocked by CORS, or no window.
    Network,
    /// `(status, status text)`.
    Http(u16, String),
    /// The body could not be read as text.
    Unreadable,
}

impl FetchError {
    /// For people, in the interface's language.
    pub fn describe(&self, t: &Strings, url: &str) -> String {
        match self {
            Self::Network => (t.fetch_network)(url),
            Self::Http(status, text) => (t.fetch_http)(*status, text, url),
            Self::Unreadable => (t.fetch_unreadable)(url),
        }
    }
}

/// Fetches `url` (relative to the page) as text.
pub async fn fetch_text(url: &str) -> Result<String, FetchError> {
    let window = web_sys::window().ok_or(FetchError::Network)?;
    let response = wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| FetchError::Network)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| FetchError::Unreadable)?;
    if !response.ok() {
        return Err(FetchError::Http(response.status(), response.status_text()));
    }
    // The bytes, copied into WASM memory in one go and decoded there: for a deck of
    // megabytes this is several times faster than `text()` handed over as a JS
    // string (which wasm-bindgen re-encodes character by character).
    let buffer = response
        .array_buffer()
        .map_err(|_| FetchError::Unreadable)?;
    let buffer = wasm_bindgen_futures::JsFuture::from(buffer)
        .await
        .map_err(|_| FetchError::Unreadable)?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    Ok(utf8_text(bytes))
}

/// Bytes as text the way `Response.text()` reads them: UTF-8, a leading byte
/// order mark dropped (in place: the text may be megabytes), invalid sequences
/// replaced (never an error).
fn utf8_text(bytes: Vec<u8>) -> String {
    let mut text = String::from_utf8(bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    text
}

/// `file` resolved against `base` (a folder URL), or against the page's base URL
/// when there is none; `file` itself if neither can be read.
pub fn resolve(file: &str, base: Option<&str>) -> String {
    let page_base = || {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.base_uri().ok().flatten())
    };
    base.map(str::to_owned)
        .or_else(page_base)
        .and_then(|b| web_sys::Url::new_with_base(file, &b).ok())
        .map_or_else(|| file.to_owned(), |u| u.href())
}

/// Runs `f` when the browser is idle (`requestIdleCallback`), or after a short
/// timeout where that does not exist (Safari).
pub fn when_idle(f: impl FnOnce() + 'static) {
    let callback = wasm_bindgen::closure::Closure::once_into_js(f);
    let Some(window) = web_sys::window() else {
        return;
    };
    let function: &js_sys::Function = callback.unchecked_ref();
    if window.request_idle_callback(function).is_err() {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(function, 200);
    }
}

/// Narrow screens (phones): below 600 CSS pixels.
pub fn is_narrow() -> bool {
    matches_media("(max-width: 599.98px)")
}

fn matches_media(query: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.match_media(query).ok().flatten())
        .is_some_and(|m| m.matches())
}

/// Focuses `el` where it is: the page does not scroll to it.
pub fn focus_without_scrolling(el: &web_sys::HtmlElement) {
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = el.focus_with_options(&options);
}

/// Whether all of `el` is inside the window's view.
pub fn in_view(el: &web_sys::Element) -> bool {
    let r = el.get_bounding_client_rect();
    let height = web_sys::window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    r.top() >= 0.0 && r.bottom() <= height
}

/// Scrolls `el` to `block` (start, center…) of the view, smoothly unless the
/// reader asked for reduced motion.
pub fn scroll_into_view(el: &web_sys::Element, block: web_sys::ScrollLogicalPosition) {
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(block);
    options.set_behavior(if matches_media("(prefers-reduced-motion: reduce)") {
        web_sys::ScrollBehavior::Instant
    } else {
        web_sys::ScrollBehavior::Smooth
    });
    el.scroll_into_view_with_scroll_into_view_options(&options);
}

/// The standalone page in the interface's language: `<html lang>`, its title,
/// heading and footer (`index.html` is English; the widget may not be).
pub fn localize_page(locale: Option<Locale>) {
    let locale = locale.unwrap_or_else(preferred_locale);
    if locale == Locale::En {
        return;
    }
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let t = locale.strings();
    if let Some(html) = doc.document_element() {
        let _ = html.set_attribute("lang", locale.tag());
    }
    doc.set_title(t.region);
    for (id, text) in [("lq-brand", t.region), ("lq-footer", t.page_footer)] {
        if let Some(el) = doc.get_element_by_id(id) {
            el.set_text_content(Some(text));
        }
    }
}
