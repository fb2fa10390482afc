//! The built-in deck as data files: the writer (`deck::pack`) and the reader
//! (`deck::read_index`, `deck::fill_chunk`) agree, the WASM's index name is the
//! one the build writes, and bad files give errors with paths, never a panic.

mod common;

use llm_quiz::deck::{self, EMBEDDED_DECK, fill_chunk, pack, read_index};
use llm_quiz::persist::deck_hash;

fn packed() -> pack::Packed {
    match pack::pack(EMBEDDED_DECK, pack::CHUNK_QUESTIONS) {
        Ok(p) => p,
        Err(e) => panic!("questions.json does not pack: {e}"),
    }
}

#[test]
fn the_wasm_fetches_the_index_the_build_writes() {
    assert_eq!(packed().index_file, deck::INDEX_FILE);
    assert!(deck::INDEX_FILE.starts_with("deck-index-") && deck::INDEX_FILE.ends_with(".json"));
}

#[test]
fn index_plus_every_chunk_is_the_whole_deck() {
    let p = packed();
    let whole = deck::embedded().unwrap_or_else(|e| panic!("{e:?}"));
    let outline = read_index(&p.index_json).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(
        outline.hash,
        deck_hash(EMBEDDED_DECK),
        "progress keeps its fingerprint"
    );
    assert_eq!(
        outline.chunks,
        p.chunks.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>()
    );
    let mut d = outline.deck;
    assert!(d.questions.iter().all(|q| !q.is_loaded()));
    assert_eq!(d.questions.len(), whole.questions.len());
    for (q, w) in d.questions.iter().zip(&whole.questions) {
        assert_eq!(
            (&q.id, &q.topic, q.difficulty),
            (&w.id, &w.topic, w.difficulty)
        );
        assert_eq!(q.is_multi(), w.is_multi(), "{}", q.id);
        let flags = |q: &deck::Question| q.choices.iter().map(|c| c.correct).collect::<Vec<_>>();
        assert_eq!(flags(q), flags(w), "{}", q.id);
        assert_eq!(q.key_points.len(), w.key_points.len(), "{}", q.id);
    }
    for (k, (_, json)) in p.chunks.iter().enumerate() {
        fill_chunk(&mut d, k, json).unwrap_or_else(|e| panic!("chunk {k}: {e:?}"));
    }
    assert_eq!(d, whole, "filled in, the outline is the deck");
}

#[test]
fn only_the_chunk_asked_for_is_filled_in() {
    let p = packed();
    let mut d = read_index(&p.index_json)
        .unwrap_or_else(|e| panic!("{e:?}"))
        .deck;
    let Some((_, second)) = p.chunks.get(1) else {
        panic!("the built-in deck has fewer than two chunks");
    };
    fill_chunk(&mut d, 1, second).unwrap_or_else(|e| panic!("{e:?}"));
    let loaded: Vec<usize> = (0..d.questions.len())
        .filter(|&i| d.questions.get(i).is_some_and(|q| q.is_loaded()))
        .collect();
    let size = pack::CHUNK_QUESTIONS;
    assert_eq!(
        loaded,
        (size..(2 * size).min(d.questions.len())).collect::<Vec<_>>()
    );
    // The same chunk in the wrong place changes nothing and says where.
    let before = d.clone();
    let errors = fill_chunk(&mut d, 0, second).expect_err("chunk 1 is not chunk 0");
    assert!(
        errors.iter().any(|e| e.path.starts_with("chunks[0][0]")),
        "{errors:?}"
    );
    assert_eq!(d, before);
}

#[test]
fn a_chunk_whose_answers_differ_from_the_index_is_refused() {
    let p = packed();
    let mut d = read_index(&p.index_json)
        .unwrap_or_else(|e| panic!("{e:?}"))
        .deck;
    let Some((_, first)) = p.chunks.first() else {
        panic!("no chunk");
    };
    let mut questions: serde_json::Value = serde_json::from_str(first).unwrap_or_default();
    // Move the first question's correct mark to another option.
    if let Some(choices) = questions
        .get_mut(0)
        .and_then(|q| q.get_mut("choices"))
        .and_then(|c| c.as_array_mut())
    {
        for c in choices.iter_mut() {
            let was = c.get("correct").and_then(|v| v.as_bool()).unwrap_or(false);
            c["correct"] = serde_json::json!(!was);
        }
    }
    let errors = fill_chunk(&mut d, 0, &questions.to_string()).expect_err("answers differ");
    assert!(
        errors.iter().any(|e| e.path == "chunks[0][0]"),
        "{errors:?}"
    );
    let errors = fill_chunk(&mut d, 0, "[{").expect_err("not JSON");
    assert_eq!(errors.first().map(|e| e.path.as_str()), Some("chunks[0]"));
}

