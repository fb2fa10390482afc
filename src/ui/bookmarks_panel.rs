use super::context::{Chunk, use_quiz};
use super::model_answer::ModelAnswer;
use super::panel::Panel;
use super::rich_text::RichText;
use crate::quiz::{Event, Mode, Source};
use leptos::prelude::*;

/// The starred questions, in deck order: each opens in place (its model
/// answer), can be removed, and the set can be quizzed or practised. Shown
/// only when something is starred. `start` asks before replacing a run.
#[component]
pub fn BookmarksPanel(
    start: impl Fn(Mode, Source) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let ctx = use_quiz();
    let t = ctx.t();
    let ids = Memo::new(move |_| {
        ctx.state.with(|s| {
            ctx.with_deck(|d| {
                d.questions
                    .iter()
                    .filter(|q| s.bookmarks.contains(&q.id))
                    .map(|q| q.id.clone())
                    .collect::<Vec<_>>()
            })
        })
    });
    let count = move || ids.with(Vec::len);
    view! {
        <Show when=move || ids.with(|v| !v.is_empty())>
            <Panel summary=t.bookmarks>
                <ul class="lq-results">
                    // A plain list, not <For>: the keyed diff costs ~6 KB of WASM
                    // and a bookmarks list changes one item at a time.
                    {move || ids.get().into_iter().map(|id| view! { <BookmarkItem id /> }).collect_view()}
                </ul>
                <div class="lq-actions lq-actions--tight">
                    <button type="button" class="lq-btn" on:click=move |_| start(Mode::Quiz, Source::Bookmarked)>
                        {move || (t.quiz_these)(count())}
                    </button>
                    <button type="button" class="lq-btn" on:click=move |_| start(Mode::Practice, Source::Bookmarked)>
                        {move || (t.practise_bookmarked)(count())}
                    </button>
                </div>
            </Panel>
        </Show>
    }
}

/// One starred question: its prompt (fetched with its chunk when the deck is
/// packed), the model answer on request, *Remove*.
#[component]
fn BookmarkItem(id: String) -> impl IntoView {
    let ctx = use_quiz();
    let t = ctx.t();
    let remove = {
        let id = id.clone();
        move |_| ctx.send(Event::ToggleBookmark(id.clone()))
    };
    let body = move || {
        ctx.texts.track();
        match ctx.text_of(&id) {
            Chunk::Here => ctx.question(&id).map(|(q, _)| {
                view! {
                    <p class="lq-result__q"><RichText text=q.quiz_stem().to_owned() /></p>
                    <ModelAnswer question=q key_points=true />
                }
                .into_any()
            }),
            _ => Some(
                view! { <p class="lq-meta" aria-busy="true">{t.question_loading}</p> }.into_any(),
            ),
        }
    };
    view! {
        <li class="lq-result">
            {body}
            <button type="button" class="lq-btn lq-btn--quiet" on:click=remove>{t.remove}</button>
        </li>
    }
}
