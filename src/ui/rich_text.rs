use crate::deck::{Segment, segments};
use leptos::prelude::*;

/// Deck text with code: text nodes, `<code>` and `<pre><code>` elements, never
/// HTML. In a `<span lang>` when the deck's language is not the interface's.
#[component]
pub fn RichText(#[prop(into)] text: String) -> impl IntoView {
    let parts = segments(&text)
        .into_iter()
        .map(|s| match s {
            Segment::Text(t) => t.to_owned().into_any(),
            Segment::Code(c) => view! { <code class="lq-code">{c.to_owned()}</code> }.into_any(),
            Segment::Block(b) => view! {
                <pre class="lq-pre" tabindex="0"><code>{b.to_owned()}</code></pre>
            }
            .into_any(),
        })
        .collect_view();
    match use_context::<super::context::QuizCtx>().and_then(|c| c.deck_lang()) {
        Some(lang) => view! { <span lang=lang>{parts}</span> }.into_any(),
        None => parts.into_any(),
    }
}
