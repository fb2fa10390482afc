use super::browser;
use super::context::use_quiz;
use crate::quiz::{Event, Rating, preview_intervals};
use leptos::prelude::*;

/// *Again / Hard / Good / Easy*, each with the interval it would schedule and
/// its key (hidden on touch screens, which have no keys). On phones it is the
/// sticky bar of a revealed card. *Good* or *Easy* with fewer than half of the
/// `points` key points ticked asks once, gently, before it schedules.
#[component]
pub fn RatingBar(id: String, points: usize) -> impl IntoView {
    let ctx = use_quiz();
    let t = ctx.t();
    let intervals = ctx
        .state
        .with_untracked(|s| preview_intervals(s, &id, browser::now()));
    let answer = ctx.answer(&id);
    let [again, hard, good, easy] = t.ratings;
    let name = move |rating: Rating| match rating {
        Rating::Again => again,
        Rating::Hard => hard,
        Rating::Good => good,
        Rating::Easy => easy,
    };
    // The rating waiting for a yes, and whether this card has asked already.
    let asking = RwSignal::new(None::<Rating>);
    let asked = StoredValue::new(false);
    let rate = move |rating: Rating| {
        let ticked = answer.with_untracked(|a| a.covered.len());
        let thin = matches!(rating, Rating::Good | Rating::Easy) && ticked * 2 < points;
        if thin && !asked.get_value() {
            asked.set_value(true);
            asking.set(Some(rating));
        } else {
            asking.set(None);
            ctx.send(Event::Rate(rating));
        }
    };
    // One bar: the ask sits on top of the ratings, in the same sticky bar on a
    // phone (a second bar would cover it, or leave it off screen).
    view! {
        <div class="lq-ratebar">
            {move || asking.get().map(|rating| {
                let ticked = answer.with_untracked(|a| a.covered.len());
                view! {
                    <div class="lq-ratebar__ask">
                        <p class="lq-warn" role="alert">{(t.rate_anyway)(ticked, points, name(rating))}</p>
                        <button type="button" class="lq-btn" on:click=move |_| rate(rating)>
                            {(t.rate_yes)(name(rating))}
                        </button>
                        <button type="button" class="lq-btn lq-btn--quiet" on:click=move |_| asking.set(None)>
                            {t.cancel}
                        </button>
                    </div>
                }
            })}
            <div class="lq-rating" role="group" aria-label=t.how_well>
                {intervals.into_iter().enumerate().map(|(i, (rating, days))| {
                    let when = (t.interval)(days);
                    view! {
                        <button type="button" class="lq-btn lq-rate" on:click=move |_| rate(rating)>
                            <span class="lq-rate__name">{name(rating)}</span>
                            <span class="lq-rate__when">
                                <span class="lq-rate__key">{format!("{} · ", i + 1)}</span>
                                {when}
                            </span>
                        </button>
                    }
                }).collect_view()}
            </div>
        </div>
    }
}
