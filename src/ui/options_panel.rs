use super::context::use_quiz;
use super::number_field::NumberField;
use super::panel::Panel;
use crate::quiz::{Event, Options};
use leptos::prelude::*;

/// Filters and run options: topics, difficulty, pool size, shuffle, mock timing.
/// Every change is one `SetOptions` event; the engine keeps them.
#[component]
pub fn OptionsPanel() -> impl IntoView {
    let ctx = use_quiz();
    let t = ctx.t();
    let topics = ctx.with_deck(|d| {
        d.topics_in_use()
            .map(|t| (t.id.clone(), t.name.clone()))
            .collect::<Vec<_>>()
    });
    let options = Memo::new(move |_| ctx.state.with(|s| s.options.clone()));
    let change = move |f: &dyn Fn(&mut Options)| {
        let mut o = options.get_untracked();
        f(&mut o);
        ctx.send(Event::SetOptions(o));
    };
    let toggle_topic = move |id: String| {
        change(&|o: &mut Options| {
            if let Some(at) = o.topics.iter().position(|t| *t == id) {
                o.topics.remove(at);
            } else {
                o.topics.push(id.clone());
            }
        })
    };
    let toggle_level = move |level: u8| {
        change(&|o: &mut Options| {
            if let Some(at) = o.difficulties.iter().position(|d| *d == level) {
                o.difficulties.remove(at);
            } else {
                o.difficulties.push(level);
            }
        })
    };
    let deck_size = ctx.with_deck(|d| d.questions.len()).max(1);
    view! {
        <Panel summary=t.options>
            <fieldset class="lq-fieldset">
                <legend>{t.topics_legend}</legend>
                <div class="lq-checks">
                    {topics.clone().into_iter().map(|(id, name)| {
                        let key = id.clone();
                        view! {
                            <label class="lq-check">
                                <input
                                    type="checkbox"
                                    prop:checked=move || options.with(|o| o.topics.contains(&key))
                                    on:change=move |_| toggle_topic(id.clone())
                                />
                                {name}
                            </label>
                        }
                    }).collect_view()}
                </div>
            </fieldset>
            <fieldset class="lq-fieldset">
                <legend>{t.difficulty_legend}</legend>
                <div class="lq-checks">
                    {[1u8, 2, 3].into_iter().map(|level| view! {
                        <label class="lq-check">
                            <input
                                type="checkbox"
                                prop:checked=move || options.with(|o| o.difficulties.contains(&level))
                                on:change=move |_| toggle_level(level)
                            />
                            {t.level(level)}
                        </label>
                    }).collect_view()}
                </div>
            </fieldset>
            <div class="lq-fields">
                <NumberField
                    label=t.per_run
                    range=(1, deck_size)
                    empty_ok=true
                    value=Signal::derive(move || options.with(|o| o.count))
                    set={move |n| change(&|o: &mut Options| o.count = n)}
                />
                <label class="lq-check">
                    <input
                        type="checkbox"
                        prop:checked=move || options.with(|o| o.shuffle)
                        on:change=move |_| change(&|o: &mut Options| o.shuffle = !o.shuffle)
                    />
                    {t.shuffle}
                </label>
                <NumberField
                    label=t.mock_questions
                    range=(1, 50)
                    value=Signal::derive(move || options.with(|o| Some(o.mock_count)))
                    set={move |n: Option<usize>| if let Some(n) = n {
                        change(&|o: &mut Options| o.mock_count = n)
                    }}
                />
                <NumberField
                    label=t.mock_seconds
                    range=(15, 1800)
                    step=15
                    value=Signal::derive(move || options.with(|o| Some(o.mock_seconds as usize)))
                    set={move |n: Option<usize>| if let Some(n) = n {
                        change(&|o: &mut Options| o.mock_seconds = u32::try_from(n).unwrap_or(120))
                    }}
                />
            </div>
        </Panel>
    }
}
