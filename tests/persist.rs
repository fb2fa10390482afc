//! Saved progress: the envelope and its migrations, unreadable and newer values,
//! failed writes, deck changes, import, and the host page's keys.

mod common;

use common::{EXAMPLE, example};
use llm_quiz::deck::Deck;
use llm_quiz::persist::{
    self, ImportError, MemoryStore, Problem, Progress, SCHEMA, Store, StoreError, deck_hash,
    decode, encode, migrate,
};
use llm_quiz::quiz::{Event, Mode, QuizState, Screen, Source, apply};

const START: Event = Event::Start {
    mode: Mode::Quiz,
    source: Source::All,
    seed: 0,
};
use std::rc::Rc;

const KEY: &str = "llm-quiz:v1:example-deck";

fn progress(mem: &Rc<MemoryStore>, d: &Deck) -> Progress {
    Progress::new(Box::new(mem.clone()), d, deck_hash(EXAMPLE), None)
}

fn stored(mem: &MemoryStore, key: &str) -> Option<String> {
    mem.get(key).ok().flatten()
}

fn answered_state() -> QuizState {
    let d = example();
    let mut s = QuizState::default();
    apply(&mut s, &d, START, 1.0);
    apply(&mut s, &d, Event::Toggle(2), 2.0);
    apply(&mut s, &d, Event::Check, 3.0);
    apply(&mut s, &d, Event::Next, 4.0);
    apply(&mut s, &d, Event::Toggle(1), 5.0);
    s
}

#[test]
fn progress_round_trips_through_a_store_under_a_namespaced_key() {
    let d = example();
    let mem = Rc::new(MemoryStore::new());
    let p = progress(&mem, &d);
    assert_eq!(p.key(), KEY);
    let s = answered_state();
    assert!(p.save(&d, &s, 1_700_000_000_000.0).is_ok());
    let raw = stored(&mem, KEY).unwrap_or_default();
    assert!(
        raw.starts_with(&format!(
            "{{\"schema\":{SCHEMA},\"deck_id\":\"example-deck\",\"deck_hash\":\""
        )),
        "{raw}"
    );

    // A new page (a new Progress over the same store) resumes the same state.
    let again = progress(&mem, &d).load(&d, 0.0);
    assert_eq!(again.problem, None);
    assert_eq!(again.state, s);
}

#[test]
fn nothing_saved_starts_fresh_quietly() {
    let d = example();
    let loaded = progress(&Rc::new(MemoryStore::new()), &d).load(&d, 0.0);
    assert_eq!(loaded.state, QuizState::default());
    assert_eq!(loaded.problem, None);
}

#[test]
fn every_past_schema_migrates_to_the_same_progress() {
    let d = example();
    for (name, raw) in [
        ("schema-1", include_str!("fixtures/progress/schema-1.json")),
        ("schema-2", include_str!("fixtures/progress/schema-2.json")),
        ("schema-3", include_str!("fixtures/progress/schema-3.json")),
    ] {
        let (envelope, written) = migrate(raw).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert!(written <= SCHEMA, "{name}");
        assert_eq!(
            envelope.schema, SCHEMA,
            "{name} is brought to the current schema"
        );
        let decoded = decode(raw, &d).unwrap_or_else(|e| panic!("{name}: {e}"));
        let s = decoded.state;
        assert_eq!(decoded.newer, None, "{name}");
        assert_eq!((s.screen, s.position), (Screen::Question, 1), "{name}");
        assert!(s.answers["next-token"].checked, "{name}");
        assert_eq!(s.answers["sampling-controls"].selected, [1], "{name}");
        assert!(
            s.answers.values().all(|a| a.at > 0.0),
            "{name}: answers get a time"
        );
        assert!(s.updated_at > 0.0, "{name}");
    }
}

