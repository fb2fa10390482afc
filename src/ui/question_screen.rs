use super::context::use_quiz;
use super::progress_bar::ProgressBar;
use super::question_card::QuestionCard;
use crate::quiz::Event;
use leptos::prelude::*;

/// Progress, the question on screen, and a way back to the start.
#[component]
pub fn QuestionScreen() -> impl IntoView {
    let ctx = use_quiz();
    let current_id = Memo::new(move |_| ctx.state.with(|s| s.run.get(s.position).cloned()));
    let done = Signal::derive(move || ctx.state.with(|s| s.position + 1));
    let total = Signal::derive(move || ctx.state.with(|s| s.run.len()));
    view! {
        <section class="lq-screen lq-question">
            <div class="lq-topbar">
                <ProgressBar done total />
                <button class="lq-btn lq-btn--quiet" on:click=move |_| ctx.send(Event::Home)>
                    "Menu"
                </button>
            </div>
            {move || current_id.get().map(|id| view! { <QuestionCard id /> })}
        </section>
    }
}
