//! Saved progress at the largest deck the widget accepts (10,000 questions, issue
//! #8): the envelope of a 10,000-question quiz run, and of 10,000 practice cards
//! reviewed and scheduled, must stay well under 1 MB (browsers give a page about
//! 5 MB of `localStorage`, shared with the host page).
//!
//! The sizes are deterministic bytes, so they are asserted; speed is not (see
//! `benches/engine.rs`). `cargo test --test scale -- --nocapture` prints them.
//!
//! The builders here are also used by `benches/engine.rs`.
#![allow(dead_code)]

use llm_quiz::deck::{Choice, Deck, Question, Topic};
use llm_quiz::persist::{self, MemoryStore, Progress, Store};
use llm_quiz::quiz::fsrs::{self, Rating};
use llm_quiz::quiz::{Answer, Mode, QuizState, Screen, Tally};
use std::rc::Rc;

/// Questions in the generated deck: the most a deck may have.
pub const QUESTIONS: usize = 10_000;
/// When the learner starts (ms since the epoch, 2025-11-26).
pub const START_MS: f64 = 1_764_166_193_000.0;
/// One question answered every 37.3 s (so times are not round numbers).
pub const STEP_MS: f64 = 37_300.0;
/// Topics in the generated deck.
pub const TOPICS: usize = 12;

/// How long the question ids are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ids {
    /// `gen-q-00001`: 11 characters, like the shipped deck's slugs.
    Short,
    /// 40 characters: `generated-interview-question-no-00000001`.
    Long,
}

pub fn question_id(ids: Ids, i: usize) -> String {
    match ids {
        Ids::Short => format!("gen-q-{:05}", i + 1),
        Ids::Long => format!("generated-interview-question-no-{:08}", i + 1),
    }
}

/// A deck of `n` questions with text of realistic length (4 options, 3 key
/// points; every fifth question has two correct options). Deterministic.
pub fn deck(n: usize, ids: Ids) -> Deck {
    let topics: Vec<Topic> = (0..TOPICS)
        .map(|t| Topic {
            id: format!("topic-{t:02}"),
            name: format!("Topic number {t}"),
        })
        .collect();
    let questions = (0..n)
        .map(|i| {
            let multi = i % 5 == 0;
            Question {
                id: question_id(ids, i),
                topic: format!("topic-{:02}", i % TOPICS),
                difficulty: (i % 3) as u8 + 1,
                source: None,
                prompt: format!("Generated question {i}: what does component {i} do in a transformer?"),
                why_asked: "Checks that the candidate can explain it.".into(),
                model_answer: format!(
                    "Component {i} mixes information across positions; a strong answer names the mechanism and its cost."
                ),
                key_points: vec![
                    "Names the mechanism".into(),
                    "States the cost".into(),
                    "Gives an example".into(),
                ],
                choices: (0..4)
                    .map(|c| Choice {
                        text: format!("Option {c} of question {i}"),
                        correct: c == i % 4 || (multi && c == (i + 1) % 4),
                        explanation: format!("Why option {c} is right or wrong."),
                    })
                    .collect(),
                follow_up: None,
                ..Question::default()
            }
        })
        .collect();
    Deck {
        id: "generated-deck".into(),
        title: "Generated deck".into(),
        version: 1,
        description: None,
        language: None,
        topics,
        questions,
    }
}

/// The deck as the JSON text the widget is given.
pub fn deck_json(deck: &Deck) -> String {
    serde_json::to_string(deck).unwrap_or_default()
}

fn at(i: usize) -> f64 {
    START_MS + i as f64 * STEP_MS
}

/// What `apply` leaves after a quiz run over the whole deck in deck order where
/// every question was selected and checked (three in four right), and the
/// learner moved on to the summary.
pub fn quiz_state(deck: &Deck) -> QuizState {
    let mut s = QuizState {
        screen: Screen::Summary,
        mode: Mode::Quiz,
        run: deck.questions.iter().map(|q| q.id.clone()).collect(),
        position: deck.questions.len().saturating_sub(1),
        completed: true,
        ..QuizState::default()
    };
    for (i, q) in deck.questions.iter().enumerate() {
        let correct: Vec<usize> = (0..q.choices.len())
            .filter(|&c| q.choices.get(c).is_some_and(|c| c.correct))
            .collect();
        let right = i % 4 != 3;
        let selected = if right {
            correct
        } else {
            vec![(i + 2) % q.choices.len()]
        };
        s.answers.insert(
            q.id.clone(),
            Answer {
                selected,
                checked: true,
                at: at(i),
                ..Answer::default()
            },
        );
        let mut tally = Tally::default();
        tally.record(right);
        s.tally.insert(q.id.clone(), tally);
    }
    s.updated_at = at(deck.questions.len());
    s
}

