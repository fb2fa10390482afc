use super::context::use_quiz;
use super::rich_text::RichText;
use leptos::prelude::*;

/// A question's prompt as the card's heading. It takes focus when it appears,
/// but only after the learner acted in this widget (on page load, focus stays
/// with the host page), so keyboard and screen-reader users land on the new
/// question.
#[component]
pub fn PromptHeading(#[prop(into)] text: String) -> impl IntoView {
    let ctx = use_quiz();
    let heading = NodeRef::<leptos::html::H2>::new();
    Effect::new(move |_| {
        if let Some(h) = heading.get()
            && ctx.acted.get_value()
        {
            let _ = h.focus();
        }
    });
    view! {
        <h2 class="lq-prompt" tabindex="-1" node_ref=heading>
            <RichText text />
        </h2>
    }
}
