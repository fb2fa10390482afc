//! Saved progress: envelope round trip, storage key, unreadable values, failed writes.

mod common;

use common::example;
use llm_quiz::persist::{
    DecodeError, MemoryStore, Progress, SCHEMA, Store, StoreError, decode, encode, storage_key,
};
use llm_quiz::quiz::{Event, QuizState, apply};
use std::rc::Rc;

struct Shared(Rc<MemoryStore>);

impl Store for Shared {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        self.0.get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StoreError> {
        self.0.set(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), StoreError> {
        self.0.remove(key)
    }
}

fn answered_state() -> QuizState {
    let d = example();
    let mut s = QuizState::default();
    apply(&mut s, &d, Event::Start);
    apply(&mut s, &d, Event::Toggle(2));
    apply(&mut s, &d, Event::Check);
    apply(&mut s, &d, Event::Next);
    apply(&mut s, &d, Event::Toggle(1));
    s
}

#[test]
fn progress_round_trips_through_a_store_under_a_namespaced_key() {
    let d = example();
    let mem = Rc::new(MemoryStore::new());
    let progress = Progress::new(Box::new(Shared(mem.clone())), &d);
    assert_eq!(progress.key(), "llm-quiz:v1:example-deck");
    assert_eq!(storage_key("x"), "llm-quiz:v1:x");

    let s = answered_state();
    assert!(progress.save(&d, &s, 1_700_000_000_000.0).is_ok());
    let raw = mem
        .get("llm-quiz:v1:example-deck")
        .ok()
        .flatten()
        .unwrap_or_default();
    assert!(raw.contains(&format!("\"schema\":{SCHEMA}")), "{raw}");

    // A new page (new Progress over the same store) resumes the same state.
    let again = Progress::new(Box::new(Shared(mem)), &d).load(&d);
    assert_eq!(again.problem, None);
    assert_eq!(again.state, s);
}

#[test]
fn nothing_saved_starts_fresh_quietly() {
    let d = example();
    let loaded = Progress::new(Box::new(MemoryStore::new()), &d).load(&d);
    assert_eq!(loaded.state, QuizState::default());
    assert_eq!(loaded.problem, None);
}

#[test]
fn an_unreadable_value_starts_fresh_and_is_kept_in_a_backup_key() {
    let d = example();
    for bad in [
        "{{",
        "",
        "null",
        "42",
        r#"{"schema":1}"#,
        r#"{"schema":"1","deck_id":1}"#,
    ] {
        let mem = Rc::new(MemoryStore::new());
        let _ = mem.set("llm-quiz:v1:example-deck", bad);
        let progress = Progress::new(Box::new(Shared(mem.clone())), &d);
        let loaded = progress.load(&d);
        assert_eq!(loaded.state, QuizState::default(), "{bad:?}");
        assert!(loaded.problem.is_some(), "{bad:?} should be reported");
        assert_eq!(
            mem.get("llm-quiz:v1:example-deck:backup")
                .ok()
                .flatten()
                .as_deref(),
            Some(bad),
            "{bad:?} kept"
        );
        assert_eq!(
            mem.get("llm-quiz:v1:example-deck")
                .ok()
                .flatten()
                .as_deref(),
            Some(bad),
            "left untouched"
        );
    }
}

#[test]
fn missing_fields_take_defaults_and_other_decks_or_newer_schemas_are_refused() {
    let d = example();
    let minimal = r#"{"schema":1,"deck_id":"example-deck","deck_version":1,"state":{"screen":"question","run":["next-token"]}}"#;
    let s = decode(minimal, &d).unwrap_or_default();
    assert_eq!(s.run, ["next-token"]);
    assert_eq!(s.position, 0);

    let other = r#"{"schema":1,"deck_id":"other","deck_version":1,"state":{}}"#;
    assert_eq!(
        decode(other, &d),
        Err(DecodeError::OtherDeck("other".into()))
    );
    let newer = r#"{"schema":99,"deck_id":"example-deck","deck_version":1,"state":{}}"#;
    assert_eq!(decode(newer, &d), Err(DecodeError::NewerSchema(99)));
}

#[test]
fn saved_progress_is_fitted_to_a_changed_deck() {
    let mut d = example();
    let s = answered_state();
    let raw = encode(&d, &s, 0.0).unwrap_or_default();
    d.questions.remove(0);
    let loaded = decode(&raw, &d).unwrap_or_default();
    assert_eq!(loaded.run, ["sampling-controls", "what-is-a-token"]);
    assert!(
        loaded.answers.contains_key("next-token"),
        "kept in case it returns"
    );
}

#[test]
fn a_failed_write_is_an_error_and_the_next_write_can_succeed() {
    let d = example();
    let mem = Rc::new(MemoryStore::new());
    let progress = Progress::new(Box::new(Shared(mem.clone())), &d);
    mem.fail_writes(Some(StoreError::Full("QuotaExceededError".into())));
    assert!(matches!(
        progress.save(&d, &answered_state(), 0.0),
        Err(StoreError::Full(_))
    ));
    assert_eq!(mem.get(progress.key()).ok().flatten(), None);
    mem.fail_writes(None);
    assert!(progress.save(&d, &answered_state(), 0.0).is_ok());
    assert!(mem.get(progress.key()).ok().flatten().is_some());
}
