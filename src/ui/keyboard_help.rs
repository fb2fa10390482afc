use leptos::prelude::*;

/// The keyboard shortcuts (handled by the question screen).
#[component]
pub fn KeyboardHelp() -> impl IntoView {
    let keys = [
        ("1 – 6", "pick an option (quiz)"),
        ("Enter", "check, then go to the next question"),
        ("Space", "reveal the model answer (practice, mock)"),
        (
            "1 – 4",
            "after revealing: Again, Hard, Good, Easy (practice)",
        ),
        ("B", "bookmark the question"),
    ];
    view! {
        <details class="lq-panel">
            <summary class="lq-panel__summary">"Keyboard shortcuts"</summary>
            <dl class="lq-keys">
                {keys.into_iter().map(|(k, what)| view! {
                    <div><dt><kbd>{k}</kbd></dt><dd>{what}</dd></div>
                }).collect_view()}
            </dl>
        </details>
    }
}
