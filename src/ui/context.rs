//! The per-widget controller: the deck, the engine state as a signal, saved
//! progress, and `send(event)`. Provided as context by [`super::Widget`]; one per
//! widget instance, never global, so several widgets can share a page.

use super::app::ReadyDeck;
use super::browser::{self, SAVED_EVENT};
use crate::deck::Deck;
use crate::embed::EmbedOptions;
use crate::i18n::{Locale, Strings};
use crate::persist::{
    self, BrowserStore, ImportError, MemoryStore, Problem, Progress, Store, StoreError,
};
use crate::quiz::{Event, Mode, QuizState, Screen, Source, apply, current, host_events, merge};
use leptos::ev;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct QuizCtx {
    pub deck: StoredValue<Deck>,
    pub state: RwSignal<QuizState>,
    /// What loading found (unreadable, newer, unreachable); stays until dismissed.
    pub problem: RwSignal<Option<Problem>>,
    /// The last write failed (storage full…); cleared by the next successful write.
    pub save_error: RwSignal<Option<StoreError>>,
    /// Browser storage could not be reached: progress lives in memory only.
    pub memory_only: bool,
    /// The clock, ticking while a mock-interview question is being answered.
    pub now: RwSignal<f64>,
    /// Set by every event the learner sends: a new question then takes focus
    /// (but not on page load, where focus belongs to the host page).
    pub acted: StoredValue<bool>,
    /// What the author set on this widget.
    pub embed: StoredValue<EmbedOptions>,
    /// The interface language: the author's, or else the browser's.
    pub locale: Locale,
    /// The deck's chunk files and how far each got (none for a whole deck).
    chunks: StoredValue<Vec<(String, Chunk)>>,
    /// Bumped whenever a chunk arrives or fails: what reads question text
    /// tracks it.
    pub texts: RwSignal<u32>,
    /// The element the widget is mounted on (host events go there).
    host: StoredValue<Option<web_sys::HtmlElement>, LocalStorage>,
    progress: StoredValue<Progress, LocalStorage>,
    /// A save waits for the next paint (see `save_soon`).
    save_pending: StoredValue<bool>,
    /// The seed of the next run, drawn ahead so that the chunk of a shuffled
    /// quiz's first question can be fetched before *Start*.
    next_seed: StoredValue<u64>,
    /// See [`QuizCtx::deck_lang`].
    deck_lang: StoredValue<Option<String>>,
    instance: u32,
}

/// `deck`'s tag when its language is not the interface's (compared by primary
/// subtag: `en-GB` text under an `en` interface needs no `lang`).
fn other_language(deck: &str, locale: Locale) -> Option<String> {
    let primary = |tag: &str| {
        tag.split('-')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase()
    };
    (primary(deck) != primary(locale.tag())).then(|| deck.to_owned())
}

/// A random run seed (any of the integers an `f64` holds exactly).
fn random_seed() -> u64 {
    (js_sys::Math::random() * 9_007_199_254_740_991.0) as u64
}

/// How many questions ahead of the one on screen a packed deck's text is
/// fetched, when the browser is idle.
const AHEAD: usize = 10;

/// Where one chunk of a packed deck is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Chunk {
    Wanted,
    Loading,
    Here,
    /// Could not be fetched or read; *Try again* sets it back to `Wanted`.
    Failed,
}

impl QuizCtx {
    pub fn new(ready: ReadyDeck, embed: EmbedOptions, host: Option<web_sys::HtmlElement>) -> Self {
        let ReadyDeck { deck, hash, chunks } = ready;
        let (store, memory_only): (Box<dyn Store>, bool) = match BrowserStore::probe() {
            Ok(store) => (Box::new(store), false),
            Err(e) => {
                web_sys::console::warn_1(
                    &format!("llm-quiz: {e}; progress stays in memory").into(),
                );
                (Box::new(MemoryStore::new()), true)
            }
        };
        let locale = embed.locale.unwrap_or_else(browser::preferred_locale);
        let progress = Progress::new(store, &deck, hash, embed.storage_key.as_deref());
        let mut loaded = progress.load(&deck, browser::now());
        // The author's run options are where a first-time learner starts.
        let o = &mut loaded.state.options;
        if *o == crate::quiz::Options::default() {
            o.topics.clone_from(&embed.topics);
            o.count = embed.count.unwrap_or(o.count);
            o.shuffle = embed.shuffle.unwrap_or(o.shuffle);
        }
        let deck_lang = other_language(deck.language(), locale);
        let ctx = Self {
            deck_lang: StoredValue::new(deck_lang),
            deck: StoredValue::new(deck),
            state: RwSignal::new(loaded.state),
            problem: RwSignal::new(loaded.problem),
            save_error: RwSignal::new(None),
            memory_only,
            now: RwSignal::new(browser::now()),
            acted: StoredValue::new(false),
            embed: StoredValue::new(embed),
            locale,
            chunks: StoredValue::new(chunks.into_iter().map(|url| (url, Chunk::Wanted)).collect()),
            texts: RwSignal::new(0),
            host: StoredValue::new_local(host),
            progress: StoredValue::new_local(progress),
            save_pending: StoredValue::new(false),
            next_seed: StoredValue::new(random_seed()),
            instance: browser::instance_id(),
        };
        if !memory_only {
            ctx.listen_for_other_copies();
        }
        ctx.pause_clock_when_hidden();
        if ctx.chunks.with_value(|c| !c.is_empty()) {
            ctx.fetch_what_the_run_needs();
        }
        ctx
    }