/// What `apply` leaves after a practice run over the whole deck: every card
/// revealed, some key points ticked, rated (a mix of all four ratings) and
/// scheduled by FSRS.
pub fn practice_state(deck: &Deck) -> QuizState {
    let mut s = QuizState {
        screen: Screen::Summary,
        mode: Mode::Practice,
        run: deck.questions.iter().map(|q| q.id.clone()).collect(),
        position: deck.questions.len().saturating_sub(1),
        completed: true,
        ..QuizState::default()
    };
    for (i, q) in deck.questions.iter().enumerate() {
        let rating = match i % 10 {
            0 => Rating::Again,
            1 | 2 => Rating::Hard,
            9 => Rating::Easy,
            _ => Rating::Good,
        };
        let now = at(i);
        s.answers.insert(
            q.id.clone(),
            Answer {
                revealed: true,
                covered: (0..q.key_points.len()).take(i % 4).collect(),
                rating: Some(rating),
                at: now,
                ..Answer::default()
            },
        );
        s.schedule
            .insert(q.id.clone(), fsrs::review(None, rating, now));
        let mut tally = Tally::default();
        tally.record(matches!(rating, Rating::Good | Rating::Easy));
        s.tally.insert(q.id.clone(), tally);
    }
    s.updated_at = at(deck.questions.len());
    s
}

/// The value the widget writes to storage for `state`, via `Progress::save`.
pub fn saved(deck: &Deck, json: &str, state: &QuizState) -> String {
    let mem = Rc::new(MemoryStore::new());
    let progress = Progress::new(
        Box::new(mem.clone()),
        deck,
        llm_quiz::persist::deck_hash(json),
        None,
    );
    if let Err(e) = progress.save(deck, state, state.updated_at) {
        panic!("save failed: {e}");
    }
    mem.get(progress.key()).ok().flatten().unwrap_or_default()
}

/// The byte size of the saved envelope, printed; and the saved value loads back
/// to the same progress.
fn measure(label: &str, ids: Ids, build: fn(&Deck) -> QuizState) -> usize {
    let d = deck(QUESTIONS, ids);
    let json = deck_json(&d);
    let s = build(&d);
    let raw = saved(&d, &json, &s);
    println!("{label}: {} bytes", raw.len());
    let back = match persist::decode(&raw, &d) {
        Ok(back) => back,
        Err(e) => panic!("{label}: {e}"),
    };
    assert_eq!(back.newer, None, "{label}");
    assert_eq!(back.state.answers, s.answers, "{label}");
    assert_eq!(back.state.tally, s.tally, "{label}");
    assert_eq!(back.state.run, s.run, "{label}");
    assert_eq!(back.state.schedule.len(), s.schedule.len(), "{label}");
    for (id, m) in &s.schedule {
        let b = &back.state.schedule[id];
        assert_eq!(
            (b.due, b.last_review, b.reps, b.lapses),
            (m.due, m.last_review, m.reps, m.lapses),
            "{label}: {id}"
        );
        assert!((b.stability - m.stability).abs() <= 1e-4 * m.stability.abs().max(1.0));
        assert!((b.difficulty - m.difficulty).abs() <= 1e-4 * m.difficulty.abs().max(1.0));
    }
    // Saving what was loaded writes the same bytes.
    assert!(saved(&d, &json, &back.state) == raw, "{label}: not stable");
    raw.len()
}

/// Issue #8: "saved progress for 10,000 answered questions ≤ 1 MB", with margin.
const LIMIT: usize = 1_000_000;
const AIM: usize = 700_000;

#[test]
fn the_generated_deck_is_valid_and_within_the_deck_limits() {
    for ids in [Ids::Short, Ids::Long] {
        let d = deck(QUESTIONS, ids);
        let json = deck_json(&d);
        println!("deck ({ids:?} ids): {} bytes", json.len());
        if let Err(e) = llm_quiz::deck::parse(&json) {
            panic!("{ids:?}: {:?}", e.first());
        }
    }
}

#[test]
fn ten_thousand_quiz_answers_save_in_well_under_a_megabyte() {
    let size = measure("quiz, 10,000 answered, short ids", Ids::Short, quiz_state);
    assert!(size <= AIM, "{size} bytes");
}

#[test]
fn ten_thousand_practice_reviews_save_in_well_under_a_megabyte() {
    let size = measure(
        "practice, 10,000 rated, short ids",
        Ids::Short,
        practice_state,
    );
    assert!(size <= AIM, "{size} bytes");
}

#[test]
fn forty_character_ids_still_fit_under_a_megabyte() {
    // Ids are written twice (the run and the per-question records).
    let quiz = measure("quiz, 10,000 answered, 40-char ids", Ids::Long, quiz_state);
    let practice = measure(
        "practice, 10,000 rated, 40-char ids",
        Ids::Long,
        practice_state,
    );
    assert!(quiz.max(practice) <= LIMIT, "{quiz} / {practice} bytes");
}
