use super::context::use_quiz;
use super::rich_text::RichText;
use crate::quiz::Event;
use leptos::prelude::*;

/// The key points as a checklist: tick the ones your answer covered.
#[component]
pub fn KeyPoints(
    id: String,
    points: Vec<String>,
    #[prop(into)] locked: Signal<bool>,
) -> impl IntoView {
    let ctx = use_quiz();
    let t = ctx.t();
    let answer = ctx.answer(&id);
    let covered = Memo::new(move |_| answer.with(|a| a.covered.clone()));
    let total = points.len();
    view! {
        <fieldset class="lq-fieldset lq-keypoints">
            <legend>{t.key_points_legend}</legend>
            {points.into_iter().enumerate().map(|(i, p)| view! {
                <label class="lq-check lq-check--block">
                    <input
                        type="checkbox"
                        prop:checked=move || covered.with(|c| c.contains(&i))
                        prop:disabled=locked
                        on:change=move |_| ctx.send(Event::ToggleKeyPoint(i))
                    />
                    <span><RichText text=p /></span>
                </label>
            }).collect_view()}
            <p class="lq-meta" aria-live="polite">
                {move || (t.covered)(covered.with(Vec::len), total)}
            </p>
        </fieldset>
    }
}