    /// A packed deck's text arrives as the run needs it: the chunk of the question
    /// on screen at once, the chunks of the next [`AHEAD`] questions when the
    /// browser is idle after that (not the whole run: a run over the whole deck
    /// would fetch all of it).
    fn fetch_what_the_run_needs(self) {
        let here = Memo::new(move |_| self.state.with(|s| s.at_position().map(str::to_owned)));
        let ahead = Memo::new(move |_| {
            self.state.with(|s| {
                self.deck.with_value(|d| {
                    let mut chunks: Vec<usize> = s
                        .run
                        .iter()
                        .skip(s.position)
                        .take(AHEAD)
                        .filter_map(|id| d.question(id).and_then(|q| q.pending))
                        .collect();
                    chunks.sort_unstable();
                    chunks.dedup();
                    chunks
                })
            })
        });
        Effect::new(move |_| {
            if let Some(id) = here.get() {
                self.text_of(&id);
            } else if let Some(chunk) = self.first_chunk() {
                // No run yet: the first question *Start* would show, when idle,
                // so that the click shows it at once.
                browser::when_idle(move || self.fetch_chunk(chunk));
            }
        });
        Effect::new(move |_| {
            let wanted = ahead.get();
            if !wanted.is_empty() {
                browser::when_idle(move || {
                    for chunk in wanted {
                        self.fetch_chunk(chunk);
                    }
                });
            }
        });
    }

    /// The chunk of the first question a quiz would ask now (with the seed
    /// drawn for it).
    fn first_chunk(&self) -> Option<usize> {
        let seed = self.next_seed.get_value();
        self.state.with_untracked(|s| {
            self.with_deck(|d| {
                let seed = crate::quiz::run_seed(s, Mode::Quiz, seed);
                let run = crate::quiz::build_run(s, d, Mode::Quiz, Source::All, seed, 0.0);
                let first = run.first()?;
                d.question(first).and_then(|q| q.pending)
            })
        })
    }

    /// Whether question `id`'s text is here; asks for its chunk when it is not
    /// (the caller tracks [`Self::texts`] and runs again when that changes).
    /// `Here` for a whole deck, and for an unknown id (the caller shows nothing).
    pub fn text_of(&self, id: &str) -> Chunk {
        self.texts.track();
        let Some(chunk) = self.with_deck(|d| d.question(id).and_then(|q| q.pending)) else {
            return Chunk::Here;
        };
        self.fetch_chunk(chunk);
        self.chunks
            .with_value(|cs| cs.get(chunk).map(|(_, s)| *s))
            .unwrap_or(Chunk::Failed)
    }

    /// Sets failed chunks back to wanted; whatever needs them asks again.
    pub fn retry_texts(&self) {
        self.chunks.update_value(|cs| {
            for (_, state) in cs.iter_mut() {
                if *state == Chunk::Failed {
                    *state = Chunk::Wanted;
                }
            }
        });
        self.texts.update(|n| *n += 1);
    }

