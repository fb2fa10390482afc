//! Widget options as an author writes them (`data-*` attributes, or the query
//! string of the iframe page), parsed and checked. Pure: no browser APIs.
//! Unknown or invalid values give a warning and the default, never an error.

use crate::deck::is_slug;
use crate::i18n::Locale;
use crate::quiz::Mode;

/// Colour scheme of a widget.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
    /// Follows `prefers-color-scheme`.
    #[default]
    Auto,
}

/// Everything an author can set on one widget.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EmbedOptions {
    /// URL of the author's own deck (`questions.json` format); `None`: the built-in deck.
    pub deck: Option<String>,
    /// Offer only this way of practising; `None`: all three.
    pub mode: Option<Mode>,
    /// Topic ids a run is limited to (empty: all).
    pub topics: Vec<String>,
    /// Questions per run: `None` leaves the learner's choice (10 at first),
    /// `Some(None)` is every question that matches (`data-count="all"`).
    pub count: Option<Option<usize>>,
    /// Shuffle questions and options.
    pub shuffle: Option<bool>,
    pub theme: Theme,
    /// Accent colour, `#rgb` or `#rrggbb`.
    pub accent: Option<String>,
    /// Language of the interface (`en`, `de`); `None`: the browser's language.
    pub locale: Option<Locale>,
    /// Appended to the storage key: separate progress for two widgets of one deck.
    pub storage_key: Option<String>,
    /// Read and write `#q=<question id>` in the page URL.
    pub deep_link: bool,
    /// A Start pressed on the prerendered first screen before the app took over
    /// (`data-lq-pending` on the host): replayed once, unless a run is in progress.
    pub pending_start: Option<Mode>,
    /// Where the widget's files are (ends in `/`): the built-in deck's files are
    /// fetched from there. Set by the page that loads the WASM, not by authors:
    /// `embed.js` passes its own folder, the standalone page its base URL.
    pub base: Option<String>,
}

/// The option names, as `data-*` attributes (`data-storage-key`) and query
/// parameters (`storage-key`).
pub const NAMES: [&str; 10] = [
    "deck",
    "mode",
    "topics",
    "count",
    "shuffle",
    "theme",
    "accent",
    "locale",
    "storage-key",
    "deep-link",
];

fn boolean(v: &str) -> Option<bool> {
    match v.trim().to_ascii_lowercase().as_str() {
        "" | "true" | "yes" | "1" | "on" => Some(true),
        "false" | "no" | "0" | "off" => Some(false),
        _ => None,
    }
}

fn is_hex_colour(v: &str) -> bool {
    v.strip_prefix('#')
        .is_some_and(|h| matches!(h.len(), 3 | 6) && h.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// Parses `(name, value)` pairs. Returns the options and one warning per value
/// that was ignored.
pub fn parse<'a>(
    pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> (EmbedOptions, Vec<String>) {
    let mut o = EmbedOptions::default();
    let mut warnings = Vec::new();
    let mut warn = |name: &str, value: &str, expected: &str| {
        warnings.push(format!(
            "llm-quiz: ignoring {name}=\"{value}\" (expected {expected}); using the default"
        ));
    };
    for (name, raw) in pairs {
        let value = raw.trim();
        match name {
            "deck" if !value.is_empty() => o.deck = Some(value.to_owned()),
            "deck" => warn(name, value, "a URL"),
            "mode" => match Mode::named(value) {
                Some(mode) => o.mode = Some(mode),
                None => warn(name, value, "quiz, practice or mock"),
            },
            "topics" => {
                let topics: Vec<String> = value
                    .split(',')
                    .map(str::trim)
                    .filter(|t| !t.is_empty())
                    .map(str::to_owned)
                    .collect();
                if topics.iter().all(|t| is_slug(t)) {
                    o.topics = topics;
                } else {
                    warn(name, value, "comma-separated topic ids");
                }
            }
            "count" => match value.trim().parse::<usize>() {
                Ok(n) if n > 0 => o.count = Some(Some(n)),
                _ if value.trim().eq_ignore_ascii_case("all") => o.count = Some(None),
                _ => warn(name, value, "a positive whole number or \"all\""),
            },
            "shuffle" => match boolean(value) {
                Some(b) => o.shuffle = Some(b),
                None => warn(name, value, "true or false"),
            },
            "theme" => match value {
                "light" => o.theme = Theme::Light,
                "dark" => o.theme = Theme::Dark,
                "auto" => o.theme = Theme::Auto,
                _ => warn(name, value, "light, dark or auto"),
            },
            "accent" if is_hex_colour(value) => o.accent = Some(value.to_ascii_lowercase()),
            "accent" => warn(name, value, "a colour like #3b4fd8"),
            "locale" => match Locale::from_tag(value) {
                Some(l) => o.locale = Some(l),
                None => warn(name, value, "en or de, or a regional form like de-AT"),
            },
            "storage-key" if is_slug(value) => o.storage_key = Some(value.to_owned()),
            "storage-key" => warn(name, value, "a slug like my-post"),
            "deep-link" => match boolean(value) {
                Some(b) => o.deep_link = b,
                None => warn(name, value, "true or false"),
            },
            _ => {}
        }
    }
    (o, warnings)
}

/// Reads `q` from a URL fragment (`#q=kv-cache`), if it is a slug.
pub fn deep_link_question(hash: &str) -> Option<String> {
    hash.trim_start_matches('#')
        .split('&')
        .find_map(|kv| kv.strip_prefix("q="))
        .filter(|id| is_slug(id))
        .map(str::to_owned)
}
