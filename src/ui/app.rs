use super::browser::{self, FetchError};
use super::error_panel::ErrorPanel;
use super::i18n::Locale;
use super::widget::Widget;
use crate::deck::{self, DeckError};
use crate::embed::{EmbedOptions, Theme};
use leptos::prelude::*;

/// The widget on the embedded deck, with default options.
#[component]
pub fn App() -> impl IntoView {
    view! { <Embedded options=EmbedOptions::default() /> }
}

/// The author's language, or else the browser's.
/// Settles the widget's language (the author's option, else the browser's) and
/// provides it to the components below.
fn settle_locale(mut options: EmbedOptions) -> (EmbedOptions, Locale) {
    let locale = options.locale.unwrap_or_else(browser::preferred_locale);
    options.locale = Some(locale);
    provide_context(locale);
    (options, locale)
}

/// A widget as an author embeds it: the built-in deck or the author's own (fetched
/// from `options.deck`), the author's options, and the host element events go to.
/// A deck that cannot be fetched or read shows an error panel with the reason.
#[component]
pub fn Embedded(
    options: EmbedOptions,
    #[prop(default = None)] host: Option<web_sys::HtmlElement>,
) -> impl IntoView {
    let (options, locale) = settle_locale(options);
    let Some(url) = options.deck.clone() else {
        return view! { <DeckQuiz json=deck::EMBEDDED_DECK.to_owned() options host /> }.into_any();
    };
    // The fetched text waits in `json` and is moved (not cloned: it may be
    // megabytes) into the quiz when `status` says it arrived.
    let json = StoredValue::new(None::<String>);
    let status = RwSignal::new(None::<Result<(), FetchError>>);
    let fetched = url.clone();
    leptos::task::spawn_local(async move {
        match browser::fetch_text(&fetched).await {
            Ok(text) => {
                json.set_value(Some(text));
                status.set(Some(Ok(())));
            }
            Err(e) => status.set(Some(Err(e))),
        }
    });
    let host = StoredValue::new_local(host);
    let t = locale.strings();
    view! {
        {move || match status.get() {
            None => view! {
                <div class="lq" lang=locale.tag() role="region" aria-label=t.region aria-busy="true">
                    <p class="lq-loading">{t.loading}</p>
                </div>
            }
            .into_any(),
            Some(Ok(())) => {
                let host = host.with_value(Clone::clone);
                let json = json.try_update_value(Option::take).flatten().unwrap_or_default();
                view! { <DeckQuiz json options=options.clone() host /> }.into_any()
            }
            Some(Err(e)) => view! {
                <div class="lq" lang=locale.tag() data-lq-root="" role="region" aria-label=t.region>
                    <ErrorPanel errors=vec![DeckError::new("deck", e.describe(t, &url))] />
                </div>
            }
            .into_any(),
        }}
    }
    .into_any()
}

/// Parses and validates deck JSON, timed on the performance timeline: the measure
/// `llm-quiz:deck` (parse + validate) and, just before the next paint,
/// `llm-quiz:render` (deck ready → first screen built). `bench/` reads both.
fn timed_parse(json: &str) -> Result<deck::Deck, Vec<DeckError>> {
    browser::mark("llm-quiz:deck-start");
    let parsed = deck::parse(json);
    browser::measure("llm-quiz:deck", "llm-quiz:deck-start");
    browser::mark("llm-quiz:deck-ready");
    request_animation_frame(|| browser::measure("llm-quiz:render", "llm-quiz:deck-ready"));
    parsed
}

/// A widget over deck JSON: the quiz when the deck is valid, otherwise a clear
/// error panel naming each problem's path (never a blank box, never a panic).
#[component]
pub fn DeckQuiz(
    #[prop(into)] json: String,
    #[prop(optional)] options: EmbedOptions,
    #[prop(default = None)] host: Option<web_sys::HtmlElement>,
) -> impl IntoView {
    let (options, locale) = settle_locale(options);
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
            {match timed_parse(&json) {
                Ok(deck) => view! { <Widget deck deck_json=json options host /> }.into_any(),
                Err(errors) => view! { <ErrorPanel errors /> }.into_any(),
            }}
        </div>
    }
}
