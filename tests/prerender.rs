//! The prerendered first screen (src/embed/prerender.rs): what it says, that deck
//! text cannot break out of it, and where it goes in the page. That it matches
//! the live start screen box for box is checked in tests/e2e/first-screen.spec.ts.

mod common;

use llm_quiz::embed::prerender::{escape, fill, first_screen};
use llm_quiz::i18n::Locale;

#[test]
fn it_shows_title_size_and_the_three_starts() {
    let deck = common::example();
    let html = first_screen(&deck, Locale::En, ".lq{}");
    assert!(html.starts_with(r#"<template shadowrootmode="open"><style>.lq{}</style>"#));
    assert!(html.contains(&format!(
        r#"<h2 class="lq-title">{}</h2>"#,
        escape(&deck.title)
    )));
    let topics = deck
        .topics
        .iter()
        .filter(|t| deck.questions.iter().any(|q| q.topic == t.id))
        .count();
    let size = (Locale::En.strings().questions_topics)(deck.questions.len(), topics);
    assert!(html.contains(&size), "{size} missing");
    for mode in ["quiz", "practice", "mock"] {
        assert!(
            html.contains(&format!(r#"data-lq-start="{mode}""#)),
            "{mode}"
        );
    }
    assert!(html.ends_with("</template>"));
}

#[test]
fn it_speaks_the_locale_it_is_given() {
    let html = first_screen(&common::example(), Locale::De, "");
    assert!(html.contains(r#"lang="de""#));
    assert!(html.contains(Locale::De.strings().start_mock));
    assert!(!html.contains(Locale::En.strings().start_mock));
}

#[test]
fn deck_text_and_css_cannot_break_out() {
    let mut deck = common::example();
    deck.title = r#"<script>alert("x")</script> & co"#.into();
    deck.description = Some("</template><img src=x onerror=alert(1)>".into());
    // Inside <style> only `</style` ends the raw text.
    let html = first_screen(&deck, Locale::En, "a{} </style><b>x</b>");
    assert!(!html.contains("<script>"));
    assert!(!html.contains("<img"));
    assert!(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co"));
    assert_eq!(html.matches("</style>").count(), 1);
    assert_eq!(html.matches("</template>").count(), 1);
}

#[test]
fn fill_replaces_the_marker_once_and_needs_it() {
    let page = "<div id=\"llm-quiz\"><!-- llm-quiz:first-screen --></div>";
    assert_eq!(
        fill(page, "X").as_deref(),
        Some("<div id=\"llm-quiz\">X</div>")
    );
    assert_eq!(fill("<div></div>", "X"), None);
}

#[test]
fn the_shipped_deck_prerenders() {
    let deck = match llm_quiz::deck::parse(llm_quiz::deck::EMBEDDED_DECK) {
        Ok(d) => d,
        Err(e) => panic!("{e:?}"),
    };
    let html = first_screen(&deck, Locale::En, llm_quiz::WIDGET_CSS);
    assert!(html.contains(&escape(&deck.title)));
    assert!(html.contains(".lq {"), "the widget's sheet is inlined");
}

#[test]
fn the_deck_files_a_first_visit_needs_are_preloaded() {
    use llm_quiz::embed::prerender::preload;
    let page = "<html><head><title>x</title></head><body></body></html>";
    let Some(out) = preload(page, &["deck-index-ab.json", "deck-\"cd.json"]) else {
        panic!("a page with </head>");
    };
    let head = out.split("</head>").next().unwrap_or_default();
    assert!(head.contains(r#"<link rel="preload" href="deck-index-ab.json" as="fetch" type="application/json" crossorigin>"#));
    assert!(
        head.contains(r#"href="deck-&quot;cd.json""#),
        "escaped: {head}"
    );
    assert_eq!(preload("<html><body></body></html>", &["a.json"]), None);
}
