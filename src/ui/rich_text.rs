use crate::deck::{Segment, segments};
use leptos::prelude::*;

/// Deck text with code: text nodes, `<code>` and `<pre><code>` elements, never HTML.
#[component]
pub fn RichText(#[prop(into)] text: String) -> impl IntoView {
    segments(&text)
        .into_iter()
        .map(|s| match s {
            Segment::Text(t) => t.to_owned().into_any(),
            Segment::Code(c) => view! { <code class="lq-code">{c.to_owned()}</code> }.into_any(),
            Segment::Block(b) => view! {
                <pre class="lq-pre" tabindex="0"><code>{b.to_owned()}</code></pre>
            }
            .into_any(),
        })
        .collect_view()
}