    /// Fetches chunk `chunk` once and fills its questions' text in.
    fn fetch_chunk(&self, chunk: usize) {
        let url = self.chunks.try_update_value(|cs| {
            let (url, state) = cs.get_mut(chunk)?;
            (*state == Chunk::Wanted).then(|| {
                *state = Chunk::Loading;
                url.clone()
            })
        });
        let Some(url) = url.flatten() else {
            return;
        };
        let ctx = *self;
        leptos::task::spawn_local(async move {
            let filled = match browser::fetch_text(&url).await {
                Ok(json) => ctx
                    .deck
                    .try_update_value(|d| crate::deck::fill_chunk(d, chunk, &json))
                    .unwrap_or(Ok(())),
                Err(e) => Err(vec![crate::deck::DeckError::new(
                    "deck",
                    e.describe(ctx.t(), &url),
                )]),
            };
            let state = match filled {
                Ok(()) => Chunk::Here,
                Err(errors) => {
                    for e in errors {
                        web_sys::console::warn_1(&format!("llm-quiz: {e}").into());
                    }
                    Chunk::Failed
                }
            };
            ctx.chunks.update_value(|cs| {
                if let Some((_, s)) = cs.get_mut(chunk) {
                    *s = state;
                }
            });
            ctx.texts.try_update(|n| *n += 1);
        });
    }

    /// The mock clock counts only while the page is visible: hidden or closed
    /// pauses it (and saves), visible again runs it.
    fn pause_clock_when_hidden(self) {
        let visibility = window_event_listener_untyped("visibilitychange", move |_| {
            let hidden = document().visibility_state() == web_sys::VisibilityState::Hidden;
            self.send_quietly(if hidden {
                Event::ClockPause
            } else {
                Event::ClockRun
            });
            if hidden {
                self.flush();
            }
        });
        let pagehide = window_event_listener_untyped("pagehide", move |_| {
            self.send_quietly(Event::ClockPause);
            self.flush();
        });
        on_cleanup(move || {
            visibility.remove();
            pagehide.remove();
        });
    }

    /// Runs the mock clock of the question on screen (when the page is visible).
    pub fn clock_run(&self) {
        if document().visibility_state() != web_sys::VisibilityState::Hidden {
            self.send_quietly(Event::ClockRun);
        }
    }

    /// Starts a run; shuffles are seeded here, so they stay stable across reloads.
    pub fn start(&self, mode: Mode, source: Source) {
        let seed = self.next_seed.get_value();
        self.next_seed.set_value(random_seed());
        self.send(Event::Start { mode, source, seed });
    }

    /// Other tabs (`storage` events) and other widgets of this deck on the page
    /// (`llm-quiz:saved`) merge their progress in: per question, newest wins.
    fn listen_for_other_copies(self) {
        let key = self.progress.with_value(|p| p.key().to_owned());
        let k = key.clone();
        let tabs = window_event_listener(ev::storage, move |e: web_sys::StorageEvent| {
            if e.key().as_deref() == Some(k.as_str())
                && let Some(raw) = e.new_value()
            {
                self.merge_raw(&raw);
            }
        });
        let widgets = window_event_listener_untyped(SAVED_EVENT, move |e| {
            if let Some((from, saved_key)) = browser::saved_detail(&e)
                && from != self.instance
                && saved_key == key
                && let Some(raw) = self.progress.with_value(|p| p.raw(p.key()))
            {
                self.merge_raw(&raw);
            }
        });
        on_cleanup(move || {
            tabs.remove();
            widgets.remove();
        });
    }

    fn merge_raw(&self, raw: &str) {
        let deck = self.deck;
        if let Ok(theirs) = deck.with_value(|d| persist::decode(raw, d)) {
            self.state
                .maybe_update(|s| deck.with_value(|d| merge(s, &theirs.state, d)));
        }
    }

    /// Applies an engine event; when it changed something, saves right after the
    /// next paint — or at once if the page is hidden or closed first, so an answer
    /// is on disk even if the tab closes right after the click.
    pub fn send(&self, event: Event) {
        self.acted.set_value(true);
        self.send_quietly(event);
    }

    /// An event from the page (deep link, clock), not the learner: focus stays.
    pub fn send_from_page(&self, event: Event) {
        self.send_quietly(event);
    }

    /// `send` without moving focus (events from the page, not the learner).
    fn send_quietly(&self, event: Event) {
        let deck = self.deck;
        let mut changed = false;
        let now = browser::now();
        let checking = event == Event::Check;
        let was_summary = self.state.with_untracked(|s| s.screen == Screen::Summary);
        self.state.maybe_update(|s| {
            changed = deck.with_value(|d| apply(s, d, event, now));
            changed
        });
        if changed {
            self.save_soon();
            self.tell_host(checking, was_summary);
        }
    }

