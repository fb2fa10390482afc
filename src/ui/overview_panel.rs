use super::browser;
use super::context::use_quiz;
use super::panel::Panel;
use crate::quiz::{Event, overview};
use leptos::prelude::*;

/// Progress per topic (seen, correct rate, due), weakest first; *Reset progress*
/// behind a confirmation.
#[component]
pub fn OverviewPanel() -> impl IntoView {
    let ctx = use_quiz();
    let t = ctx.t();
    let rows = Memo::new(move |_| {
        let by = browser::end_of_today();
        ctx.state.with(|s| ctx.with_deck(|d| overview(s, d, by)))
    });
    let confirming = RwSignal::new(false);
    view! {
        <Panel summary=t.overview>
            <table class="lq-table">
                <caption class="lq-sr">{t.overview_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t.col_topic}</th>
                        <th scope="col">{t.col_seen}</th>
                        <th scope="col">{t.col_correct}</th>
                        <th scope="col">{t.col_due}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || rows.get().into_iter().map(|r| {
                        let rate = r.rate().map_or("—".to_owned(), |x| (t.percent)(x * 100.0));
                        view! {
                            <tr>
                                <th scope="row">{r.name}</th>
                                <td>{format!("{} / {}", r.seen, r.questions)}</td>
                                <td>{rate}</td>
                                <td>{r.due}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            <div class="lq-actions lq-actions--tight">
                {move || if confirming.get() {
                    view! {
                        <p class="lq-warn" role="alert">{t.reset_question}</p>
                        <button class="lq-btn lq-btn--danger" on:click=move |_| {
                            ctx.send(Event::ResetProgress);
                            confirming.set(false);
                        }>{t.reset_yes}</button>
                        <button class="lq-btn" on:click=move |_| confirming.set(false)>{t.cancel}</button>
                    }.into_any()
                } else {
                    view! {
                        <button class="lq-btn" on:click=move |_| confirming.set(true)>{t.reset}</button>
                    }.into_any()
                }}
            </div>
        </Panel>
    }
}
