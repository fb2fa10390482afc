use super::context::use_quiz;
use crate::quiz::Event;
use leptos::prelude::*;

/// A text box to type or outline an answer; kept per question (saved as you type).
#[component]
pub fn AnswerBox(id: String, #[prop(into)] locked: Signal<bool>) -> impl IntoView {
    let ctx = use_quiz();
    let t = ctx.t();
    let text = Memo::new(move |_| {
        ctx.state
            .with(|s| s.drafts.get(&id).cloned().unwrap_or_default())
    });
    view! {
        <label class="lq-field lq-field--wide">
            {t.your_answer}
            <textarea
                class="lq-textarea"
                rows="5"
                prop:value=text
                readonly=locked
                on:input=move |ev| ctx.send(Event::Draft(event_target_value(&ev)))
            ></textarea>
        </label>
    }
}
