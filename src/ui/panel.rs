use leptos::prelude::*;

/// A collapsed `<details>` panel of the start screen whose body is built the first
/// time it is opened, then kept: start-up renders the summaries only (the
/// progress table walks the whole deck; the options are two dozen inputs).
#[component]
pub fn Panel(summary: &'static str, children: ChildrenFn) -> impl IntoView {
    // `toggle` fires on opening and closing; the first one is always an opening.
    let opened = RwSignal::new(false);
    view! {
        <details class="lq-panel" on:toggle=move |_| opened.set(true)>
            <summary class="lq-panel__summary">{summary}</summary>
            <Show when=move || opened.get()>{children()}</Show>
        </details>
    }
}
