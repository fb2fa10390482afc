use super::context::use_quiz;
use super::rich_text::RichText;
use crate::deck::Choice;
use crate::quiz::{Answer, Event};
use leptos::prelude::*;

/// One option: a real radio button or checkbox with its label; after checking,
/// whether it was right and why.
#[component]
pub fn ChoiceOption(
    /// The option's place in the deck (what the engine's events name).
    index: usize,
    choice: Choice,
    /// Checkboxes ("select all that apply") rather than radio buttons.
    multi: bool,
    /// The learner's attempt at the question.
    answer: Memo<Answer>,
    /// The letter it is shown with (A, B…).
    key: char,
    /// After checking, fold the explanation behind *Why?* unless the learner
    /// picked this option or it is right (narrow screens).
    fold: bool,
) -> impl IntoView {
    let ctx = use_quiz();
    let t = ctx.t();
    let selected = Memo::new(move |_| answer.with(|a| a.selected.contains(&index)));
    let checked = Memo::new(move |_| answer.with(|a| a.checked));
    let correct = choice.correct;
    let class = move || {
        let state = match (checked.get(), correct, selected.get()) {
            (false, _, true) => " lq-choice--selected",
            (true, true, _) => " lq-choice--correct",
            (true, false, true) => " lq-choice--wrong",
            _ => "",
        };
        format!("lq-choice{state}")
    };
    let tag = move || match (checked.get(), correct, selected.get()) {
        (true, true, true) => Some(t.tag_right_yours),
        (true, true, false) => Some(t.tag_right),
        (true, false, true) => Some(t.tag_wrong_yours),
        _ => None,
    };
    let explanation = choice.explanation;
    view! {
        <div class=class>
            <label class="lq-choice__label">
                <input
                    class="lq-choice__input"
                    type=if multi { "checkbox" } else { "radio" }
                    name="choice"
                    value=index.to_string()
                    prop:checked=selected
                    prop:disabled=checked
                    on:change=move |_| ctx.send(Event::Toggle(index))
                />
                <span class="lq-choice__key" aria-hidden="true">{key.to_string()}</span>
                <span class="lq-choice__text"><RichText text=choice.text /></span>
            </label>
            {move || checked.get().then(|| {
                let why = view! { <p><RichText text=explanation.clone() /></p> };
                if fold && !correct && !selected.get() {
                    view! {
                        <details class="lq-choice__why">
                            <summary class="lq-choice__more">{t.why}</summary>
                            {why}
                        </details>
                    }
                    .into_any()
                } else {
                    view! {
                        <div class="lq-choice__why">
                            {tag().map(|t| view! { <strong class="lq-choice__tag">{t}</strong> })}
                            {why}
                        </div>
                    }
                    .into_any()
                }
            })}
        </div>
    }
}
