//! In the browser (wasm-bindgen-test, headless Chromium): mount the widget,
//! answer a question, check the DOM and that localStorage holds the state.
#![cfg(target_arch = "wasm32")]

use leptos::{mount::mount_to, prelude::*, task::tick};
use llm_quiz::deck;
use llm_quiz::persist::storage_key;
use llm_quiz::ui::DeckQuiz;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

/// Resolves after the next frame is painted (and the task after it has run).
async fn next_paint() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let cb = wasm_bindgen::closure::Closure::once_into_js(move || {
            let _ = window()
                .set_timeout_with_callback_and_timeout_and_arguments_0(resolve.unchecked_ref(), 0);
        });
        let _ = window().request_animation_frame(cb.unchecked_ref());
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// The built-in deck, given whole (the page loads it as data files; the
/// end-to-end tests cover that path), asking every question in deck order (the
/// default is 10, shuffled).
fn builtin() -> impl IntoView {
    let options = llm_quiz::embed::EmbedOptions {
        count: Some(None),
        shuffle: Some(false),
        ..Default::default()
    };
    view! { <DeckQuiz json=deck::EMBEDDED_DECK options /> }
}

fn container() -> HtmlElement {
    let document = document();
    let el = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&el).unwrap();
    el.unchecked_into()
}

fn button(root: &HtmlElement, label: &str) -> HtmlElement {
    let buttons = root.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .map(|n| n.unchecked_into::<HtmlElement>())
        .find(|b| {
            // The visible label: phones show some buttons as icons beside it.
            let label_el = b.query_selector(".lq-btn__label").ok().flatten();
            let text = label_el.map_or_else(|| b.text_content(), |l| l.text_content());
            text.unwrap_or_default().trim() == label
        })
        .unwrap_or_else(|| panic!("no button `{label}` in {}", root.inner_html()))
}

fn text(root: &HtmlElement, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn answer_a_question_and_it_is_saved() {
    let deck = deck::embedded().unwrap();
    let storage = window().local_storage().unwrap().unwrap();
    let key = storage_key(&deck.id);
    storage.remove_item(&key).unwrap();

    let root = container();
    let _handle = mount_to(root.clone(), builtin);
    assert_eq!(text(&root, ".lq-title"), deck.title);

    button(&root, "Start").click();
    tick().await;
    let first = &deck.questions[0];
    assert_eq!(
        text(&root, ".lq-prompt"),
        first.quiz_stem().replace('`', "")
    );
    assert!(text(&root, ".lq-progress__label").contains(&format!("1 / {}", deck.questions.len())));

    // Pick the correct option(s) and check.
    let inputs = root.query_selector_all(".lq-choice__input").unwrap();
    assert_eq!(inputs.length() as usize, first.choices.len());
    for (i, c) in first.choices.iter().enumerate() {
        if c.correct {
            inputs
                .item(i as u32)
                .unwrap()
                .unchecked_into::<HtmlInputElement>()
                .click();
            tick().await;
        }
    }
    button(&root, "Check").click();
    tick().await;
    assert_eq!(text(&root, ".lq-verdict"), "Correct.");
    assert_eq!(
        root.query_selector_all(".lq-choice__why").unwrap().length() as usize,
        first.choices.len(),
        "every option explains itself after checking"
    );

    // The answer is in localStorage under the namespaced key, right after the
    // frame that shows the verdict.
    next_paint().await;
    let saved = storage.get_item(&key).unwrap().expect("progress saved");
    let state = llm_quiz::persist::decode(&saved, &deck).unwrap();
    assert!(state.state.answers[&first.id].checked);

    // A second widget on the same page reads the saved progress: it resumes.
    let other = container();
    let _h2 = mount_to(other.clone(), builtin);
    tick().await;
    assert_eq!(text(&other, ".lq-verdict"), "Correct.");
}

#[wasm_bindgen_test]
async fn deck_text_is_rendered_as_text_and_code_never_as_html() {
    use llm_quiz::ui::RichText;
    let root = container();
    let _h = mount_to(root.clone(), || {
        view! { <RichText text="<img src=x onerror=alert(1)> and `<b>code</b>`" /> }
    });
    tick().await;
    assert!(root.query_selector("img").unwrap().is_none());
    assert!(root.query_selector("b").unwrap().is_none());
    assert_eq!(text(&root, "code"), "<b>code</b>");
    assert!(root.text_content().unwrap().starts_with("<img src=x"));
}

#[wasm_bindgen_test]
async fn a_german_widget_speaks_german_and_says_so() {
    use llm_quiz::embed::EmbedOptions;
    use llm_quiz::i18n::Locale;
    let options = EmbedOptions {
        locale: Some(Locale::De),
        storage_key: Some("german".into()),
        ..EmbedOptions::default()
    };
    let root = container();
    let _h = mount_to(root.clone(), move || {
        view! { <DeckQuiz json=deck::EMBEDDED_DECK options /> }
    });
    tick().await;
    let widget = root.query_selector("[data-lq-root]").unwrap().unwrap();
    assert_eq!(widget.get_attribute("lang").as_deref(), Some("de"));
    assert_eq!(
        widget.get_attribute("aria-label").as_deref(),
        Some("LLM-Interviewtraining")
    );
    button(&root, "Starten").click();
    tick().await;
    assert!(text(&root, ".lq-progress__label").starts_with("Frage 1 / "));
    button(&root, "Überspringen");
    button(&root, "Menü");
}

#[wasm_bindgen_test]
async fn an_invalid_deck_shows_an_error_panel_with_paths() {
    use llm_quiz::ui::DeckQuiz;
    let bad = r#"{"id":"bad deck","title":"","version":1,"topics":[{"id":"t","name":"T"}],
        "questions":[{"id":"q","topic":"t","difficulty":1,"prompt":"P","why_asked":"W",
        "model_answer":"M","key_points":["k"],"choices":[{"text":"A","correct":true,"explanation":"E"}]}]}"#;
    let root = container();
    let _h = mount_to(root.clone(), move || view! { <DeckQuiz json=bad /> });
    tick().await;
    let panel = text(&root, "[role=alert]");
    assert!(panel.contains("could not load its questions"), "{panel}");
    assert!(
        panel.contains("questions[0].choices: needs at least 2 options"),
        "{panel}"
    );
    assert!(panel.contains("title: empty"), "{panel}");
    assert!(
        root.query_selector("button").unwrap().is_none(),
        "no quiz controls"
    );

    let root = container();
    let _h = mount_to(root.clone(), || view! { <DeckQuiz json="{ not json" /> });
    tick().await;
    assert!(text(&root, "[role=alert]").contains("deck: not valid JSON (key must be a string"));
}

