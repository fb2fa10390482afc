//! llm-quiz: an embeddable quiz for practising LLM engineering interviews.
//!
//! - [`deck`]: the content schema, validation and the embedded deck;
//! - [`quiz`]: the pure engine (state, events, scoring);
//! - [`persist`]: the saved-progress envelope and storage adapters;
//! - [`ui`]: the Leptos components.

#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

pub mod deck;
pub mod persist;
pub mod quiz;
pub mod ui;

use wasm_bindgen::prelude::*;

/// Where widgets go: `#llm-quiz` (the standalone page) and every `.llm-quiz`.
const TARGETS: &str = "#llm-quiz, .llm-quiz";

/// Mounts one widget into each target element (`<body>` when there is none), after
/// installing the panic hook.
pub fn mount() {
    std::panic::set_hook(Box::new(on_panic));
    let targets = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector_all(TARGETS).ok());
    let mut mounted = 0;
    if let Some(list) = targets {
        for el in (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        {
            // The static placeholder goes; the live widget takes its place.
            el.set_text_content(None);
            leptos::mount::mount_to(el, ui::App).forget();
            mounted += 1;
        }
    }
    if mounted == 0 {
        leptos::mount::mount_to_body(ui::App);
    }
}

/// A panic leaves the WASM instance unusable: log it and replace every widget
/// with a short message, so the page shows no half-working quiz. The host page
/// itself is not touched.
fn on_panic(info: &std::panic::PanicHookInfo<'_>) {
    web_sys::console::error_1(&format!("llm-quiz stopped: {info}").into());
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(roots) = document.query_selector_all("[data-lq-root]") else {
        return;
    };
    for root in (0..roots.length()).filter_map(|i| roots.item(i)) {
        root.set_text_content(None);
        if let Ok(p) = document.create_element("p") {
            p.set_class_name("lq-crash");
            let _ = p.set_attribute("role", "alert");
            p.set_text_content(Some(
                "Something went wrong — reload the page to continue. Your saved progress is safe.",
            ));
            let _ = root.append_child(&p);
        }
    }
}

/// For the end-to-end tests of the panic hook: panics on purpose.
#[wasm_bindgen(js_name = simulatePanic)]
pub fn simulate_panic() {
    panic!("simulated panic (llm-quiz end-to-end test)");
}
