use super::context::{Chunk, use_quiz};
use super::mock_card::MockCard;
use super::practice_card::PracticeCard;
use super::progress_bar::ProgressBar;
use super::question_card::QuestionCard;
use crate::quiz::{Event, Mode, answered_in_run, key_event};
use leptos::prelude::*;

/// Progress, a bookmark star, the question on screen in the run's mode, a way
/// back to the start (on phones the last two are icons with the same accessible
/// names, so the bar stays one row); keyboard shortcuts (see `quiz::key_event`).
#[component]
pub fn QuestionScreen() -> impl IntoView {
    let ctx = use_quiz();
    let t = ctx.t();
    let current = Memo::new(move |_| {
        ctx.state
            .with(|s| s.at_position().map(|id| (s.mode, id.to_owned())))
    });
    // The text of the question on screen (a packed deck loads it in parts).
    let text = Memo::new(move |_| {
        current.with(|c| c.as_ref().map_or(Chunk::Here, |(_, id)| ctx.text_of(id)))
    });
    let at = Signal::derive(move || ctx.state.with(|s| s.position + 1));
    let done = Signal::derive(move || ctx.state.with(answered_in_run));
    let total = Signal::derive(move || ctx.state.with(|s| s.run.len()));
    let starred = Memo::new(move |_| {
        ctx.state
            .with(|s| s.at_position().is_some_and(|id| s.bookmarks.contains(id)))
    });
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        // Typing, and keys on controls, keep their own meaning.
        let tag = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .map(|e| (e.tag_name(), e.get_attribute("type").unwrap_or_default()));
        let on_control = match tag {
            Some((t, kind)) => match t.as_str() {
                "TEXTAREA" | "SELECT" | "BUTTON" | "SUMMARY" => true,
                "INPUT" => !matches!(kind.as_str(), "radio" | "checkbox") || ev.key() == " ",
                _ => false,
            },
            None => false,
        };
        if on_control {
            return;
        }
        let event = ctx
            .state
            .with_untracked(|s| ctx.with_deck(|d| key_event(s, d, &ev.key())));
        if let Some(event) = event {
            ev.prevent_default();
            ctx.send(event);
        }
    };
    let toggle_star = move |_| {
        if let Some((_, id)) = current.get_untracked() {
            ctx.send(Event::ToggleBookmark(id));
        }
    };
    view! {
        <section class="lq-screen lq-question" on:keydown=on_key>
            <div class="lq-topbar">
                <ProgressBar at done total />
                <button
                    type="button"
                    class="lq-btn lq-btn--quiet lq-star"
                    aria-pressed=move || starred.get().to_string()
                    on:click=toggle_star
                >
                    <span aria-hidden="true">{move || if starred.get() { "★" } else { "☆" }}</span>
                    <span class="lq-btn__label">" " {t.bookmark}</span>
                </button>
                <button class="lq-btn lq-btn--quiet lq-menu" on:click=move |_| ctx.send(Event::Home)>
                    <span class="lq-btn__icon" aria-hidden="true">"☰"</span>
                    <span class="lq-btn__label">{t.menu}</span>
                </button>
            </div>
            {move || current.get().map(|(mode, id)| match text.get() {
                Chunk::Here => match mode {
                    Mode::Quiz => view! { <QuestionCard id /> }.into_any(),
                    Mode::Practice => view! { <PracticeCard id /> }.into_any(),
                    Mode::Mock => view! { <MockCard id /> }.into_any(),
                },
                Chunk::Failed => view! {
                    <div class="lq-card" role="alert">
                        <p>{t.question_failed}</p>
                        <button type="button" class="lq-btn" on:click=move |_| ctx.retry_texts()>
                            {t.try_again}
                        </button>
                    </div>
                }
                .into_any(),
                Chunk::Wanted | Chunk::Loading => view! {
                    <p class="lq-card lq-loading" aria-busy="true">{t.question_loading}</p>
                }
                .into_any(),
            })}
        </section>
    }
}
