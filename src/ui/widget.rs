use super::context::QuizCtx;
use super::notice::Notice;
use super::question_screen::QuestionScreen;
use super::start_screen::StartScreen;
use super::summary_screen::SummaryScreen;
use crate::deck::Deck;
use crate::quiz::Screen;
use leptos::prelude::*;

/// One quiz widget over a valid deck: its own state, storage and screens.
#[component]
pub fn Widget(deck: Deck, deck_json: &'static str) -> impl IntoView {
    let ctx = QuizCtx::new(deck, deck_json);
    provide_context(ctx);
    let screen = Memo::new(move |_| ctx.state.with(|s| s.screen));
    view! {
        <Notice />
        {move || match screen.get() {
            Screen::Start => view! { <StartScreen /> }.into_any(),
            Screen::Question => view! { <QuestionScreen /> }.into_any(),
            Screen::Summary => view! { <SummaryScreen /> }.into_any(),
        }}
    }
}
