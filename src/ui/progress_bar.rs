use super::context::use_quiz;
use leptos::prelude::*;

/// "Question 3 / 16" (practice: "Card 3 / 16") and a bar of the questions
/// answered so far.
#[component]
pub fn ProgressBar(
    /// The place of the question on screen, from 1.
    #[prop(into)]
    at: Signal<usize>,
    /// Questions answered (checked, rated, self-checked).
    #[prop(into)]
    done: Signal<usize>,
    /// Questions in the run.
    #[prop(into)]
    total: Signal<usize>,
) -> impl IntoView {
    let ctx = use_quiz();
    let t = ctx.t();
    let practice = Memo::new(move |_| ctx.state.with(|s| s.mode == crate::quiz::Mode::Practice));
    let percent = move || {
        let t = total.get().max(1);
        (done.get().min(t) * 100) / t
    };
    view! {
        <div class="lq-progress">
            <span class="lq-progress__label">
                {move || {
                    let label = if practice.get() { t.card_of } else { t.question_of };
                    label(at.get(), total.get())
                }}
            </span>
            <div
                class="lq-progress__track"
                role="progressbar"
                aria-label=move || if practice.get() { t.progress_cards } else { t.progress_label }
                aria-valuemin="0"
                aria-valuemax=total
                aria-valuenow=done
            >
                <div class="lq-progress__fill" style:width=move || format!("{}%", percent())></div>
            </div>
        </div>
    }
}
