use super::browser;
use super::context::use_quiz;
use crate::quiz::{Event, Rating, preview_intervals};
use leptos::prelude::*;

/// *Again / Hard / Good / Easy*, each with the interval it would schedule and
/// its key (hidden on touch screens, which have no keys). On phones it is the
/// sticky bar of a revealed card.
#[component]
pub fn RatingBar(id: String) -> impl IntoView {
    let ctx = use_quiz();
    let t = ctx.t();
    let intervals = ctx
        .state
        .with_untracked(|s| preview_intervals(s, &id, browser::now()));
    view! {
        <div class="lq-rating" role="group" aria-label=t.how_well>
            {intervals.into_iter().enumerate().map(|(i, (rating, days))| {
                let [again, hard, good, easy] = t.ratings;
                let name = match rating {
                    Rating::Again => again,
                    Rating::Hard => hard,
                    Rating::Good => good,
                    Rating::Easy => easy,
                };
                let when = (t.interval)(days);
                view! {
                    <button type="button" class="lq-btn lq-rate" on:click=move |_| ctx.send(Event::Rate(rating))>
                        <span class="lq-rate__name">{name}</span>
                        <span class="lq-rate__when">
                            <span class="lq-rate__key">{format!("{} · ", i + 1)}</span>
                            {when}
                        </span>
                    </button>
                }
            }).collect_view()}
        </div>
    }
}
