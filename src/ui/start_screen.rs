use super::context::use_quiz;
use super::progress_tools::ProgressTools;
use crate::quiz::{Event, in_progress, score};
use leptos::prelude::*;

/// Title, size of the deck, topics; *Start*, or *Resume* when a run is under way.
#[component]
pub fn StartScreen() -> impl IntoView {
    let ctx = use_quiz();
    let (title, description, count, topics) = ctx.with_deck(|d| {
        (
            d.title.clone(),
            d.description.clone(),
            d.questions.len(),
            d.topics
                .iter()
                .filter(|t| d.questions.iter().any(|q| q.topic == t.id))
                .map(|t| t.name.clone())
                .collect::<Vec<_>>(),
        )
    });
    let topic_count = topics.len();
    let resume = Memo::new(move |_| {
        ctx.state.with(|s| {
            in_progress(s).then(|| {
                let sc = ctx.with_deck(|d| score(s, d));
                (s.position + 1, s.run.len(), sc.correct)
            })
        })
    });

    view! {
        <section class="lq-screen lq-start">
            <h2 class="lq-title">{title}</h2>
            {description.map(|d| view! { <p class="lq-lead">{d}</p> })}
            <p class="lq-meta">
                {format!("{count} questions · {topic_count} topics")}
            </p>
            <ul class="lq-chips" aria-label="Topics">
                {topics.into_iter().map(|t| view! { <li class="lq-chip">{t}</li> }).collect_view()}
            </ul>
            <div class="lq-actions">
                {move || match resume.get() {
                    Some((at, total, correct)) => view! {
                        <button class="lq-btn lq-btn--primary" on:click=move |_| ctx.send(Event::Resume)>
                            {format!("Resume — question {at} of {total}, {correct} correct")}
                        </button>
                        <button class="lq-btn" on:click=move |_| ctx.send(Event::Start)>
                            "Start over"
                        </button>
                    }
                        .into_any(),
                    None => view! {
                        <button class="lq-btn lq-btn--primary" on:click=move |_| ctx.send(Event::Start)>
                            "Start"
                        </button>
                    }
                        .into_any(),
                }}
            </div>
            <ProgressTools />
        </section>
    }
}
