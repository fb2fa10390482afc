//! The quiz engine: transitions, scoring, retry of the missed questions.

mod common;

use common::example;
use llm_quiz::quiz::{
    Event, Mode, QuizState, Screen, Source, apply, current, in_progress, merge, missed, reconcile,
    score, topic_scores, unanswered_others, verdict,
};

// Example deck: 0 next-token (basics, single, correct 0), 1 sampling-controls
// (decoding, multi, correct 0 and 1), 2 what-is-a-token (basics, single, correct 0).

const START: Event = Event::Start {
    mode: Mode::Quiz,
    source: Source::All,
    seed: 0,
};

fn started() -> (llm_quiz::deck::Deck, QuizState) {
    let d = example();
    let mut s = QuizState::default();
    assert!(apply(&mut s, &d, START, 1.0));
    (d, s)
}

fn current_id(s: &QuizState, d: &llm_quiz::deck::Deck) -> Option<String> {
    current(s, d).map(|q| q.id.clone())
}

#[test]
fn start_asks_every_question_in_deck_order() {
    let (d, s) = started();
    assert_eq!(s.screen, Screen::Question);
    assert_eq!(
        s.run,
        ["next-token", "sampling-controls", "what-is-a-token"]
    );
    assert_eq!(current_id(&s, &d).as_deref(), Some("next-token"));
    assert!(in_progress(&s));
}

#[test]
fn single_answer_selection_replaces_and_check_locks() {
    let (d, mut s) = started();
    assert!(
        !apply(&mut s, &d, Event::Check, 1.0),
        "nothing selected: check does nothing"
    );
    assert!(apply(&mut s, &d, Event::Toggle(1), 1.0));
    assert!(apply(&mut s, &d, Event::Toggle(0), 1.0));
    assert_eq!(s.answers["next-token"].selected, [0]);
    assert!(
        !apply(&mut s, &d, Event::Toggle(0), 1.0),
        "same option again changes nothing"
    );
    assert!(
        !apply(&mut s, &d, Event::Toggle(9), 1.0),
        "out of range is ignored"
    );
    assert!(apply(&mut s, &d, Event::Check, 1.0));
    assert!(
        !apply(&mut s, &d, Event::Toggle(2), 1.0),
        "checked answers are locked"
    );
    assert!(!apply(&mut s, &d, Event::Check, 1.0));
    let q = current(&s, &d).cloned();
    assert_eq!(q.map(|q| verdict(&s, &q)), Some(Some(true)));
}

#[test]
fn select_all_that_apply_needs_exactly_the_correct_set() {
    let (d, mut s) = started();
    apply(&mut s, &d, Event::Next, 1.0);
    let q = current(&s, &d).cloned();
    let Some(q) = q else { panic!("no question") };
    assert!(q.is_multi());
    apply(&mut s, &d, Event::Toggle(1), 1.0);
    apply(&mut s, &d, Event::Toggle(3), 1.0);
    apply(&mut s, &d, Event::Toggle(0), 1.0);
    apply(&mut s, &d, Event::Toggle(3), 1.0); // untoggle
    assert_eq!(s.answers["sampling-controls"].selected, [0, 1]);
    apply(&mut s, &d, Event::Check, 1.0);
    assert_eq!(verdict(&s, &q), Some(true));

    let (d, mut s) = started();
    apply(&mut s, &d, Event::Next, 1.0);
    apply(&mut s, &d, Event::Toggle(0), 1.0);
    apply(&mut s, &d, Event::Check, 1.0);
    assert_eq!(
        verdict(&s, &q),
        Some(false),
        "a subset of the correct options is wrong"
    );
}

#[test]
fn a_whole_run_scores_overall_and_per_topic() {
    let (d, mut s) = started();
    // next-token: right; sampling-controls: wrong; what-is-a-token: skipped.
    apply(&mut s, &d, Event::Toggle(0), 1.0);
    apply(&mut s, &d, Event::Check, 1.0);
    apply(&mut s, &d, Event::Next, 1.0);
    apply(&mut s, &d, Event::Toggle(2), 1.0);
    apply(&mut s, &d, Event::Check, 1.0);
    apply(&mut s, &d, Event::Next, 1.0);
    assert!(
        apply(&mut s, &d, Event::Next, 1.0),
        "next on the last question finishes"
    );
    assert_eq!(s.screen, Screen::Summary);
    assert!(!in_progress(&s));

    let sc = score(&s, &d);
    assert_eq!((sc.correct, sc.answered, sc.total), (1, 2, 3));
    let topics: Vec<(String, usize, usize)> = topic_scores(&s, &d)
        .into_iter()
        .map(|t| (t.topic, t.correct, t.total))
        .collect();
    assert_eq!(topics, [("basics".into(), 1, 2), ("decoding".into(), 0, 1)]);
    let missed: Vec<&str> = missed(&s, &d).iter().map(|q| q.id.as_str()).collect();
    assert_eq!(missed, ["sampling-controls", "what-is-a-token"]);
}