#[test]
fn unknown_fields_are_kept_and_missing_fields_take_defaults() {
    let d = example();
    let raw = r#"{"schema":2,"deck_id":"example-deck","from_the_future":{"x":1},
        "state":{"screen":"question","run":["next-token"],"flags":[1,2]}}"#;
    let (envelope, _) = migrate(raw).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(envelope.extra["from_the_future"]["x"], 1);
    let s = envelope.state;
    assert_eq!(s.extra["flags"], serde_json::json!([1, 2]));
    assert_eq!((s.position, s.completed), (0, false));
    let again = encode(&d, "h", &s, 0.0).unwrap_or_default();
    assert!(again.contains("\"flags\":[1,2]"), "{again}");
}

#[test]
fn unreadable_values_move_to_a_backup_key_and_the_quiz_starts_fresh() {
    let d = example();
    let huge = format!("\"{}\"", "x".repeat(4 * 1024 * 1024));
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let cases = [
        "{{",
        "",
        "null",
        "42",
        "[]",
        r#"{"schema":1}"#,
        r#"{"schema":"1","deck_id":1}"#,
        r#"{"schema":2,"deck_id":"example-deck","state":{"run":"not a list"}}"#,
        r#"{"schema":2,"deck_id":"other-deck","state":{}}"#,
        huge.as_str(),
        deep.as_str(),
    ];
    for bad in cases {
        let mem = Rc::new(MemoryStore::new());
        let _ = mem.set(KEY, bad);
        let p = progress(&mem, &d);
        let loaded = p.load(&d, 1234.0);
        let label = &bad[..bad.len().min(40)];
        assert_eq!(loaded.state, QuizState::default(), "{label}");
        let backup = format!("{KEY}:backup:1234");
        assert!(
            matches!(&loaded.problem, Some(Problem::Unreadable { backup_key: Some(k), .. }) if *k == backup),
            "{label}: {:?}",
            loaded.problem
        );
        assert_eq!(stored(&mem, &backup).as_deref(), Some(bad), "{label}: kept");
        assert_eq!(
            p.raw(&backup).as_deref(),
            Some(bad),
            "{label}: offered for download"
        );
        assert_eq!(stored(&mem, KEY), None, "{label}: moved, not copied");
        assert!(!p.read_only());
    }
}

#[test]
fn if_the_backup_cannot_be_written_the_value_is_left_alone_and_nothing_is_saved() {
    let d = example();
    let mem = Rc::new(MemoryStore::new());
    let _ = mem.set(KEY, "{{ broken");
    mem.fail_writes(Some(StoreError::Full("QuotaExceededError".into())));
    let p = progress(&mem, &d);
    let loaded = p.load(&d, 1.0);
    assert!(matches!(
        loaded.problem,
        Some(Problem::Unreadable {
            backup_key: None,
            ..
        })
    ));
    assert!(p.read_only());
    mem.fail_writes(None);
    assert!(p.save(&d, &answered_state(), 2.0).is_ok());
    assert_eq!(
        stored(&mem, KEY).as_deref(),
        Some("{{ broken"),
        "never overwritten"
    );
}

#[test]
fn progress_from_a_newer_version_is_read_but_never_overwritten() {
    let d = example();
    let newer = r#"{"schema":99,"deck_id":"example-deck","saved_at":5,"hologram":true,
        "state":{"screen":"question","run":["next-token","what-is-a-token"],"position":1,"answers":{},"extra_state":[]}}"#;
    let mem = Rc::new(MemoryStore::new());
    let _ = mem.set(KEY, newer);
    let p = progress(&mem, &d);
    let loaded = p.load(&d, 1.0);
    assert_eq!(loaded.problem, Some(Problem::Newer(99)));
    assert_eq!(
        loaded.state.run,
        ["next-token", "what-is-a-token"],
        "what can be read is used"
    );
    assert_eq!(loaded.state.position, 1);
    assert!(p.read_only());
    assert!(p.save(&d, &answered_state(), 2.0).is_ok());
    assert_eq!(stored(&mem, KEY).as_deref(), Some(newer));

    // A newer state that this version cannot read at all still loads (fresh) and is kept.
    let strange = r#"{"schema":7,"deck_id":"example-deck","state":{"run":{"v":"map"}}}"#;
    let _ = mem.set(KEY, strange);
    let p = progress(&mem, &d);
    assert_eq!(p.load(&d, 1.0).problem, Some(Problem::Newer(7)));
    let _ = p.save(&d, &answered_state(), 2.0);
    assert_eq!(stored(&mem, KEY).as_deref(), Some(strange));
}