#[wasm_bindgen_test]
async fn hostile_deck_text_stays_inert_in_every_field() {
    use llm_quiz::ui::DeckQuiz;
    let evil = "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=1\"><a href=\"javascript:window.__pwned=1\">link</a> \u{202E}desrever\u{202C} `<b>x</b>`";
    let s = serde_json::to_string(evil).unwrap();
    let json = format!(
        r#"{{"id":"evil","title":{s},"version":1,"description":{s},"topics":[{{"id":"t","name":{s}}}],
        "questions":[{{"id":"q","topic":"t","difficulty":1,"prompt":{s},"why_asked":{s},"model_answer":{s},
        "key_points":[{s}],"follow_up":{s},"choices":[
          {{"text":{s},"correct":true,"explanation":{s}}},
          {{"text":"{}","correct":false,"explanation":{s}}}]}}]}}"#,
        "plain"
    );
    let json: &'static str = Box::leak(json.into_boxed_str());
    let root = container();
    let _h = mount_to(root.clone(), move || view! { <DeckQuiz json /> });
    tick().await;
    button(&root, "Start").click();
    tick().await;
    let inputs = root.query_selector_all(".lq-choice__input").unwrap();
    inputs
        .item(0)
        .unwrap()
        .unchecked_into::<HtmlInputElement>()
        .click();
    tick().await;
    button(&root, "Check").click();
    tick().await;
    button(&root, "Show model answer").click();
    tick().await;
    for tag in ["script", "img", "a", "b"] {
        assert!(
            root.query_selector(tag).unwrap().is_none(),
            "<{tag}> was created from deck text: {}",
            root.inner_html()
        );
    }
    let shown = root.text_content().unwrap_or_default();
    assert!(
        shown.contains("<script>window.__pwned=1</script>"),
        "shown as text"
    );
    assert!(
        shown.contains("\u{202E}desrever"),
        "bidi characters kept as text"
    );
    assert!(
        js_sys::Reflect::get(&window(), &"__pwned".into())
            .unwrap()
            .is_undefined()
    );
}
