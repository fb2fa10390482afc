//! Deck parsing and validation: the shipped deck, the example deck, and one bad
//! deck per rule whose error names the path.

mod common;

use common::example;
use llm_quiz::deck::{self, Deck, Segment, limits, segments, validate};

fn errors_of(change: impl FnOnce(&mut Deck)) -> Vec<String> {
    let mut d = example();
    change(&mut d);
    match validate(&d) {
        Ok(()) => Vec::new(),
        Err(errors) => errors.iter().map(ToString::to_string).collect(),
    }
}

#[track_caller]
fn assert_error(change: impl FnOnce(&mut Deck), expected: &str) {
    let errors = errors_of(change);
    assert!(
        errors.iter().any(|e| e == expected),
        "expected `{expected}` among {errors:#?}"
    );
}

#[test]
fn shipped_deck_is_valid() {
    if let Err(errors) = deck::embedded() {
        let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
        panic!("questions.json is invalid:\n{}", list.join("\n"));
    }
}

#[test]
fn example_deck_is_valid() {
    assert_eq!(example().questions.len(), 3);
}

#[test]
fn question_fields_are_checked_with_their_path() {
    assert_error(
        |d| d.questions[1].choices.truncate(1),
        "questions[1].choices: needs at least 2 options",
    );
    assert_error(
        |d| d.questions[0].choices[2].explanation = " ".into(),
        "questions[0].choices[2].explanation: empty",
    );
    assert_error(
        |d| d.questions[2].prompt.clear(),
        "questions[2].prompt: empty",
    );
    assert_error(
        |d| d.questions[0].why_asked.clear(),
        "questions[0].why_asked: empty",
    );
    assert_error(
        |d| d.questions[0].model_answer.clear(),
        "questions[0].model_answer: empty",
    );
    assert_error(
        |d| d.questions[0].key_points[1].clear(),
        "questions[0].key_points[1]: empty",
    );
    assert_error(
        |d| d.questions[0].key_points.clear(),
        "questions[0].key_points: needs 1 to 8 points (got 0)",
    );
    assert_error(
        |d| d.questions[0].follow_up = Some(String::new()),
        "questions[0].follow_up: empty",
    );
    assert_error(
        |d| d.questions[0].choices[0].text.clear(),
        "questions[0].choices[0].text: empty",
    );
}

#[test]
fn choices_need_a_correct_one_and_at_most_six() {
    assert_error(
        |d| {
            d.questions[0]
                .choices
                .iter_mut()
                .for_each(|c| c.correct = false)
        },
        "questions[0].choices: needs at least one correct option",
    );
    assert_error(
        |d| {
            let extra = d.questions[0].choices[1].clone();
            for i in 0..3 {
                let mut c = extra.clone();
                c.text = format!("Extra option {i}");
                d.questions[0].choices.push(c);
            }
        },
        "questions[0].choices: at most 6 options (got 7)",
    );
    assert_error(
        |d| d.questions[0].choices[3].text = d.questions[0].choices[1].text.clone(),
        "questions[0].choices[3].text: duplicate option",
    );
}

#[test]
fn ids_are_unique_slugs() {
    assert_error(
        |d| d.questions[2].id = "next-token".into(),
        "questions[2].id: duplicate id `next-token`",
    );
    assert_error(
        |d| d.questions[1].id = "Bad Id".into(),
        "questions[1].id: `Bad Id` is not a slug (lowercase letters, digits and single hyphens, at most 64 characters)",
    );
    assert_error(|d| d.id = String::new(), "id: empty");
    assert_error(
        |d| d.topics[1].id = "basics".into(),
        "topics[1].id: duplicate id `basics`",
    );
    for bad in ["-a", "a-", "a--b", "A", "a_b", "a b", ""] {
        assert!(!deck::is_slug(bad), "{bad:?} should not be a slug");
    }
    for good in ["a", "kv-cache", "q1", "rope-2"] {
        assert!(deck::is_slug(good), "{good:?} should be a slug");
    }
}

#[test]
fn topics_and_difficulty_come_from_fixed_sets() {
    assert_error(
        |d| d.questions[1].topic = "cooking".into(),
        "questions[1].topic: `cooking` is not one of the deck's topics",
    );
    assert_error(
        |d| d.questions[0].difficulty = 4,
        "questions[0].difficulty: must be 1, 2 or 3 (got 4)",
    );
    assert_error(
        |d| d.questions[0].difficulty = 0,
        "questions[0].difficulty: must be 1, 2 or 3 (got 0)",
    );
    assert_error(|d| d.topics.clear(), "topics: needs at least 1 topic");
    assert_error(|d| d.version = 0, "version: must be 1 or more");
}

#[test]
fn lengths_are_bounded() {
    let long = "x".repeat(limits::MAX_SHORT_CHARS + 1);
    assert_error(
        move |d| d.questions[0].prompt = long,
        "questions[0].prompt: too long (601 characters, at most 600)",
    );
    assert_error(
        |d| d.questions.clear(),
        "questions: needs at least 1 question",
    );
}

