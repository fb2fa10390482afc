use leptos::prelude::*;

/// "3 / 16" and a bar.
#[component]
pub fn ProgressBar(
    #[prop(into)] done: Signal<usize>,
    #[prop(into)] total: Signal<usize>,
) -> impl IntoView {
    let percent = move || {
        let t = total.get().max(1);
        (done.get().min(t) * 100) / t
    };
    view! {
        <div class="lq-progress">
            <span class="lq-progress__label">
                "Question " {done} " / " {total}
            </span>
            <div
                class="lq-progress__track"
                role="progressbar"
                aria-label="Progress through the quiz"
                aria-valuemin="0"
                aria-valuemax=total
                aria-valuenow=done
            >
                <div class="lq-progress__fill" style:width=move || format!("{}%", percent())></div>
            </div>
        </div>
    }
}
