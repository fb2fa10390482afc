use super::browser;
use super::context::use_quiz;
use leptos::prelude::*;

/// The heading of a whole screen (start, results). When the learner comes to
/// the screen from another one, it opens at its top: the heading is brought
/// into view if it is out of it, and takes focus, so screen readers start
/// there. On page load nothing moves (focus belongs to the host page).
#[component]
pub fn ScreenHeading(
    #[prop(into)] text: String,
    /// The text's language when it is not the interface's (a deck title).
    #[prop(default = None)]
    lang: Option<String>,
) -> impl IntoView {
    let ctx = use_quiz();
    let heading = NodeRef::<leptos::html::H2>::new();
    Effect::new(move |_| {
        if let Some(h) = heading.get()
            && ctx.acted.get_value()
        {
            if !browser::in_view(&h) {
                browser::scroll_into_view(&h, web_sys::ScrollLogicalPosition::Start);
            }
            browser::focus_without_scrolling(&h);
        }
    });
    view! {
        <h2 class="lq-title" tabindex="-1" lang=lang node_ref=heading>{text}</h2>
    }
}
