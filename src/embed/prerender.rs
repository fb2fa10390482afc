//! The first screen as static HTML, written into `index.html` at build time
//! (`src/bin/prerender.rs`, run by Trunk's post-build hook), so a reader sees the
//! deck's title, its size and *Start* as soon as a plain HTML page would — before
//! the WASM arrives.
//!
//! It is a declarative shadow root holding the widget's own stylesheet and the
//! same markup the start screen renders for a first visit: when the app mounts it
//! replaces the root's content in one task, so nothing flashes or moves (the
//! end-to-end test `tests/e2e/first-screen.spec.ts` compares the two). Start
//! buttons carry `data-lq-start`: a press before the WASM is ready is remembered
//! by `index.html` and replayed by the app. Pure: no browser APIs.

use crate::deck::Deck;
use crate::i18n::Locale;
use crate::quiz::{Mode, Options, RUN_LENGTHS};

/// Escapes text for HTML content and double-quoted attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The start screen of `deck` for a first visit in `locale` (no progress, default
/// options), inside `<template shadowrootmode="open">` with `css`: the first
/// screen of the standalone page.
pub fn first_screen(deck: &Deck, locale: Locale, css: &str) -> String {
    [
        r#"<template shadowrootmode="open">"#,
        &first_screen_body(deck, locale, css),
        "</template>",
    ]
    .concat()
}

/// What [`first_screen`] puts in the shadow root: `<style>` with `css`, then the
/// start screen. `embed.js` shows it in a widget's shadow root on blog pages
/// while the WASM loads (the file `first-screen-<hash>.html`).
pub fn first_screen_body(deck: &Deck, locale: Locale, css: &str) -> String {
    let t = locale.strings();
    let e = escape;
    let topics = deck.topics_in_use().count();
    let lead = deck
        .description
        .as_deref()
        .map(|d| format!(r#"<p class="lq-lead">{}</p>"#, e(d)))
        .unwrap_or_default();
    let mock_about = t.mock_summary(&Options::default());
    let panel = |summary: &str| {
        format!(
            r#"<details class="lq-panel"><summary class="lq-panel__summary">{}</summary></details>"#,
            e(summary)
        )
    };
    // `</style` cannot occur in our own sheet; guard anyway, the page must not break.
    let css = css.replace("</style", "<\\/style");
    [
        "<style>".to_owned(),
        css,
        format!(
            r#"</style><div><div class="lq" lang="{}" data-lq-root="" role="region" aria-label="{}">"#,
            locale.tag(),
            e(t.region)
        ),
        r#"<p class="lq-notice" role="status"></p><section class="lq-screen lq-start">"#.to_owned(),
        format!(r#"<h2 class="lq-title">{}</h2>"#, e(&deck.title)),
        lead,
        format!(
            r#"<p class="lq-meta">{}</p>"#,
            e(&(t.questions_topics)(deck.questions.len(), topics))
        ),
        format!(r#"<ul class="lq-modes" aria-label="{}">"#, e(t.ways_to_practise)),
        format!(
            r#"<li class="lq-mode"><h3 class="lq-h3">{}</h3><p>{}</p><div class="lq-actions lq-actions--tight"><button class="lq-btn lq-btn--primary" data-lq-start="{}">{}</button>{}</div></li>"#,
            e(t.quiz),
            e(t.quiz_about),
            Mode::Quiz.as_str(),
            e(t.start),
            run_length(t.run_length, t.all),
        ),
        format!(
            r#"<li class="lq-mode"><h3 class="lq-h3">{}</h3><p>{}</p><p class="lq-meta">{}</p><div class="lq-actions lq-actions--tight"><button class="lq-btn" data-lq-start="{}">{}</button><button class="lq-btn" disabled="">{}</button><button class="lq-btn" disabled="">{}</button></div></li>"#,
            e(t.practice_cards),
            e(t.practice_about),
            e(&(t.due_today)(0)),
            Mode::Practice.as_str(),
            e(t.practise),
            e(t.review_due),
            e(&(t.practise_bookmarked)(0))
        ),
        format!(
            r#"<li class="lq-mode"><h3 class="lq-h3">{}</h3><p>{}</p><button class="lq-btn" data-lq-start="{}">{}</button></li></ul>"#,
            e(t.mock_interview),
            e(&mock_about),
            Mode::Mock.as_str(),
            e(t.start_mock)
        ),
        panel(t.options),
        panel(t.overview),
        panel(t.shortcuts),
        format!(
            r#"<div class="lq-tools"><button type="button" class="lq-btn lq-btn--quiet">{}</button><label class="lq-btn lq-btn--quiet lq-file">{}<input class="lq-file__input" type="file" accept=".json,application/json"></label><p class="lq-tools__msg" role="status"></p></div>"#,
            e(t.export),
            e(t.import)
        ),
        "</section></div></div>".to_owned(),
    ]
    .concat()
}

/// The 10 / 20 / All picker as `ui::run_length` renders it with default options.
fn run_length(name: &str, all: &str) -> String {
    let choice = |label: &str, checked: bool| {
        format!(
            r#"<label class="lq-length__choice"><input type="radio" name="lq-length"{}><span>{}</span></label>"#,
            if checked { " checked=\"\"" } else { "" },
            escape(label)
        )
    };
    let default = Options::default().count;
    let choices: String = RUN_LENGTHS
        .iter()
        .map(|&n| choice(&n.to_string(), default == Some(n)))
        .chain([choice(all, default.is_none())])
        .collect();
    format!(
        r#"<fieldset class="lq-length"><legend class="lq-sr">{}</legend>{choices}</fieldset>"#,
        escape(name)
    )
}

/// Puts `fragment` in place of the `<!-- llm-quiz:first-screen -->` marker of
/// `page`; `None` when the page has no marker.
pub fn fill(page: &str, fragment: &str) -> Option<String> {
    const MARKER: &str = "<!-- llm-quiz:first-screen -->";
    let at = page.find(MARKER)?;
    let (before, after) = page.split_at(at);
    Some([before, fragment, after.get(MARKER.len()..)?].concat())
}

/// `page` with preloads before `</head>` of the deck files a first visit needs
/// (the index): they then download beside the WASM instead of after it.
/// `crossorigin` makes a preload match the app's `fetch` (same-origin
/// credentials). `None` without `</head>`.
pub fn preload(page: &str, files: &[&str]) -> Option<String> {
    let at = page.find("</head>")?;
    let (before, after) = page.split_at(at);
    let links: String = files
        .iter()
        .map(|f| {
            format!(
                "<link rel=\"preload\" href=\"{}\" as=\"fetch\" type=\"application/json\" crossorigin>\n  ",
                escape(f)
            )
        })
        .collect();
    Some([before, &links, after].concat())
}
