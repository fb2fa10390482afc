use super::answer_box::AnswerBox;
use super::context::use_quiz;
use super::key_points::KeyPoints;
use super::model_answer::ModelAnswer;
use super::prompt_heading::PromptHeading;
use super::question_meta::QuestionMeta;
use super::rating_bar::RatingBar;
use crate::quiz::Event;
use leptos::prelude::*;

/// A practice card: the prompt, a box for your answer, *Reveal*, then the key
/// points as a checklist, the model answer, and a rating that schedules the
/// next review.
#[component]
pub fn PracticeCard(id: String) -> impl IntoView {
    let ctx = use_quiz();
    let t = ctx.t();
    let Some((q, topic)) = ctx.question(&id) else {
        return ().into_any();
    };
    let answer = ctx.answer(&id);
    let revealed = Memo::new(move |_| answer.with(|a| a.revealed));
    let first = Memo::new(move |_| ctx.state.with(|s| s.position == 0));
    view! {
        <article class="lq-card">
            <QuestionMeta question=q.clone() topic kind=t.practice_card />
            <PromptHeading text=q.prompt.clone() />
            <AnswerBox id=id.clone() locked=false />
            {move || if revealed.get() {
                view! {
                    <KeyPoints id=id.clone() points=q.key_points.clone() locked=false />
                    <ModelAnswer question=q.clone() key_points=false open=true />
                    <h3 class="lq-h3">{t.how_well}</h3>
                    <RatingBar id=id.clone() points=q.key_points.len() />
                }.into_any()
            } else {
                view! {
                    <div class="lq-actions">
                        <button type="button" class="lq-btn lq-btn--primary" on:click=move |_| ctx.send(Event::Reveal)>
                            {t.reveal}
                        </button>
                        <button type="button" class="lq-btn" on:click=move |_| ctx.send(Event::Next)>
                            {t.skip}
                        </button>
                        <button
                            type="button"
                            class="lq-btn lq-btn--quiet"
                            hidden=first
                            on:click=move |_| ctx.send(Event::Previous)
                        >
                            {t.previous}
                        </button>
                    </div>
                }.into_any()
            }}
        </article>
    }
    .into_any()
}