#[test]
fn a_bad_index_gives_errors_with_paths() {
    let p = packed();
    let mut index: serde_json::Value = serde_json::from_str(&p.index_json).unwrap_or_default();
    type Break = Box<dyn Fn(&mut serde_json::Value)>;
    let cases: Vec<(&str, Break)> = vec![
        ("deck index", Box::new(|v| *v = serde_json::json!("nope"))),
        (
            "deck index.format",
            Box::new(|v| v["format"] = serde_json::json!(99)),
        ),
        (
            "deck index.questions",
            Box::new(|v| {
                if let Some(a) = v["questions"]["topic"].as_array_mut() {
                    a.pop();
                }
            }),
        ),
        (
            "deck index.chunks",
            Box::new(|v| {
                if let Some(a) = v["chunks"].as_array_mut() {
                    a.pop();
                }
            }),
        ),
        (
            "questions[0].topic",
            Box::new(|v| v["questions"]["topic"][0] = serde_json::json!(999)),
        ),
        (
            "questions[0].choices",
            Box::new(|v| v["questions"]["correct"][0] = serde_json::json!(0)),
        ),
        (
            "questions[0]",
            Box::new(|v| v["questions"]["choices"][0] = serde_json::json!(1_000_000_000)),
        ),
    ];
    for (path, break_it) in cases {
        let mut bad = index.clone();
        break_it(&mut bad);
        let errors = read_index(&bad.to_string()).expect_err(path);
        assert!(errors.iter().any(|e| e.path == path), "{path}: {errors:?}");
    }
    index["questions"]["id"][1] = index["questions"]["id"][0].clone();
    let errors = read_index(&index.to_string()).expect_err("duplicate id");
    assert!(
        errors.iter().any(|e| e.path == "questions[1].id"),
        "{errors:?}"
    );
}

#[test]
fn the_index_stays_small_as_the_deck_grows() {
    // What a reader downloads before the first answer grows with the index only:
    // ≤ 20 bytes gzip per question would let 500 questions add < 10 KB.
    let p = packed();
    let n = read_index(&p.index_json)
        .map(|o| o.deck.questions.len())
        .unwrap_or(1);
    let per_question = p.index_json.len() / n.max(1);
    assert!(
        per_question < 140,
        "{per_question} raw bytes per question in the index"
    );
}

#[test]
fn index_file_names_are_recognised_in_urls() {
    assert!(pack::is_index_name("deck-index-0123abcd.json"));
    assert!(pack::is_index_name(
        "https://x.example/decks/deck-index-ff00.json?v=2#q=a"
    ));
    assert!(!pack::is_index_name("deck-index-.json"));
    assert!(!pack::is_index_name("deck-index-zz.json"));
    assert!(!pack::is_index_name("decks/my-deck.json"));
    assert!(!pack::is_index_name("deck-index-ab.json/other.json"));
}

/// `deck build` as an author runs it: a bad deck is refused with paths and
/// nothing written; a good one is written as an index and chunks that read back.
#[test]
fn the_deck_tool_builds_what_the_widget_reads() {
    let tool = env!("CARGO_BIN_EXE_deck");
    let out = std::env::temp_dir().join(format!("llm-quiz-deck-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let bad = out.with_extension("bad.json");
    std::fs::write(
        &bad,
        common::EXAMPLE.replace("\"difficulty\": 1", "\"difficulty\": 7"),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let run = |deck: &std::path::Path| {
        std::process::Command::new(tool)
            .args(["build"])
            .arg(deck)
            .arg(&out)
            .args(["--chunk", "2"])
            .output()
            .unwrap_or_else(|e| panic!("{e}"))
    };
    let refused = run(&bad);
    assert!(!refused.status.success());
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(said.contains(".difficulty: must be 1, 2 or 3"), "{said}");
    assert!(!out.exists(), "nothing written for a bad deck");

    let good = out.with_extension("good.json");
    std::fs::write(&good, common::EXAMPLE).unwrap_or_else(|e| panic!("{e}"));
    assert!(run(&good).status.success());
    let names: Vec<String> = std::fs::read_dir(&out)
        .unwrap_or_else(|e| panic!("{e}"))
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect();
    let index = names
        .iter()
        .find(|n| pack::is_index_name(n))
        .unwrap_or_else(|| panic!("no index among {names:?}"));
    let json = std::fs::read_to_string(out.join(index)).unwrap_or_else(|e| panic!("{e}"));
    let outline = read_index(&json).unwrap_or_else(|e| panic!("{e:?}"));
    let mut d = outline.deck;
    for (k, chunk) in outline.chunks.iter().enumerate() {
        let body = std::fs::read_to_string(out.join(chunk)).unwrap_or_else(|e| panic!("{e}"));
        fill_chunk(&mut d, k, &body).unwrap_or_else(|e| panic!("{e:?}"));
    }
    assert_eq!(d, common::example());
    for p in [&bad, &good] {
        let _ = std::fs::remove_file(p);
    }
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn the_deck_language_goes_through_the_index() {
    let mut deck: serde_json::Value =
        serde_json::from_str(EMBEDDED_DECK).unwrap_or_else(|e| panic!("{e}"));
    deck["language"] = serde_json::json!("en-GB");
    let p = pack::pack(&deck.to_string(), 8).unwrap_or_else(|e| panic!("{e:?}"));
    let outline = read_index(&p.index_json).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(outline.deck.language.as_deref(), Some("en-GB"));
    let plain = read_index(&packed().index_json).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(plain.deck.language(), "en", "questions.json is English");
}
