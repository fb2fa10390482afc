use crate::deck::DeckError;
use leptos::prelude::*;

/// Shown instead of the quiz when the deck does not load: what failed, and where.
#[component]
pub fn ErrorPanel(errors: Vec<DeckError>) -> impl IntoView {
    let count = errors.len();
    view! {
        <div class="lq-error" role="alert">
            <h2 class="lq-error__title">"This quiz could not load its questions"</h2>
            <p>
                {if count == 1 {
                    "The deck has 1 problem:".to_owned()
                } else {
                    format!("The deck has {count} problems:")
                }}
            </p>
            <ul class="lq-error__list">
                {errors
                    .into_iter()
                    .take(20)
                    .map(|e| view! {
                        <li><code class="lq-code">{e.path}</code>": "{e.message}</li>
                    })
                    .collect_view()}
            </ul>
        </div>
    }
}