#[test]
fn saved_progress_is_fitted_to_a_changed_deck() {
    let mut d = example();
    let s = answered_state(); // on question 2 of 3, q1 answered
    let raw = encode(&d, "h", &s, 0.0).unwrap_or_default();

    // Questions removed: the run shrinks, the answers stay.
    d.questions.remove(0);
    let loaded = decode(&raw, &d).map(|x| x.state).unwrap_or_default();
    assert_eq!(loaded.run, ["sampling-controls", "what-is-a-token"]);
    assert!(
        loaded.answers["next-token"].checked,
        "kept in case it returns"
    );

    // Reordered and one added: progress follows the ids.
    let mut d = example();
    d.questions.reverse();
    let mut added = d.questions[0].clone();
    added.id = "new-question".into();
    d.questions.push(added);
    let loaded = decode(&raw, &d).map(|x| x.state).unwrap_or_default();
    assert_eq!(loaded.run, s.run, "the run keeps its own order");
    assert_eq!(loaded.answers["next-token"], s.answers["next-token"]);

    // Saved position past the end: clamped.
    let mut far = s.clone();
    far.position = 99;
    let raw = encode(&example(), "h", &far, 0.0).unwrap_or_default();
    let loaded = decode(&raw, &example())
        .map(|x| x.state)
        .unwrap_or_default();
    assert_eq!(loaded.position, 2);
}

#[test]
fn a_failed_write_is_an_error_and_the_next_write_can_succeed() {
    let d = example();
    let mem = Rc::new(MemoryStore::new());
    let p = progress(&mem, &d);
    mem.fail_writes(Some(StoreError::Full("QuotaExceededError".into())));
    assert!(matches!(
        p.save(&d, &answered_state(), 0.0),
        Err(StoreError::Full(_))
    ));
    assert_eq!(stored(&mem, KEY), None);
    mem.fail_writes(None);
    assert!(p.save(&d, &answered_state(), 0.0).is_ok());
    assert!(stored(&mem, KEY).is_some());
}

