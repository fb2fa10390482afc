use super::error_panel::ErrorPanel;
use super::widget::Widget;
use crate::deck;
use leptos::prelude::*;

/// The widget on the embedded deck, or a clear error panel if that deck is invalid.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <div class="lq" role="region" aria-label="LLM interview practice">
            {match deck::embedded() {
                Ok(deck) => view! { <Widget deck /> }.into_any(),
                Err(errors) => view! { <ErrorPanel errors /> }.into_any(),
            }}
        </div>
    }
}
