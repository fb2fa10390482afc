use super::context::use_quiz;
use leptos::prelude::*;

/// The keyboard shortcuts (handled by the question screen).
#[component]
pub fn KeyboardHelp() -> impl IntoView {
    let t = use_quiz().t();
    let keys = [
        ("1 – 6", t.key_pick_help),
        (t.key_enter, t.key_enter_help),
        (t.key_space, t.key_space_help),
        ("1 – 4", t.key_rate_help),
        ("B", t.key_bookmark_help),
    ];
    view! {
        <details class="lq-panel">
            <summary class="lq-panel__summary">{t.shortcuts}</summary>
            <dl class="lq-keys">
                {keys.into_iter().map(|(k, what)| view! {
                    <div><dt><kbd>{k}</kbd></dt><dd>{what}</dd></div>
                }).collect_view()}
            </dl>
        </details>
    }
}
