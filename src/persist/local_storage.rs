//! The adapter over the browser's `localStorage`.
//!
//! `window.localStorage` itself can throw (`SecurityError` in sandboxed iframes and
//! some private modes) or be `null`; gloo-storage would panic there, killing every
//! widget on the page. So the handle is probed with web-sys, and every call on it
//! returns a `Result`.

use super::store::{Store, StoreError};
use wasm_bindgen::{JsCast, JsValue};

/// `localStorage`, reached and tested once.
pub struct BrowserStore {
    storage: web_sys::Storage,
}

fn describe(e: &JsValue) -> String {
    e.dyn_ref::<web_sys::DomException>()
        .map(|d| format!("{}: {}", d.name(), d.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "unknown error".to_owned())
}

fn classify(e: &JsValue) -> StoreError {
    let text = describe(e);
    if text.contains("Quota") || text.contains("QUOTA") {
        StoreError::Full(text)
    } else {
        StoreError::Other(text)
    }
}

impl BrowserStore {
    /// Reaches `localStorage` and checks it takes a write; `Err` says why not.
    pub fn probe() -> Result<Self, StoreError> {
        let window =
            web_sys::window().ok_or_else(|| StoreError::Unavailable("no window".to_owned()))?;
        let storage = window
            .local_storage()
            .map_err(|e| StoreError::Unavailable(describe(&e)))?
            .ok_or_else(|| StoreError::Unavailable("localStorage is null".to_owned()))?;
        let probe = "llm-quiz:probe";
        storage
            .set_item(probe, "1")
            .map_err(|e| StoreError::Unavailable(describe(&e)))?;
        // Best effort: a probe key left behind is harmless.
        let _ = storage.remove_item(probe);
        Ok(Self { storage })
    }
}

impl Store for BrowserStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.storage.get_item(key).map_err(|e| classify(&e))
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.storage.set_item(key, value).map_err(|e| classify(&e))
    }

    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.storage.remove_item(key).map_err(|e| classify(&e))
    }
}
