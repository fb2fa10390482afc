use super::context::use_quiz;
use leptos::prelude::*;

/// One line about storage: unavailable, unreadable or full.
#[component]
pub fn Notice() -> impl IntoView {
    let ctx = use_quiz();
    let memory_only = ctx.memory_only;
    view! {
        <p class="lq-notice" role="status">
            {move || {
                ctx.notice
                    .get()
                    .or_else(|| {
                        memory_only
                            .then(|| {
                                "This browser blocks saving, so progress lasts only while this page is open."
                                    .to_owned()
                            })
                    })
            }}
        </p>
    }
}
