use super::app::ReadyDeck;
use super::context::QuizCtx;
use super::notice::Notice;
use super::question_screen::QuestionScreen;
use super::start_screen::StartScreen;
use super::summary_screen::SummaryScreen;
use crate::embed::{EmbedOptions, deep_link_question};
use crate::quiz::{Event, Screen, Source, current_id, has_run};
use leptos::prelude::*;

/// One quiz widget over a valid deck: its own state, storage and screens.
#[component]
pub fn Widget(
    ready: ReadyDeck,
    #[prop(optional)] options: EmbedOptions,
    #[prop(default = None)] host: Option<web_sys::HtmlElement>,
) -> impl IntoView {
    let deep_link = options.deep_link;
    let pending = options.pending_start;
    let ctx = QuizCtx::new(ready, options, host);
    provide_context(ctx);
    if deep_link {
        back_returns_to_start(ctx);
        follow_deep_links(ctx);
    }
    // A Start pressed on the static first screen, before the app was up. A run in
    // progress of that mode wins: the learner sees Resume rather than losing it.
    if let Some(mode) = pending
        && !ctx.state.with_untracked(|s| has_run(s, mode))
    {
        ctx.start(mode, Source::All);
    }
    let screen = Memo::new(move |_| ctx.state.with(|s| s.screen));
    view! {
        <Notice />
        {move || match screen.get() {
            Screen::Start => view! { <StartScreen /> }.into_any(),
            Screen::Question => view! { <QuestionScreen /> }.into_any(),
            Screen::Summary => view! { <SummaryScreen /> }.into_any(),
        }}
    }
}

/// The browser's Back button returns from a question or a summary to the start
/// screen: leaving the start screen pushes a history entry (marked as ours), and
/// going back to it (`popstate`) sends `Home`. The in-page way back (*Menu*,
/// *Back to start*) goes back through that entry, so the history stays as long
/// as what the reader saw. Only where the widget owns the URL (deep links on).
fn back_returns_to_start(ctx: QuizCtx) {
    const MARK: &str = "llm-quiz";
    let ours = || {
        window()
            .history()
            .ok()
            .and_then(|h| h.state().ok())
            .and_then(|s| s.as_string())
            .is_some_and(|s| s == MARK)
    };
    let handle = window_event_listener_untyped("popstate", move |_| {
        if ctx.state.with_untracked(|s| s.screen) != Screen::Start {
            ctx.send_from_page(Event::Home);
        }
    });
    on_cleanup(move || handle.remove());
    let screen = Memo::new(move |_| ctx.state.with(|s| s.screen));
    Effect::new(move |was: Option<Screen>| {
        let now = screen.get();
        let Ok(history) = window().history() else {
            return now;
        };
        let home = now == Screen::Start;
        match was {
            Some(Screen::Start) if !home => {
                let _ = history.push_state(&wasm_bindgen::JsValue::from_str(MARK), "");
            }
            Some(w) if w != Screen::Start && home && ours() => {
                let _ = history.back();
            }
            _ => {}
        }
        now
    });
}

/// `#q=<id>` in the page URL opens that question (on load and on `hashchange`),
/// and the URL follows the question on screen.
fn follow_deep_links(ctx: QuizCtx) {
    let open = move || {
        let hash = window().location().hash().unwrap_or_default();
        if let Some(id) = deep_link_question(&hash) {
            ctx.open(id);
        }
    };
    open();
    let handle = window_event_listener_untyped("hashchange", move |_| open());
    on_cleanup(move || handle.remove());
    Effect::new(move |_| {
        let id = ctx.state.with(|s| current_id(s).map(str::to_owned));
        // The fragment names the question on screen, and goes when none is.
        let location = window().location();
        let want = id.map(|id| format!("#q={id}")).unwrap_or_default();
        let url = if want.is_empty() {
            format!(
                "{}{}",
                location.pathname().unwrap_or_default(),
                location.search().unwrap_or_default()
            )
        } else {
            want.clone()
        };
        if location.hash().unwrap_or_default() != want
            && let Ok(history) = window().history()
        {
            // The entry keeps its state (the Back marker).
            let state = history.state().unwrap_or(wasm_bindgen::JsValue::NULL);
            let _ = history.replace_state_with_url(&state, "", Some(&url));
        }
    });
}

impl QuizCtx {
    /// Opens a question from a deep link (not a learner's keystroke: focus stays).
    fn open(&self, id: String) {
        self.send_from_page(Event::Open(id));
    }
}