#[test]
fn import_reads_an_export_and_refuses_bad_files_with_a_reason() {
    let d = example();
    let p = progress(&Rc::new(MemoryStore::new()), &d);
    let file = p.export(&d, &answered_state(), 9.0).unwrap_or_default();
    assert_eq!(persist::import(&file, &d), Ok(answered_state()));
    let v1 = include_str!("fixtures/progress/schema-1.json");
    assert!(persist::import(v1, &d).is_ok(), "old exports still import");

    let err = |raw: &str| persist::import(raw, &d).err();
    assert!(
        matches!(err("hello"), Some(ImportError::NotProgress(_))),
        "{:?}",
        err("hello")
    );
    assert_eq!(
        err(r#"{"schema":2,"deck_id":"other","state":{}}"#),
        Some(ImportError::OtherDeck("other".into()))
    );
    assert_eq!(
        err(r#"{"schema":9,"deck_id":"example-deck","state":{}}"#),
        Some(ImportError::Newer(9))
    );
    let big = " ".repeat(persist::MAX_IMPORT_BYTES + 1);
    assert_eq!(err(&big), Some(ImportError::TooLarge(big.len())));
    // The English wording, for logs (the interface words it per language).
    let said = |raw: &str| err(raw).map(|e| e.to_string()).unwrap_or_default();
    assert!(said("hello").starts_with("This is not a progress file"));
    assert!(
        said(r#"{"schema":2,"deck_id":"other","state":{}}"#).contains("another deck (`other`)")
    );
    assert!(said(&big).starts_with("The file is too large"));
}

#[test]
fn the_host_pages_own_keys_are_never_read_changed_or_removed() {
    let d = example();
    let mem = Rc::new(MemoryStore::new());
    let _ = mem.set("theme", "dark");
    let _ = mem.set("llm-quiz-fan-page", "mine");
    let _ = mem.set(KEY, "{{");
    let p = progress(&mem, &d);
    let _ = p.load(&d, 7.0);
    let _ = p.save(&d, &answered_state(), 8.0);
    assert_eq!(p.raw("theme"), None, "raw() reads only our keys");
    let all = mem.snapshot();
    assert_eq!(all.get("theme").map(String::as_str), Some("dark"));
    assert_eq!(
        all.get("llm-quiz-fan-page").map(String::as_str),
        Some("mine")
    );
    let ours: Vec<&String> = all
        .keys()
        .filter(|k| k.starts_with("llm-quiz:v1:"))
        .collect();
    assert_eq!(ours, [&KEY.to_string(), &format!("{KEY}:backup:7")]);
}

#[test]
fn an_instance_key_keeps_separate_progress_for_the_same_deck() {
    let d = example();
    let mem = Rc::new(MemoryStore::new());
    let a = progress(&mem, &d);
    let b = Progress::new(
        Box::new(mem.clone()),
        &d,
        deck_hash(EXAMPLE),
        Some("post-2"),
    );
    assert_eq!(b.key(), "llm-quiz:v1:example-deck:post-2");
    let _ = a.save(&d, &answered_state(), 1.0);
    assert_eq!(b.load(&d, 2.0).state, QuizState::default());
}

#[test]
fn unknown_top_level_fields_survive_a_load_and_a_save() {
    let d = example();
    let mem = Rc::new(MemoryStore::new());
    let raw = r#"{"schema":2,"deck_id":"example-deck","sync_token":"abc","state":{}}"#;
    let _ = mem.set(KEY, raw);
    let p = progress(&mem, &d);
    let _ = p.load(&d, 1.0);
    assert!(p.save(&d, &answered_state(), 2.0).is_ok());
    let saved = stored(&mem, KEY).unwrap_or_default();
    assert!(saved.contains("\"sync_token\":\"abc\""), "{saved}");
}

#[test]
fn the_compact_state_is_written_as_documented_and_reads_back() {
    let d = example();
    let mut s = QuizState::default();
    apply(&mut s, &d, START, 1_764_000_000_000.0);
    apply(&mut s, &d, Event::Toggle(0), 1_764_000_001_000.0);
    apply(&mut s, &d, Event::Check, 1_764_000_002_000.0);
    let practice = Event::Start {
        mode: Mode::Practice,
        source: Source::Bookmarked,
        seed: 0,
    };
    apply(
        &mut s,
        &d,
        Event::ToggleBookmark("what-is-a-token".into()),
        1_764_000_003_000.0,
    );
    apply(&mut s, &d, practice, 1_764_000_004_000.0);
    apply(&mut s, &d, Event::Reveal, 1_764_000_005_000.0);
    apply(&mut s, &d, Event::ToggleKeyPoint(1), 1_764_000_006_000.0);
    apply(
        &mut s,
        &d,
        Event::Rate(llm_quiz::quiz::Rating::Good),
        1_764_000_007_000.0,
    );
    let raw = encode(&d, "h", &s, 1_764_000_008_000.0).unwrap_or_default();
    assert_eq!(
        raw,
        concat!(
            r#"{"schema":3,"deck_id":"example-deck","deck_hash":"h","saved_at":1764000008000,"#,
            r#""state":{"screen":"summary","mode":"practice","run":[2],"completed":true,"seed":1,"#,
            r#""parked":[{"mode":"quiz","run":["next-token","sampling-controls","what-is-a-token"],"#,
            r#""position":0,"seed":1,"answers":{"#,
            r#""next-token":{"selected":[0],"checked":true,"at":1764000002000.0}}}],"#,
            r#""bookmarks":["what-is-a-token"],"updated_at":1764000007000,"#,
            r#""questions":{"id":["next-token","sampling-controls","what-is-a-token"],"#,
            r#""base":1764000000000,"flags":[1,0,2],"at":[2000,0,7000],"selected":[[0],[],[]],"#,
            r#""covered":[[],[],[1]],"rating":[0,0,3],"attempts":[1,null,1],"correct":[1,0,1],"#,
            r#""reps":[null,null,1],"stability":[0,0,3.173],"difficulty":[0,0,5.2824],"interval":[0,0,3]}}}"#
        )
    );
    let back = decode(&raw, &d).map(|x| x.state).unwrap_or_default();
    assert_eq!(back.answers, s.answers);
    assert_eq!(back.tally, s.tally);
    assert_eq!(
        (back.run.clone(), back.bookmarks.clone()),
        (s.run.clone(), s.bookmarks.clone())
    );
    let (m, b) = (
        &s.schedule["what-is-a-token"],
        &back.schedule["what-is-a-token"],
    );
    assert_eq!(
        (b.due, b.last_review, b.reps),
        (m.due, m.last_review, m.reps)
    );
    assert!(
        (b.difficulty - m.difficulty).abs() < 1e-4,
        "5 significant digits"
    );
    assert_eq!(
        encode(&d, "h", &back, 1_764_000_008_000.0).unwrap_or_default(),
        raw
    );
}

#[test]
fn unknown_state_fields_survive_the_compact_form() {
    let d = example();
    // Written by a schema-3 build: unknown fields and old field names stay unknown.
    let raw = r#"{"schema":3,"deck_id":"example-deck","state":{"run":[0,"gone"],
        "questions":{"id":["next-token"],"flags":[1],"selected":[[0]]},"flags":[1,2],"tally":{"x":1}}}"#;
    let (envelope, _) = migrate(raw).unwrap_or_else(|e| panic!("{e}"));
    let s = envelope.state;
    assert_eq!(s.run, ["next-token", "gone"]);
    assert!(s.answers["next-token"].checked);
    assert_eq!(s.extra["flags"], serde_json::json!([1, 2]));
    let again = encode(&d, "h", &s, 0.0).unwrap_or_default();
    assert!(
        again.contains(r#""flags":[1,2]"#) && again.contains(r#""tally":{"x":1}"#),
        "{again}"
    );

    // A schema-2 field named like a schema-3 one cannot be kept.
    let raw = r#"{"schema":2,"deck_id":"example-deck","state":{"questions":7,"mine":true}}"#;
    let s = decode(raw, &d).map(|x| x.state).unwrap_or_default();
    assert!(!s.extra.contains_key("questions") && s.extra.contains_key("mine"));

    // A table whose columns do not line up is unreadable (and backed up).
    let raw = r#"{"schema":3,"deck_id":"example-deck","state":{"questions":{"id":["a","b"],"flags":[1]}}}"#;
    assert!(decode(raw, &d).is_err());
    let raw = r#"{"schema":3,"deck_id":"example-deck","state":{"run":[5]}}"#;
    assert!(decode(raw, &d).is_err());
}

#[test]
fn deck_hash_tells_changed_decks_apart() {
    use llm_quiz::persist::deck_hash;
    let deck = common::EXAMPLE;
    assert_eq!(deck_hash(deck), deck_hash(deck));
    assert_eq!(deck_hash(deck).len(), 16);
    assert!(deck_hash(deck).bytes().all(|b| b.is_ascii_hexdigit()));
    // One character changed, in the word-aligned body and in the tail.
    let mut bytes = deck.as_bytes().to_vec();
    for at in [0, 8, bytes.len() / 2, bytes.len() - 1] {
        let original = bytes[at];
        bytes[at] = if original == b' ' { b'\n' } else { b' ' };
        let changed = String::from_utf8(bytes.clone()).unwrap();
        assert_ne!(deck_hash(&changed), deck_hash(deck), "change at byte {at}");
        bytes[at] = original;
    }
    // Two 8-byte words swapped, a byte appended, a trailing NUL.
    assert_ne!(deck_hash("aaaaaaaabbbbbbbb"), deck_hash("bbbbbbbbaaaaaaaa"));
    assert_ne!(deck_hash(deck), deck_hash(&format!("{deck} ")));
    assert_ne!(deck_hash("abc"), deck_hash("abc\0"));
}

/// Found by `persist_mutated_envelopes` (tests/fuzz.rs): a schema-3 table whose
/// finite numbers add up to infinity (an interval of 1e308 days) decoded to a due
/// time of infinity, which was then saved as `null` and could not be read back.
#[test]
fn fixed_bug_an_infinite_time_made_progress_unreadable() {
    let deck = example();
    let id = &deck.questions[0].id;
    for table in [
        format!(
            r#"{{"id":["{id}"],"reps":[1],"stability":[1],"difficulty":[5],"interval":[1e308]}}"#
        ),
        format!(r#"{{"id":["{id}"],"base":1e308,"flags":[1],"at":[1e308]}}"#),
    ] {
        let raw = format!(
            r#"{{"schema":3,"deck_id":"{}","deck_hash":"h","saved_at":0,"state":{{"questions":{table}}}}}"#,
            deck.id
        );
        assert!(
            matches!(
                decode(&raw, &deck),
                Err(llm_quiz::persist::DecodeError::Unreadable(_))
            ),
            "{table}"
        );
    }

    // And whatever the engine holds, what is saved reads back.
    let mut state = QuizState::default();
    for (k, due) in [f64::INFINITY, f64::NEG_INFINITY, f64::NAN]
        .into_iter()
        .enumerate()
    {
        let memory = llm_quiz::quiz::fsrs::Memory {
            stability: 1.0,
            difficulty: 5.0,
            due,
            last_review: 0.0,
            reps: 1,
            lapses: 0,
        };
        state.schedule.insert(deck.questions[k].id.clone(), memory);
    }
    let saved = llm_quiz::persist::encode(&deck, "h", &state, 0.0).unwrap();
    assert!(!saved.contains("null"), "{saved}");
    let back = decode(&saved, &deck).unwrap().state;
    assert_eq!(back.schedule.len(), 3);
    assert!(back.schedule.values().all(|m| m.due.is_finite()));
}

#[test]
fn runs_set_aside_are_saved_and_read_back() {
    let d = example();
    let mem = Rc::new(MemoryStore::new());
    let p = progress(&mem, &d);
    let mut s = answered_state();
    apply(
        &mut s,
        &d,
        Event::Start {
            mode: Mode::Practice,
            source: Source::All,
            seed: 3,
        },
        6.0,
    );
    assert!(!s.parked.is_empty(), "the quiz was set aside");
    assert!(p.save(&d, &s, 1_700_000_000_000.0).is_ok());
    let raw = stored(&mem, KEY).unwrap_or_default();
    assert!(
        raw.contains("\"parked\":[{\"mode\":\"quiz\",\"run\":"),
        "{raw}"
    );
    assert_eq!(progress(&mem, &d).load(&d, 0.0).state, s);
}

#[test]
fn fixed_bug_a_saved_at_of_nan_or_infinity_was_written_as_null() {
    // saved_at had its own encoder, without the NaN/∞ handling of the state's.
    let d = example();
    for at in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
        let raw = encode(&d, "h", &QuizState::default(), at).unwrap_or_default();
        assert!(!raw.contains("\"saved_at\":null"), "{raw}");
        assert!(decode(&raw, &d).is_ok(), "{at}: {raw}");
    }
    let raw = encode(&d, "h", &QuizState::default(), 1_764_000_000_000.0).unwrap_or_default();
    assert!(raw.contains("\"saved_at\":1764000000000,"), "{raw}");
}
