use super::context::use_quiz;
use super::progress_tools::ProgressTools;
use super::result_card::ResultCard;
use super::screen_heading::ScreenHeading;
use crate::quiz::{Event, Mode, Source, open_answer_rows, rating_counts, weakest_topics};
use leptos::prelude::*;

/// The end of a practice run (ratings) or a mock interview (time used per
/// question, key points covered, weakest topics first).
#[component]
pub fn OpenSummary(mode: Mode) -> impl IntoView {
    let ctx = use_quiz();
    let t = ctx.t();
    let (rows, weakest, limit, ratings) = ctx.state.with_untracked(|s| {
        ctx.with_deck(|d| {
            (
                open_answer_rows(s, d),
                weakest_topics(s, d),
                f64::from(s.options.mock_seconds) * 1000.0,
                rating_counts(s),
            )
        })
    });
    let title = if mode == Mode::Mock {
        t.mock_results
    } else {
        t.practice_done
    };
    let mock = mode == Mode::Mock;
    view! {
        <section class="lq-screen lq-summary">
            <ScreenHeading text=title />
            {(!mock).then(|| view! {
                <p class="lq-score">
                    {(t.rating_counts)(ratings)}
                </p>
                <p class="lq-meta">{t.practice_done_note}</p>
            })}
            <h3 class="lq-h3">{t.by_question}</h3>
            <ol class="lq-results">
                {rows.into_iter().map(|row| view! { <ResultCard row mode limit_ms=limit /> }).collect_view()}
            </ol>
            <h3 class="lq-h3">{t.weakest_first}</h3>
            <ol class="lq-review">
                {weakest.into_iter().map(|(name, covered, points)| view! {
                    <li>{(t.topic_points)(&name, covered, points)}</li>
                }).collect_view()}
            </ol>
            <div class="lq-actions">
                <button class="lq-btn lq-btn--primary" on:click=move |_| ctx.start(mode, Source::All)>
                    {if mock { t.another_mock } else { t.practise_again }}
                </button>
                <button class="lq-btn" on:click=move |_| ctx.send(Event::Home)>{t.back_to_start}</button>
            </div>
            <ProgressTools />
        </section>
    }
}
