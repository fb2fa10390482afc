use super::context::use_quiz;
use super::rich_text::RichText;
use crate::deck::Choice;
use crate::quiz::{Answer, Event};
use leptos::prelude::*;

/// One option: a real radio button or checkbox with its label; after checking,
/// whether it was right and why.
#[component]
pub fn ChoiceOption(
    index: usize,
    choice: Choice,
    multi: bool,
    answer: Memo<Answer>,
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
                <span class="lq-choice__text"><RichText text=choice.text /></span>
            </label>
            {move || checked.get().then(|| view! {
                <div class="lq-choice__why">
                    {tag().map(|t| view! { <strong class="lq-choice__tag">{t}</strong> })}
                    <p><RichText text=explanation.clone() /></p>
                </div>
            })}
        </div>
    }
}
