use super::context::use_quiz;
use super::model_answer::ModelAnswer;
use super::rich_text::RichText;
use crate::quiz::{Event, Mode, OpenAnswerRow, has_run};
use leptos::prelude::*;

/// One question of a practice or mock-interview result, as a card (readable on
/// a phone, unlike a table): the time used (mock), what the learner wrote, the
/// key points ticked and missed, the model answer on request, and *Practise
/// this card*.
#[component]
pub fn ResultCard(row: OpenAnswerRow, mode: Mode, limit_ms: f64) -> impl IntoView {
    let ctx = use_quiz();
    let t = ctx.t();
    let Some((q, _)) = ctx.question(&row.id) else {
        return ().into_any();
    };
    let (covered, wrote) = ctx.state.with_untracked(|s| {
        (
            s.answers
                .get(&row.id)
                .map(|a| a.covered.clone())
                .unwrap_or_default(),
            s.drafts.get(&row.id).cloned(),
        )
    });
    let practice_saved = Memo::new(move |_| ctx.state.with(|s| has_run(s, Mode::Practice)));
    let id = row.id.clone();
    let over = row.spent_ms > limit_ms;
    view! {
        <li class="lq-result">
            <p class="lq-result__q"><RichText text=row.prompt /></p>
            <p class="lq-meta">
                {(mode == Mode::Mock).then(|| view! {
                    <span class:lq-bad=over>
                        {format!("{} {} / {} · ", t.col_time, crate::i18n::elapsed(row.spent_ms), crate::i18n::elapsed(limit_ms))}
                    </span>
                })}
                {(t.covered)(row.covered, row.points)}
            </p>
            <h4 class="lq-result__h">{t.you_wrote}</h4>
            {match wrote {
                Some(text) => view! { <p class="lq-result__wrote">{text}</p> }.into_any(),
                None => view! { <p class="lq-meta">{t.nothing_written}</p> }.into_any(),
            }}
            <h4 class="lq-result__h">{t.key_points}</h4>
            <ul class="lq-result__points">
                {q.key_points.iter().enumerate().map(|(i, p)| {
                    let ticked = covered.contains(&i);
                    view! {
                        <li>
                            <span aria-hidden="true" class:lq-ok=ticked class:lq-bad=!ticked>
                                {if ticked { "✓ " } else { "✗ " }}
                            </span>
                            <span class="lq-sr">{if ticked { t.ticked } else { t.missed }}</span>
                            <RichText text=p.clone() />
                        </li>
                    }
                }).collect_view()}
            </ul>
            <ModelAnswer question=q.clone() key_points=false />
            <button
                type="button"
                class="lq-btn"
                hidden=practice_saved
                on:click=move |_| ctx.send(Event::PractiseOne(id.clone()))
            >
                {t.practise_this}
            </button>
        </li>
    }
    .into_any()
}