    /// `llm-quiz:answered` after a checked answer, `llm-quiz:completed` when a run
    /// reaches its summary: `CustomEvent`s on the host element, for authors.
    fn tell_host(&self, checked: bool, was_summary: bool) {
        let Some(host) = self.host.with_value(Clone::clone) else {
            return;
        };
        let detail = self.state.with_untracked(|s| {
            self.deck.with_value(|d| {
                if checked {
                    let q = current(s, d)?;
                    Some(("llm-quiz:answered", host_events::answered(s, d, q)))
                } else if s.screen == Screen::Summary && !was_summary {
                    Some(("llm-quiz:completed", host_events::completed(s, d)))
                } else {
                    None
                }
            })
        });
        if let Some((name, json)) = detail {
            browser::dispatch(&host, name, &json);
        }
    }

    /// The deck's language tag when it differs from the interface's (deck text
    /// then carries it as `lang`); `None` when they are the same language.
    /// Decided once, when the widget is made: every piece of deck text asks.
    pub fn deck_lang(&self) -> Option<String> {
        self.deck_lang.get_value()
    }

    /// The interface strings, in this widget's language.
    pub fn t(&self) -> &'static Strings {
        self.locale.strings()
    }

    /// Merges imported progress in and saves it.
    pub fn import(&self, raw: &str) -> Result<(), ImportError> {
        let theirs = self.with_deck(|d| persist::import(raw, d))?;
        let deck = self.deck;
        self.state
            .maybe_update(|s| deck.with_value(|d| merge(s, &theirs, d)));
        self.save();
        Ok(())
    }

    /// Saves once the frame that shows the event's result is painted: encoding and
    /// writing progress (hundreds of KB for a big deck) stays out of the time from
    /// a click to its verdict. Hiding or leaving the page saves at once (`flush`);
    /// several events before the paint make one save.
    fn save_soon(&self) {
        if self.save_pending.try_get_value() != Some(false) {
            return;
        }
        self.save_pending.set_value(true);
        let ctx = *self;
        request_animation_frame(move || {
            set_timeout(move || ctx.flush(), std::time::Duration::ZERO);
        });
        // No frames come while the page is hidden.
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            self.flush();
        }
    }

    /// Writes a pending save now.
    pub fn flush(&self) {
        if self.save_pending.try_get_value() == Some(true) {
            self.save_pending.set_value(false);
            self.save();
        }
    }

    fn save(&self) {
        let result = self.state.with_untracked(|s| {
            self.deck
                .with_value(|d| self.progress.with_value(|p| p.save(d, s, browser::now())))
        });
        match result {
            Ok(()) => {
                if self.save_error.with_untracked(Option::is_some) {
                    self.save_error.set(None);
                }
                if !self.memory_only && !self.read_only() {
                    let key = self.progress.with_value(|p| p.key().to_owned());
                    browser::announce_saved(&key, self.instance);
                }
            }
            Err(e) => {
                web_sys::console::warn_1(&format!("llm-quiz: {e}").into());
                self.save_error.set(Some(e));
            }
        }
    }

    /// Saving is off: the stored progress came from a newer version.
    pub fn read_only(&self) -> bool {
        self.progress.with_value(Progress::read_only)
    }

    /// The current progress as an export file: `(file name, JSON)`.
    pub fn export(&self) -> Result<(String, String), String> {
        let json = self.state.with_untracked(|s| {
            self.deck
                .with_value(|d| self.progress.with_value(|p| p.export(d, s, browser::now())))
        })?;
        let name = format!(
            "{}-progress-{}.json",
            self.with_deck(|d| d.id.clone()),
            browser::today()
        );
        Ok((name, json))
    }

    /// The stored text of `key` (a backup of unreadable progress), for download.
    pub fn raw(&self, key: &str) -> Option<String> {
        self.progress.with_value(|p| p.raw(key))
    }

    /// A question and its topic's name, by id.
    pub fn question(&self, id: &str) -> Option<(crate::deck::Question, String)> {
        self.with_deck(|d| {
            d.question(id)
                .map(|q| (q.clone(), d.topic_name(&q.topic).to_owned()))
        })
    }

    /// The learner's attempt at `id` in this run, as a signal.
    pub fn answer(&self, id: &str) -> Memo<crate::quiz::Answer> {
        let (state, id) = (self.state, id.to_owned());
        Memo::new(move |_| state.with(|s| s.answers.get(&id).cloned().unwrap_or_default()))
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
