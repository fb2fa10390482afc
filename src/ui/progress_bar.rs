use super::context::use_quiz;
use leptos::prelude::*;

/// "Question 3 / 16" and a bar.
#[component]
pub fn ProgressBar(
    #[prop(into)] done: Signal<usize>,
    #[prop(into)] total: Signal<usize>,
) -> impl IntoView {
    let t = use_quiz().t();
    let percent = move || {
        let t = total.get().max(1);
        (done.get().min(t) * 100) / t
    };
    view! {
        <div class="lq-progress">
            <span class="lq-progress__label">
                {move || (t.question_of)(done.get(), total.get())}
            </span>
            <div
                class="lq-progress__track"
                role="progressbar"
                aria-label=t.progress_label
                aria-valuemin="0"
                aria-valuemax=total
                aria-valuenow=done
            >
                <div class="lq-progress__fill" style:width=move || format!("{}%", percent())></div>
            </div>
        </div>
    }
}