#[test]
fn retry_missed_runs_only_the_missed_with_fresh_answers() {
    let (d, mut s) = started();
    apply(&mut s, &d, Event::Toggle(0), 1.0);
    apply(&mut s, &d, Event::Check, 1.0);
    apply(&mut s, &d, Event::Next, 1.0);
    apply(&mut s, &d, Event::Toggle(2), 1.0);
    apply(&mut s, &d, Event::Check, 1.0);
    apply(&mut s, &d, Event::Finish, 1.0);
    assert!(apply(&mut s, &d, Event::RetryMissed, 1.0));
    assert_eq!(s.run, ["sampling-controls", "what-is-a-token"]);
    assert_eq!(s.position, 0);
    assert_eq!(s.screen, Screen::Question);
    assert_eq!(s.answers["sampling-controls"].selected, Vec::<usize>::new());
    assert!(
        s.answers["next-token"].checked,
        "answers outside the retry are kept"
    );
    assert_eq!(score(&s, &d).correct, 0);

    // Everything right: nothing to retry.
    let (d, mut s) = started();
    for (i, picks) in [vec![0], vec![0, 1], vec![0]].into_iter().enumerate() {
        for p in picks {
            apply(&mut s, &d, Event::Toggle(p), 1.0);
        }
        apply(&mut s, &d, Event::Check, 1.0);
        apply(&mut s, &d, Event::Next, 1.0);
        assert_eq!(s.screen == Screen::Summary, i == 2);
    }
    assert!(!apply(&mut s, &d, Event::RetryMissed, 1.0));
}

#[test]
fn navigation_home_resume_and_start_over() {
    let (d, mut s) = started();
    assert!(
        !apply(&mut s, &d, Event::Previous, 1.0),
        "no previous on the first question"
    );
    apply(&mut s, &d, Event::Next, 1.0);
    apply(&mut s, &d, Event::Toggle(0), 1.0);
    assert!(apply(&mut s, &d, Event::Previous, 1.0));
    assert_eq!(s.position, 0);
    apply(&mut s, &d, Event::Next, 1.0);
    assert!(apply(&mut s, &d, Event::Home, 1.0));
    assert_eq!(s.screen, Screen::Start);
    assert!(current(&s, &d).is_none());
    assert!(
        !apply(&mut s, &d, Event::Toggle(1), 1.0),
        "no question on the start screen"
    );
    assert!(apply(&mut s, &d, Event::Resume(Mode::Quiz), 1.0));
    assert_eq!((s.screen, s.position), (Screen::Question, 1));
    assert_eq!(
        s.answers["sampling-controls"].selected,
        [0],
        "selection survives"
    );
    assert!(apply(&mut s, &d, START, 2.0));
    assert_eq!(s.position, 0);
    assert!(
        s.answers
            .values()
            .all(|a| a.selected.is_empty() && !a.checked && a.at == 2.0),
        "answers cleared, with the time of clearing"
    );
}

#[test]
fn reconcile_fits_a_saved_state_to_a_changed_deck() {
    let (mut d, mut s) = started();
    apply(&mut s, &d, Event::Next, 1.0);
    apply(&mut s, &d, Event::Next, 1.0);
    apply(&mut s, &d, Event::Toggle(2), 1.0);
    s.answers.insert("gone".into(), Default::default());
    // The deck loses its last question and one option of the first.
    d.questions.pop();
    d.questions[0].choices.truncate(2);
    s.answers.entry("next-token".into()).or_default().selected = vec![3];
    s.answers.entry("next-token".into()).or_default().checked = true;
    reconcile(&mut s, &d);
    assert_eq!(s.run, ["next-token", "sampling-controls"]);
    assert_eq!(s.position, 1, "position clamped to the end");
    assert!(
        s.answers.contains_key("gone"),
        "answers to removed questions are kept"
    );
    assert!(s.answers.contains_key("what-is-a-token"));
    assert_eq!(s.answers["next-token"].selected, Vec::<usize>::new());
    assert!(
        !s.answers["next-token"].checked,
        "a check with no valid selection is undone"
    );

    d.questions.retain(|q| q.id == "zzz");
    reconcile(&mut s, &d);
    assert_eq!((s.screen, s.run.len()), (Screen::Start, 0));
}

