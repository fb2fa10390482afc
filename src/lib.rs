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

/// Mounts the quiz into the element `#llm-quiz`, or into `<body>` when there is none.
pub fn mount() {
    use leptos::prelude::*;
    use wasm_bindgen::JsCast;
    let target = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("llm-quiz"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    match target {
        Some(el) => {
            // Replace the static placeholder (if any) with the live widget.
            el.set_inner_html("");
            leptos::mount::mount_to(el, ui::App).forget();
        }
        None => mount_to_body(ui::App),
    }
}
