use super::browser;
use super::context::use_quiz;
use super::rich_text::RichText;
use crate::deck::{Question, paragraphs};
use leptos::prelude::*;

/// *Show model answer*: why it is asked, what a strong answer says and (unless
/// they are shown as a checklist elsewhere) the key points.
#[component]
pub fn ModelAnswer(
    question: Question,
    /// List the key points too.
    key_points: bool,
    /// Start open (on a wide screen: phones start closed, the key points and
    /// the rating come first).
    #[prop(optional)]
    open: bool,
) -> impl IntoView {
    let t = use_quiz().t();
    let show_points = key_points;
    let open = RwSignal::new(open && !browser::is_narrow());
    // Built the first time it is opened, then kept (hidden when closed): checking
    // an answer paints its verdict without building a body nobody opened.
    let built = Memo::new(move |was: Option<&bool>| was.copied().unwrap_or(false) || open.get());
    let Question {
        why_asked,
        model_answer,
        key_points,
        follow_up,
        ..
    } = question;
    let key_points = if show_points { key_points } else { Vec::new() };
    let body = move || {
        view! {
            <div class="lq-answer__body" hidden=move || !open.get()>
                <h3 class="lq-h3">{t.why_asked}</h3>
                <p><RichText text=why_asked.clone() /></p>
                <h3 class="lq-h3">{t.strong_answer}</h3>
                // Short paragraphs, easier to read on a phone than one block.
                {paragraphs(&model_answer, 2).into_iter().map(|p| view! {
                    <p><RichText text=p.to_owned() /></p>
                }).collect_view()}
                {show_points.then(|| view! {
                    <h3 class="lq-h3">{t.key_points}</h3>
                    <ul class="lq-points">
                        {key_points.iter().map(|p| view! { <li><RichText text=p.clone() /></li> }).collect_view()}
                    </ul>
                })}
                {follow_up.clone().map(|f| view! {
                    <p class="lq-follow"><strong>{t.follow_up}</strong><RichText text=f /></p>
                })}
            </div>
        }
    };
    view! {
        <div class="lq-answer">
            <button
                type="button"
                class="lq-btn lq-btn--quiet"
                aria-expanded=move || open.get().to_string()
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {move || if open.get() { t.hide_model } else { t.show_model }}
            </button>
            <Show when=move || built.get()>{body.clone()}</Show>
        </div>
    }
}