#[test]
fn changes_are_stamped_with_their_time() {
    let d = example();
    let mut s = QuizState::default();
    apply(&mut s, &d, START, 10.0);
    apply(&mut s, &d, Event::Toggle(1), 20.0);
    assert_eq!(s.answers["next-token"].at, 20.0);
    assert!(!apply(&mut s, &d, Event::Check, 25.0) || s.answers["next-token"].at == 25.0);
    assert_eq!(s.updated_at, 25.0);
    assert!(!apply(&mut s, &d, Event::Check, 30.0));
    assert_eq!(s.updated_at, 25.0, "no change, no new time");
}

#[test]
fn merge_keeps_the_newest_answer_per_question_and_the_newest_position() {
    let d = example();
    // Tab A answers q1 at t=10; tab B answers q2 at t=20 and is further on.
    let mut a = QuizState::default();
    apply(&mut a, &d, START, 1.0);
    apply(&mut a, &d, Event::Toggle(0), 10.0);
    apply(&mut a, &d, Event::Check, 10.0);
    let mut b = QuizState::default();
    apply(&mut b, &d, START, 1.0);
    apply(&mut b, &d, Event::Next, 2.0);
    apply(&mut b, &d, Event::Toggle(1), 20.0);

    let mut merged = a.clone();
    assert!(merge(&mut merged, &b, &d));
    assert!(
        merged.answers["next-token"].checked,
        "A's newer answer to q1 stays"
    );
    assert_eq!(
        merged.answers["sampling-controls"].selected,
        [1],
        "B's answer to q2 arrives"
    );
    assert_eq!(merged.position, 1, "B changed last: its position wins");

    // The other way round gives the same answers.
    let mut other = b.clone();
    merge(&mut other, &a, &d);
    assert_eq!(other.answers, merged.answers);

    // Merging what is already there changes nothing.
    let mut again = merged.clone();
    assert!(!merge(&mut again, &merged, &d));

    // A restart (answers cleared at t=30) is not undone by an older copy.
    let mut restarted = merged.clone();
    apply(&mut restarted, &d, START, 30.0);
    merge(&mut restarted, &a, &d);
    assert!(!restarted.answers["next-token"].checked);
}

#[test]
fn unanswered_others_are_the_unchecked_questions_but_the_one_on_screen() {
    let (d, mut s) = started();
    assert_eq!(s.run.len(), 3);
    // On the first question, with nothing checked: the two others.
    assert_eq!(
        unanswered_others(&s),
        ["sampling-controls", "what-is-a-token"]
    );
    apply(&mut s, &d, Event::Next, 0.0);
    apply(&mut s, &d, Event::Next, 0.0);
    // On the last: the two skipped before it.
    assert_eq!(unanswered_others(&s).len(), 2);
    apply(&mut s, &d, Event::Previous, 0.0);
    apply(&mut s, &d, Event::Toggle(0), 0.0);
    apply(&mut s, &d, Event::Check, 0.0);
    apply(&mut s, &d, Event::Next, 0.0);
    assert_eq!(unanswered_others(&s).len(), 1);
}

#[test]
fn progress_counts_the_answered_questions_not_the_one_on_screen() {
    use llm_quiz::quiz::answered_in_run;
    let (d, mut s) = started();
    assert_eq!(answered_in_run(&s), 0, "on question 1, none answered");
    apply(&mut s, &d, Event::Next, 1.0);
    assert_eq!(answered_in_run(&s), 0, "skipped is not answered");
    apply(&mut s, &d, Event::Toggle(0), 1.0);
    assert_eq!(answered_in_run(&s), 0, "picked, not checked");
    apply(&mut s, &d, Event::Check, 1.0);
    assert_eq!(answered_in_run(&s), 1);
}
