use super::bookmarks_panel::BookmarksPanel;
use super::browser;
use super::context::use_quiz;
use super::keyboard_help::KeyboardHelp;
use super::options_panel::OptionsPanel;
use super::overview_panel::OverviewPanel;
use super::progress_tools::ProgressTools;
use super::run_length::RunLength;
use super::screen_heading::ScreenHeading;
use crate::quiz::{Event, Mode, SavedRun, Source, candidates, due_count, next_reviews, saved_runs};
use leptos::prelude::*;

/// Title and size of the deck; *Resume*; the three ways to practise; options,
/// progress by topic, keyboard help, export/import.
#[component]
pub fn StartScreen() -> impl IntoView {
    let ctx = use_quiz();
    let t = ctx.t();
    let (title, description, count, topic_count) = ctx.with_deck(|d| {
        (
            d.title.clone(),
            d.description.clone(),
            d.questions.len(),
            d.topics_in_use().count(),
        )
    });
    // One resumable run per mode (issue #18): starting another mode sets the
    // run on screen aside instead of losing it.
    let runs = Memo::new(move |_| ctx.state.with(|s| ctx.with_deck(|d| saved_runs(s, d))));
    let saved = move |mode: Mode| runs.with(|r| r.iter().find(|r| r.mode == mode).copied());
    let due = Memo::new(move |_| {
        let by = browser::end_of_today();
        ctx.state.with(|s| ctx.with_deck(|d| due_count(s, d, by)))
    });
    // A forward view: what waits after today.
    let next = Memo::new(move |_| {
        let by = browser::end_of_today();
        ctx.state
            .with(|s| ctx.with_deck(|d| next_reviews(s, d, by)))
    });
    let bookmarked = Memo::new(move |_| ctx.state.with(|s| s.bookmarks.len()));
    let matching = Memo::new(move |_| {
        ctx.state
            .with(|s| ctx.with_deck(|d| candidates(s, d, Source::All, 0.0).len()))
    });
    let filtered = Memo::new(move |_| {
        ctx.state
            .with(|s| !s.options.topics.is_empty() || !s.options.difficulties.is_empty())
    });
    // An author may offer just one way of practising.
    let only = ctx.embed.with_value(|o| o.mode);
    let offers = move |m: Mode| only.is_none_or(|o| o == m);
    let mock_label = Memo::new(move |_| ctx.state.with(|s| t.mock_summary(&s.options)));
    // A new run would replace the one of its mode in progress: ask first.
    let asking = RwSignal::new(None::<(Mode, Source)>);
    let ask = move |mode: Mode, source: Source| {
        if runs.with_untracked(|r| r.iter().any(|r| r.mode == mode)) {
            asking.set(Some((mode, source)));
        } else {
            ctx.start(mode, source);
        }
    };
    let confirm_button = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if asking.with(Option::is_some)
            && let Some(b) = confirm_button.get()
        {
            let _ = b.focus();
        }
    });

    view! {
        <section class="lq-screen lq-start">
            <ScreenHeading text=title lang=ctx.deck_lang() />
            {description.map(|d| view! { <p class="lq-lead" lang=ctx.deck_lang()>{d}</p> })}
            <p class="lq-meta">{(t.questions_topics)(count, topic_count)}</p>
            {move || asking.get().and_then(|(mode, source)| Some((mode, source, saved(mode)?))).map(|(mode, source, run)| view! {
                <div class="lq-actions lq-confirm">
                    <p class="lq-warn" role="alert">{(t.replace_run)(run.at, run.total)}</p>
                    <button class="lq-btn lq-btn--primary" node_ref=confirm_button on:click=move |_| {
                        asking.set(None);
                        ctx.start(mode, source);
                    }>{t.replace_yes}</button>
                    <button class="lq-btn" on:click=move |_| asking.set(None)>{t.cancel}</button>
                </div>
            })}
            {move || (asking.with(Option::is_none) && runs.with(|r| !r.is_empty())).then(|| view! {
                <div class="lq-actions lq-resume">
                    {runs.get().into_iter().map(|SavedRun { mode, at, total, correct }| {
                        let label = match mode {
                            Mode::Quiz => (t.resume_quiz)(at, total, correct),
                            Mode::Practice => (t.resume_practice)(at, total),
                            Mode::Mock => (t.resume_mock)(at, total),
                        };
                        view! {
                            <button class="lq-btn lq-btn--primary" on:click=move |_| ctx.send(Event::Resume(mode))>
                                {label}
                            </button>
                        }
                    }).collect_view()}
                </div>
            })}
            {move || (filtered.get() || matching.get() == 0).then(|| {
                let n = matching.get();
                view! {
                    <p class=if n == 0 { "lq-warn" } else { "lq-meta" } role="status">
                        {(t.filters_match)(n, count)}
                    </p>
                }
            })}
            <ul class="lq-modes" aria-label=t.ways_to_practise>
                <li class="lq-mode" hidden=!offers(Mode::Quiz)>
                    <h3 class="lq-h3">{t.quiz}</h3>
                    <p>{t.quiz_about}</p>
                    <div class="lq-actions lq-actions--tight">
                        <button
                            class="lq-btn lq-btn--primary"
                            disabled=move || matching.get() == 0
                            on:click=move |_| ask(Mode::Quiz, Source::All)
                        >
                            {move || if saved(Mode::Quiz).is_some() { t.start_over } else { t.start }}
                        </button>
                        <RunLength />
                    </div>
                </li>
                <li class="lq-mode" hidden=!offers(Mode::Practice)>
                    <h3 class="lq-h3">{t.practice_cards}</h3>
                    <p>{t.practice_about}</p>
                    <p class="lq-meta">
                        {move || (t.due_today)(due.get())}
                        {move || next.get().map(|(days, n)| format!(" · {}", (t.next_reviews)(n, days)))}
                    </p>
                    <div class="lq-actions lq-actions--tight">
                        <button
                            class="lq-btn"
                            disabled=move || matching.get() == 0
                            on:click=move |_| ask(Mode::Practice, Source::All)
                        >
                            {t.practise}
                        </button>
                        <button
                            class="lq-btn"
                            disabled=move || due.get() == 0
                            on:click=move |_| ask(Mode::Practice, Source::Due)
                        >
                            {t.review_due}
                        </button>
                        <button
                            class="lq-btn"
                            disabled=move || bookmarked.get() == 0
                            on:click=move |_| ask(Mode::Practice, Source::Bookmarked)
                        >
                            {move || (t.practise_bookmarked)(bookmarked.get())}
                        </button>
                    </div>
                </li>
                <li class="lq-mode" hidden=!offers(Mode::Mock)>
                    <h3 class="lq-h3">{t.mock_interview}</h3>
                    <p>{mock_label}</p>
                    <button
                        class="lq-btn"
                        disabled=move || matching.get() == 0
                        on:click=move |_| ask(Mode::Mock, Source::All)
                    >
                        {t.start_mock}
                    </button>
                </li>
            </ul>
            <BookmarksPanel start=ask />
            <OptionsPanel />
            <OverviewPanel />
            <KeyboardHelp />
            <ProgressTools />
        </section>
    }
}
