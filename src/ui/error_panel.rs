use super::use_strings::use_strings;
use crate::deck::DeckError;
use leptos::prelude::*;

/// Shown instead of the quiz when the deck does not load: what failed, and where.
/// (The deck's error messages are English; the panel around them is translated.)
#[component]
pub fn ErrorPanel(errors: Vec<DeckError>) -> impl IntoView {
    let t = use_strings();
    let count = errors.len();
    view! {
        <div class="lq-error" role="alert">
            <h2 class="lq-error__title">{t.deck_error_title}</h2>
            <p>{(t.deck_problems)(count)}</p>
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
