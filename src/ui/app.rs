use super::error_panel::ErrorPanel;
use super::widget::Widget;
use crate::deck;
use leptos::prelude::*;

/// The widget on the embedded deck.
#[component]
pub fn App() -> impl IntoView {
    view! { <DeckQuiz json=deck::EMBEDDED_DECK /> }
}

/// A widget over deck JSON: the quiz when the deck is valid, otherwise a clear
/// error panel naming each problem's path (never a blank box, never a panic).
#[component]
pub fn DeckQuiz(json: &'static str) -> impl IntoView {
    view! {
        <div class="lq" data-lq-root="" role="region" aria-label="LLM interview practice">
            {match deck::parse(json) {
                Ok(deck) => view! { <Widget deck deck_json=json /> }.into_any(),
                Err(errors) => view! { <ErrorPanel errors /> }.into_any(),
            }}
        </div>
    }
}
