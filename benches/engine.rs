//! The engine at the largest deck the widget accepts (10,000 questions, issue #8):
//! what one click costs. Not a test (timings vary by machine); run with
//!
//! ```text
//! cargo bench --bench engine
//! ```
//!
//! Prints the median of many runs of each step, in µs. A click must stay within a
//! frame (16 ms) on a phone at 4× CPU slowdown, so the engine's share of a click
//! (`apply` + saving) should be a few milliseconds here at most.

#[path = "../tests/scale.rs"]
mod scale;

use llm_quiz::deck::{self, Deck};
use llm_quiz::persist;
use llm_quiz::quiz::{self, Event, Mode, QuizState, Screen, Source};
use scale::{Ids, QUESTIONS, START_MS};
use std::hint::black_box;
use std::time::{Duration, Instant};

/// Runs `setup` (untimed) then `f` (timed) until about half a second has passed
/// (at least 5, at most 1,000 times); prints and returns the median in µs.
fn bench<S, R>(name: &str, mut setup: impl FnMut() -> S, mut f: impl FnMut(S) -> R) -> f64 {
    let mut times = Vec::new();
    let started = Instant::now();
    while times.len() < 5 || (started.elapsed() < Duration::from_millis(500) && times.len() < 1000)
    {
        let input = setup();
        let t = Instant::now();
        black_box(f(input));
        times.push(t.elapsed().as_secs_f64() * 1e6);
    }
    times.sort_by(f64::total_cmp);
    let median = times.get(times.len() / 2).copied().unwrap_or_default();
    println!("{name:<48} {median:>12.1} µs  ({} runs)", times.len());
    median
}

/// A 10,000-answered quiz state back on question `at` (not yet answered).
fn on_question(deck: &Deck, at: usize) -> QuizState {
    let mut s = scale::quiz_state(deck);
    s.screen = Screen::Question;
    s.completed = false;
    s.position = at;
    if let Some(id) = s.run.get(at).cloned() {
        s.answers.remove(&id);
    }
    s
}

fn main() {
    let d = scale::deck(QUESTIONS, Ids::Short);
    let json = scale::deck_json(&d);
    let hash = persist::deck_hash(&json);
    let quiz_state = scale::quiz_state(&d);
    let practice = scale::practice_state(&d);
    let now = START_MS + 1e9;
    println!(
        "10,000 questions, 11-char ids; deck JSON {} bytes\n",
        json.len()
    );

    bench(
        "deck::parse (parse + validate)",
        || (),
        |()| deck::parse(&json).is_ok(),
    );
    bench(
        "deck_hash of the deck JSON",
        || (),
        |()| persist::deck_hash(&json),
    );

    println!();
    let mid = QUESTIONS / 2;
    let toggled = {
        let mut s = on_question(&d, mid);
        quiz::apply(&mut s, &d, Event::Toggle(0), now);
        s
    };
    bench(
        "apply Toggle (question 5,000)",
        || on_question(&d, mid),
        |mut s| quiz::apply(&mut s, &d, Event::Toggle(0), now),
    );
    bench(
        "apply Check (question 5,000)",
        || toggled.clone(),
        |mut s| quiz::apply(&mut s, &d, Event::Check, now),
    );
    bench(
        "apply Next (question 5,000)",
        || toggled.clone(),
        |mut s| quiz::apply(&mut s, &d, Event::Next, now),
    );
    bench(
        "clone of the state (what the UI's signal does not do)",
        || (),
        |()| toggled.clone(),
    );

    println!();
    let quiz_raw = persist::encode(&d, &hash, &quiz_state, now).unwrap_or_default();
    let practice_raw = persist::encode(&d, &hash, &practice, now).unwrap_or_default();
    bench(
        "encode (save) quiz state",
        || (),
        |()| persist::encode(&d, &hash, &quiz_state, now),
    );
    bench(
        "encode (save) practice state",
        || (),
        |()| persist::encode(&d, &hash, &practice, now),
    );
    bench(
        "decode (load) quiz state",
        || (),
        |()| persist::decode(&quiz_raw, &d).is_ok(),
    );
    bench(
        "decode (load) practice state",
        || (),
        |()| persist::decode(&practice_raw, &d).is_ok(),
    );

    println!();
    let mut newer = quiz_state.clone();
    for (i, a) in newer.answers.values_mut().enumerate() {
        if i % 2 == 0 {
            a.at += 1.0;
        }
    }
    newer.updated_at += 1.0;
    bench(
        "merge of two 10,000-answer states",
        || quiz_state.clone(),
        |mut s| quiz::merge(&mut s, &newer, &d),
    );
    bench(
        "reconcile",
        || quiz_state.clone(),
        |mut s| quiz::reconcile(&mut s, &d),
    );

    println!();
    bench("score", || (), |()| quiz::score(&quiz_state, &d));
    bench(
        "topic_scores",
        || (),
        |()| quiz::topic_scores(&quiz_state, &d),
    );
    bench("missed", || (), |()| quiz::missed(&quiz_state, &d).len());
    bench(
        "overview (progress by topic)",
        || (),
        |()| quiz::overview(&practice, &d, now),
    );
    bench("due_count", || (), |()| quiz::due_count(&practice, &d, now));
    bench(
        "open_answer_rows + weakest_topics",
        || (),
        |()| {
            (
                quiz::open_answer_rows(&practice, &d).len(),
                quiz::weakest_topics(&practice, &d),
            )
        },
    );

    println!();
    bench(
        "candidates (All)",
        || (),
        |()| quiz::candidates(&quiz_state, &d, Source::All, now).len(),
    );
    bench(
        "candidates (Due)",
        || (),
        |()| quiz::candidates(&practice, &d, Source::Due, now).len(),
    );
    bench(
        "candidates (Missed)",
        || (),
        |()| quiz::candidates(&quiz_state, &d, Source::Missed, now).len(),
    );
    bench(
        "build_run (quiz, All)",
        || (),
        |()| quiz::build_run(&quiz_state, &d, Mode::Quiz, Source::All, 0, now).len(),
    );
    bench(
        "apply Start (quiz, All)",
        || quiz_state.clone(),
        |mut s| {
            quiz::apply(
                &mut s,
                &d,
                Event::Start {
                    mode: Mode::Quiz,
                    source: Source::All,
                    seed: 0,
                },
                now,
            )
        },
    );
    bench(
        "apply RetryMissed",
        || quiz_state.clone(),
        |mut s| quiz::apply(&mut s, &d, Event::RetryMissed, now),
    );
}
