use super::context::use_quiz;
use crate::deck::Question;
use leptos::prelude::*;

/// The line above a question: its topic, its level, what kind of card it is
/// (practice, mock), and, quietly, the month its answer reflects (`as_of`).
#[component]
pub fn QuestionMeta(
    /// The question shown.
    question: Question,
    /// Its topic's display name.
    topic: String,
    /// "practice card", "mock interview"… (`None` in the quiz).
    #[prop(optional)]
    kind: Option<&'static str>,
) -> impl IntoView {
    let t = use_quiz().t();
    let as_of = question.as_of.as_deref().map(|m| {
        view! { " · " <span class="lq-asof">{(t.as_of)(m)}</span> }
    });
    view! {
        <p class="lq-meta">
            {topic} " · " {t.level(question.difficulty)}
            {kind.map(|k| view! { " · " {k} })}
            {as_of}
        </p>
    }
}
