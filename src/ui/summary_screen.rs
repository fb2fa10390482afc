use super::context::use_quiz;
use super::open_summary::OpenSummary;
use super::progress_tools::ProgressTools;
use super::rich_text::RichText;
use super::screen_heading::ScreenHeading;
use crate::quiz::{Event, Mode, Source, missed, score, topic_scores};
use leptos::prelude::*;

/// The end of a run: the quiz summary, or the open-answer summary of practice
/// and mock interviews.
#[component]
pub fn SummaryScreen() -> impl IntoView {
    let ctx = use_quiz();
    match ctx.state.with_untracked(|s| s.mode) {
        Mode::Quiz => view! { <QuizSummary /> }.into_any(),
        mode => view! { <OpenSummary mode /> }.into_any(),
    }
}

/// Score, per-topic scores, the questions missed; *Retry missed*, *Start over*,
/// *Back to start*.
#[component]
fn QuizSummary() -> impl IntoView {
    let ctx = use_quiz();
    let t = ctx.t();
    let (sc, topics, misses) = ctx.state.with_untracked(|s| {
        ctx.with_deck(|d| {
            let misses: Vec<(String, String)> = missed(s, d)
                .into_iter()
                .map(|q| {
                    let right: Vec<String> = q
                        .choices
                        .iter()
                        .filter(|c| c.correct)
                        .map(|c| c.text.clone())
                        .collect();
                    (q.quiz_stem().to_owned(), right.join(" · "))
                })
                .collect();
            (score(s, d), topic_scores(s, d), misses)
        })
    });
    let percent = (sc.correct * 100).checked_div(sc.total).unwrap_or(0);
    let any_missed = !misses.is_empty();
    view! {
        <section class="lq-screen lq-summary">
            <ScreenHeading text=t.your_results />
            <p class="lq-score">
                <span class="lq-score__big">{format!("{} / {}", sc.correct, sc.total)}</span>
                " "
                {(t.score_rest)(percent, sc.total.saturating_sub(sc.answered))}
            </p>
            <h3 class="lq-h3">{t.by_topic}</h3>
            <ul class="lq-topics">
                {topics.into_iter().map(|t| {
                    let pct = (t.correct * 100).checked_div(t.total).unwrap_or(0);
                    view! {
                        <li class="lq-topic">
                            <span class="lq-topic__name">{t.name}</span>
                            <span class="lq-topic__score">{format!("{} / {}", t.correct, t.total)}</span>
                            <span class="lq-topic__bar" aria-hidden="true">
                                <span class="lq-topic__fill" style:width=format!("{pct}%")></span>
                            </span>
                        </li>
                    }
                }).collect_view()}
            </ul>
            {any_missed.then(|| view! {
                <h3 class="lq-h3">{t.to_review}</h3>
                <ol class="lq-review">
                    {misses.into_iter().map(|(prompt, right)| view! {
                        <li>
                            <p class="lq-review__q"><RichText text=prompt /></p>
                            <p class="lq-review__a">{t.answer_prefix} <RichText text=right /></p>
                        </li>
                    }).collect_view()}
                </ol>
            })}
            <div class="lq-actions">
                {any_missed.then(|| view! {
                    <button class="lq-btn lq-btn--primary" on:click=move |_| ctx.send(Event::RetryMissed)>
                        {t.retry_missed}
                    </button>
                })}
                <button
                    class=if any_missed { "lq-btn" } else { "lq-btn lq-btn--primary" }
                    on:click=move |_| ctx.start(Mode::Quiz, Source::All)
                >
                    {t.start_over}
                </button>
                <button class="lq-btn" on:click=move |_| ctx.send(Event::Home)>{t.back_to_start}</button>
            </div>
            <ProgressTools />
        </section>
    }
}
