//! The per-widget controller: the deck, the engine state as a signal, saved
//! progress, and `send(event)`. Provided as context by [`super::Widget`]; one per
//! widget instance, never global, so several widgets can share a page.

use crate::deck::Deck;
use crate::persist::{BrowserStore, MemoryStore, Progress, Store};
use crate::quiz::{Event, QuizState, apply};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct QuizCtx {
    pub deck: StoredValue<Deck>,
    pub state: RwSignal<QuizState>,
    /// Storage notices (unavailable, unreadable save, failed write), one line.
    pub notice: RwSignal<Option<String>>,
    /// Browser storage could not be reached: progress lives in memory only.
    pub memory_only: bool,
    progress: StoredValue<Progress, LocalStorage>,
}

impl QuizCtx {
    pub fn new(deck: Deck) -> Self {
        let (store, memory_only): (Box<dyn Store>, bool) = match BrowserStore::probe() {
            Ok(store) => (Box::new(store), false),
            Err(e) => {
                web_sys::console::warn_1(&format!("llm-quiz: {e}").into());
                (Box::new(MemoryStore::new()), true)
            }
        };
        let progress = Progress::new(store, &deck);
        let loaded = progress.load(&deck);
        Self {
            deck: StoredValue::new(deck),
            state: RwSignal::new(loaded.state),
            notice: RwSignal::new(loaded.problem),
            memory_only,
            progress: StoredValue::new_local(progress),
        }
    }

    /// Applies an engine event; saves at once when it changed something, so an
    /// answer is on disk even if the tab closes right after the click.
    pub fn send(&self, event: Event) {
        let deck = self.deck;
        let mut changed = false;
        self.state.maybe_update(|s| {
            changed = deck.with_value(|d| apply(s, d, event));
            changed
        });
        if changed {
            self.save();
        }
    }

    fn save(&self) {
        let result = self.state.with_untracked(|s| {
            self.deck.with_value(|d| {
                self.progress
                    .with_value(|p| p.save(d, s, js_sys::Date::now()))
            })
        });
        match result {
            Ok(()) => {
                if self.notice.with_untracked(Option::is_some) {
                    self.notice.set(None);
                }
            }
            Err(e) => self.notice.set(Some(format!(
                "Progress not saved ({e}); it will retry on your next answer."
            ))),
        }
    }

    /// Reads the deck.
    pub fn with_deck<T>(&self, f: impl FnOnce(&Deck) -> T) -> T {
        self.deck.with_value(f)
    }
}

/// The controller of the enclosing widget.
pub fn use_quiz() -> QuizCtx {
    expect_context::<QuizCtx>()
}
