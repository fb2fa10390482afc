//! llm-quiz: an embeddable quiz for practising LLM engineering interviews.
//!
//! - [`deck`]: the content schema, validation and the embedded deck;
//! - [`quiz`]: the pure engine (state, events, scoring);
//! - [`persist`]: the saved-progress envelope and storage adapters;
//! - [`ui`]: the Leptos components.

#![deny(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

pub mod deck;
pub mod embed;
pub mod hash;
pub mod i18n;
pub mod persist;
pub mod quiz;
pub mod ui;

use wasm_bindgen::prelude::*;

/// Where widgets go: `#llm-quiz` (the standalone page) and every `.llm-quiz`.
const TARGETS: &str = "#llm-quiz, .llm-quiz";

/// Marks a host element whose widget is mounted (shown).
const MOUNTED: &str = "data-llm-quiz-mounted";

/// Marks a host element whose widget is loading its deck behind a prerendered
/// first screen.
const MOUNTING: &str = "data-llm-quiz-mounting";

/// The widget's stylesheet, put inside each widget's shadow root (and inlined
/// into the prerendered first screen).
pub const WIDGET_CSS: &str = include_str!("../style.css");

/// Mounts one widget into each target element on the page, after installing the
/// panic hook. `main()` calls this; `embed.js` calls [`mount_element`] for
/// elements added later.
pub fn mount() {
    std::panic::set_hook(Box::new(on_panic));
    // `embed.js` mounts each widget itself, when it comes near the viewport.
    let global = js_sys::global();
    if js_sys::Reflect::get(&global, &"llmQuizManual".into()).is_ok_and(|v| v.is_truthy()) {
        return;
    }
    let document = web_sys::window().and_then(|w| w.document());
    // `embed.js` says where the widget's files are (`llmQuizBase`); the standalone
    // page sits beside them.
    let base = js_sys::Reflect::get(&global, &"llmQuizBase".into())
        .ok()
        .and_then(|b| b.as_string())
        .or_else(|| document.as_ref().and_then(|d| d.base_uri().ok().flatten()));
    let targets = document.and_then(|d| d.query_selector_all(TARGETS).ok());
    if let Some(list) = targets {
        for el in (0..list.length())
            .filter_map(|i| list.item(i))
            .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        {
            mount_element(el, base.clone());
        }
    }
}

/// The author's options for a host element: its `data-*` attributes, or the
/// page's query string for `data-from-query` (the iframe page). Deep links are
/// on for the standalone page and the iframe page, off elsewhere unless asked.
fn options_for(el: &web_sys::HtmlElement) -> embed::EmbedOptions {
    let from_query = el.has_attribute("data-from-query");
    let query = from_query
        .then(|| {
            let search = web_sys::window()?.location().search().ok()?;
            web_sys::UrlSearchParams::new_with_str(&search).ok()
        })
        .flatten();
    let values: Vec<(&str, String)> = embed::NAMES
        .iter()
        .filter_map(|&name| {
            let value = match &query {
                Some(q) => q.get(name),
                None => el.get_attribute(&format!("data-{name}")),
            };
            value.map(|v| (name, v))
        })
        .collect();
    let (mut options, warnings) = embed::parse(values.iter().map(|(n, v)| (*n, v.as_str())));
    for w in warnings {
        web_sys::console::warn_1(&w.into());
    }
    let standalone = el.id() == "llm-quiz";
    if (standalone || from_query) && !values.iter().any(|(n, _)| *n == "deep-link") {
        options.deep_link = true;
    }
    options
}

/// Mounts a widget into `el` (once): in an open shadow root with its own
/// stylesheet, so neither the page's CSS nor the widget's leaks across.
/// `base` is the URL of the folder holding the widget's files (`embed.js` passes
/// its own): the built-in deck is fetched from there.
#[wasm_bindgen(js_name = mountElement)]
pub fn mount_element(el: web_sys::HtmlElement, base: Option<String>) {
    if el.has_attribute(MOUNTED) || el.has_attribute(MOUNTING) {
        return;
    }
    let _ = el.set_attribute(MOUNTING, "");
    let mut options = options_for(&el);
    options.base = base;
    if el.id() == "llm-quiz" {
        ui::localize_page(options.locale);
    }
    let Some(container) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("div").ok())
        .and_then(|c| c.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    // A prerendered first screen (a declarative shadow root) stays until the
    // deck is read, then the live widget takes its place in one task: nothing
    // flashes or moves. Elsewhere the widget takes over at once.
    let host = el.clone();
    let on_ready: Option<ui::OnReady> = if el.shadow_root().is_some() {
        let container = container.clone();
        Some(Box::new(move || take_over(&host, &container)))
    } else {
        options.pending_start = take_over(&el, &container);
        None
    };
    let host = el.clone();
    leptos::mount::mount_to(container, move || {
        leptos::view! { <ui::Embedded options host=Some(host) on_ready /> }
    })
    .forget();
}

/// Replaces what `el` shows (a static placeholder, a prerendered shadow root)
/// with `container`, in a shadow root with the widget's stylesheet, and marks
/// `el` mounted. Returns the Start pressed on the static screen meanwhile
/// (`data-lq-pending`, set by `index.html`), to be replayed once.
fn take_over(el: &web_sys::HtmlElement, container: &web_sys::HtmlElement) -> Option<quiz::Mode> {
    let pending = el
        .get_attribute("data-lq-pending")
        .and_then(|m| quiz::Mode::named(&m));
    let _ = el.remove_attribute("data-lq-pending");
    let _ = el.remove_attribute(MOUNTING);
    let _ = el.set_attribute(MOUNTED, "");
    // A shadow root that shows a first screen (declarative, or put there by
    // embed.js) is emptied and reused; otherwise the light DOM placeholder goes.
    let shadow = match el.shadow_root() {
        Some(root) => {
            while let Some(child) = root.first_child() {
                let _ = root.remove_child(&child);
            }
            Some(root)
        }
        None => {
            el.set_text_content(None);
            el.attach_shadow(&web_sys::ShadowRootInit::new(web_sys::ShadowRootMode::Open))
                .ok()
        }
    };
    match shadow {
        Some(root) => {
            if let Some(style) = el
                .owner_document()
                .and_then(|d| d.create_element("style").ok())
            {
                style.set_text_content(Some(WIDGET_CSS));
                let _ = root.append_child(&style);
            }
            let _ = root.append_child(container);
        }
        None => {
            // Elements that cannot host a shadow root: mount in place.
            let _ = el.append_child(container);
        }
    }
    pending
}

/// A panic leaves the WASM instance unusable: log it and replace every widget
/// with a short message, so the page shows no half-working quiz. The host page
/// itself is not touched.
fn on_panic(info: &std::panic::PanicHookInfo<'_>) {
    web_sys::console::error_1(&format!("llm-quiz stopped: {info}").into());
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(hosts) = document.query_selector_all(&format!("[{MOUNTED}]")) else {
        return;
    };
    for host in (0..hosts.length())
        .filter_map(|i| hosts.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
    {
        let root: web_sys::Node = match host.shadow_root() {
            Some(shadow) => shadow.into(),
            None => host.into(),
        };
        // Keep the stylesheet; replace the widget.
        let mut child = root.first_child();
        while let Some(node) = child {
            child = node.next_sibling();
            if node.node_name() != "STYLE" {
                let _ = root.remove_child(&node);
            }
        }
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
