use super::context::use_quiz;
use crate::quiz::{Event, Options, RUN_LENGTHS};
use leptos::prelude::*;

/// How many questions the next run asks, beside *Start*: 10, 20 or all (one
/// radio group; the exact number stays in Options). Shuffling is the default,
/// so a short run is a varied one. The group's name is one per shadow root, so
/// two widgets on a page keep separate groups.
#[component]
pub fn RunLength() -> impl IntoView {
    let ctx = use_quiz();
    let t = ctx.t();
    let count = Memo::new(move |_| ctx.state.with(|s| s.options.count));
    let choose = move |n: Option<usize>| {
        let options = ctx.state.with_untracked(|s| Options {
            count: n,
            ..s.options.clone()
        });
        ctx.send(Event::SetOptions(options));
    };
    let lengths = RUN_LENGTHS.iter().map(|&n| Some(n)).chain([None]);
    view! {
        <fieldset class="lq-length">
            <legend class="lq-sr">{t.run_length}</legend>
            {lengths.map(|n| {
                let label = n.map_or_else(|| t.all.to_owned(), |n| n.to_string());
                view! {
                    <label class="lq-length__choice">
                        <input
                            type="radio"
                            name="lq-length"
                            prop:checked=move || count.get() == n
                            on:change=move |_| choose(n)
                        />
                        <span>{label}</span>
                    </label>
                }
            }).collect_view()}
        </fieldset>
    }
}
