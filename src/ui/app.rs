use super::browser::{self, FetchError};
use super::error_panel::ErrorPanel;
use super::widget::Widget;
use crate::deck::{self, DeckError};
use crate::embed::{EmbedOptions, Theme};
use crate::i18n::Locale;
use leptos::prelude::*;

/// The widget on the built-in deck, with default options.
#[component]
pub fn App() -> impl IntoView {
    view! { <Embedded options=EmbedOptions::default() /> }
}

/// Settles the widget's language (the author's option, else the browser's) and
/// provides it to the components below.
fn settle_locale(mut options: EmbedOptions) -> (EmbedOptions, Locale) {
    let locale = options.locale.unwrap_or_else(browser::preferred_locale);
    options.locale = Some(locale);
    provide_context(locale);
    (options, locale)
}

/// A deck ready for a widget: whole (an author's file) or the outline of the
/// built-in one, with its fingerprint and the URLs of its chunks (none when whole).
pub struct ReadyDeck {
    pub deck: deck::Deck,
    pub hash: String,
    pub chunks: Vec<String>,
}

/// Why a widget has no deck: the file could not be fetched (`url`), or it was
/// read and found wrong.
enum LoadError {
    Fetch(FetchError, String),
    Deck(Vec<DeckError>),
}

/// Fetches and reads the widget's deck: the author's file (`options.deck`), or
/// the built-in deck's index beside the widget's files (`options.base`).
async fn load(options: &EmbedOptions) -> Result<ReadyDeck, LoadError> {
    match &options.deck {
        // An author's packed deck (`deck build`): its chunks sit beside its index.
        Some(url) if deck::pack::is_index_name(url) => packed(url, url).await,
        Some(url) => {
            let json = browser::fetch_text(url)
                .await
                .map_err(|e| LoadError::Fetch(e, url.clone()))?;
            let deck = timed(|| deck::parse(&json)).map_err(LoadError::Deck)?;
            Ok(ReadyDeck {
                deck,
                hash: crate::persist::deck_hash(&json),
                chunks: Vec::new(),
            })
        }
        None => {
            let base = options
                .base
                .as_deref()
                .map_or_else(|| browser::resolve("./", None), str::to_owned);
            packed(&browser::resolve(deck::INDEX_FILE, Some(&base)), &base).await
        }
    }
}

/// A packed deck: its index at `url`, its chunks resolved against `base`.
async fn packed(url: &str, base: &str) -> Result<ReadyDeck, LoadError> {
    let json = browser::fetch_text(url)
        .await
        .map_err(|e| LoadError::Fetch(e, url.to_owned()))?;
    let outline = timed(|| deck::read_index(&json)).map_err(LoadError::Deck)?;
    let base = browser::resolve(base, None);
    Ok(ReadyDeck {
        deck: outline.deck,
        hash: outline.hash,
        chunks: outline
            .chunks
            .iter()
            .map(|c| browser::resolve(c, Some(&base)))
            .collect(),
    })
}

/// Called once when the deck has been read, just before the widget shows: puts
/// the widget in the page (in place of a prerendered first screen) and returns a
/// Start pressed on that screen meanwhile.
pub type OnReady = Box<dyn FnOnce() -> Option<crate::quiz::Mode>>;

/// A widget as an author embeds it: the built-in deck or the author's own, the
/// author's options, and the host element events go to. A deck that cannot be
/// fetched or read shows an error panel with the reason.
#[component]
pub fn Embedded(
    options: EmbedOptions,
    #[prop(default = None)] host: Option<web_sys::HtmlElement>,
    #[prop(default = None)] on_ready: Option<OnReady>,
) -> impl IntoView {
    let (mut options, locale) = settle_locale(options);
    let pending = StoredValue::new(options.pending_start.take());
    // The deck waits in `slot` and is moved (not cloned: it may be megabytes)
    // into the quiz when `arrived` says so.
    let slot = StoredValue::new_local(None::<Result<ReadyDeck, LoadError>>);
    let arrived = RwSignal::new(false);
    let opts = options.clone();
    leptos::task::spawn_local(async move {
        let result = load(&opts).await;
        slot.set_value(Some(result));
        if let Some(ready) = on_ready {
            let early = ready();
            pending.update_value(|p| *p = p.or(early));
        }
        arrived.set(true);
    });
    let host = StoredValue::new_local(host);
    let t = locale.strings();
    move || {
        if !arrived.get() {
            return view! {
                <div class="lq" lang=locale.tag() role="region" aria-label=t.region aria-busy="true">
                    <p class="lq-loading">{t.loading}</p>
                </div>
            }
            .into_any();
        }
        let host = host.with_value(Clone::clone);
        let content = match slot.try_update_value(Option::take).flatten() {
            Some(Ok(ready)) => {
                let options = EmbedOptions {
                    pending_start: pending.get_value(),
                    ..options.clone()
                };
                view! { <Widget ready options host /> }.into_any()
            }
            Some(Err(LoadError::Deck(errors))) => view! { <ErrorPanel errors /> }.into_any(),
            Some(Err(LoadError::Fetch(e, url))) => {
                let errors = vec![DeckError::new("deck", e.describe(t, &url))];
                view! { <ErrorPanel errors /> }.into_any()
            }
            None => ().into_any(),
        };
        frame(&options, locale, content)
    }
}

/// The widget's root element: theme, accent, language, and the region landmark.
fn frame(options: &EmbedOptions, locale: Locale, content: AnyView) -> AnyView {
    let class = match options.theme {
        Theme::Light => "lq lq--light",
        Theme::Dark => "lq lq--dark",
        Theme::Auto => "lq",
    };
    let style = options
        .accent
        .as_ref()
        .map(|a| format!("--lq-accent: {a}"))
        .unwrap_or_default();
    view! {
        <div
            class=class
            style=style
            lang=locale.tag()
            data-lq-root=""
            role="region"
            aria-label=locale.strings().region
        >
            {content}
        </div>
    }
    .into_any()
}

/// Reads a deck, timed on the performance timeline: the measure `llm-quiz:deck`
/// (parse + validate) and, just before the next paint, `llm-quiz:render` (deck
/// ready → first screen built). `bench/` reads both.
fn timed<T>(read: impl FnOnce() -> T) -> T {
    browser::mark("llm-quiz:deck-start");
    let result = read();
    browser::measure("llm-quiz:deck", "llm-quiz:deck-start");
    browser::mark("llm-quiz:deck-ready");
    request_animation_frame(|| browser::measure("llm-quiz:render", "llm-quiz:deck-ready"));
    result
}

/// A widget over deck JSON given as text (tests, and pages that hold a deck
/// already): the quiz when the deck is valid, otherwise a clear error panel
/// naming each problem's path (never a blank box, never a panic).
#[component]
pub fn DeckQuiz(
    #[prop(into)] json: String,
    #[prop(optional)] options: EmbedOptions,
    #[prop(default = None)] host: Option<web_sys::HtmlElement>,
) -> impl IntoView {
    let (options, locale) = settle_locale(options);
    let content = match timed(|| deck::parse(&json)) {
        Ok(deck) => {
            let ready = ReadyDeck {
                deck,
                hash: crate::persist::deck_hash(&json),
                chunks: Vec::new(),
            };
            view! { <Widget ready options=options.clone() host /> }.into_any()
        }
        Err(errors) => view! { <ErrorPanel errors /> }.into_any(),
    };
    frame(&options, locale, content)
}
