use super::answer_box::AnswerBox;
use super::browser;
use super::context::use_quiz;
use super::key_points::KeyPoints;
use super::model_answer::ModelAnswer;
use super::prompt_heading::PromptHeading;
use super::question_meta::QuestionMeta;
use crate::quiz::{Event, remaining_ms};
use leptos::prelude::*;

/// A mock-interview question: a countdown in the bar at the bottom, a box for your answer (or
/// answer aloud), then a self-check against the key points. When time runs out
/// the self-check opens by itself.
#[component]
pub fn MockCard(id: String) -> impl IntoView {
    let ctx = use_quiz();
    let t = ctx.t();
    let Some((q, topic)) = ctx.question(&id) else {
        return ().into_any();
    };
    let answer = ctx.answer(&id);
    let revealed = Memo::new(move |_| answer.with(|a| a.revealed));
    let remaining = Memo::new({
        let id = id.clone();
        move |_| {
            let now = ctx.now.get();
            ctx.state.with(|s| remaining_ms(s, &id, now))
        }
    });
    let last = Memo::new(move |_| ctx.state.with(|s| s.position + 1 >= s.run.len()));

    // The clock: runs while this question is being answered and the page is visible.
    ctx.clock_run();
    // Ticks: the countdown repaints, and the engine opens the self-check when
    // time is up (a rule of the engine, tested on the host).
    if let Ok(handle) = set_interval_with_handle(
        move || {
            ctx.now.set(browser::now());
            ctx.send_from_page(Event::Tick);
        },
        std::time::Duration::from_millis(250),
    ) {
        on_cleanup(move || handle.clear());
    }

    // The countdown lives in the sticky bar, in sight while typing on a phone.
    let timer = move || {
        view! {
            <p
                class="lq-timer"
                class:lq-timer--low=move || remaining.get() < 20_000.0
                class:lq-timer--done=revealed
                role="timer"
                aria-label=t.time_left
            >
                {move || if remaining.get() <= 0.0 {
                    t.times_up.to_owned()
                } else if revealed.get() {
                    (t.answered_with_left)(&crate::i18n::clock(remaining.get()))
                } else {
                    crate::i18n::clock(remaining.get())
                }}
            </p>
        }
    };

    view! {
        <article class="lq-card">
            <QuestionMeta question=q.clone() topic kind=t.mock_card />
            <PromptHeading text=q.prompt.clone() />
            <AnswerBox id=id.clone() locked=revealed />
            {move || if revealed.get() {
                view! {
                    <KeyPoints id=id.clone() points=q.key_points.clone() locked=false />
                    <ModelAnswer question=q.clone() key_points=false />
                    <div class="lq-actions">
                        {timer()}
                        <button type="button" class="lq-btn lq-btn--primary" on:click=move |_| ctx.send(Event::Next)>
                            {move || if last.get() { t.see_results } else { t.next_question }}
                        </button>
                    </div>
                }.into_any()
            } else {
                view! {
                    <div class="lq-actions">
                        {timer()}
                        <button type="button" class="lq-btn lq-btn--primary" on:click=move |_| ctx.send(Event::Reveal)>
                            {t.done_check}
                        </button>
                    </div>
                }.into_any()
            }}
        </article>
    }
    .into_any()
}
