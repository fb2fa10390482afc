//! `apply(&mut state, deck, event)`: every transition of the quiz.

use super::scoring::missed_ids;
use super::state::{Answer, Event, QuizState, Screen};
use crate::deck::{Deck, Question};

/// The question on screen, if any.
pub fn current<'a>(state: &QuizState, deck: &'a Deck) -> Option<&'a Question> {
    if state.screen != Screen::Question {
        return None;
    }
    state
        .run
        .get(state.position)
        .and_then(|id| deck.question(id))
}

/// The learner's attempt at `id` (default: nothing selected).
pub fn answer<'a>(state: &'a QuizState, id: &str) -> Option<&'a Answer> {
    state.answers.get(id)
}

/// True when the selected options are exactly the correct ones.
pub fn is_correct(question: &Question, answer: &Answer) -> bool {
    let correct: Vec<usize> = question
        .choices
        .iter()
        .enumerate()
        .filter(|(_, c)| c.correct)
        .map(|(i, _)| i)
        .collect();
    correct == answer.selected
}

/// `Some(right)` once the question has been checked.
pub fn verdict(state: &QuizState, question: &Question) -> Option<bool> {
    state
        .answers
        .get(&question.id)
        .filter(|a| a.checked)
        .map(|a| is_correct(question, a))
}

/// A run is in progress when it has questions and has not reached its summary.
pub fn in_progress(state: &QuizState) -> bool {
    !state.run.is_empty() && !state.completed
}

fn begin_run(state: &mut QuizState, run: Vec<String>, now: f64) -> bool {
    if run.is_empty() {
        return false;
    }
    // A cleared answer is kept with its time, so that a merge with an older copy
    // (another tab) does not bring the old answer back.
    for id in &run {
        state.answers.insert(
            id.clone(),
            Answer {
                at: now,
                ..Answer::default()
            },
        );
    }
    state.run = run;
    state.position = 0;
    state.completed = false;
    state.screen = Screen::Question;
    true
}

/// Applies one event at time `now` (ms since the epoch). Returns whether anything
/// changed; events that make no sense in the current state (checking an empty
/// selection, an option out of range…) change nothing.
pub fn apply(state: &mut QuizState, deck: &Deck, event: Event, now: f64) -> bool {
    let changed = transition(state, deck, event, now);
    if changed {
        state.updated_at = now;
    }
    changed
}

fn transition(state: &mut QuizState, deck: &Deck, event: Event, now: f64) -> bool {
    match event {
        Event::Start => begin_run(
            state,
            deck.questions.iter().map(|q| q.id.clone()).collect(),
            now,
        ),
        Event::RetryMissed => begin_run(state, missed_ids(state, deck), now),
        Event::Resume => {
            if !in_progress(state) || state.screen == Screen::Question {
                return false;
            }
            state.screen = Screen::Question;
            true
        }
        Event::Home => {
            if state.screen == Screen::Start {
                return false;
            }
            state.screen = Screen::Start;
            true
        }
        Event::Toggle(i) => {
            let Some(q) = current(state, deck) else {
                return false;
            };
            if i >= q.choices.len() {
                return false;
            }
            let multi = q.is_multi();
            let entry = state.answers.entry(q.id.clone()).or_default();
            if entry.checked {
                return false;
            }
            if multi {
                match entry.selected.binary_search(&i) {
                    Ok(at) => {
                        entry.selected.remove(at);
                    }
                    Err(at) => entry.selected.insert(at, i),
                }
            } else {
                if entry.selected == [i] {
                    return false;
                }
                entry.selected = vec![i];
            }
            entry.at = now;
            true
        }
        Event::Check => {
            let Some(q) = current(state, deck) else {
                return false;
            };
            match state.answers.get_mut(&q.id) {
                Some(a) if !a.checked && !a.selected.is_empty() => {
                    a.checked = true;
                    a.at = now;
                    true
                }
                _ => false,
            }
        }
        Event::Next => {
            if state.screen != Screen::Question {
                return false;
            }
            if state.position + 1 < state.run.len() {
                state.position += 1;
            } else {
                state.screen = Screen::Summary;
                state.completed = true;
            }
            true
        }
        Event::Previous => {
            if state.screen != Screen::Question || state.position == 0 {
                return false;
            }
            state.position -= 1;
            true
        }
        Event::Finish => {
            if state.run.is_empty() || state.screen == Screen::Summary {
                return false;
            }
            state.screen = Screen::Summary;
            state.completed = true;
            true
        }
    }
}

/// Fits a saved state to the deck it is loaded with: run ids the deck no longer has
/// are dropped from the run, the position is clamped, selections past the end of a
/// question's options are dropped. Answers to removed questions are kept, in case
/// they come back.
pub fn reconcile(state: &mut QuizState, deck: &Deck) {
    state.run.retain(|id| deck.question(id).is_some());
    if state.run.is_empty() {
        state.position = 0;
        state.completed = false;
        state.screen = Screen::Start;
    } else if state.position >= state.run.len() {
        state.position = state.run.len() - 1;
    }
    for q in &deck.questions {
        if let Some(a) = state.answers.get_mut(&q.id) {
            a.selected.retain(|&i| i < q.choices.len());
            a.selected.sort_unstable();
            a.selected.dedup();
            if a.selected.is_empty() {
                a.checked = false;
            }
        }
    }
}

/// Merges progress from elsewhere (another tab, another widget, an imported file)
/// into `state`: per question the newer answer wins; the run, position and screen
/// come from whichever side changed last. Returns whether `state` changed.
pub fn merge(state: &mut QuizState, other: &QuizState, deck: &Deck) -> bool {
    let before = state.clone();
    for (id, theirs) in &other.answers {
        let newer = state.answers.get(id).is_none_or(|mine| theirs.at > mine.at);
        if newer {
            state.answers.insert(id.clone(), theirs.clone());
        }
    }
    if other.updated_at > state.updated_at {
        state.screen = other.screen;
        state.run.clone_from(&other.run);
        state.position = other.position;
        state.completed = other.completed;
        state.updated_at = other.updated_at;
    }
    reconcile(state, deck);
    *state != before
}