#[test]
fn every_problem_is_reported_in_document_order() {
    let errors = errors_of(|d| {
        d.title.clear();
        d.questions[2].prompt.clear();
        d.questions[0].choices[1].explanation.clear();
    });
    assert_eq!(
        errors,
        [
            "title: empty",
            "questions[0].choices[1].explanation: empty",
            "questions[2].prompt: empty",
        ]
    );
}

#[test]
fn syntax_and_type_errors_name_the_place() {
    let errors = deck::parse("{ \"id\": ").err().unwrap_or_default();
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0]
            .to_string()
            .starts_with("deck: not valid JSON (EOF"),
        "{errors:?}"
    );
    let errors =
        deck::parse(r#"{"id":"a","title":"t","version":"one","topics":[],"questions":[]}"#)
            .err()
            .unwrap_or_default();
    assert!(
        errors[0].to_string().contains("line 1 column"),
        "{errors:?}"
    );
}

#[test]
fn oversized_decks_are_refused_before_parsing() {
    let huge = " ".repeat(limits::MAX_DECK_BYTES + 1);
    let errors = deck::parse(&huge).err().unwrap_or_default();
    assert!(
        errors[0].to_string().starts_with("deck: file too large"),
        "{errors:?}"
    );
}

#[test]
fn code_spans_are_split_out_of_text() {
    assert_eq!(
        segments("cost `O(n²)` per `layer`."),
        [
            Segment::Text("cost "),
            Segment::Code("O(n²)"),
            Segment::Text(" per "),
            Segment::Code("layer"),
            Segment::Text("."),
        ]
    );
    assert_eq!(
        segments("a ` b"),
        [Segment::Text("a "), Segment::Text("`"), Segment::Text(" b")]
    );
    assert_eq!(segments("<b>x</b>"), [Segment::Text("<b>x</b>")]);
    assert_eq!(segments(""), []);
}

#[test]
fn fenced_blocks_are_split_out_with_their_language_word_dropped() {
    let text = "Run:\n```python\nfor t in range(n):\n    step()\n```\nthen `x`.";
    assert_eq!(
        segments(text),
        [
            Segment::Text("Run:\n"),
            Segment::Block("for t in range(n):\n    step()"),
            Segment::Text("then "),
            Segment::Code("x"),
            Segment::Text("."),
        ]
    );
    assert_eq!(segments("```a b```"), [Segment::Block("a b")]);
    let literal = |t: &str| -> Option<String> {
        segments(t)
            .into_iter()
            .map(|s| match s {
                Segment::Text(x) => Some(x),
                _ => None,
            })
            .collect()
    };
    assert_eq!(literal("open ``` only").as_deref(), Some("open ``` only"));
    assert_eq!(literal("a `` b").as_deref(), Some("a `` b"));
}

#[test]
fn the_example_decks_for_authors_are_what_they_claim() {
    let custom = include_str!("../examples/custom-deck.json");
    match deck::parse(custom) {
        Ok(d) => assert_eq!(d.id, "custom-demo"),
        Err(e) => panic!("examples/custom-deck.json: {e:?}"),
    }
    let bad = include_str!("../examples/bad-deck.json");
    let errors: Vec<String> = deck::parse(bad)
        .err()
        .unwrap_or_default()
        .iter()
        .map(ToString::to_string)
        .collect();
    assert!(
        errors
            .iter()
            .any(|e| e.ends_with("choices: needs at least 2 options")),
        "{errors:?}"
    );
}

#[test]
fn the_deck_language_is_a_language_tag_and_english_by_default() {
    let d = example();
    assert_eq!(d.language(), "en");
    for good in ["en", "de", "pt-BR", "zh-Hant-TW", "gsw"] {
        assert_eq!(
            errors_of(|d| d.language = Some(good.into())),
            Vec::<String>::new(),
            "{good}"
        );
    }
    for bad in ["", "e", "english", "en_US", "en-", "de-AT-überall", "1e"] {
        assert_error(
            |d| d.language = Some(bad.into()),
            "language: must be a language tag such as en, de or pt-BR",
        );
    }
}

#[test]
fn long_answers_split_into_short_paragraphs_at_sentence_ends() {
    use llm_quiz::deck::paragraphs;
    let short = "One. Two. Three.";
    assert_eq!(paragraphs(short, 2), [short]);
    let s = "A sentence that is long enough to matter here, with words. ";
    let long = format!("{s}{s}{s}{s}{s}{s}The end, e.g. this one.");
    let parts = paragraphs(&long, 2);
    assert_eq!(parts.len(), 4, "{parts:#?}");
    assert_eq!(parts.join(" "), long, "nothing lost");
    assert!(
        parts
            .iter()
            .all(|p| !p.starts_with(' ') && !p.ends_with(' '))
    );
    assert_eq!(
        parts[3], "The end, e.g. this one.",
        "'e.g. this' is not a break"
    );
    let code = format!("{s}{s}{s}{s}{s}{s}Use `x. Y` there. Then more.");
    assert!(
        paragraphs(&code, 2)
            .iter()
            .all(|p| p.matches('`').count() % 2 == 0)
    );
    let block = format!("{s}{s}{s}{s}{s}{s}\n```\na. B\n```");
    assert_eq!(paragraphs(&block, 2), [block.as_str()]);
}
