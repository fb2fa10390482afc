//! The editorial rules of our own deck (stricter than the format allows for
//! authors' decks): 40+ questions, every seed topic, answer lengths, 4 options.

use llm_quiz::deck;
use std::collections::HashSet;

fn shipped() -> deck::Deck {
    match deck::embedded() {
        Ok(d) => d,
        Err(e) => panic!("questions.json invalid: {e:?}"),
    }
}

#[test]
fn has_forty_questions_covering_the_sixteen_seed_topics() {
    let d = shipped();
    assert!(
        d.questions.len() >= 40,
        "only {} questions",
        d.questions.len()
    );
    let seed = d
        .questions
        .iter()
        .filter(|q| q.source.as_deref() == Some("seed"))
        .count();
    assert!(seed >= 16, "only {seed} seed questions");
    let seed_ids = [
        "what-is-an-llm",
        "gpt-architecture",
        "context-and-generation",
        "training-challenges",
        "bias-in-generation",
        "ethics-in-production",
        "long-range-dependencies",
        "fine-tuning-techniques",
        "out-of-vocabulary",
        "scalability-limits",
        "multimodal-inputs",
        "production-security-risks",
        "transfer-learning",
        "reducing-compute-cost",
        "diverse-coherent-outputs",
        "recent-advances",
    ];
    for id in seed_ids {
        let q = d
            .question(id)
            .unwrap_or_else(|| panic!("seed topic `{id}` missing"));
        assert_eq!(q.source.as_deref(), Some("seed"), "{id}");
    }
}

#[test]
fn every_question_meets_the_editorial_rules() {
    let d = shipped();
    let mut problems = Vec::new();
    for q in &d.questions {
        let words = q.model_answer.split_whitespace().count();
        if !(60..=180).contains(&words) {
            problems.push(format!("{}: model_answer has {words} words (60–180)", q.id));
        }
        if !(3..=6).contains(&q.key_points.len()) {
            problems.push(format!("{}: {} key points (3–6)", q.id, q.key_points.len()));
        }
        if q.choices.len() != 4 {
            problems.push(format!("{}: {} choices (4)", q.id, q.choices.len()));
        }
        let all_text = [&q.prompt, &q.why_asked, &q.model_answer]
            .into_iter()
            .chain(&q.key_points)
            .chain(q.choices.iter().flat_map(|c| [&c.text, &c.explanation]));
        for t in all_text {
            if t.contains('<') && t.contains('>') && !t.contains('`') {
                problems.push(format!(
                    "{}: looks like HTML outside a code span: {t}",
                    q.id
                ));
            }
            if t.matches('`').count() % 2 == 1 {
                problems.push(format!("{}: unpaired backtick in: {t}", q.id));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn answers_are_spread_and_some_questions_have_several() {
    let d = shipped();
    let multi = d.questions.iter().filter(|q| q.is_multi()).count();
    assert!(multi >= 4, "only {multi} select-all-that-apply questions");
    let first_correct: HashSet<usize> = d
        .questions
        .iter()
        .filter_map(|q| q.choices.iter().position(|c| c.correct))
        .collect();
    assert!(
        first_correct.len() >= 3,
        "the correct option is always in the same place"
    );
}

/// The deck is written in our own words: no run of 7 words of the seed page's
/// text appears in it. (Skipped, with a note, where `../shared/seed` is absent.)
#[test]
fn no_run_of_seven_words_is_copied_from_the_seed() {
    let seed_path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/seed/000_920358ce3ca4f365.txt"
    );
    let Ok(seed) = std::fs::read_to_string(seed_path) else {
        eprintln!("seed not found at {seed_path}: overlap check skipped");
        return;
    };
    fn words(t: &str) -> Vec<String> {
        t.split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect()
    }
    let n = 7;
    let seed_words = words(&seed);
    let shingles: HashSet<&[String]> = seed_words.windows(n).collect();
    let mut copied = Vec::new();
    for q in &shipped().questions {
        let texts = [&q.prompt, &q.why_asked, &q.model_answer]
            .into_iter()
            .chain(&q.key_points)
            .chain(q.choices.iter().flat_map(|c| [&c.text, &c.explanation]));
        for t in texts {
            let w = words(t);
            if let Some(hit) = w.windows(n).find(|s| shingles.contains(s)) {
                copied.push(format!("{}: \"{}\"", q.id, hit.join(" ")));
            }
        }
    }
    assert!(
        copied.is_empty(),
        "copied from the seed:\n{}",
        copied.join("\n")
    );
}

#[test]
fn the_embedded_deck_is_questions_json_minified() {
    let readable: serde_json::Value = match serde_json::from_str(include_str!("../questions.json"))
    {
        Ok(v) => v,
        Err(e) => panic!("questions.json: {e}"),
    };
    let embedded: serde_json::Value = match serde_json::from_str(llm_quiz::deck::EMBEDDED_DECK) {
        Ok(v) => v,
        Err(e) => panic!("embedded deck: {e}"),
    };
    assert_eq!(embedded, readable, "same content");
    assert!(!llm_quiz::deck::EMBEDDED_DECK.contains("\n  "), "minified");
    assert!(llm_quiz::deck::EMBEDDED_DECK.len() < include_str!("../questions.json").len());
}
