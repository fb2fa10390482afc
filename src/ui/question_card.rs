use super::browser;
use super::choice_option::ChoiceOption;
use super::context::use_quiz;
use super::model_answer::ModelAnswer;
use super::prompt_heading::PromptHeading;
use super::question_meta::QuestionMeta;
use crate::quiz::{Event, choice_order, is_correct, unanswered_others};
use leptos::ev::SubmitEvent;
use leptos::prelude::*;

/// One question: prompt, options in a form (*Check* submits it), verdict,
/// explanations, the model answer, navigation.
#[component]
pub fn QuestionCard(id: String) -> impl IntoView {
    let ctx = use_quiz();
    let t = ctx.t();
    let Some((q, topic)) = ctx.question(&id) else {
        return ().into_any();
    };
    let answer = ctx.answer(&id);
    let checked = Memo::new(move |_| answer.with(|a| a.checked));
    let right = Memo::new({
        let q = q.clone();
        move |_| answer.with(|a| a.checked && is_correct(&q, a))
    });
    let nothing_selected = move || answer.with(|a| a.selected.is_empty());
    let first = Memo::new(move |_| ctx.state.with(|s| s.position == 0));
    let last = Memo::new(move |_| ctx.state.with(|s| s.position + 1 >= s.run.len()));
    let multi = q.is_multi();
    let order = ctx
        .state
        .with_untracked(|s| choice_order(s.seed, &q.id, q.choices.len()));
    let next_button = NodeRef::<leptos::html::Button>::new();
    let choices = NodeRef::<leptos::html::Fieldset>::new();
    // After Check: focus on Next (in the sticky bar, in sight), and the
    // learner's own pick scrolled into view, with its verdict and explanation.
    Effect::new(move |_| {
        if checked.get()
            && ctx.acted.get_value()
            && let Some(b) = next_button.get()
        {
            browser::focus_without_scrolling(&b);
            if let Some(pick) = choices
                .get()
                .and_then(|f| f.query_selector(".lq-choice__input:checked").ok().flatten())
                .and_then(|input| input.closest(".lq-choice").ok().flatten())
            {
                browser::scroll_into_view(&pick, web_sys::ScrollLogicalPosition::Center);
            }
        }
    });
    // The right options' letters, for the short verdict beside Next.
    let letters: String = order
        .iter()
        .enumerate()
        .filter(|&(_, &index)| q.choices.get(index).is_some_and(|c| c.correct))
        .filter_map(|(shown, _)| letter(shown))
        .map(String::from)
        .collect::<Vec<_>>()
        .join(", ");
    let short_verdict = move || {
        checked.get().then(|| {
            let (class, text) = if right.get() {
                (
                    "lq-short-verdict lq-verdict--right",
                    t.verdict_right_short.to_owned(),
                )
            } else {
                (
                    "lq-short-verdict lq-verdict--wrong",
                    (t.verdict_wrong_short)(&letters),
                )
            };
            view! { <span class=class aria-hidden="true">{text}</span> }
        })
    };
    let fold = browser::is_narrow();
    // Skip on the last question with others unanswered asks first.
    let leaving = RwSignal::new(None::<(usize, String)>);
    let go_back = NodeRef::<leptos::html::Button>::new();
    let skip = move || {
        let others = ctx.state.with_untracked(|s| {
            let open = unanswered_others(s);
            open.first().map(|first| (open.len(), (*first).to_owned()))
        });
        match others.filter(|_| last.get_untracked()) {
            Some(ask) => leaving.set(Some(ask)),
            None => ctx.send(Event::Next),
        }
    };
    Effect::new(move |_| {
        if leaving.with(Option::is_some)
            && let Some(b) = go_back.get()
        {
            let _ = b.focus();
        }
    });

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        ctx.send(Event::Check);
    };
    let next_label = move || if last.get() { t.see_results } else { t.next };

    view! {
        <article class="lq-card">
            <QuestionMeta question=q.clone() topic />
            <PromptHeading text=q.quiz_stem().to_owned() />
            <form class="lq-form" on:submit=on_submit>
                <fieldset class="lq-choices" node_ref=choices>
                    <legend class="lq-legend">
                        {if multi { t.select_all } else { t.choose_one }}
                    </legend>
                    {order
                        .into_iter()
                        .filter_map(|index| q.choices.get(index).map(|c| (index, c.clone())))
                        .enumerate()
                        .map(|(shown, (index, choice))| {
                            let key = letter(shown).unwrap_or(' ');
                            view! { <ChoiceOption index choice multi answer key fold /> }
                        })
                        .collect_view()}
                </fieldset>
                <p class="lq-verdict" role="status" aria-live="polite">
                    {move || checked.get().then(|| if right.get() {
                        view! { <span class="lq-verdict--right">{t.right}</span> }.into_any()
                    } else {
                        view! {
                            <span class="lq-verdict--wrong">
                                {if multi { t.wrong_many } else { t.wrong_one }}
                            </span>
                        }.into_any()
                    })}
                </p>
                {move || leaving.get().map(|(n, first)| view! {
                    <div class="lq-actions lq-confirm">
                        <p class="lq-warn" role="alert">{(t.unanswered_left)(n)}</p>
                        <button type="button" class="lq-btn lq-btn--primary" node_ref=go_back on:click=move |_| {
                            leaving.set(None);
                            ctx.send(Event::Open(first.clone()));
                        }>{t.go_to_unanswered}</button>
                        <button type="button" class="lq-btn" on:click=move |_| ctx.send(Event::Next)>
                            {t.see_results}
                        </button>
                    </div>
                })}
                <div class="lq-actions">
                    {short_verdict}
                    {move || if checked.get() {
                        view! {
                            <button type="button" class="lq-btn lq-btn--primary" node_ref=next_button on:click=move |_| ctx.send(Event::Next)>
                                {next_label}
                            </button>
                        }.into_any()
                    } else {
                        view! {
                            <button type="submit" class="lq-btn lq-btn--primary" disabled=nothing_selected>
                                {t.check}
                            </button>
                            <button type="button" class="lq-btn" on:click=move |_| skip()>
                                {t.skip}
                            </button>
                        }.into_any()
                    }}
                    <button
                        type="button"
                        class="lq-btn lq-btn--quiet lq-prev"
                        hidden=first
                        on:click=move |_| ctx.send(Event::Previous)
                    >
                        <span class="lq-btn__icon" aria-hidden="true">"←"</span>
                        <span class="lq-btn__label">{t.previous}</span>
                    </button>
                </div>
            </form>
            <Show when=move || checked.get()>
                <ModelAnswer question=q.clone() key_points=true />
            </Show>
        </article>
    }
    .into_any()
}

/// The letter an option is shown with: A, B, C… in display order.
fn letter(shown: usize) -> Option<char> {
    u8::try_from(shown)
        .ok()
        .filter(|&n| n < 26)
        .map(|n| char::from(b'A' + n))
}
